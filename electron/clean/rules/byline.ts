import type { CleaningRule } from '../rule.js';
import { leadTextBlock, wholeBlock } from '../working-copy.js';

const NAME = "\\p{Lu}[\\p{L}.'’-]*";
const PARTICLE = "(?:al|el|bin|ibn|van|von|der|den|de|da|di|du|le|la)(?:-|\\s+)";
/** "By Jane Doe", "BY JANE DOE", "By Ahmed al-Sayed and Anna van der Berg, Reuters" on a line of its own. */
export const BYLINE = new RegExp(
  `^(?:By|BY)\\s+(${NAME}(?:\\s+(?:and\\s+)?(?:${PARTICLE})*${NAME}){0,5}(?:,\\s*[^,.]{2,60})?)$`,
  'u',
);

export const byline: CleaningRule = {
  id: 'byline',
  explanation: 'Moved the byline line into the byline field',
  propose: (copy) => {
    // Among the first lines, or right under the summary bullets a story may open with (`* Dollar index down`).
    const i = copy.blocks.slice(0, Math.max(3, leadTextBlock(copy) + 2)).findIndex((b) => BYLINE.test(b.text));
    const b = copy.blocks[i];
    if (!b || copy.extracted.byline) return [];
    return [wholeBlock(copy, i, '', { byline: b.text.replace(/^(?:By|BY)\s+/u, '') })];
  },
};
