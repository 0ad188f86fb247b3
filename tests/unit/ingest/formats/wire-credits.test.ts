import { describe, expect, it } from 'vitest';
import { importOne, texts } from './import-fixture.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

const g2 = (creator: string, body: string, headline = 'Ferry services cut'): string => `<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
<newsItem guid="tag:example.com,0000:newsml_X1" version="1" standard="NewsML-G2" xml:lang="en">
  <itemMeta><itemClass qcode="icls:text"/><provider literal="reuters.com"/><versionCreated>2024-04-02T06:00:00Z</versionCreated></itemMeta>
  <contentMeta><creator literal="${creator}"/><language tag="en"/><headline>${headline}</headline></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${body}</body></html></inlineXML></contentSet>
</newsItem></itemSet></newsMessage>`;

describe('who wrote the story', () => {
  it('takes the trailer’s reporters as the authors when the item’s creator is only the agency', () => {
    const a = importOne('r.xml', bytes(g2('Reuters', '<p>OSLO, April 2 (Reuters) - Ferry services were cut on Tuesday.</p><p>Storms are expected to ease.\n\n(Reporting by Kari Lind; Editing by Tom Ash)</p>')));
    expect(a.authors.map((x) => x.name)).toEqual(['Kari Lind', 'Tom Ash']);
    expect(texts(a).at(-1)).toBe('Storms are expected to ease.');
  });

  it('reads a producer’s credit line over the repeated headline as the byline', () => {
    const a = importOne('r.xml', bytes(g2('Reuters', '<p>The Racing Desk</p><p>Ferry services cut</p><p>OSLO -- Ferry services were cut on Tuesday.</p>')));
    expect(a.byline).toBe('The Racing Desk');
    expect(texts(a)).toEqual(['Ferry services were cut on Tuesday.']);
  });
});
