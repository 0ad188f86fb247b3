/**
 * A correction mark on a headline (issue 12): `CORRECTED-`, `CORRECTION - ` says a story already sent was wrong. On
 * fixtures typed for these tests (a Reuters-style NewsML-G2 item whose own headline carries the mark, a plain-text
 * story with a spaced dash), read from the copy: the headline prints without the mark, the editorial note keeps it,
 * the desk's correction signal finds it with no earlier version in the library, and the cleaning panel lists the
 * change, saying it is a correction, with an Undo that puts the mark back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recleanArticle } from '../../../electron/desk/story-pipeline.js';
import { correctionSignal } from '../../../electron/enrich/correction-signal.js';
import { importOne } from '../ingest/formats/import-fixture.js';

const wire = (name: string): Buffer => readFileSync(new URL(`../../fixtures/wire/${name}`, import.meta.url));

describe('a correction mark on the headline', () => {
  it('lifts it off a format headline into the editorial note, listed as a correction, the story signalled as one', () => {
    const a = importOne('harbour.xml', wire('reuters-g2-corrected.xml'));
    expect(a.headline).toBe('Harbour authority raises port fees by 4 pct');
    expect(a.ednote.split('; ')).toContain('CORRECTED');
    const change = a.changes.find((c) => c.rule === 'headline-prefix');
    expect(change).toMatchObject({ id: 'headline-prefix@headline', before: 'CORRECTED-', after: '', applied: true });
    expect(change?.explanation).toMatch(/correction/u);
    // No earlier version to link to: the desk still knows the story is a correction.
    expect(correctionSignal({ ...a, lineage: null })?.by).toBe('ednote');
    // Undone, the headline is the item's again and the note no longer says CORRECTED.
    const undone = recleanArticle(a, new Set(['headline-prefix@headline']));
    expect(undone.headline).toBe('CORRECTED-Harbour authority raises port fees by 4 pct');
    expect(undone.ednote.split('; ')).not.toContain('CORRECTED');
  });

  it('lifts a spaced `CORRECTION - ` off a plain-text headline line in mixed case and says so', () => {
    const a = importOne('council.txt', wire('plain-correction-spaced-dash.txt'));
    expect(a.headline).toBe('Council delays vote on harbour plan');
    expect(a.ednote.split('; ')).toContain('CORRECTION');
    expect(a.changes.find((c) => c.rule === 'headline-prefix')).toMatchObject({ before: 'CORRECTION - ', explanation: expect.stringMatching(/correction/u) });
    expect(correctionSignal({ ...a, lineage: null })).not.toBeNull();
  });

  it('keeps a headline in capitals whose own first word is CORRECTION', () => {
    const a = importOne('caps.txt', Buffer.from('CORRECTION - EXXON STORY WITHDRAWN\n\nHOUSTON (Reuters) - A story on Exxon sent on Monday is withdrawn.\n'));
    expect(a.headline).toMatch(/^CORRECTION - EXXON|^Correction - Exxon/u);
  });
});
