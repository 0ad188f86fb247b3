import type { CleaningRule } from '../rule.js';
import { wholeBlock } from '../working-copy.js';

/** "By Jane Doe" or "By Jane Doe, Reuters" on a line of its own near the top. */
const BYLINE = /^By\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,5}(?:,\s*[^,.]{2,60})?)$/u;

export const byline: CleaningRule = {
  id: 'byline',
  explanation: 'Moved the byline line into the byline field',
  propose: (copy) => {
    const i = copy.blocks.slice(0, 3).findIndex((b) => BYLINE.test(b.text));
    const b = copy.blocks[i];
    if (!b || copy.extracted.byline) return [];
    return [wholeBlock(copy, i, '', { byline: b.text.replace(/^By\s+/u, '') })];
  },
};
