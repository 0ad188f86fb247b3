import type { CleaningRule } from '../rule.js';
import type { Edit } from '../working-copy.js';

/**
 * Dashes and ellipses to the house preference: a double hyphen or a hyphen spaced between two words becomes the em
 * dash, three dots the ellipsis character, straight double quotes typographic ones. Apostrophes and single
 * quotes are left alone (a wrong guess turns a plural possessive into a quote).
 */
export interface HouseTypography {
  readonly dash: string;
  readonly ellipsis: string;
  readonly curlyQuotes: boolean;
}

export const HOUSE_TYPOGRAPHY: HouseTypography = { dash: '—', ellipsis: '…', curlyQuotes: false };

export function typeset(text: string, house: HouseTypography = HOUSE_TYPOGRAPHY): string {
  // Most paragraphs have nothing to set: a cheap look first keeps the rule off the import's hot path.
  if (!text.includes('--') && !text.includes(' - ') && !text.includes('..') && !(house.curlyQuotes && text.includes('"'))) return text;
  let out = text
    .replace(/(?<=\S) ?--(?!-) ?(?=\S)/gu, ` ${house.dash} `)
    // Only between words: "Tehran, July 23, - …" or "(ANA) - …" is a dateline the editor chose to keep.
    .replace(/(?<=[\p{L}\p{N}]) - (?=[\p{L}\p{N}])/gu, ` ${house.dash} `)
    .replace(/\.\s?\.\s?\.(?!\.)/gu, house.ellipsis);
  if (house.curlyQuotes) out = out.replace(/"(?=[\p{L}\p{N}‘'(…])/gu, '“').replace(/"/gu, '”');
  return out;
}

export const typography: CleaningRule = {
  id: 'typography',
  explanation: 'Set dashes, ellipses and quotation marks to the house style',
  propose: (copy) =>
    copy.blocks.flatMap((b, block): Edit[] => {
      const next = typeset(b.text);
      return next === b.text ? [] : [{ block, start: 0, end: b.text.length, replacement: next }];
    }),
};
