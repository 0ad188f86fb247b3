import { describe, expect, it } from 'vitest';
import { importOne, texts } from './import-fixture.js';

// Written for these tests in the layout of a German agency's IPTC 7901 copy with its control characters
// stripped: the header line, the keyword line closed by `/`, notes in brackets over and under the headline, the
// byline, the headline closed by ` =`, a teaser above the dated paragraph.
const copy = (head: string): Buffer =>
  Buffer.from(
    `bdt0000 3 vm 120  cdt 0000\n\nHafen/Streik/Norddeutschland/\n${head} =\n\n` +
      'Ein Streik legt den Hafen seit Montag lahm. Die Reedereien warten auf eine Einigung.\n\n' +
      'Brake (cdt/lno) - Die Hafenarbeiter in Brake haben am Freitag ihren Streik beendet, nachdem die\n' +
      'Gewerkschaft ein neues Angebot angenommen hatte.\n\n' +
      'Der Streik hatte neun Tage gedauert.\n',
  );

describe('the head of agency copy with notes in brackets', () => {
  it('takes the headline between the notes, the byline in its own language and the notes to the editorial note', () => {
    const a = importOne('hafen.txt', copy(
      '(Berichtigung: In einer früheren Fassung hieß es, der Streik habe acht\nTage gedauert.)\n(Bericht)\n' +
        'Hafenarbeiter beenden Streik nach Einigung\nVon Jana Oltmanns und Piet Harms, cdt\n(Foto Archiv)',
    ));
    expect(a.headline).toBe('Hafenarbeiter beenden Streik nach Einigung');
    expect(a.byline).toBe('Jana Oltmanns und Piet Harms, cdt');
    expect(a.ednote).toContain('Berichtigung: In einer früheren Fassung hieß es, der Streik habe acht Tage gedauert.');
    expect(a.ednote).toContain('(Foto Archiv)');
    expect(texts(a).join('\n')).not.toMatch(/Foto Archiv|Von Jana/u);
  });

  it('reads a headline the teleprinter wrapped over two lines', () => {
    const a = importOne('hafen.txt', copy('Tagesvorschau Wirtschaft Norddeutschland für Dienstag, 24. September\n2024'));
    expect(a.headline).toBe('Tagesvorschau Wirtschaft Norddeutschland für Dienstag, 24. September 2024');
  });

  it('finds the dateline that names its agency under a teaser of two sentences', () => {
    const a = importOne('hafen.txt', copy('Hafenarbeiter beenden Streik nach Einigung\n(Foto Archiv)'));
    expect(a.headline).toBe('Hafenarbeiter beenden Streik nach Einigung');
    expect(a.dateline.place).toBe('Brake');
    expect(texts(a)[0]).toBe('Ein Streik legt den Hafen seit Montag lahm. Die Reedereien warten auf eine Einigung.');
    expect(texts(a)[1]).toMatch(/^Die Hafenarbeiter in Brake/u);
  });
});
