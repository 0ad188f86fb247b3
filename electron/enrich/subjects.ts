/**
 * IPTC Media Topics suggestions, ranked by relevance: each topic's label (and its parts, "crime, law and
 * justice" → crime / law / justice) is looked up among the story's words and word pairs and triples; a topic
 * scores by how often its terms occur, a parent gains half of its children's score, and the best few are
 * suggested for the editor to pick. Data: electron/enrich/data/mediatopics.json (IPTC, CC BY 4.0).
 */
import type { Subject } from '../domain/article.js';
import data from './data/mediatopics.json' with { type: 'json' };

interface Topic {
  readonly code: string;
  readonly name: string;
  readonly parent: string;
}

const TOPICS = new Map<string, Topic>();
/** Term (lower case, singular) → codes of the topics whose label holds it. */
const TERMS = new Map<string, string[]>();
const AMBIGUOUS = new Set(['security', 'good', 'interest', 'bond', 'stock', 'right', 'arm', 'force', 'share', 'future', 'option']);
const GENERIC = new Set(['and', 'or', 'of', 'the', 'in', 'general', 'other', 'issue', 'issues', 'people', 'service', 'services', 'government']);

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

function normalise(phrase: string): string {
  return phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(singular).join(' ');
}

for (const row of data.topics as unknown as readonly (readonly [string, string, string, number])[]) {
  const [code, name, parent] = row;
  TOPICS.set(code, { code, name, parent });
  const raw = name.split(/,\s*|\s+and\s+|\s+or\s+/u).map((p) => p.trim().toLowerCase());
  // A plural label is also found by its singular ("elections" → election), unless that singular means something
  // else ("securities" is not "security").
  const parts = [...raw, ...raw.map(normalise).filter((p) => !AMBIGUOUS.has(p))].filter((p) => p && !GENERIC.has(p));
  for (const term of new Set(parts)) {
    const list = TERMS.get(term) ?? [];
    list.push(code);
    TERMS.set(term, list);
  }
}

/** First words of the terms of more than one word: only these start a longer look-up. */
const OPENERS = new Set([...TERMS.keys()].filter((t) => t.includes(' ')).map((t) => t.slice(0, t.indexOf(' '))));

function lookup(term: string): readonly string[] | undefined {
  const found = TERMS.get(term);
  if (found !== undefined || !term.endsWith('s')) return found;
  // Each word by its singular: one word (most look-ups, once per word of the story) without splitting it.
  return TERMS.get(term.includes(' ') ? term.split(' ').map(singular).join(' ') : singular(term));
}

const SPORT = '15000000';

function rootOf(code: string): string {
  let current = code;
  for (let i = 0; i < 10; i++) {
    const parent = TOPICS.get(current)?.parent;
    if (!parent) return current;
    current = parent;
  }
  return current;
}

/** Words of competition: a result, an event, a contest's people. */
const SPORT_WORDS = new Set([
  'sport', 'sports', 'race', 'races', 'raced', 'championship', 'championships', 'champion', 'tournament', 'match', 'matches',
  'league', 'cup', 'medal', 'medals', 'olympic', 'olympics', 'paralympic', 'coach', 'player', 'players', 'athlete',
  'athletes', 'rider', 'riders', 'stage', 'podium', 'qualifier', 'qualifying', 'semifinal', 'final', 'finals', 'season',
  'title', 'victory', 'defeat', 'beat', 'won', 'win', 'wins', 'scored', 'goal', 'goals', 'fifa', 'uefa', 'uci', 'fixture',
]);

function hasSportContext(texts: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const text of texts) for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) if (SPORT_WORDS.has(w)) seen.add(w);
  // Two different ones: "a team of inspectors" or "the final plan" alone is not sport.
  return seen.size >= 2 || seen.has('sport') || seen.has('sports');
}

export function suggestSubjects(texts: readonly string[], max = 5): Subject[] {
  const score = new Map<string, number>();
  const add = (codes: readonly string[] | undefined, n: number) => {
    if (codes) for (const c of codes) score.set(c, (score.get(c) ?? 0) + n);
  };
  for (const text of texts) {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? '';
      add(lookup(w), 1);
      if (!OPENERS.has(w) && !OPENERS.has(singular(w))) continue;
      const two = `${w} ${words[i + 1] ?? ''}`;
      add(lookup(two), 2);
      add(lookup(`${two} ${words[i + 2] ?? ''}`), 3);
    }
  }
  // Sport's disciplines are everyday words elsewhere (cycling lanes, sailing ships, running costs, shooting): a
  // story is about sport only when it uses the language of competition too.
  // (The story's words are read for that only when a sport's topic scored: most stories have none.)
  const sport = [...score.keys()].filter((code) => rootOf(code) === SPORT);
  if (sport.length > 0 && !hasSportContext(texts)) for (const code of sport) score.delete(code);
  for (const [code, s] of [...score]) {
    const parent = TOPICS.get(code)?.parent;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + s / 2);
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max);
  const top = ranked[0]?.[1] ?? 1;
  return ranked.map(([code, s]) => ({
    code,
    scheme: 'medtop',
    name: TOPICS.get(code)?.name ?? code,
    score: Math.round((s / top) * 100) / 100,
    suggested: true,
  }));
}
