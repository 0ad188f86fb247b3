/**
 * One search library measured in a process of its own (started by search-libraries.ts with --expose-gc), so the
 * memory figures are that library's alone. `build`: index the corpus, keep it on disk, answer the queries with and
 * without facets. `open`: a new process opens what `build` left and answers the first query (the cold open).
 * Prints one `RESULT {json}` line.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CandidateLibrary, SearchAnswer } from './library-candidate.js';
import { readCorpus, type BenchQuery, type QueryKind } from './library-corpus.js';
import { flexsearchProduct } from './libraries/flexsearch-product.js';
import { miniSearch } from './libraries/minisearch.js';
import { betterSqliteFts5, wasmSqliteFts5 } from './libraries/sqlite-fts5.js';

export const LIBRARIES: Readonly<Record<string, CandidateLibrary>> = {
  flexsearch: flexsearchProduct,
  'better-sqlite3': betterSqliteFts5,
  'sqlite-wasm': wasmSqliteFts5,
  minisearch: miniSearch,
};

export interface RunArgs {
  readonly phase: 'build' | 'open';
  readonly library: string;
  readonly size: number;
  readonly corpus: string;
  readonly queries: string;
  readonly dir: string;
  /** ISO time the date facet counts from, the same in every library's run. */
  readonly now: string;
}

export interface KindFigures {
  readonly matching: number;
  readonly queries: number;
}

export interface BuildResult {
  readonly indexMs: number;
  readonly indexCpuMs: number;
  readonly persistMs: number;
  readonly searchMs: number[];
  readonly facetMs: number[];
  readonly searchCpuMs: number;
  readonly facetCpuMs: number;
  readonly byKind: Record<string, KindFigures>;
  /** Per query: how many matched and the facet counts (as sorted JSON), to check the libraries agree. */
  readonly answers: readonly { readonly matching: number; readonly facets: string }[];
  readonly rssBefore: number;
  readonly rssAfter: number;
  readonly heapBefore: number;
  readonly heapAfter: number;
  readonly externalAfter: number;
  readonly maxRss: number;
  readonly diskBytes: number;
}

export interface OpenResult {
  readonly openMs: number;
  readonly firstQueryMs: number;
  readonly matching: number;
  readonly rss: number;
  readonly heap: number;
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('library-run.ts needs node --expose-gc (search-libraries.ts starts it so)');
  collect();
  collect();
}

/** The facets with their values in order, zero counts dropped (a library may list a value, or a facet, it counted none of). */
function facetKey(facets: NonNullable<SearchAnswer['facets']>): string {
  const out: Record<string, [string, number][]> = {};
  for (const name of Object.keys(facets).sort()) {
    const values = Object.entries(facets[name] ?? {})
      .filter(([, count]) => count > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (values.length > 0) out[name] = values;
  }
  return JSON.stringify(out);
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await dirBytes(path) : (await stat(path)).size;
  }
  return total;
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

async function build(library: CandidateLibrary, args: RunArgs): Promise<BuildResult> {
  const queries = JSON.parse(await readFile(args.queries, 'utf8')) as BenchQuery[];
  const now = new Date(args.now);
  gc();
  const before = process.memoryUsage();
  const index = await library.create(args.dir);
  let indexMs = 0;
  let indexCpuMs = 0;
  // The corpus is read a thousand stories at a time and only the library's own work is timed.
  for await (const chunk of readCorpus(args.corpus, args.size)) {
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    await index.add(chunk);
    indexMs += performance.now() - t0;
    indexCpuMs += cpuMs(cpu);
  }
  const p0 = performance.now();
  await index.persist();
  const persistMs = performance.now() - p0;
  gc();
  const after = process.memoryUsage();

  for (const q of queries.slice(0, 25)) await index.search(q, true, now);
  const searchMs: number[] = [];
  const facetMs: number[] = [];
  const byKind: Record<string, { matching: number; queries: number }> = {};
  let searchCpuMs = 0;
  let facetCpuMs = 0;
  const answers: { matching: number; facets: string }[] = [];
  for (const q of queries) {
    let cpu = process.cpuUsage();
    const s0 = performance.now();
    const plain: SearchAnswer = await index.search(q, false, now);
    searchMs.push(performance.now() - s0);
    searchCpuMs += cpuMs(cpu);
    cpu = process.cpuUsage();
    const f0 = performance.now();
    const faceted = await index.search(q, true, now);
    facetMs.push(performance.now() - f0);
    facetCpuMs += cpuMs(cpu);
    if (faceted.matching !== plain.matching || !faceted.facets) throw new Error(`${library.name}: "${q.typed}" matched ${plain.matching} alone and ${faceted.matching} with facets`);
    const kind = (byKind[q.kind satisfies QueryKind] ??= { matching: 0, queries: 0 });
    kind.matching += plain.matching;
    kind.queries++;
    answers.push({ matching: plain.matching, facets: facetKey(faceted.facets) });
  }
  await index.close();
  return {
    indexMs,
    indexCpuMs,
    persistMs,
    searchMs,
    facetMs,
    searchCpuMs,
    facetCpuMs,
    byKind,
    answers,
    rssBefore: before.rss,
    rssAfter: after.rss,
    heapBefore: before.heapUsed,
    heapAfter: after.heapUsed,
    externalAfter: after.external,
    maxRss: process.resourceUsage().maxRSS * 1024,
    diskBytes: await dirBytes(args.dir),
  };
}

async function open(library: CandidateLibrary, args: RunArgs): Promise<OpenResult> {
  const [first] = JSON.parse(await readFile(args.queries, 'utf8')) as BenchQuery[];
  if (!first) throw new Error(`${args.queries}: no queries`);
  const t0 = performance.now();
  const index = await library.open(args.dir);
  const openMs = performance.now() - t0;
  const answer = await index.search(first, false, new Date(args.now));
  const firstQueryMs = performance.now() - t0;
  gc();
  const m = process.memoryUsage();
  await index.close();
  return { openMs, firstQueryMs, matching: answer.matching, rss: m.rss, heap: m.heapUsed };
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as RunArgs;
  const library = LIBRARIES[args.library];
  if (!library) throw new Error(`unknown library "${args.library}" (one of ${Object.keys(LIBRARIES).join(', ')})`);
  const result = args.phase === 'build' ? await build(library, args) : await open(library, args);
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

if (process.argv[1]?.endsWith('library-run.ts')) await main();
