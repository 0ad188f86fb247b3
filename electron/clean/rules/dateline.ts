import { matchDatelineLead } from '../../enrich/dateline.js';
import type { CleaningRule } from '../rule.js';

/** The dateline opening the first paragraph moves to the dateline field; the paragraph keeps its first sentence. */
export const dateline: CleaningRule = {
  id: 'dateline',
  explanation: 'Moved the dateline out of the first paragraph into the dateline field',
  propose: (copy) => {
    const first = copy.blocks[0];
    if (!first || copy.extracted.dateline) return [];
    const lead = matchDatelineLead(first.text);
    return lead ? [{ block: 0, start: 0, end: lead.raw.length, replacement: '', extract: { dateline: lead } }] : [];
  },
};
