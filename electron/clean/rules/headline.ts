import { matchDatelineLead } from '../../enrich/dateline.js';
import type { CleaningRule } from '../rule.js';
import { wholeBlock } from '../working-copy.js';

/**
 * Plain-text copy puts the headline first: a short line, without a closing full stop, followed by the story.
 */
export function looksLikeHeadline(text: string): boolean {
  const words = text.split(/\s+/).length;
  return text.length <= 200 && words <= 30 && !/[.;,]$/.test(text) && matchDatelineLead(text) === null;
}

export const headline: CleaningRule = {
  id: 'headline',
  explanation: 'Took the first line as the headline',
  propose: (copy) => {
    const first = copy.blocks[0];
    if (!first || copy.blocks.length < 2 || copy.extracted.headline) return [];
    return looksLikeHeadline(first.text) ? [wholeBlock(copy, 0, '', { headline: first.text })] : [];
  },
};
