import { matchDatelineLead, matchDatelineLine } from '../../enrich/dateline.js';
import type { CleaningRule } from '../rule.js';
import { firstTextBlock, wholeBlock, type WorkingCopy } from '../working-copy.js';
import { BYLINE } from './byline.js';

/**
 * A full stop that closes an abbreviation, not a sentence: `JAPAN TO CUT CAR EXPORTS TO U.S.`, `ACME ELECTRIC
 * CORP.`, `Talks with Smith Bros.`.
 */
const ABBREVIATION_END = /(?:^|[\s(/-])(?:(?:\p{L}\.){2,}|(?:Corp|Inc|Co|Cos|Ltd|Plc|Bhd|Bros|Intl|Natl|Assn|Div|Jr|Sr|Ave|Dept|Govt)\.)$/iu;

/** Whether the text ends a sentence: a closing full stop (or a closing quote after one) that is not an abbreviation's. */
function endsSentence(text: string): boolean {
  return /[.!?]["”’']?$/u.test(text) && !ABBREVIATION_END.test(text);
}

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
    !/[;,:]["”’']?$/u.test(text) &&
    !(/\.["”’']?$/u.test(text) && endsSentence(text)) &&
    !BYLINE.test(text) &&
    matchDatelineLead(text) === null
  );
}

/**
 * Whether block `i` is the story's headline. By its look (looksLikeHeadline), or by the story's structure: agency
 * copy sets the dateline at the head of the block under the headline (`SUGAR QUOTA IMPORTS DETAILED -- USDA` over
 * `WASHINGTON, Feb 26 - …`), so the short block above a dateline is the headline whole, even when it ends on a
 * comma or holds a dash that could pass for a dateline's (`OPEC OUTPUT ABOVE CEILING - Survey finds`). A block
 * that opens with a dated or credited dateline of its own is never one.
 */
export function isHeadlineAt(copy: WorkingCopy, i: number): boolean {
  const text = copy.blocks[i]?.text ?? '';
  const next = copy.blocks[i + 1]?.text;
  if (next === undefined || text === '') return false;
  if (looksLikeHeadline(text)) return true;
  const words = text.split(/\s+/u).length;
  if (text.length > 200 || words > 30 || !/\p{L}.*\p{L}.*\p{L}/u.test(text) || BYLINE.test(text) || endsSentence(text)) return false;
  const own = matchDatelineLead(text);
  if (matchDatelineLine(text) || (own && (own.day !== null || own.agency !== null))) return false;
  return matchDatelineLead(next) !== null || matchDatelineLine(next) !== null;
}

export const headline: CleaningRule = {
  id: 'headline',
  explanation: 'Took the first line as the headline',
  propose: (copy) => {
    const i = firstTextBlock(copy);
    const first = copy.blocks[i];
    if (!first || copy.extracted.headline) return [];
    return isHeadlineAt(copy, i) ? [wholeBlock(copy, i, '', { headline: first.text })] : [];
  },
};
