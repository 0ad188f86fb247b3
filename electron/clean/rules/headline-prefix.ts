import type { CleaningRule } from '../rule.js';
import { firstTextBlock } from '../working-copy.js';
import { isAllCaps } from './headline-case.js';

/**
 * Wire handling prefixes on the headline line ("UPDATE 2-", "REFILE-", "CORRECTED-", "EXCLUSIVE-", "URGENT:")
 * tell the desk how the item relates to earlier ones; they are not part of the headline. Lifted into metadata.
 */
const PREFIX = /^(?:(?:UPDATE\s*\d*|REFILE|CORRECTED|CORRECTION|EXCLUSIVE|URGENT|BREAKING|FLASH|BULLETIN|WRAPUP\s*\d*|RPT|REPEAT)\s*[-–—:]+\s*|URGENT\s+(?=\p{Lu}))+/u;

/** A release's kind before its title: "Media release: Personal insolvencies rise 0.6%", "PRESS RELEASE - …". */
const RELEASE_KIND = /^((?:joint\s+)?(?:media|press|news)\s+(?:release|statement|advisory))\s*[-–—:]\s*(?=\S)/iu;

export const headlinePrefix: CleaningRule = {
  id: 'headline-prefix',
  explanation: 'Moved the wire prefix (UPDATE n-, REFILE-, CORRECTED-, EXCLUSIVE-, URGENT, Media release:) off the headline into the metadata',
  propose: (copy) => {
    const i = firstTextBlock(copy);
    const text = copy.blocks[i]?.text ?? '';
    const kind = RELEASE_KIND.exec(text);
    if (kind?.[1] && kind[0].length < text.length) {
      return [{ block: i, start: 0, end: kind[0].length, replacement: '', extract: { wirePrefixes: [kind[1]] } }];
    }
    const m = PREFIX.exec(text);
    if (!m || m[0].length >= text.length) return [];
    // In a headline all in capitals the flag cannot be told from the headline's own first word by its case: only a
    // prefix glued to its dash or closed by a colon (UPDATE 2-, REFILE-, URGENT:) is one. A spaced dash is the
    // headline's own (`CORRECTION - EXXON STORY` read as a headline whole), and `URGENT NEED FOR …` is a headline.
    if (isAllCaps(text) && (!/[-–—:]\s*$/u.test(m[0]) || /\s[-–—]|[-–—]\s/u.test(m[0]))) return [];
    const prefixes = m[0].split(/[-–—:]+|\s+(?=\p{Lu})/u).map((p) => p.trim()).filter(Boolean);
    return [{ block: i, start: 0, end: m[0].length, replacement: '', extract: { wirePrefixes: prefixes } }];
  },
};
