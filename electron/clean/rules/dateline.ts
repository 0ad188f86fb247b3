import { matchDatelineLead } from '../../enrich/dateline.js';
import type { CleaningRule } from '../rule.js';
import { firstTextBlock } from '../working-copy.js';

/** The dateline opening the first paragraph moves to the dateline field; the paragraph keeps its first sentence. */
export const dateline: CleaningRule = {
  id: 'dateline',
  explanation: 'Moved the dateline out of the first paragraph into the dateline field',
  propose: (copy) => {
    const i = firstTextBlock(copy);
    const first = copy.blocks[i];
    if (!first || copy.extracted.dateline) return [];
    const lead = matchDatelineLead(first.text);
    return lead ? [{ block: i, start: 0, end: lead.raw.length, replacement: '', extract: { dateline: lead } }] : [];
  },
};
