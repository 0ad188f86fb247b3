/**
 * Copy laid out one paragraph a line (issue 12: AAP's Medianet releases, `ED_867485…`, came in with the headline and
 * the first paragraph run together into one). On a fixture typed in that shape: no line is wrapped at a column
 * (most run past 160 characters), so each line is a paragraph, and the short first line is the headline.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../electron/ingest/formats/plain-text.js';
import { importOne, texts } from './formats/import-fixture.js';

describe('copy with one paragraph a line', () => {
  it('reads each line as a paragraph and the first as the headline', () => {
    const a = importOne('release.tst', readFileSync(new URL('../../fixtures/wire/release-one-paragraph-a-line.tst', import.meta.url)));
    expect(a.headline).toBe('Apartment approvals fall for a third month as harbour city slows');
    expect(texts(a).map((t) => t.slice(0, 40))).toEqual([
      'Approved apartment projects fell by 3.4%',
      '"The figures show a market that is takin',
      'Detached house approvals rose by 1.1%, h',
    ]);
    expect(a.source.credit).toBe('Harbour Builders Association');
  });

  it('still joins copy hard-wrapped at a column', () => {
    const wrapped = 'The council approved the plan on Tuesday after a long\ndebate that ran late into the evening, officials said.\nIt will vote again in March.';
    expect(parsePlainText(wrapped).blocks).toEqual([
      'The council approved the plan on Tuesday after a long debate that ran late into the evening, officials said. It will vote again in March.',
    ]);
  });
});
