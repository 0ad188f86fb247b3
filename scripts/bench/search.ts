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
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BATCH = 500;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Queries of every kind, drawn from the generated copy itself so that they match something. */
export function queries(size: number, count: number): string[] {
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

interface OpenedFigures {
  readonly firstPageMs: number;
  readonly openMs: number;
  readonly wordsMs: number;
  readonly search: readonly [number, number];
  readonly facets: readonly [number, number];
  /** The same queries' CPU time (this process, all its threads): steadier than wall time on a loaded machine. */
  readonly searchCpu: readonly [number, number];
  readonly facetsCpu: readonly [number, number];
  readonly matched: number;
  readonly allFacetsMs: number;
  readonly rssListMb: number;
  readonly rssMb: number;
}

/** Runs this file in a new Node process over `dir` (see the end of the file) and reads the figures it prints. */
function openedInChild(dir: string, size: number): Promise<OpenedFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--opened', dir, String(size)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code !== 0 || !line) reject(new Error(`the cold-open process over ${dir} exited with ${code}: ${out.slice(0, 300)}`));
      else resolve(JSON.parse(line) as OpenedFigures);
    });
  });
}

/** The child's side: cold open to the first page, the first search with words, then the 300 queries. */
async function opened(dir: string, size: number): Promise<OpenedFigures> {
  const o0 = performance.now();
  const service = new CopydeskService(await ArticleStore.open(dir));
  const first = await service.searchArticles({ limit: 100 });
  const firstPageMs = performance.now();
  if (first.total !== size) throw new Error(`the index holds ${first.total} of ${size} stories`);
  const rssListMb = process.memoryUsage().rss / 2 ** 20;
  const qs = queries(size, 300);
  await service.searchArticles({ query: qs[0] ?? 'said', limit: 50 });
  const wordsMs = performance.now();
  for (const q of qs.slice(0, 30)) await service.searchArticles({ query: q, limit: 50 });
  const searchMs: number[] = [];
  const facetMs: number[] = [];
  const searchCpu: number[] = [];
  const facetCpu: number[] = [];
  const cpuMs = (since: NodeJS.CpuUsage): number => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  let matched = 0;
  for (const q of qs) {
    const s0 = performance.now();
    const c0 = process.cpuUsage();
    const page = await service.searchArticles({ query: q, limit: 50 });
    searchCpu.push(cpuMs(c0));
    searchMs.push(performance.now() - s0);
    matched += page.matching;
    const f0 = performance.now();
    const c1 = process.cpuUsage();
    await service.searchArticles({ query: q, limit: 50, facets: true });
    facetCpu.push(cpuMs(c1));
    facetMs.push(performance.now() - f0);
  }
  const all0 = performance.now();
  await service.searchArticles({ limit: 50, facets: true, sort: 'wire' });
  const allFacetsMs = performance.now() - all0;
  for (const list of [searchMs, facetMs, searchCpu, facetCpu]) list.sort((a, b) => a - b);
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  await service.close();
  return {
    firstPageMs,
    openMs: firstPageMs - o0,
    wordsMs,
    search: [percentile(searchMs, 50), percentile(searchMs, 95)],
    facets: [percentile(facetMs, 50), percentile(facetMs, 95)],
    searchCpu: [percentile(searchCpu, 50), percentile(searchCpu, 95)],
    facetsCpu: [percentile(facetCpu, 50), percentile(facetCpu, 95)],
    matched: matched / qs.length,
    allFacetsMs,
    rssListMb,
    rssMb,
  };
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
      const c0 = process.cpuUsage();
      await service.importStream(inputs(), { batchFiles: BATCH });
      await service.search.flush();
      const importSeconds = (performance.now() - t0) / 1000;
      const c1 = process.cpuUsage(c0);
      // This process's threads (the import's and its build worker's), user and system.
      const importCpu = (c1.user + c1.system) / 1e6;
      console.log(`    (${size.toLocaleString('en')}: imported and indexed in ${importSeconds.toFixed(1)} s)`);
      await service.close();
      const rssAfterImport = process.memoryUsage().rss;

      // Cold open and the queries in a fresh process, as `copydesk list` / `serve` start: its memory is the
      // opened library's alone, not the import's leftovers.
      const o = await openedInChild(dir, size);
      const disk = await dirBytes(join(dir, 'search'));
      console.log(
        `  ${size.toLocaleString('en').padStart(7)} stories: import with indexing ${(size / importSeconds).toFixed(0)} stories/s (CPU ${(importCpu / size * 1000).toFixed(2)} ms a story); ` +
          `cold open in a new process: first page ${o.firstPageMs.toFixed(0)} ms after the process started (${o.openMs.toFixed(0)} ms opening the library), words searchable at ${o.wordsMs.toFixed(0)} ms; ` +
          `search p50 ${o.search[0].toFixed(2)} / p95 ${o.search[1].toFixed(2)} ms (300 queries, ${o.matched.toFixed(0)} matches on average); with facets p50 ${o.facets[0].toFixed(2)} / p95 ${o.facets[1].toFixed(2)} ms; ` +
          `CPU a query p50 / p95 ${o.searchCpu[0].toFixed(2)} / ${o.searchCpu[1].toFixed(2)} ms, with facets ${o.facetsCpu[0].toFixed(2)} / ${o.facetsCpu[1].toFixed(2)}; ` +
          `facets over the whole library ${o.allFacetsMs.toFixed(0)} ms; index on disk ${(disk / 2 ** 20).toFixed(1)} MB; RSS ${(rssAfterImport / 2 ** 20).toFixed(0)} MB after the import (its process), ` +
          `${o.rssListMb.toFixed(0)} MB at the first page and ${o.rssMb.toFixed(0)} MB after the queries (the new process)`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

if (process.argv[2] === '--opened') {
  // performance.now() counts from the process's start: firstPageMs and wordsMs include Node and module loading.
  console.log(JSON.stringify(await opened(process.argv[3] as string, Number(process.argv[4]))));
}
