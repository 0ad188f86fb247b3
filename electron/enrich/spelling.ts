/**
 * Offline spell check for English copy: Hunspell's en-US dictionary (dictionary-en) read by nspell, loaded once
 * on first use. Only lower-case words are checked — capitalised ones are names, places and acronyms, which no
 * dictionary knows.
 *
 * Checking and suggesting are kept apart on purpose: `correct()` is a few hash lookups, while `suggest()` tries
 * every edit of the word against the dictionary and cost three quarters of a real-copy import when it ran for
 * every unknown word of every story. So an import only asks "known or not?" (each word's verdict remembered),
 * and the suggestion is worked out when the editor opens the story or fixes the flag, once per word.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';

type Checker = ReturnType<typeof nspell>;
let checker: Checker | null | undefined;
/** Each lower-case word's verdict: known to the dictionary or not. */
const known = new Map<string, boolean>();
/** Each unknown word's best suggestion ('' when the dictionary has none), computed on demand. */
const suggestions = new Map<string, string>();
/** Bounds the memo over a long-running app: a real-copy library has tens of thousands of distinct words. */
const MAX_REMEMBERED = 200_000;

function load(): Checker | null {
  if (checker !== undefined) return checker;
  try {
    // The Electron main bundle is CommonJS (__filename); the CLI and the tests are ES modules (import.meta.url).
    const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
    const dir = dirname(createRequire(here).resolve('dictionary-en'));
    checker = nspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic')));
  } catch {
    // Without the dictionary the desk simply raises no spelling flags.
    checker = null;
  }
  return checker;
}

function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= MAX_REMEMBERED) map.clear();
  map.set(key, value);
  return value;
}

/** "war-torn", "long-awaited": a compound of known words of three letters or more is fine; "re-construct" is not. */
function knownCompound(spell: Checker, word: string): boolean {
  const parts = word.split('-');
  return parts.length > 1 && parts.every((part) => part.length >= 3 && spell.correct(part));
}

function isKnown(spell: Checker, word: string): boolean {
  return known.get(word) ?? remember(known, word, spell.correct(word) || knownCompound(spell, word));
}

/** Whether the dictionary knows this lower-case word; null when there is no dictionary. */
export function isDictionaryWord(word: string): boolean | null {
  const spell = load();
  return spell ? isKnown(spell, word) : null;
}

const WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]*\p{Ll}(?![\p{L}\p{N}])/gu;

/** The words of these paragraphs the dictionary does not know, each once per paragraph, in order. Cheap. */
export function unknownWords(texts: readonly string[]): string[][] {
  const spell = load();
  if (!spell) return texts.map(() => []);
  return texts.map((text) => {
    const found: string[] = [];
    for (const m of text.matchAll(WORD)) {
      const word = m[0].replace(/[’]/g, "'");
      if (word.length < 3 || found.includes(word)) continue;
      if (!isKnown(spell, word)) found.push(word);
    }
    return found;
  });
}

/** The dictionary's best guess for an unknown word, or null when it has none. The slow part: call it on demand. */
export function suggestSpelling(word: string): string | null {
  const spell = load();
  if (!spell) return null;
  const remembered = suggestions.get(word) ?? remember(suggestions, word, spell.suggest(word)[0] ?? '');
  return remembered === '' ? null : remembered;
}

export interface Misspelling {
  readonly word: string;
  /** The dictionary's best guess, or null when it has none. */
  readonly suggestion: string | null;
}

/** Unknown words with their suggestions: for the desk's opened story, not for an import. */
export function misspellings(texts: readonly string[]): Misspelling[][] {
  return unknownWords(texts).map((words) => words.map((word) => ({ word, suggestion: suggestSpelling(word) })));
}
