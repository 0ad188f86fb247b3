import { describe, expect, it } from 'vitest';
import type { StoryCorrection } from '../../../electron/api/contract.js';
import { correctionNoticeText } from '../../../renderer/src/features/updates/correction-notice-text.js';

const base: StoryCorrection = {
  id: 'b', version: 'version 2', of: { id: 'a', version: 'version 1', headline: 'Miners reached' }, by: 'signal', note: '',
  blocks: [], summary: "¶3 'five' → 'fifty'", exported: [],
};
const hhmm = (at: string) => at.slice(11, 16);

describe('the correction notice', () => {
  it('names the corrected version, each earlier export and what changed', () => {
    const c: StoryCorrection = {
      ...base,
      exported: [
        { versionId: 'a', version: 'version 1', format: 'html', fileName: 'story.html', folder: '/srv/out', at: '2026-05-09T12:04:00Z' },
        { versionId: 'z', version: 'version 0', format: 'text', fileName: 'story.txt', folder: null, at: '2026-05-09T12:10:00Z' },
      ],
    };
    expect(correctionNoticeText(c, hhmm)).toBe(
      "Correction of version 1, exported 12:04 to …/story.html, version 0 exported 12:10 to story.txt (download): ¶3 'five' → 'fifty'",
    );
  });

  it('says when no earlier version went out', () => {
    expect(correctionNoticeText(base, hhmm)).toBe("Correction of version 1, not exported before: ¶3 'five' → 'fifty'");
  });
});
