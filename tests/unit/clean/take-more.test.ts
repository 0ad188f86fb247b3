/**
 * The teleprinter's `more` under a take (issue 12: AAP's `RR_20161025_CRANBOURNE_6` ended its copy with `more ug`, the
 * operator's initials after it). On a fixture typed in that shape: the mark is not copy, and the desk is told the
 * story goes on in the next take.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agencySlug } from '../../../electron/clean/rules/agency-slug.js';
import { importOne, texts } from '../ingest/formats/import-fixture.js';
import { LONG_BODY, runRule } from './run-rule.js';

describe('a take ending in `more`', () => {
  it('leaves the body and becomes a note that more is to come', () => {
    const a = importOne('result.tst', readFileSync(new URL('../../fixtures/wire/results-take-more.tst', import.meta.url)));
    expect(texts(a).at(-1)).toMatch(/Time: 1:22\.10\.$/u);
    expect(a.ednote).toContain('More to come');
  });

  it('is only the mark alone on its line under the copy', () => {
    const run = runRule(agencySlug, [...LONG_BODY, 'There is more', 'more jd']);
    expect(run.blocks).toEqual([...LONG_BODY, 'There is more']);
    expect(run.extracted.notes).toEqual(['More to come: the story goes on in the next take']);
  });
});
