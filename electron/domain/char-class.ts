/**
 * Character classes for the scanners that run on every imported story (word counts, fingerprints): a table look-up
 * per UTF-16 code unit instead of a Unicode regular expression per word, filled in as characters are first met.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not looked up yet, 1 a letter or digit (\p{L} or \p{N}), 2 neither. */
const table = new Uint8Array(0x10000);

/** True when the code unit is a letter or digit on its own (a surrogate half never is: see `isAstralLetterOrDigit`). */
export function isLetterOrDigitUnit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  let known = table[code] as number;
  if (known === 0) {
    known = code >= 0xd800 && code <= 0xdfff ? 2 : LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    table[code] = known;
  }
  return known === 1;
}

/** True when `text` has a letter or digit outside the BMP (a surrogate pair) at `index`. */
export function isAstralLetterOrDigit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && LETTER_OR_DIGIT.test(text.slice(index, index + 2));
}

/** JavaScript's \s: the white space a regular expression's \s matches. */
export function isSpaceUnit(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Runs of non-space holding at least one letter or digit: what /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*\/gu finds. */
export function countWordsIn(text: string): number {
  let words = 0;
  let inRun = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceUnit(code)) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      counted = false;
    }
    if (!counted && (isLetterOrDigitUnit(code) || isAstralLetterOrDigit(text, i))) {
      words++;
      counted = true;
    }
  }
  return words;
}

const LETTER = /^\p{L}$/u;
/** Per BMP code unit: 0 not looked up yet, 1 a letter (\p{L}), 2 not. */
const letterTable = new Uint8Array(0x10000);

function isLetterUnit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  let known = letterTable[code] as number;
  if (known === 0) {
    known = code >= 0xd800 && code <= 0xdfff ? 2 : LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    letterTable[code] = known;
  }
  return known === 1;
}

export interface TextMakeup {
  /** UTF-16 units that are neither white space nor C0 controls. */
  readonly visible: number;
  /** Letters and digits (\p{L}, \p{N}), a character each. */
  readonly lettersOrDigits: number;
  /** Runs of two letters or more (\p{L}{2,}). */
  readonly words: number;
}

/**
 * What text is made of, in one scan: the counts `[\s\u0000-\u001f]`, `[\p{L}\p{N}]` and `\p{L}{2,}` would give,
 * without building an array of every letter (which cost a tenth of a millisecond a story at import).
 */
export function textMakeup(text: string): TextMakeup {
  let visible = 0;
  let lettersOrDigits = 0;
  let words = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x1f || isSpaceUnit(code)) {
      run = 0;
      continue;
    }
    const low = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    if (low >= 0xdc00 && low <= 0xdfff) {
      // A surrogate pair: one character of two units.
      const pair = text.slice(i, i + 2);
      visible += 2;
      i++;
      if (LETTER_OR_DIGIT.test(pair)) lettersOrDigits++;
      if (LETTER.test(pair)) {
        if (++run === 2) words++;
      } else run = 0;
      continue;
    }
    visible++;
    if (isLetterOrDigitUnit(code)) lettersOrDigits++;
    if (isLetterUnit(code)) {
      if (++run === 2) words++;
    } else run = 0;
  }
  return { visible, lettersOrDigits, words };
}
