/**
 * How search compares text: case, diacritics and the letter forms of Arabic script that writers use
 * interchangeably are folded away, so "Tehran" finds "TEHRAN", "Zürich" finds "Zurich", and Persian copy typed
 * with Arabic letters (ي for ی, ك for ک) finds the same stories.
 */

/** Arabic-script letters written one for another: Persian yeh and alef maksura read as yeh, keheh as kaf… */
const LETTER_FORMS: Readonly<Record<string, string>> = {
  '\u06cc': '\u064a', // ی Persian yeh → ي
  '\u0649': '\u064a', // ى alef maksura → ي
  '\u06a9': '\u0643', // ک keheh → ك
  '\u0623': '\u0627', // أ alef with hamza above → ا
  '\u0625': '\u0627', // إ alef with hamza below → ا
  '\u0622': '\u0627', // آ alef with madda → ا
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0629': '\u0647', // ة teh marbuta → ه (both end words and are spelt either way in headlines)
  '\u06c0': '\u0647', // ۀ heh with yeh above → ه
  '\u0624': '\u0648', // ؤ waw with hamza → و
  '\u0626': '\u064a', // ئ yeh with hamza → ي
  '\u00df': 'ss',
  '\u0131': 'i', // dotless i (Turkish)
  '\u0142': 'l', // ł, which has no decomposition
  '\u00f8': 'o',
  '\u0111': 'd',
  '\u00e6': 'ae',
  '\u0153': 'oe',
};
const FORMS = new RegExp(`[${Object.keys(LETTER_FORMS).join('')}]`, 'gu');
// Combining marks (accents, and Arabic harakat: fatha, kasra, shadda, sukun…) and the tatweel that only stretches
// a word.
const MARKS = /[\p{M}\u0640]/gu;

/** Lower-case, without diacritics or harakat, Arabic letter forms unified. */
export function foldText(text: string): string {
  // NFKD splits accented letters from their accent and maps presentation forms (ﻻ, ligatures) to plain letters.
  return text.normalize('NFKD').toLowerCase().replace(MARKS, '').replace(FORMS, (c) => LETTER_FORMS[c] ?? c);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The searchable words of a text, folded. */
export function searchWords(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}
