/**
 * Seed-like wire stories for benchmarks: scraped debris, headline, dateline without a year, credit line, footer,
 * and about 500 words of body.
 *
 * The body is sentence frames (so the copy has English function words, attribution and numbers, as wire copy does)
 * whose content words are drawn from the English dictionary Copydesk ships for spell checking (~40,000 words)
 * with Zipf's law (the k-th commonest word about 1/k as often), and whose names are made of its proper nouns. Like
 * real copy from a desk's day, two unrelated stories then share their function words and common vocabulary but
 * few of their content words: estimated Jaccard similarity about 0.05 between two stories, as between unrelated
 * agency stories, so duplicate and related-story detection works as hard as it does on real copy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PLACES = ['Tehran', 'Baghdad', 'PARIS', 'Berlin', 'GAZA', 'LONDON', 'Ankara', 'Cairo', 'Beirut', 'Doha'];
const AGENCIES = ['Islamic Republic News Agency', 'Agence France-Presse', 'Reuters', 'Xinhua News Agency', 'Anadolu Agency'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const FRAMES = [
  'Officials in {place} said that {noun} {verb} the {adj} {noun2} after {n} days of {event}.',
  'The {role} made the remarks in a meeting with {person}, according to a statement on {noun}.',
  '{Adj} {noun} is an inevitable necessity for {place}, {person} added.',
  'More than {n} people {verb} near {place} on {day}, the {org} said.',
  'The {org} would continue its support for {noun} and {noun2}, {person} noted.',
  'Analysts said the {event} marked a shift in {noun} after {n} months of {noun2}.',
  '{person}, the {role} of the {org}, called for {adj} {noun} and {noun2}.',
  'The {org} is expected to {verb} {n} {noun} in {place} later this week, officials said.',
  'In {place}, {n} {noun} were {verb} as {noun2} and {event} continued.',
  '"We will not accept {adj} {noun}," {person} told reporters in {place}.',
  'The {noun} of {noun2} in {place} {verb} the {adj} {event} of the {noun}, the {role} said.',
  '{Adj} {noun} and {adj} {noun2} have {verb} {noun} across {place} since {day}.',
  'A {adj} {noun} {verb} {n} {noun2} by {event}, the {org} told {person}.',
  'Under the {adj} {noun}, {noun2} would {verb} the {event} of {n} {noun}.',
  '{person} said {noun} was {adj} and {verb} {noun2} in {place} and {place}.',
];
const ROLES = ['minister', 'governor', 'spokeswoman', 'mayor', 'chief executive', 'commander', 'envoy', 'chairman', 'president', 'director'];
const ZIPF_SHIFT = 100;
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Vocabulary {
  readonly common: readonly string[];
  readonly proper: readonly string[];
}

let vocabulary: Vocabulary | null = null;

/** The dictionary's words without their affix flags: lower-case ones for content, capitalised ones for names. */
function loadVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const dir = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
  const words = readFileSync(join(dir, 'index.dic'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0] ?? '')
    .filter((w) => /^[A-Za-z]{3,}$/.test(w));
  // A fixed shuffle, so that the commonest ranks are not the start of the alphabet.
  const r = rng(2026);
  const shuffle = (xs: string[]): string[] => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [xs[i], xs[j]] = [xs[j] as string, xs[i] as string];
    }
    return xs;
  };
  vocabulary = { common: shuffle(words.filter((w) => /^[a-z]/.test(w))), proper: shuffle(words.filter((w) => /^[A-Z][a-z]/.test(w))) };
  return vocabulary;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** About 500 words: the size of a typical agency story. */
export function generateStory(n: number): string {
  const { common, proper } = loadVocabulary();
  const r = rng(n + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  // Zipf–Mandelbrot: rank k comes up about 1/(k + 100) as often (a log-uniform draw, shifted), so the head is
  // not a handful of words repeated everywhere.
  const word = (): string => common[Math.floor(Math.exp(r() * Math.log((common.length + ZIPF_SHIFT) / ZIPF_SHIFT)) * ZIPF_SHIFT) - ZIPF_SHIFT] ?? 'news';
  const name = (): string => `${pick(proper)} ${pick(proper)}`;
  // A story has its own cast and places, mentioned again and again, as a real one has.
  const cast = [name(), name(), name()];
  const orgs = [`${pick(proper)} ${word()} council`, `${word()} ministry`];
  const places = [pick(PLACES), pick(proper), pick(proper)];
  const fill = (key: string): string => {
    switch (key) {
      case 'n':
        return String(2 + Math.floor(r() * 500));
      case 'place':
        return pick(places);
      case 'person':
        return pick(cast);
      case 'org':
        return pick(orgs);
      case 'role':
        return pick(ROLES);
      case 'day':
        return pick(DAYS);
      case 'Adj': {
        const w = word();
        return `${w.charAt(0).toUpperCase()}${w.slice(1)}`;
      }
      default:
        return word();
    }
  };
  const sentence = (): string => pick(FRAMES).replace(/\{(\w+)\}/g, (_, key: string) => fill(key));
  const paragraphs: string[] = [];
  for (let i = 0; i < 14; i++) paragraphs.push(`${sentence()} ${sentence()}`);
  const place = places[0] ?? 'Tehran';
  return [
    '|\u00a0 \u00a0 |\u00a0 \u00a0 |',
    '',
    `${cast[0]} says ${word()} and ${word()} in ${place} ${fill('verb')} after ${fill('event')}`,
    '',
    `${place}, ${pick(MONTHS)} ${1 + Math.floor(r() * 28)}, - ${paragraphs.join('\n\n')}`,
    '',
    `Source: ${pick(AGENCIES)}`,
    '',
    'The Regional News Gazette is mainly concerned with news and information about the region. Its main objective is to provide reliable information.',
  ].join('\n');
}
