import { findAgency } from '../../domain/agencies.js';
import type { CleaningRule } from '../rule.js';
import type { Edit, WorkingCopy } from '../working-copy.js';

/**
 * "Always remove this for this source": passages the editor marked as one source's boilerplate are removed from
 * every later story from that source. Runs last, once the credit line and dateline have named the source.
 */
export function sourceKeyOf(copy: WorkingCopy): string | null {
  const named = copy.extracted.credit?.value ?? copy.extracted.dateline?.agency ?? null;
  if (!named) return null;
  return (findAgency(named)?.code ?? named).trim();
}

export const sourceBoilerplate: CleaningRule = {
  id: 'source-boilerplate',
  explanation: "Removed a passage the editor marked as this source's boilerplate",
  propose: (copy, ctx) => {
    const key = sourceKeyOf(copy);
    const passages = (ctx.boilerplate ?? []).filter((b) => b.source === key && b.text.trim() !== '').map((b) => b.text.trim());
    if (!key || passages.length === 0) return [];
    const edits: Edit[] = [];
    copy.blocks.forEach((b, block) => {
      const found: { start: number; end: number }[] = [];
      for (const passage of passages) {
        let at = b.text.indexOf(passage);
        while (at >= 0) {
          const end = at + passage.length;
          if (!found.some((f) => at < f.end && end > f.start)) found.push({ start: at, end });
          at = b.text.indexOf(passage, end);
        }
      }
      for (const f of found.sort((x, y) => x.start - y.start)) edits.push({ block, start: f.start, end: f.end, replacement: '' });
    });
    return edits;
  },
};
