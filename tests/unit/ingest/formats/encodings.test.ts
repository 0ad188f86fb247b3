import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../electron/ingest/decode.js';
import { repairMojibake } from '../../../../electron/clean/rules/mojibake.js';
import { importOne, texts } from './import-fixture.js';

const nitf = (decl: string, headline: string, body: string): string =>
  `<?xml version="1.0" encoding="${decl}"?><nitf><body><body.head><hedline><hl1>${headline}</hl1></hedline></body.head><body.content><p>${body}</p></body.content></body></nitf>`;

function decoded(bytes: Uint8Array): { text: string; encoding: string } {
  const r = decodeBytes(bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('encodings', () => {
  it('follows the XML declaration when the bytes are not UTF-8 (ISO-8859-7 Greek)', () => {
    const bytes = iconv.encode(nitf('ISO-8859-7', 'Σεισμός στην Κρήτη', 'Ισχυρός σεισμός σημειώθηκε το πρωί.'), 'iso-8859-7');
    const a = importOne('greek.xml', bytes);
    expect(a.original.encoding).toBe('iso-8859-7');
    expect(a.headline).toBe('Σεισμός στην Κρήτη');
  });

  it('overrules a declared encoding that the bytes contradict: UTF-8 bytes declared ISO-8859-1', () => {
    const a = importOne('wrong.xml', Buffer.from(nitf('ISO-8859-1', 'Café société à Zürich', 'Déjà vu.'), 'utf8'));
    expect(a.original.encoding).toBe('utf-8');
    expect(a.headline).toBe('Café société à Zürich');
  });

  it('overrules a declared UTF-8 that the bytes are not: Windows-1252 copy declared UTF-8', () => {
    const a = importOne('wrong2.xml', iconv.encode(nitf('UTF-8', 'Naïve “quotes” – dash', 'Text €5.'), 'windows-1252'));
    expect(a.original.encoding).toBe('windows-1252');
    expect(a.headline).toBe('Naïve “quotes” – dash');
    expect(texts(a)).toEqual(['Text €5.']);
  });

  it('follows an HTML meta charset', () => {
    const html = '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><article><p>Сегодня в Москве прошёл сильный снегопад, сообщили синоптики.</p></article></body></html>';
    const a = importOne('ru.html', iconv.encode(html, 'windows-1251'));
    expect(a.original.encoding).toBe('windows-1251');
    expect(texts(a)).toEqual(['Сегодня в Москве прошёл сильный снегопад, сообщили синоптики.']);
  });

  it('reads UTF-16 with a BOM (either order) and without one', () => {
    const text = nitf('UTF-16', 'Tide tables', 'High water at 06:12.');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    expect(decoded(le).encoding).toBe('utf-16le');
    expect(decoded(be).encoding).toBe('utf-16be');
    expect(decoded(iconv.encode(text, 'utf-16be'))).toEqual({ text, encoding: 'utf-16be' });
    expect(importOne('tides.xml', iconv.encode(text, 'utf-16le')).headline).toBe('Tide tables');
  });

  it('skips a UTF-8 BOM', () => {
    expect(decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Héllo', 'utf8')]))).toEqual({ text: 'Héllo', encoding: 'utf-8' });
  });
});

describe('mojibake repair', () => {
  const once = (s: string): string => iconv.decode(Buffer.from(s, 'utf8'), 'windows-1252');

  it('repairs UTF-8 read as Windows-1252 once and twice, and leaves clean text alone', () => {
    expect(once('café')).toBe('cafÃ©');
    expect(repairMojibake(once('café’s'))).toBe('café’s');
    expect(repairMojibake(once(once('don’t')))).toBe('don’t');
    expect(repairMojibake('Ãgua fresca')).toBeNull();
  });

  it('records each repair as a cleaning change with its own rule id and explanation', () => {
    const story = `${once('Zürich’s mayor')} said on Monday the city would spend ${once('€2 million')} on new lanes for cyclists.\n\nWork starts in May.`;
    const a = importOne('garbled.txt', Buffer.from(story, 'utf8'));
    expect(a.paragraphs.map((p) => p.text).join(' ')).toContain('Zürich’s mayor said on Monday the city would spend €2 million');
    const changes = a.changes.filter((c) => c.rule === 'mojibake');
    expect(changes.map((c) => [c.before, c.after])).toEqual([
      ['Ã¼', 'ü'],
      ['â€™', '’'],
      ['â‚¬', '€'],
    ]);
    expect(changes[0]?.explanation).toBe('Repaired “Ã¼” to “ü”: UTF-8 text that had been read as Windows-1252');
    expect(changes[0]?.id).toBe('mojibake@0');
  });
});
