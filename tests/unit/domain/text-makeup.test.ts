import { describe, expect, it } from 'vitest';
import { textMakeup } from '../../../electron/domain/char-class.js';
import { seededRandom } from '../../../scripts/seeded-random.js';

/** The definitions the scan stands for, as regular expressions. */
function byRegex(text: string): { visible: number; lettersOrDigits: number; words: number } {
  const visible = text.replace(/[\s\u0000-\u001f]+/gu, '');
  return {
    visible: visible.length,
    // Counted in the text itself: with the spaces taken out first, two lone surrogate halves either side of a space
    // would join into one character.
    lettersOrDigits: (text.match(/[\p{L}\p{N}]/gu) ?? []).length,
    words: (text.match(/\p{L}{2,}/gu) ?? []).length,
  };
}

describe('textMakeup', () => {
  it('counts what the regular expressions count, on written samples', () => {
    for (const text of [
      '',
      'TEHRAN, Nov. 20 (IRNA) - The council met.',
      'وزیر امور خارجه ایران ۱۴۰۲ گفت',
      'a b c 1 2 3 ab',
      '\u0000\u0001 \t\r\n',
      '𝐀𝐁 math letters, 😀 emoji, 𝟙 a digit',
      'lone \ud800 high and \udc00 low surrogates\ud800',
      'Zürich – “quoted” — 12,5 %',
    ]) {
      expect(textMakeup(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });

  it('counts what the regular expressions count, on random mixes of every kind of character', () => {
    const random = seededRandom(11);
    const pieces = ['a', 'Z', '7', ' ', '\n', '\u0003', 'é', 'ش', '۴', '—', '.', '𝐀', '😀', '\ud800', '\udc00', '\u00a0', '\u3000', 'ß'];
    for (let n = 0; n < 300; n++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      expect(textMakeup(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });
});
