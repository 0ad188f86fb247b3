/**
 * IPTC 7901 copy that reached the desk without its control characters (as a converter writes it, or as a mail or
 * a web form passed it on): the header line alone, the closing fields `71  lni 0000` of a regional service the
 * agency list does not know, and the filing time on the last line (`251037 Sep 24`) with no ETX before it. Kinds
 * from the wire10 blind set; the copy here is invented.
 */
import { describe, expect, it } from 'vitest';
import { importOne } from './import-fixture.js';

const copy = (header: string, last: string): Buffer =>
  Buffer.from(
    [
      header,
      '',
      'Verkehr/Fähre/Hafen/',
      'Fähre fährt ab Montag alle zwanzig Minuten =',
      '',
      'Kiel (dpa/lsh) - Die Hafenfähre fährt von Montag an alle zwanzig',
      'Minuten, wie der Betreiber mitteilte. Nachts bleibt es beim',
      'Stundentakt.',
      '',
      'dpa xyz yyno n1 abc',
      '',
      last,
      '',
      '',
    ].join('\n'),
  );

describe('IPTC 7901 copy without its control characters', () => {
  it("reads the word count before an unknown service's code and number, without taking the code for the source", () => {
    const a = importOne('faehre.txt', copy('lsh0000 4 vm 23  lsh 0000', '021512 Dez 26'));
    expect(a.wordCount).toBe(23);
    expect(a.source.name).toMatch(/^dpa/u);
    expect(a.source.code ?? '').not.toMatch(/lsh/iu);
    expect(a.headline).toBe('Fähre fährt ab Montag alle zwanzig Minuten');
  });

  it('dates the story by the filing time on its last line, and keeps that line out of the copy', () => {
    const a = importOne('faehre.txt', copy('lsh0000 4 vm 23  lsh 0000', '021512 Dez 26'));
    expect(a.created?.slice(0, 16)).toBe('2026-12-02T15:12');
    expect(a.paragraphs.map((p) => p.text).join(' ')).not.toContain('021512');
    expect(a.paragraphs.at(-1)?.text).toMatch(/Stundentakt\.$/u);
  });

  it('leaves a last line that only looks like a time stamp in the copy', () => {
    const a = importOne('faehre.txt', copy('lsh0000 4 vm 23  lsh 0000', '123456 Pferde 26'));
    expect(a.created ?? null).toBeNull();
  });
});
