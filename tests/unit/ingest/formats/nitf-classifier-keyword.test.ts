import { describe, expect, it } from 'vitest';
import { importOne } from './import-fixture.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

// Invented NITF in AP's shape: the category as an identified-content classifier, no head meta.
const AP_STYLE = `<?xml version="1.0" encoding="utf-8"?><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><head><docdata>
<doc-id regsrc="AP"/><date.issue norm="20240310T120000Z"/><ed-msg info="Eds: Adds quotes."/>
<identified-content><classifier type="apcategorycode" value="s"/></identified-content></docdata></head>
<body><body.head><hedline><hl1>Hometown club wins the cup</hl1></hedline></body.head>
<body.content><p>The hometown club won the cup on Sunday.</p></body.content></body></nitf>`;

// Invented NITF in EFE's shape: the keyword opens with the version's marker in brackets.
const EFE_STYLE = `<?xml version="1.0" encoding="utf-8"?><nitf><head><title>Llueve en Madrid</title>
<meta name="complemento" content="Avance" /><docdata><key-list><keyword key="(Avance) TIEMPO MADRID" /></key-list></docdata></head>
<body><body.head><hedline><hl1>Llueve en Madrid</hl1></hedline></body.head>
<body.content><p>Madrid, 3 mar (EFE).- Llueve desde la mañana en Madrid.</p></body.content></body></nitf>`;

describe('NITF identified content and keywords', () => {
  it('reads the category from a classifier whose type names a category code', () => {
    const a = importOne('ap.xml', bytes(AP_STYLE));
    expect(a.category.map((c) => c.code)).toEqual(['s']);
    expect(a.ednote).toContain('Adds quotes.');
  });

  it('slugs a marked keyword by its words and notes the marker', () => {
    const a = importOne('efe.xml', bytes(EFE_STYLE));
    expect(a.slugline).toBe('TIEMPO MADRID');
    expect(a.ednote).toContain('Avance');
  });
});
