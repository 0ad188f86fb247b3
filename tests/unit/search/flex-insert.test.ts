import { describe, expect, it } from 'vitest';
import { Index } from 'flexsearch';
import { flexBatch, flexWriter } from '../../../electron/search/flex-insert.js';

const options = { tokenize: 'strict', resolution: 9, encode: (text: string) => text.split(' ').filter(Boolean) } as const;

/** Stories of distinct words drawn from a small vocabulary, so that words are shared between stories. */
function stories(count: number, seed: number): string[][] {
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const vocabulary = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}`);
  const lengths = [1, 2, 8, 9, 10, 40, 250];
  return Array.from({ length: count }, (_, s) => {
    const words = new Set<string>();
    const want = lengths[s % lengths.length] as number;
    while (words.size < want) words.add(vocabulary[Math.floor(next() * vocabulary.length)] as string);
    return [...words];
  });
}

function mapOf(index: Index): [string, unknown][] {
  return [...(index as unknown as { map: Map<string, unknown> }).map].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

describe('writing words straight into FlexSearch', () => {
  it('builds the word map and register that FlexSearch add builds, and the same results', () => {
    const byAdd = new Index(options);
    const byWriter = new Index(options);
    const write = flexWriter(byWriter);
    expect(write).not.toBeNull();
    const all = stories(300, 7);
    all.forEach((words, n) => {
      byAdd.add(n, words.join(' '));
      write?.(n, words);
    });
    expect(mapOf(byWriter)).toEqual(mapOf(byAdd));
    expect([...(byWriter as unknown as { reg: Set<number> }).reg]).toEqual([...(byAdd as unknown as { reg: Set<number> }).reg]);
    for (const query of ['w1', 'w2 w3', 'wa wb wc', 'w10 w1z']) {
      expect(byWriter.search(query, { limit: 50 })).toEqual(byAdd.search(query, { limit: 50 }));
    }
    expect(byWriter.search('w1', { limit: 500 }).length).toBeGreaterThan(0);
  });

  it('ranks a word by how early it stands, as add does', () => {
    const index = new Index(options);
    const write = flexWriter(index);
    const filler = Array.from({ length: 100 }, (_, i) => `f${i}`);
    write?.(1, [...filler, 'late']);
    write?.(2, ['late', ...filler]);
    expect(index.search('late')).toEqual([2, 1]);
  });

  it('refuses an index with other options, so that the caller uses add', () => {
    expect(flexWriter(new Index({ tokenize: 'forward', resolution: 9 }))).toBeNull();
    expect(flexWriter(new Index({ tokenize: 'strict', resolution: 9, context: true }))).toBeNull();
  });

  it('writes a batch as the writer writes it story by story, over lists read back from an export', async () => {
    const first = stories(200, 11);
    const more = stories(150, 12);
    // Both start from the same snapshot: an export read back (its lists exact, its missing slots null).
    const exported: [string, string][] = [];
    const source = new Index(options);
    const writeSource = flexWriter(source);
    first.forEach((words, n) => writeSource?.(n, words));
    await source.export((key: string, data: string) => {
      exported.push([key, data]);
    });
    const restore = (): Index => {
      const index = new Index(options);
      for (const [key, data] of exported) index.import(key, data);
      return index;
    };
    const oneByOne = restore();
    const batched = restore();
    const write = flexWriter(oneByOne);
    const batch = flexBatch(batched);
    expect(batch).not.toBeNull();
    more.forEach((words, i) => {
      write?.(200 + i, words);
      batch?.write(200 + i, words);
    });
    batch?.finish();
    const clean = (index: Index): [string, unknown][] => mapOf(index).map(([w, slots]) => [w, (slots as (number[] | null)[]).map((ids) => ids ?? undefined)]);
    expect(clean(batched)).toEqual(clean(oneByOne));
    expect([...(batched as unknown as { reg: Set<number> }).reg].sort((a, b) => a - b)).toEqual([...(oneByOne as unknown as { reg: Set<number> }).reg].sort((a, b) => a - b));
    for (const query of ['w1', 'w2 w3', 'wa wb wc', 'w10 w1z']) {
      expect(batched.search(query, { limit: 500 })).toEqual(oneByOne.search(query, { limit: 500 }));
    }
  });
});
