import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../electron/ingest/formats/plain-text.js';

const blocks = (text: string): readonly string[] => parsePlainText(text).blocks;

// Written for these tests in the layout of a racing service's fields message and a market table.
describe('tables laid out in columns, and runs of fields', () => {
  it('keeps each row of a table set in columns by runs of spaces as a paragraph of its own', () => {
    const copy =
      'Going: Good\nRail: Out 3m\n' +
      '1_1.15 Harbour Plate 1100m\nPrize money: $30,000; 1st $16,500; 2nd $5,400.\n' +
      ' 1 _  3X1  Quiet Harbour  (4)    A Rider        58\n' +
      ' 2 _       Blue Lantern  (2)     J Smith        57\n' +
      '10 _  0X2  Late Tide  (1)                       54\n';
    expect(blocks(copy)).toEqual([
      'Going: Good',
      'Rail: Out 3m',
      '1_1.15 Harbour Plate 1100m Prize money: $30,000; 1st $16,500; 2nd $5,400.',
      // Each row as it stands (cleaning later folds the runs of spaces).
      '1 _  3X1  Quiet Harbour  (4)    A Rider        58',
      '2 _       Blue Lantern  (2)     J Smith        57',
      '10 _  0X2  Late Tide  (1)                       54',
    ]);
  });

  it('keeps the label line wrapped above a row with the row', () => {
    expect(blocks('Winning Numbers\n(drawn order):    [4]   [17]   [23]\n\nDraw closes at 7pm.\n')).toEqual(['Winning Numbers (drawn order):    [4]   [17]   [23]', 'Draw closes at 7pm.']);
    expect(blocks('$40,000, 1400m\n 1    3X1  Quiet Harbour  (6)  59  A Rider\n')).toEqual(['$40,000, 1400m', '1    3X1  Quiet Harbour  (6)  59  A Rider']);
  });

  it('still joins a wrapped paragraph typed with two spaces after each full stop, and a lone label line', () => {
    const copy = 'The council met on Monday.  It approved the plan.  Work starts in May\nand ends next year.\n\nNote: see below\n';
    expect(blocks(copy)).toEqual(['The council met on Monday.  It approved the plan.  Work starts in May and ends next year.', 'Note: see below']);
  });
});
