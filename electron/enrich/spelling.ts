/**
 * Offline spell check for English copy: Hunspell's en-US dictionary (dictionary-en) read by nspell, loaded once
 * on first use. Only lower-case words are checked — capitalised ones are names, places and acronyms, which no
 * dictionary knows — and each word's verdict is remembered, so a story costs a few lookups.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';

type Checker = ReturnType<typeof nspell>;
let checker: Checker | null | undefined;
const verdicts = new Map<string, string | null | false>();
const MAX_SUGGESTIONS_PER_STORY = 8;

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

/** "war-torn", "long-awaited": a compound of known words of three letters or more is fine; "re-construct" is not. */
function knownCompound(spell: Checker, word: string): boolean {
  const parts = word.split('-');
  return parts.length > 1 && parts.every((part) => part.length >= 3 && spell.correct(part));
}

export interface Misspelling {
  readonly word: string;
  /** The dictionary's best guess, or null when it has none. */
  readonly suggestion: string | null;
}

const WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]*\p{Ll}(?![\p{L}\p{N}])/gu;

/** The words of these paragraphs the dictionary does not know, each once, in order, with a suggestion. */
export function misspellings(texts: readonly string[]): Misspelling[][] {
  const spell = load();
  if (!spell) return texts.map(() => []);
  let suggested = 0;
  return texts.map((text) => {
    const found: Misspelling[] = [];
    for (const m of text.matchAll(WORD)) {
      const word = m[0].replace(/[’]/g, "'");
      if (word.length < 3 || found.some((f) => f.word === word)) continue;
      let verdict = verdicts.get(word);
      if (verdict === undefined) {
        verdict = spell.correct(word) || knownCompound(spell, word) ? false : null;
        verdicts.set(word, verdict);
      }
      if (verdict === false) continue;
      if (verdict === null && suggested < MAX_SUGGESTIONS_PER_STORY) {
        suggested++;
        verdict = spell.suggest(word)[0] ?? '';
        verdicts.set(word, verdict);
      }
      found.push({ word, suggestion: verdict ? verdict : null });
    }
    return found;
  });
}
