import { isKnownPlace } from '../../enrich/gazetteer.js';
import { isDictionaryWord } from '../../enrich/spelling.js';
import type { CleaningRule } from '../rule.js';
import { firstTextBlock } from '../working-copy.js';
import { isHeadlineAt } from './headline.js';

/**
 * An ALL-CAPS headline set in the house case (sentence case) — but only where the case of every word can be told:
 * a recased name is a changed word. So a word is lowered only when the dictionary knows it in lower case, a name
 * the dictionary or the gazetteer knows with its capital gets its capital (Iraq, Texaco, New York, Buenos Aires),
 * an acronym stays in capitals (NATO, IBM, U.S.), and a word no dictionary knows (USDA, BROWN-FORMAN, QTR) is kept
 * as the wire sent it. A headline with a ticker (`<BFD>`), a company's legal form (INC, CORP, LTD) or two or more
 * such words is a company or market item full of names and abbreviations: casing it would be guesswork, so it
 * stays as sent. The change is recorded with
 * the original, undoable like every change, and says which words it kept.
 */
const ACRONYMS = new Set(['US', 'UN', 'UK', 'EU', 'EC', 'NATO', 'OPEC', 'IAEA', 'WHO', 'IMF', 'UAE', 'GDP', 'CEO', 'AI', 'FIFA', 'UEFA', 'NASA', 'ASEAN', 'G7', 'G20', 'COVID', 'IRNA', 'AP', 'AFP', 'AAP']);
/** A stock ticker in angle brackets, as agency business copy puts it after the company's name. */
const TICKER = /<[^<>\s][^<>]{0,11}>/u;
/** A company's legal form after its name (`ACME ELECTRIC CORP`): the words before it are a name, whatever the dictionary says. */
const COMPANY = /\s(?:INC|CORP|CO|COS|LTD|PLC|BHD|NV|N\.V|AG|SPA|LLC|LP)\b\.?/u;
/** Words, each with its trailing full stops and apostrophes; a hyphenated compound is one word. */
const WORD = /[\p{L}\p{N}'’.]+(?:-[\p{L}\p{N}'’.]+)*/gu;

export function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  return letters.length >= 8 && upper.length / letters.length > 0.9 && text.split(/\s+/u).length >= 3;
}

type WordCase = 'common' | 'name' | 'acronym' | 'unknown';

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

function caseOf(word: string): WordCase {
  const bare = word.replace(/[.'’]+$/u, '');
  if (ACRONYMS.has(bare) || /^(?:\p{Lu}\.){2,}$/u.test(word) || !/\p{L}/u.test(bare)) return 'acronym';
  // 4TH, 1ST, 10TH: an ordinal is written in lower case.
  if (/^\d+(?:ST|ND|RD|TH)$/u.test(bare)) return 'common';
  if (/\d/u.test(bare)) return 'acronym';
  const parts = bare.split('-');
  if (parts.length > 1) {
    const cases = parts.map(caseOf);
    if (cases.every((c) => c === 'common')) return 'common';
    return cases.includes('unknown') ? 'unknown' : 'name';
  }
  const lower = bare.toLowerCase();
  if (isDictionaryWord(lower)) return 'common';
  if (isDictionaryWord(capitalised(bare)) || isKnownPlace(capitalised(bare))) return 'name';
  if (isDictionaryWord(bare)) return 'acronym';
  return 'unknown';
}

/** The small words inside a place's name: Rio de Janeiro, Stratford-upon-Avon, Isle of Man. */
const CONNECTORS = new Set(['de', 'da', 'del', 'do', 'dos', 'das', 'di', 'la', 'le', 'les', 'el', 'of', 'on', 'upon', 'am', 'an', 'im', 'der', 'sur', 'en', 'aan']);

/** Places of two or three words the gazetteer knows, each word as the place writes it: NEW YORK is New York. */
function placeSpans(words: readonly string[]): Map<number, string> {
  const inPlace = new Map<number, string>();
  for (let i = 0; i < words.length; i++) {
    for (const n of [3, 2]) {
      const span = words.slice(i, i + n).map((w, k) => (k > 0 && CONNECTORS.has(w.toLowerCase()) ? w.toLowerCase() : capitalised(w)));
      if (span.length < n || !isKnownPlace(span.map((w) => w.replace(/[.'’]+$/u, '')).join(' '))) continue;
      span.forEach((w, k) => inPlace.set(i + k, w));
      i += n - 1;
      break;
    }
  }
  return inPlace;
}

export interface HouseCase {
  /** The headline in sentence case, or null when it stays as sent (a ticker, or too many words no one can case). */
  readonly text: string | null;
  /** Words kept as the wire sent them because no dictionary knows them. */
  readonly kept: readonly string[];
}

export function houseCase(headline: string): HouseCase {
  const words = [...headline.matchAll(WORD)].map((m) => ({ word: m[0], at: m.index }));
  const places = placeSpans(words.map((w) => w.word));
  const cases = words.map((w, i) => (places.has(i) ? 'name' : caseOf(w.word)));
  const kept = words.filter((_, i) => cases[i] === 'unknown').map((w) => w.word);
  if (TICKER.test(headline) || COMPANY.test(headline) || kept.length >= 2) return { text: null, kept };
  let out = '';
  let from = 0;
  words.forEach(({ word, at }, i) => {
    const kind = cases[i];
    let cased: string;
    const place = places.get(i);
    if (place !== undefined) cased = place;
    else if (kind === 'acronym' || kind === 'unknown') cased = word;
    else if (kind === 'name') cased = word.replace(/(^|-)(\p{L})([^-]*)/gu, (_, pre: string, ch: string, rest: string) => pre + ch.toUpperCase() + rest.toLowerCase());
    else cased = i === 0 ? capitalised(word) : word.toLowerCase();
    out += headline.slice(from, at) + cased;
    from = at + word.length;
  });
  return { text: out + headline.slice(from), kept };
}

export const headlineCase: CleaningRule = {
  id: 'headline-case',
  explanation: 'Set the ALL-CAPS headline in the house case (sentence case)',
  propose: (copy, ctx) => {
    const i = firstTextBlock(copy);
    const text = copy.blocks[i]?.text ?? '';
    // A format that names its headline apart (NITF hl1, NewsML headline) leaves the first block copy: not ours to recase.
    if (ctx.headline || copy.extracted.headline || !isAllCaps(text) || !isHeadlineAt(copy, i)) return [];
    const cased = houseCase(text);
    if (cased.text === null || cased.text === text) return [];
    const explanation = cased.kept.length > 0 ? `${headlineCase.explanation}; kept as sent, no dictionary knows it: ${cased.kept.join(', ')}` : undefined;
    return [{ block: i, start: 0, end: text.length, replacement: cased.text, ...(explanation ? { explanation } : {}) }];
  },
};
