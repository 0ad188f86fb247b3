/**
 * `npm run bench -- --search`: the search figures of issue 11 on generated libraries (generate.ts) of 1,000,
 * 10,000 and 100,000 stories, through the paths a user runs: the import streamed with indexing (as `copydesk
 * import` runs it), a cold open to the first page of the list (a new store and service over the same folder, as
 * `copydesk list` and `serve` start), then searches and facet counts through the contract's searchArticles.
 */
import { mkdtemp, rm, stat, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CopydeskService } from '../../electron/desk/service.js';
import { ArticleStore } from '../../electron/store/article-store.js';
import { searchWords } from '../../electron/search/fold-text.js';
import type { BuildPool } from '../../electron/desk/build-pool.js';
import { generateStory } from './generate.js';

const BATCH = 500;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Queries of every kind, drawn from the generated copy itself so that they match something. */
function queries(size: number, count: number): string[] {
  let seed = 7;
  const r = (): number => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const words = searchWords(generateStory(Math.floor(r() * size))).filter((w) => w.length > 3);
    const at = Math.floor(r() * (words.length - 2));
    const w = words[at] ?? 'officials';
    const next = words[at + 1] ?? 'said';
    switch (i % 6) {
      case 0: out.push(w); break;
      case 1: out.push(`${w} ${words[Math.floor(r() * words.length)] ?? 'said'}`); break;
      case 2: out.push(`"${w} ${next}"`); break;
      case 3: out.push(`${w.slice(0, 4)}*`); break;
      case 4: out.push(`${w} source:Reuters`); break;
      default: out.push(`${w} place:Tehran`); break;
    }
  }
  return out;
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}

export async function benchSearch(sizes: readonly number[], pool?: BuildPool): Promise<void> {
  console.log('\nSearch (issue 11), generated libraries: import with indexing, cold open, searchArticles');
  for (const size of sizes) {
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-bench-search-'));
    try {
      const service = new CopydeskService(await ArticleStore.open(dir), pool ? { buildPool: pool } : {});
      async function* inputs() {
        for (let i = 0; i < size; i++) yield { name: `story-${i}.txt`, bytes: Buffer.from(generateStory(i)) };
      }
      const t0 = performance.now();
      await service.importStream(inputs(), { batchFiles: BATCH });
      await service.search.flush();
      const importSeconds = (performance.now() - t0) / 1000;
      console.log(`    (${size.toLocaleString('en')}: imported and indexed in ${importSeconds.toFixed(1)} s)`);
      await service.close();
      const rssAfterImport = process.memoryUsage().rss;

      // Cold open to the first page: a new store and service, as a fresh process starts them.
      const o0 = performance.now();
      const opened = new CopydeskService(await ArticleStore.open(dir));
      const first = await opened.searchArticles({ limit: 100 });
      const openMs = performance.now() - o0;
      console.log(`    (${size.toLocaleString('en')}: opened in ${openMs.toFixed(0)} ms)`);
      if (first.total !== size) throw new Error(`the index holds ${first.total} of ${size} stories`);

      const qs = queries(size, 300);
      for (const q of qs.slice(0, 30)) await opened.searchArticles({ query: q, limit: 50 });
      const searchMs: number[] = [];
      const facetMs: number[] = [];
      let matched = 0;
      for (const q of qs) {
        const s0 = performance.now();
        const page = await opened.searchArticles({ query: q, limit: 50 });
        searchMs.push(performance.now() - s0);
        matched += page.matching;
        const f0 = performance.now();
        await opened.searchArticles({ query: q, limit: 50, facets: true });
        facetMs.push(performance.now() - f0);
      }
      const all0 = performance.now();
      await opened.searchArticles({ limit: 50, facets: true, sort: 'wire' });
      const allFacetsMs = performance.now() - all0;
      searchMs.sort((a, b) => a - b);
      facetMs.sort((a, b) => a - b);
      const disk = await dirBytes(join(dir, 'search'));
      console.log(
        `  ${size.toLocaleString('en').padStart(7)} stories: import with indexing ${(size / importSeconds).toFixed(0)} stories/s; ` +
          `cold open to the first page ${openMs.toFixed(0)} ms; search p50 ${percentile(searchMs, 50).toFixed(2)} / p95 ${percentile(searchMs, 95).toFixed(2)} ms ` +
          `(300 queries, ${(matched / qs.length).toFixed(0)} matches on average); with facets p50 ${percentile(facetMs, 50).toFixed(2)} / p95 ${percentile(facetMs, 95).toFixed(2)} ms; ` +
          `facets over the whole library ${allFacetsMs.toFixed(0)} ms; index on disk ${(disk / 2 ** 20).toFixed(1)} MB; RSS ${(rssAfterImport / 2 ** 20).toFixed(0)} MB after the import, ` +
          `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB with the reopened library`,
      );
      await opened.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
