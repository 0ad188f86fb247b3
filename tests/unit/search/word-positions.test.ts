import { describe, expect, it } from 'vitest';
import { WordPositions } from '../../../electron/search/word-positions.js';

/** Stories of a small vocabulary, so that every pair of words stands together somewhere and apart elsewhere. */
function stories(count: number, seed: number): string[][] {
  let s = seed;
  const r = (n: number): number => Math.floor(((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32) * n);
  const vocabulary = ['the', 'minister', 'said', 'on', 'tuesday', 'talks', 'in', 'tehran', 'will', 'resume', 'é', 'جمهوری'];
  return Array.from({ length: count }, () => Array.from({ length: 5 + r(60) }, () => vocabulary[r(vocabulary.length)] as string));
}

function holds(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

const PHRASES = [['minister', 'said'], ['said', 'on', 'tuesday'], ['the', 'the'], ['tehran'], ['will', 'resume', 'talks', 'in'], ['é', 'جمهوری'], ['absent', 'word']];

function expectSame(index: WordPositions, texts: ReadonlyMap<number, readonly string[]>, size: number): void {
  for (const phrase of PHRASES) {
    const mark = index.holding(phrase, size);
    const got = [...texts.keys()].filter((n) => mark[n] === phrase.length);
    const want = [...texts.keys()].filter((n) => holds(texts.get(n) as string[], phrase));
    expect(got, phrase.join(' ')).toEqual(want);
  }
}

describe('WordPositions', () => {
  it('finds exactly the stories where a phrase stands, in order, whatever the story numbers', () => {
    const texts = new Map<number, string[]>();
    const index = new WordPositions();
    // Numbers out of order and far apart: the list stores each as a difference from the one before.
    const numbers = [5, 3, 900_000, 4_000_000, 7, 0, 2_100_000, 1];
    stories(300, 3).forEach((words, i) => {
      const n = (numbers[i % numbers.length] as number) + Math.floor(i / numbers.length) * 8;
      texts.set(n, words);
      index.add(n, words);
    });
    const size = Math.max(...texts.keys()) + 1;
    expectSame(index, texts, size);
    // Real work: the common pair is held by some stories and not by others.
    const mark = index.holding(['minister', 'said'], size);
    const held = [...texts.keys()].filter((n) => mark[n] === 2).length;
    expect(held).toBeGreaterThan(10);
    expect(held).toBeLessThan(texts.size);
  });

  it('reads positions past the first 16,384 words of a long story', () => {
    const index = new WordPositions();
    const long = Array.from({ length: 40_000 }, (_, i) => (i === 30_001 ? 'talks' : i === 30_002 ? 'resume' : 'word'));
    index.add(2, long);
    index.add(3, ['resume', 'talks']);
    const mark = index.holding(['talks', 'resume'], 4);
    expect([mark[2], mark[3]]).toEqual([2, 1]);
  });

  it('gives the same answers after its block is loaded, and goes on growing from it', () => {
    const texts = new Map<number, string[]>();
    const index = new WordPositions();
    stories(200, 9).forEach((words, n) => {
      texts.set(n, words);
      index.add(n, words);
    });
    const reloaded = new WordPositions();
    reloaded.load(index.block());
    expect(reloaded.words).toBe(index.words);
    expectSame(reloaded, texts, 400);
    stories(200, 10).forEach((words, i) => {
      texts.set(200 + i, words);
      reloaded.add(200 + i, words);
    });
    expectSame(reloaded, texts, 400);
  });

  it('refuses a block cut short', () => {
    const index = new WordPositions();
    index.add(0, ['a', 'b', 'c']);
    const block = index.block();
    expect(() => new WordPositions().load(block.subarray(0, block.length - 3))).toThrow(/cut short/);
  });
});
