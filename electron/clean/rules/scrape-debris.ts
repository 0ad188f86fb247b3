import type { CleaningRule } from '../rule.js';
import { wholeBlock } from '../working-copy.js';

/**
 * A block made only of table borders (box drawing included), pipes, rules and (non-breaking) spaces: left over
 * from a scraped page. A section break between two paragraphs ("* * *", "#") is the writer's, not debris.
 */
const DEBRIS = /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000|¦│┃─━\u2500-\u257f=_*~•·.,:;+#<>\-–—]*$/u;
const SECTION_BREAK = /^(?:\*\s*){3}$|^#$|^(?:-\s*){3}$/u;

export const scrapeDebris: CleaningRule = {
  id: 'scrape-debris',
  explanation: 'Removed scraped-page debris (table borders, pipes, non-breaking spaces)',
  propose: (copy) =>
    copy.blocks.flatMap((b, i) => {
      // A section break is the writer's only between text: above the first words (a bulletin opening `***`) it is debris.
      const between = i < copy.blocks.length - 1 && copy.blocks.slice(0, i).some((above) => !DEBRIS.test(above.text));
      return DEBRIS.test(b.text) && !(between && SECTION_BREAK.test(b.text)) ? [wholeBlock(copy, i)] : [];
    }),
};
