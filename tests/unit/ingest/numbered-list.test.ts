/**
 * A numbered list in plain text (issue 12: AAP's `HRRR_…` results ran their seven placings into one paragraph). On a
 * fixture typed in that shape: each placing is a paragraph; a lone `3.` opening a wrapped line of prose is not a list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../electron/ingest/formats/plain-text.js';
import { importOne, texts } from './formats/import-fixture.js';

describe('a numbered list', () => {
  it('reads each numbered item as a paragraph', () => {
    const a = importOne('placings.tst', readFileSync(new URL('../../fixtures/wire/results-numbered-placings.tst', import.meta.url)));
    expect(texts(a).map((t) => t.slice(0, 18))).toEqual(['1. QUIET HARBOUR: ', '2. SILVER KETTLE: ', '3. NORTHERN LAMP: ', 'All started.', 'Time: 1m22.10s (la']);
  });

  it('does not take a number opening a wrapped line for a list item', () => {
    const prose = 'The index rose for the second month in a row to\n3. Analysts had expected a reading of 2.5, economists\nsaid on Tuesday.';
    expect(parsePlainText(prose).blocks).toHaveLength(1);
  });
});
