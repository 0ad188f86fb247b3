import { matchDatelineLead } from '../../enrich/dateline.js';
import type { CleaningRule } from '../rule.js';
import { firstTextBlock } from '../working-copy.js';
import { looksLikeHeadline } from './headline.js';

/**
 * The dateline opening the first paragraph moves to the dateline field; the paragraph keeps its first sentence.
 * Under the headline, a standfirst (one short line without a full stop: a release's subtitle) may stand above
 * that paragraph; the dateline is looked for below it too. A dateline on a line of its own goes whole.
 */
export const dateline: CleaningRule = {
  id: 'dateline',
  explanation: 'Moved the dateline out of the first paragraph into the dateline field',
  propose: (copy, ctx) => {
    if (copy.extracted.dateline) return [];
    const i = firstTextBlock(copy);
    const first = copy.blocks[i];
    if (!first) return [];
    const lead = matchDatelineLead(first.text);
    if (lead) return [{ block: i, start: 0, end: lead.raw.length, replacement: '', extract: { dateline: lead } }];
    // Only under a headline already read: otherwise the short first line is the headline itself, kept by the editor.
    const next = copy.blocks[i + 1];
    if (!next || !(copy.extracted.headline || ctx.headline) || !looksLikeHeadline(first.text)) return [];
    const below = matchDatelineLead(next.text);
    return below ? [{ block: i + 1, start: 0, end: below.raw.length, replacement: '', extract: { dateline: below } }] : [];
  },
};
