import type { CleaningRule } from '../rule.js';
import { firstTextBlock, wholeBlock } from '../working-copy.js';

/**
 * A structured format names its headline apart from the text (NewsML-G2 headline, NITF hl1…), and many feeds
 * repeat it as the body's first paragraph (an `<h1>` or a title line in the text). The repeat is not copy: the
 * story would print its headline twice. Compared without case, spaces or punctuation.
 */
const comparable = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export const headlineEcho: CleaningRule = {
  id: 'headline-echo',
  explanation: 'Removed the headline repeated as the first paragraph',
  propose: (copy, ctx) => {
    const given = ctx.headline ?? '';
    if (given === '') return [];
    // The headline without the wire marks lifted off it (`CORRECTED-`) is the same headline.
    const unmarked = copy.extracted.headline ?? given;
    const i = firstTextBlock(copy);
    const first = copy.blocks[i];
    // A paragraph of story text is never compared: only a line about the headline's length.
    if (!first || i >= copy.blocks.length - 1 || first.text.length > given.length * 2 + 20) return [];
    return [given, unmarked].some((h) => comparable(first.text) === comparable(h)) ? [wholeBlock(copy, i)] : [];
  },
};
