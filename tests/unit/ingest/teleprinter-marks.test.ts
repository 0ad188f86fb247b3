/**
 * Framing marks of AAP's teleprinter racing copy (issue 12), on fixtures typed for these tests in the shape of AAP's
 * weights (`viwhtn01…`) and results (`NLRR_…`) messages: the marks are framing, never words. Expectations from
 * reading the copy: a heading closed by `=!` or `<!` (opened by `<`) is a paragraph of its own without its marks;
 * a result laid out with typesetting codes (`#me15:`, `#qc`, `#bb`, `#nf`, `#sfr`, `^` between cells) reads as its
 * heading lines, one paragraph per table row with its cells apart by spaces and fractions as `3 1/4`, then the text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOne, texts } from './formats/import-fixture.js';

const wire = (name: string): Buffer => readFileSync(new URL(`../../fixtures/wire/${name}`, import.meta.url));

describe('teleprinter framing marks', () => {
  it('takes the heading marks off the title and the race headings, which stand apart from the lists under them', () => {
    const a = importOne('weights.tst', wire('racing-weights-heading-marks.tst'));
    expect(a.headline).toBe('Rosehill WEIGHTS ROSEHILL');
    expect(texts(a)).toEqual([
      '(Weights for 04030611 )',
      'SPRING STAKES 1200M .',
      'Quiet Harbour (AUS) 58.0 Silver Kettle (NZ) 56.5 Northern Lamp (AUS) 54.0',
      'AUTUMN PLATE 1600M 3YO .',
      'Blue Orchard (AUS) Midnight Ferry (NZ)',
    ]);
    expect(texts(a).join(' ')).not.toMatch(/[<=]!|^</mu);
  });

  it('heads a story with no headline line by its lede, without the dash that closes the lede', () => {
    const copy = "\rZCZC\r#Flemington Betting\r:11/2/2017\r   MELBOURNE, Feb 09 AAP - Latest betting for Saturday's Flemington gallops.-\r\rRace One Flemington - Quiet Harbour Stakes (TAB FIXED ODDS)\r2.90 Quiet Harbour\r4.20 Silver Kettle\rAAP BETTING\r";
    const a = importOne('betting.tst', Buffer.from(copy, 'latin1'));
    expect(a.headline).toBe("Latest betting for Saturday's Flemington gallops");
  });

  it('reads a result laid out with typesetting codes: heading lines, a paragraph per row, no code left', () => {
    const a = importOne('result.tst', wire('racing-result-typesetting-codes.tst'));
    expect(texts(a)).toEqual([
      '4 _ SPRING FLIGHT HCP (72),',
      '1200M',
      'QUIET HARBOUR 58 (A Jones 3) 2 2 1 3.5 3.4 3.2',
      'SILVER KETTLE 56.5 (Ms K Lee 6) 1 1/4 l 1 1 2 6.0 6.0 5.5',
      'NORTHERN LAMP 54 (T Brown 1) 2 l 4 3 3 9.0 9.0 8.0',
      'All started.',
      'Time: 1:10.20. Last 600m: 34.10. QUIET HARBOUR (J Smith b g 4 Harbour Light _ Quiet Bay) trained by P Green.',
    ]);
  });

  it('leaves a hash or a caret in ordinary copy alone', () => {
    const copy = Buffer.from('ZCZC\nCouncil vote\n\nThe council met in room #4 and voted 5^2 in favour.\n\nIt ends here!\nNNNN\n');
    const a = importOne('plain.tst', copy);
    expect(texts(a).join(' ')).toContain('room #4 and voted 5^2 in favour.');
    expect(texts(a).join(' ')).toContain('It ends here!');
  });
});
