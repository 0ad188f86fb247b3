/**
 * The library comparison (scripts/bench/search-libraries.ts) is only fair if every library answers the same
 * question: on the same small corpus, SQLite FTS5 (both drivers) must find exactly the stories the product's
 * FlexSearch index finds, with the same facet counts, and each must answer again from what it kept on disk.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE, type CandidateLibrary, type SearchAnswer } from '../../../scripts/bench/library-candidate.js';
import { benchQueries, readCorpus, writeCorpus, type BenchQuery } from '../../../scripts/bench/library-corpus.js';
import { flexsearchProduct } from '../../../scripts/bench/libraries/flexsearch-product.js';
import { miniSearch } from '../../../scripts/bench/libraries/minisearch.js';
import { betterSqliteFts5, ftsMatch, wasmSqliteFts5 } from '../../../scripts/bench/libraries/sqlite-fts5.js';

const SIZE = 150;
const NOW = new Date();
let work = '';
let corpus = '';
let queries: BenchQuery[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'copydesk-libraries-test-'));
  corpus = join(work, 'corpus.jsonl');
  await writeCorpus(corpus, SIZE);
  const drawn = await benchQueries(corpus, SIZE, 25);
  // Each phrase backwards as well: its words are in the story, but not in that order, so a phrase searched as
  // its words ANDed would be caught.
  const reversed = drawn.filter((q) => q.kind === 'phrase').map((q) => ({ ...q, words: [...q.words].reverse(), typed: `"${[...q.words].reverse().join(' ')}"` }));
  queries = [...drawn, ...reversed];
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function answers(library: CandidateLibrary, name: string): Promise<{ built: SearchAnswer[]; reopened: SearchAnswer[] }> {
  const dir = join(work, name);
  const index = await library.create(dir);
  for await (const chunk of readCorpus(corpus, SIZE, 40)) await index.add(chunk);
  await index.persist();
  const built: SearchAnswer[] = [];
  for (const q of queries) built.push(await index.search(q, true, NOW));
  await index.close();
  const opened = await library.open(dir);
  const reopened: SearchAnswer[] = [];
  for (const q of queries) reopened.push(await opened.search(q, true, NOW));
  await opened.close();
  return { built, reopened };
}

/** Facet counts without the zero ones (a library may list a value it counted none of). */
function nonZero(facets: SearchAnswer['facets']): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [name, values] of Object.entries(facets ?? {})) {
    const kept = Object.fromEntries(Object.entries(values).filter(([, n]) => n > 0));
    if (Object.keys(kept).length > 0) out[name] = kept;
  }
  return out;
}

describe('search libraries side by side', () => {
  it('writes FTS5 queries with quoted words, a quoted phrase and a quoted prefix', () => {
    expect(ftsMatch({ kind: 'two words', words: ['tehran', 'oil'], typed: 'tehran oil' })).toBe('"tehran" "oil"');
    expect(ftsMatch({ kind: 'phrase', words: ['oil', 'prices'], typed: '"oil prices"' })).toBe('"oil prices"');
    expect(ftsMatch({ kind: 'prefix', words: [], prefix: 'minis', typed: 'minis*' })).toBe('"minis"*');
  });

  it('draws queries of every kind that match stories of the corpus', async () => {
    const product = await answers(flexsearchProduct, 'flex-kinds');
    expect(new Set(queries.map((q) => q.kind)).size).toBe(5);
    // Each query is drawn from one story as the import left it, so it finds at least that story.
    queries.slice(0, 25).forEach((q, i) => expect(product.built[i]?.matching, q.typed).toBeGreaterThan(0));
    // And a phrase backwards finds fewer stories than its words do.
    const backwards = queries.slice(25).map((q) => ({ ...q, kind: 'two words' as const, typed: q.words.join(' ') }));
    const index = await flexsearchProduct.open(join(work, 'flex-kinds'));
    let fewer = 0;
    for (const [i, q] of backwards.entries()) if (((await index.search(q, false, NOW)).matching) > (product.built[25 + i]?.matching ?? 0)) fewer++;
    expect(fewer).toBeGreaterThan(0);
  }, 60_000);

  it.each([
    ['better-sqlite3', betterSqliteFts5],
    ['node-sqlite3-wasm', wasmSqliteFts5],
  ])('SQLite FTS5 through %s finds what the product finds, with the same facets, before and after reopening', async (name, library) => {
    const product = await answers(flexsearchProduct, `flex-${name}`);
    const sqlite = await answers(library, name);
    queries.forEach((q, i) => {
      const expected = product.built[i] as SearchAnswer;
      for (const got of [sqlite.built[i], sqlite.reopened[i]]) {
        expect(got?.matching, q.typed).toBe(expected.matching);
        // The first page holds every match when they fit on it (beyond that the rankings differ, by design).
        if (expected.matching <= PAGE) expect(new Set(got?.page), q.typed).toEqual(new Set(expected.page));
        expect(nonZero(got?.facets ?? null), q.typed).toEqual(nonZero(expected.facets));
      }
    });
  }, 60_000);

  it('MiniSearch agrees on everything but phrases, where it finds the stories holding both words', async () => {
    const product = await answers(flexsearchProduct, 'flex-mini');
    const mini = await answers(miniSearch, 'minisearch');
    queries.forEach((q, i) => {
      const expected = product.built[i] as SearchAnswer;
      const got = mini.reopened[i] as SearchAnswer;
      if (q.kind === 'phrase') expect(got.matching, q.typed).toBeGreaterThanOrEqual(expected.matching);
      else expect(got.matching, q.typed).toBe(expected.matching);
    });
  }, 60_000);
});
