import type { CleaningRule } from '../rule.js';
import { firstTextBlock } from '../working-copy.js';

/**
 * Wire handling prefixes on the headline line ("UPDATE 2-", "REFILE-", "CORRECTED-", "EXCLUSIVE-", "URGENT:")
 * tell the desk how the item relates to earlier ones; they are not part of the headline. Lifted into metadata.
 */
const PREFIX = /^(?:(?:UPDATE\s*\d*|REFILE|CORRECTED|CORRECTION|EXCLUSIVE|URGENT|BREAKING|FLASH|BULLETIN|WRAPUP\s*\d*|RPT|REPEAT)\s*[-–—:]+\s*|URGENT\s+(?=\p{Lu}))+/u;

export const headlinePrefix: CleaningRule = {
  id: 'headline-prefix',
  explanation: 'Moved the wire prefix (UPDATE n-, REFILE-, CORRECTED-, EXCLUSIVE-, URGENT) off the headline into the metadata',
  propose: (copy) => {
    const i = firstTextBlock(copy);
    const text = copy.blocks[i]?.text ?? '';
    const m = PREFIX.exec(text);
    if (!m || m[0].length >= text.length) return [];
    const prefixes = m[0].split(/[-–—:]+|\s+(?=\p{Lu})/u).map((p) => p.trim()).filter(Boolean);
    return [{ block: i, start: 0, end: m[0].length, replacement: '', extract: { wirePrefixes: prefixes } }];
  },
};
