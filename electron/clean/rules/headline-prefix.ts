import type { CleaningRule } from '../rule.js';
import { firstTextBlock, FORMAT_HEADLINE, type Edit } from '../working-copy.js';
import { withMojibakeRepaired } from './mojibake.js';
import { isAllCaps } from './headline-case.js';

/**
 * Wire handling prefixes on the headline line ("UPDATE 2-", "REFILE-", "CORRECTED-", "EXCLUSIVE-", "URGENT:")
 * tell the desk how the item relates to earlier ones; they are not part of the headline. Lifted into metadata:
 * the editorial note, and for UPDATE/REFILE/CORRECTED the story's lineage. On the headline a format gives apart
 * from the text (NewsML-G2, NITF, ninjs) they are lifted the same way, so the mark is never dropped unseen.
 *
 * A correction is news for the desk, not a handling detail: `CORRECTED-`, `CORRECTION - ` (GlobeNewswire's French
 * `CORRECTION ET MISE À JOUR - `) says a story already sent was wrong. Its change says so in the cleaning panel,
 * and the mark stays in the editorial note, which the desk reads as the story's correction signal
 * (enrich/correction-signal.ts) when no earlier version is in the library to link it to.
 */
const CORRECTION_MARK = 'CORRECTED|CORRECTION(?:\\s+(?:AND\\s+UPDATE|ET\\s+MISE\\s+[AÀ]\\s+JOUR))?';
const MARK = `UPDATE\\s*\\d*|REFILE|${CORRECTION_MARK}|EXCLUSIVE|URGENT|BREAKING|FLASH|BULLETIN|WRAPUP\\s*\\d*|RPT|REPEAT`;
const PREFIX = new RegExp(`^(?:(?:${MARK})\\s*[-–—:]+\\s*|URGENT\\s+(?=\\p{Lu}))+`, 'u');
const EACH_MARK = new RegExp(MARK, 'gu');
const IS_CORRECTION = new RegExp(`^(?:${CORRECTION_MARK})$`, 'u');

/** A release's kind before its title: "Media release: Personal insolvencies rise 0.6%", "PRESS RELEASE - …". */
const RELEASE_KIND = /^((?:joint\s+)?(?:media|press|news)\s+(?:release|statement|advisory))\s*[-–—:]\s*(?=\S)/iu;

const CORRECTION_EXPLANATION =
  'The agency marks this story as a correction of one already sent: the mark moved off the headline into the editorial note, where the desk sees it as a correction';

/** The prefix marks opening a headline, and how long they run; null when there are none. */
function marksOf(text: string): { readonly length: number; readonly prefixes: readonly string[] } | null {
  const m = PREFIX.exec(text);
  if (!m || m[0].length >= text.length) return null;
  // In a headline all in capitals the flag cannot be told from the headline's own first word by its case: only a
  // prefix glued to its dash or closed by a colon (UPDATE 2-, REFILE-, URGENT:) is one. A spaced dash is the
  // headline's own (`CORRECTION - EXXON STORY` read as a headline whole), and `URGENT NEED FOR …` is a headline.
  if (isAllCaps(text) && (!/[-–—:]\s*$/u.test(m[0]) || /\s[-–—]|[-–—]\s/u.test(m[0]))) return null;
  const prefixes = [...m[0].matchAll(EACH_MARK)].map((p) => p[0].replace(/\s+/gu, ' '));
  return { length: m[0].length, prefixes };
}

function liftMarks(block: number, text: string, headlineToo: boolean): Edit[] {
  const marks = marksOf(text);
  if (!marks) return [];
  const correction = marks.prefixes.some((p) => IS_CORRECTION.test(p));
  const extract = headlineToo ? { wirePrefixes: marks.prefixes, headline: text.slice(marks.length).trim() } : { wirePrefixes: marks.prefixes };
  return [{ block, start: 0, end: marks.length, replacement: '', extract, ...(correction ? { explanation: CORRECTION_EXPLANATION } : {}) }];
}

export const headlinePrefix: CleaningRule = {
  id: 'headline-prefix',
  explanation: 'Moved the wire prefix (UPDATE n-, REFILE-, CORRECTED-, EXCLUSIVE-, URGENT, Media release:) off the headline into the metadata',
  propose: (copy, ctx) => {
    // The format's own headline: the marks come off it, and the headline is what is left.
    // (As the mojibake rule before it repaired it: the rules see every change made.)
    const given = ctx.headline ? withMojibakeRepaired(ctx.headline.replace(/\s+/gu, ' ').trim()) : undefined;
    if (given) return liftMarks(FORMAT_HEADLINE, given, true);
    const i = firstTextBlock(copy);
    const text = copy.blocks[i]?.text ?? '';
    const kind = RELEASE_KIND.exec(text);
    if (kind?.[1] && kind[0].length < text.length) {
      return [{ block: i, start: 0, end: kind[0].length, replacement: '', extract: { wirePrefixes: [kind[1]] } }];
    }
    return liftMarks(i, text, false);
  },
};
