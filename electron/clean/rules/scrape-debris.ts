import type { CleaningRule } from '../rule.js';
import { wholeBlock } from '../working-copy.js';

/** A block made only of table borders, pipes, rules and (non-breaking) spaces: left over from a scraped page. */
const DEBRIS = /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000|¦│┃─━=_*~•·.,:;+#<>\-–—]*$/u;

export const scrapeDebris: CleaningRule = {
  id: 'scrape-debris',
  explanation: 'Removed scraped-page debris (table borders, pipes, non-breaking spaces)',
  propose: (copy) =>
    copy.blocks.flatMap((b, i) => (DEBRIS.test(b.text) ? [wholeBlock(copy, i)] : [])),
};
