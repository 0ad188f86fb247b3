import { matchDatelineLead, matchDatelineLine } from '../../enrich/dateline.js';
import type { CleaningRule } from '../rule.js';
import { firstTextBlock, wholeBlock } from '../working-copy.js';

/**
 * A structured format names its headline apart from the text (NewsML-G2 headline, NITF hl1…), and many feeds
 * repeat it as the body's first paragraph (an `<h1>` or a title line in the text). The repeat is not copy: the
 * story would print its headline twice. Compared without case, spaces or punctuation. A press release read as
 * plain text does the same under its dateline line (`MUMBAI, India, July 25, 2018/PRNewswire-AsiaNet/`, then the
 * title again): the headline cleaning took from the first line is looked for there too, and so is a format's headline
 * under a notice closed by a colon (a corrected release: `… La version complète et corrigée suit :`).
 */
const comparable = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A dateline standing alone on its line, nothing after it. */
function datelineAlone(text: string): boolean {
  const lead = matchDatelineLead(text);
  return (lead !== null && lead.raw.trim() === text.trim()) || matchDatelineLine(text) !== null;
}

export const headlineEcho: CleaningRule = {
  id: 'headline-echo',
  explanation: 'Removed the headline repeated as the first paragraph',
  propose: (copy, ctx) => {
    const given = ctx.headline ?? copy.extracted.headline ?? '';
    if (given === '') return [];
    // The headline without the wire marks lifted off it (`CORRECTED-`) is the same headline.
    const unmarked = copy.extracted.headline ?? given;
    const echoes = (k: number): boolean => {
      const text = copy.blocks[k]?.text ?? '';
      // A paragraph of story text is never compared: only a line about the headline's length.
      return k >= 0 && k < copy.blocks.length - 1 && text.length <= given.length * 2 + 20 && [given, unmarked].some((h) => comparable(text) === comparable(h));
    };
    let i = firstTextBlock(copy);
    if (!ctx.headline && datelineAlone(copy.blocks[i]?.text ?? '')) i = firstTextBlock(copy, i + 1);
    const edits = echoes(i) ? [wholeBlock(copy, i)] : [];
    // Again under a notice closed by a colon that introduces the release (`… La version complète et corrigée suit :`).
    const notice = edits.length > 0 ? firstTextBlock(copy, i + 1) : i;
    if (ctx.headline && /[:：]\s*$/u.test(copy.blocks[notice]?.text ?? '') && echoes(firstTextBlock(copy, notice + 1))) {
      edits.push(wholeBlock(copy, firstTextBlock(copy, notice + 1)));
    }
    return edits;
  },
};
