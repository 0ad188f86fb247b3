/**
 * A headlines ticker (issue 12: AAP's ticker_sample.txt came in as one paragraph, its headline cut mid-run): one
 * run of headlines in capitals parted by ` ** `. Each headline is an item; the first heads the story.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../electron/ingest/formats/plain-text.js';
import { importOne, texts } from './formats/import-fixture.js';

describe('a headlines ticker', () => {
  it('reads one item a headline, the first as the headline', () => {
    const a = importOne('ticker.txt', readFileSync(new URL('../../fixtures/wire/headlines-ticker.txt', import.meta.url)));
    expect(a.headline).toBe('Storm cuts power to 40,000 homes');
    expect(texts(a)).toEqual([
      'HARBOUR BRIDGE TOLLS TO RISE IN MARCH',
      'SWANS SIGN TEENAGE RUCKMAN',
      'WATER RESTRICTIONS EASED IN PERTH',
      'GOLD HITS SIX-MONTH HIGH',
    ]);
  });

  it('leaves copy that only uses ** in passing as paragraphs', () => {
    const copy = 'The council met on Tuesday ** and voted on the budget, which will raise rates by 3 per cent next year ** the mayor said. It was a long meeting ** that ran late.';
    expect(parsePlainText(copy).blocks).toHaveLength(1);
    expect(parsePlainText('Markets ** Sport ** Weather').blocks).toEqual(['Markets ** Sport ** Weather']);
  });
});
