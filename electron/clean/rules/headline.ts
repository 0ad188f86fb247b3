import { matchDatelineLead } from '../../enrich/dateline.js';
import type { CleaningRule } from '../rule.js';
import { firstTextBlock, wholeBlock } from '../working-copy.js';
import { BYLINE } from './byline.js';

/**
 * Plain-text copy puts the headline first: a short line with letters in it, without a closing full stop (or a
 * closing quote after one), that is neither a byline nor a dateline, followed by the story.
 */
export function looksLikeHeadline(text: string): boolean {
  const words = text.split(/\s+/).length;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return (
    letters >= 3 &&
    text.length <= 200 &&
    words <= 30 &&
    !/[.;,:]["”’']?$/u.test(text) &&
    !BYLINE.test(text) &&
    matchDatelineLead(text) === null
  );
}

export const headline: CleaningRule = {
  id: 'headline',
  explanation: 'Took the first line as the headline',
  propose: (copy) => {
    const i = firstTextBlock(copy);
    const first = copy.blocks[i];
    if (!first || i >= copy.blocks.length - 1 || copy.extracted.headline) return [];
    return looksLikeHeadline(first.text) ? [wholeBlock(copy, i, '', { headline: first.text })] : [];
  },
};
