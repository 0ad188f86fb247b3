import type { CleaningRule } from '../rule.js';
import type { Edit } from '../working-copy.js';

/**
 * A quotation mark or apostrophe escaped with a backslash (`Japan\'s`, `said \"no\"`): the escaping of a string
 * literal, left in the text by the system that exported the item (some Reuters NewsML-G2 items come so). Prose
 * never sets a backslash before a quote, so the backslash goes and the quote stays.
 */
const ESCAPED = /\\(?=['"’‘“”])/gu;

export const escapedQuotes: CleaningRule = {
  id: 'escaped-quotes',
  explanation: 'Removed the backslashes an exporting system left before quotation marks and apostrophes (\\\' → \')',
  propose: (copy) =>
    copy.blocks.flatMap((b, block): Edit[] =>
      b.text.includes('\\') ? [...b.text.matchAll(ESCAPED)].map((m) => ({ block, start: m.index, end: m.index + 1, replacement: '' })) : [],
    ),
};
