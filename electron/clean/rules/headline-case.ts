import { isKnownPlace } from '../../enrich/gazetteer.js';
import { isDictionaryWord } from '../../enrich/spelling.js';
import type { CleaningRule } from '../rule.js';
import { firstTextBlock } from '../working-copy.js';
import { looksLikeHeadline } from './headline.js';

/**
 * An ALL-CAPS headline set in the house case (sentence case): the first word and known places keep their
 * capital, short acronyms (US, UN, NATO, EU) stay in capitals, everything else goes to lower case. A short
 * word no dictionary knows (USDA, BFD, QTR) is an acronym or a ticker and keeps its capitals too.
 */
const ACRONYMS = new Set(['US', 'UN', 'UK', 'EU', 'NATO', 'OPEC', 'IAEA', 'WHO', 'IMF', 'UAE', 'GDP', 'CEO', 'AI', 'FIFA', 'UEFA', 'NASA', 'ASEAN', 'G7', 'G20', 'COVID', 'IRNA', 'AP', 'AFP']);

export function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  return letters.length >= 8 && upper.length / letters.length > 0.9 && text.split(/\s+/u).length >= 3;
}

function shortUnknown(word: string): boolean {
  return /^\p{Lu}{2,5}$/u.test(word) && isDictionaryWord(word.toLowerCase()) === false;
}

export function houseCase(text: string): string {
  let first = true;
  return text.replace(/[\p{L}\p{N}'’.-]+/gu, (word) => {
    const bare = word.replace(/[.'’]+$/u, '');
    let out: string;
    const lower = word.toLowerCase();
    const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
    if (ACRONYMS.has(bare)) out = word;
    else if (isKnownPlace(capital.replace(/[.'’]+$/u, ''))) out = capital;
    else if (shortUnknown(bare)) out = word;
    else out = first ? capital : lower;
    first = false;
    return out;
  });
}

export const headlineCase: CleaningRule = {
  id: 'headline-case',
  explanation: 'Set the ALL-CAPS headline in the house case (sentence case)',
  propose: (copy) => {
    const i = firstTextBlock(copy);
    const text = copy.blocks[i]?.text ?? '';
    if (copy.extracted.headline || i >= copy.blocks.length - 1 || !isAllCaps(text) || !looksLikeHeadline(text)) return [];
    return [{ block: i, start: 0, end: text.length, replacement: houseCase(text) }];
  },
};
