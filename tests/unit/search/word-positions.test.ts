import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WordListFile } from '../../../electron/search/word-list-file.js';
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

  describe('with its lists left in the snapshot file', () => {
    const dirs: string[] = [];
    afterEach(() => {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    });
    function written(block: Buffer): string {
      const dir = mkdtempSync(join(tmpdir(), 'copydesk-positions-'));
      dirs.push(dir);
      const path = join(dir, 'codes.bin');
      writeFileSync(path, block);
      return path;
    }

    it('answers from the file, not from the block it was handed, and goes on growing past it', () => {
      const texts = new Map<number, string[]>();
      const index = new WordPositions();
      stories(200, 11).forEach((words, n) => {
        texts.set(n, words);
        index.add(n, words);
      });
      const block = index.block();
      const path = written(block);
      const reloaded = new WordPositions();
      reloaded.load(block, path);
      // The block is the caller's to drop: spoiling it changes nothing, the lists are read from the file.
      block.fill(0);
      expect(reloaded.words).toBe(index.words);
      expectSame(reloaded, texts, 500);
      // Stories indexed since: words the file holds and words it does not (a vocabulary of its own).
      stories(150, 12).forEach((words, i) => {
        const n = 200 + i;
        const own = i % 3 === 0 ? [...words, 'kabul', 'ceasefire'] : words;
        texts.set(n, own);
        reloaded.add(n, own);
      });
      expectSame(reloaded, texts, 500);
      const mark = reloaded.holding(['kabul', 'ceasefire'], 500);
      expect([...texts.keys()].filter((n) => mark[n] === 2)).toEqual([...texts.keys()].filter((n) => n >= 200 && (n - 200) % 3 === 0));
      expect(reloaded.rarest(['the', 'kabul'])).toBe('kabul');
    });

    it('writes the next snapshot whole from the file and what was added since', () => {
      const texts = new Map<number, string[]>();
      const first = new WordPositions();
      stories(120, 21).forEach((words, n) => {
        texts.set(n, words);
        first.add(n, words);
      });
      const onFile = new WordPositions();
      onFile.load(first.block(), written(first.block()));
      stories(80, 22).forEach((words, i) => {
        const own = [...words, i % 2 === 0 ? 'herat' : 'the'];
        texts.set(120 + i, own);
        onFile.add(120 + i, own);
      });
      const next = onFile.block();
      const inMemory = new WordPositions();
      inMemory.load(next);
      expect(inMemory.words).toBe(onFile.words);
      expectSame(inMemory, texts, 300);
      // And that one adopted in its turn, as a second snapshot is.
      const again = new WordPositions();
      again.load(next, written(next));
      expectSame(again, texts, 300);
    });

    it('keeps reading a file a newer snapshot removed, and says so once it is closed', () => {
      const index = new WordPositions();
      index.add(0, ['talks', 'resume', 'in', 'tehran']);
      index.add(1, ['resume', 'talks']);
      const block = index.block();
      const path = written(block);
      const reloaded = new WordPositions();
      reloaded.load(block, path);
      rmSync(path);
      const mark = reloaded.holding(['talks', 'resume'], 2);
      expect([mark[0], mark[1]]).toEqual([2, 1]);
      reloaded.closeFile();
      expect(() => reloaded.holding(['talks', 'resume'], 2)).toThrow(/closed/);
    });

    it('reads the directory of a file larger than its chunks, lists longer than a chunk among them', async () => {
      const texts = new Map<number, string[]>();
      const index = new WordPositions();
      // 40,000 words of their own (a directory spread over several chunks) and one list of ~300 KB.
      for (let n = 0; n < 1000; n++) {
        const words = [...stories(1, 40 + n)[0] as string[], ...Array.from({ length: 40 }, (_, k) => `w${n * 40 + k}`)];
        texts.set(n, words);
        index.add(n, words);
      }
      const long = Array.from({ length: 300_000 }, (_, i) => (i % 2 === 0 ? 'said' : 'minister'));
      texts.set(1000, long);
      index.add(1000, long);
      const block = index.block();
      expect(block.length).toBeGreaterThan(3 * 256 * 1024);
      const reloaded = new WordPositions();
      await reloaded.loadFile(written(block), block.length);
      expect(reloaded.words).toBe(index.words);
      expectSame(reloaded, texts, 1001);
      const mark = reloaded.holding(['w4021', 'w4022'], 1001);
      expect([...texts.keys()].filter((n) => mark[n] === 2)).toEqual([100]);
      // Every list read back in the file's order through small chunks (some lists longer than a chunk) is the block's.
      const file = WordListFile.adopt(block, written(block));
      const seen: number[] = [];
      let at = 0;
      file.eachList((entry, bytes) => {
        const code = block.readInt32LE(at);
        expect(file.code(entry)).toBe(code);
        expect(Buffer.from(bytes).equals(block.subarray(at + 12, at + 12 + block.readUInt32LE(at + 8)))).toBe(true);
        seen.push(entry);
        at += 12 + bytes.length;
      }, 64 * 1024);
      file.close();
      expect(at).toBe(block.length);
      expect(new Set(seen).size).toBe(file.size);
      await expect(new WordPositions().loadFile(written(block), block.length + 1)).rejects.toThrow(/bytes where the snapshot promises/);
      await expect(new WordPositions().loadFile(written(block.subarray(0, block.length - 5)), block.length - 5)).rejects.toThrow(/cut short/);
    });

    it('refuses a block cut short, as in memory', () => {
      const index = new WordPositions();
      index.add(0, ['a', 'b', 'c']);
      const block = index.block().subarray(0, index.block().length - 3);
      expect(() => new WordPositions().load(block, written(block))).toThrow(/cut short/);
    });
  });
});
