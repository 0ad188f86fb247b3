/**
 * Stemming for search, with Snowball's own stemmers (snowball-stemmers: the Snowball project's algorithms compiled
 * to JavaScript, 24 languages). FlexSearch's language packs were measured first and not used: their suffix lists
 * run in a loop and cut too far for a newsroom ("news" → "new", "states" → "st", "nation" → "n"), where Snowball
 * keeps news, states and nation apart from new, st and n.
 *
 * The index keeps the words as written (folded); stemming happens when a query is read: a query word stands for
 * the words of the library's vocabulary that share its stem in a story's language (search-index.ts), so importing
 * costs nothing more and a phrase still matches its words as written.
 */
import snowball from 'snowball-stemmers';

/** ISO 639-1 codes of the languages Snowball stems, and its names for them. */
const ALGORITHMS: Readonly<Record<string, string>> = {
  ar: 'arabic',
  ca: 'catalan',
  cs: 'czech',
  da: 'danish',
  de: 'german',
  en: 'english',
  es: 'spanish',
  eu: 'basque',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hu: 'hungarian',
  hy: 'armenian',
  it: 'italian',
  nb: 'norwegian',
  nl: 'dutch',
  nn: 'norwegian',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sl: 'slovene',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
};

/** Stems remembered per language: a stem costs about 12 µs here, and a query's words and their neighbours recur. */
const CACHE = 50_000;

/** Words shorter than this are matched as written: a stem of two or three letters joins too many words. */
export const MIN_STEMMED = 4;

/** The language part of a tag ("pt-BR" → "pt"), lower-case. */
export function baseLanguage(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? '').toLowerCase();
}

export function stemsLanguage(language: string): boolean {
  return ALGORITHMS[baseLanguage(language)] !== undefined;
}

export class WordStems {
  private readonly stemmers = new Map<string, { stem(word: string): string }>();
  private readonly cache = new Map<string, Map<string, string>>();

  /** The word's stem in a language (its base code), or the word itself where Snowball has no stemmer for it. */
  stem(language: string, word: string): string {
    const algorithm = ALGORITHMS[language];
    if (!algorithm || word.length < MIN_STEMMED) return word;
    let cached = this.cache.get(language);
    if (!cached) this.cache.set(language, (cached = new Map()));
    const known = cached.get(word);
    if (known !== undefined) return known;
    let stemmer = this.stemmers.get(language);
    if (!stemmer) this.stemmers.set(language, (stemmer = snowball.newStemmer(algorithm)));
    const stem = stemmer.stem(word);
    if (cached.size >= CACHE) cached.clear();
    cached.set(word, stem);
    return stem;
  }

  /**
   * The beginning every word sharing `word`'s stem starts with. A Snowball stem is the word's beginning except where
   * it rewrites the last letter (English "city" → "citi"), so one letter less covers those too.
   */
  static reach(word: string, stem: string): string {
    let common = 0;
    while (common < stem.length && stem[common] === word[common]) common++;
    return word.slice(0, Math.max(MIN_STEMMED - 1, Math.min(common, stem.length - 1)));
  }
}
