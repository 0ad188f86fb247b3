/**
 * `npm run bench`: the figures behind BENCHMARKS.md. Prints import throughput, format throughput (plain text,
 * NITF, NewsML-G2, web pages against Readability), the desk's reading time and speaker accuracy, save latency at
 * 1,000, 10,000 and 100,000 stored stories, and export throughput per format on 10,000 stories. Runs in temp
 * folders it removes afterwards. `--search` runs just the search figures (`--sizes 1000,10000` to choose);
 * `--libraries` the search libraries side by side (scripts/bench/search-libraries.ts, same `--sizes`);
 * the editor's keystroke latency in Chromium closes the run (`--keystroke` alone). `--ui` runs the desk in Chromium
 * at 1,000/10,000/100,000 stories (scripts/bench/ui-scale.ts; `--sizes`, and `--keep DIR` to keep and reuse them).
 * `--serve-memory LIBRARY` runs `copydesk serve` on a kept library and reports its resident memory through a
 * session of searches and opened stories (scripts/bench/serve-memory.ts).
 * `--export-only` runs just the export figures: rendering in memory, and written to disk through exportTo at each
 * library size (`--sizes 1000,10000` to choose); `--formats` just the format
 * throughput (with `--quick`, 1,000 items a format instead of 5,000).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { CopydeskService } from '../electron/desk/service.js';
import { analyseArticle, buildArticle } from '../electron/desk/story-pipeline.js';
import { toBatchInput } from '../electron/desk/import-stream.js';
import { ingestFile } from '../electron/ingest/ingest.js';
import { readInputs } from '../electron/ingest/read-files.js';
import type { Article } from '../electron/domain/article.js';
import { EXPORT_FORMATS } from '../electron/domain/export-format.js';
import { BUILT_IN_PRESETS } from '../electron/domain/export-preset.js';
import { renderBatch, renderExport } from '../electron/export/export-article.js';
import { planExport } from '../electron/export/export-plan.js';
import { ArticleStore } from '../electron/store/article-store.js';
import type { BuildPool } from '../electron/desk/build-pool.js';
import { benchFormats } from './bench/formats.js';
import { benchSearch } from './bench/search.js';
import { benchLibraries } from './bench/search-libraries.js';
import { benchExportToDisk, fsyncProbe } from './bench/export-disk.js';
import { seedHistory } from './bench/history-saves.js';
import { benchKeystroke } from './bench/keystroke.js';
import { benchUiScale } from './bench/ui-scale.js';
import { generateStory } from './bench/generate.js';
import { loadAnnotated, scoreSpeakers } from './bench/speaker-accuracy.js';
import { startBuildPool } from './bench/worker.js';

const BATCH = 500;
const quick = process.argv.includes('--quick');
/** `--folder`: only the folder import (the 20,000-file figure and its memory). */
const folderOnly = process.argv.includes('--folder');

/** A full garbage collection, for live-heap figures (the flag is set at run time; the bench needs no node flags). */
function collectGarbage(): void {
  setFlagsFromString('--expose_gc');
  (runInNewContext('gc') as () => void)();
}
const sizes = quick ? [1_000, 5_000] : [1_000, 10_000, 100_000];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function withTemp<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-bench-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function files(from: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({ name: `story-${from + i}.txt`, bytes: Buffer.from(generateStory(from + i)) }));
}

/** buildArticle as an import runs it (the desk's reading deferred to first opening), or with the reading. */
async function benchPipeline(count: number, analyse = false): Promise<number> {
  const input = files(0, count);
  const t0 = performance.now();
  for (const f of input) {
    const r = ingestFile(f);
    if (r.ok) for (const item of r.items) buildArticle(item.original, item.draft, new Date(), {}, { analyse });
  }
  return count / ((performance.now() - t0) / 1000);
}

/**
 * The desk's reading alone (entities, speakers, sources, flags, subjects) per generated ~500-word story, after a
 * warm-up; and speaker accuracy on the hand-annotated copy and on the held-out copy.
 */
function benchDesk(count: number): { perStory: number; words: number } {
  const stories = files(0, count).flatMap((f) => {
    const r = ingestFile(f);
    return r.ok ? r.items.map((item) => buildArticle(item.original, item.draft, new Date(), {}, { analyse: false })) : [];
  });
  for (const a of stories.slice(0, 200)) analyseArticle(a);
  const t0 = performance.now();
  for (const a of stories) analyseArticle(a);
  const words = stories.reduce((n, a) => n + a.wordCount, 0) / Math.max(1, stories.length);
  return { perStory: (performance.now() - t0) / Math.max(1, stories.length), words };
}

function reportSpeakers(): void {
  const sets = [
    ['annotated (tuned on)', scoreSpeakers()],
    ['held out', scoreSpeakers(loadAnnotated(new URL('../tests/fixtures/speakers/held-out.json', import.meta.url)))],
  ] as const;
  for (const [label, s] of sets) {
    console.log(`  speaker accuracy, ${label.padEnd(20)} ${s.correct}/${s.paragraphs} paragraphs = ${((100 * s.correct) / s.paragraphs).toFixed(1)} %  (target ≥ 90 %)`);
    for (const m of s.misses) console.log(`    miss: ${m.story} ¶${m.paragraph}: expected ${m.expected ?? 'narration'}, got ${m.got ?? 'narration'}`);
  }
}

/**
 * `count` stories imported into a fresh library. `calls`: one importBytes call per 500 files, awaited in turn, as the
 * app's upload sends them. `stream`: one importStream over all of them, as `copydesk import`, a folder import and the
 * hot folder run (a batch is stored while the next is built). Durable (flushed) before each batch is reported.
 */
async function benchImport(count: number, mode: 'calls' | 'stream', pool?: BuildPool): Promise<number> {
  return withTemp(async (dir) => {
    const service = new CopydeskService(await ArticleStore.open(dir), pool ? { buildPool: pool } : {});
    const all = files(0, count);
    let failed = 0;
    const t0 = performance.now();
    if (mode === 'stream') {
      async function* inputs() {
        yield* all;
      }
      failed = (await service.importStream(inputs(), { batchFiles: BATCH })).summary.failed;
    } else {
      for (let from = 0; from < count; from += BATCH) failed += (await service.importBytes(all.slice(from, from + BATCH))).errors.length;
    }
    const elapsed = performance.now() - t0;
    if (failed > 0 || service.store.size !== count) throw new Error(`import failed: ${failed} failed, ${service.store.size} of ${count} stored`);
    return count / (elapsed / 1000);
  });
}

async function fillStore(dir: string, size: number): Promise<CopydeskService> {
  const service = new CopydeskService(await ArticleStore.open(dir));
  for (let from = 0; from < size; from += BATCH) await service.importBytes(files(from, Math.min(BATCH, size - from)));
  return service;
}

/**
 * Saves are interleaved across the libraries (one save in each per round, in turn), so that the disk's own
 * jitter over time falls on every size alike and the comparison measures the library size, not the moment.
 */
async function benchSaves(services: readonly CopydeskService[], rounds: number): Promise<number[][]> {
  const ids = services.map((s) => s.store.list().map((x) => x.id));
  const times: number[][] = services.map(() => []);
  for (let i = 0; i < rounds; i++) {
    for (let k = 0; k < services.length; k++) {
      const service = services[(i + k) % services.length] as CopydeskService;
      const index = (i + k) % services.length;
      const list = ids[index] ?? [];
      const id = list[(i * 7919) % list.length] ?? '';
      const article = await service.getArticle({ id });
      const t0 = performance.now();
      await service.saveArticle({ id, revision: article.revision, patch: { headline: `${article.headline} (edited ${i})` } });
      times[index]?.push(performance.now() - t0);
    }
  }
  return times.map((t) => t.sort((a, b) => a - b));
}

/** The disk's own flush latency right now: every durable save pays at least two of these. */

/** Stories as the desk leaves them: cleaned, year confirmed, with subjects and keywords, so every field renders. */
function exportStories(count: number): Article[] {
  const stories: Article[] = [];
  for (const f of files(0, count)) {
    const r = ingestFile(f);
    const item = r.ok ? r.items[0] : undefined;
    if (!item) continue;
    const a = buildArticle(item.original, item.draft, new Date());
    stories.push({
      ...a,
      dateline: { ...a.dateline, yearInferred: false },
      keywords: ['Iran', 'Iraq', 'security'],
      subjects: [{ code: '11000000', scheme: 'medtop', name: 'politics' }, { code: '20000065', scheme: 'medtop', name: 'civil unrest' }],
    });
  }
  return stories;
}

const EXPORT_TARGETS: Readonly<Record<string, number>> = { ninjs: 5_000, ninjs3: 5_000, 'newsml-g2': 2_000, wxr: 2_000 };

/** Render throughput per format (no disk): per-story formats one file each, WXR and JSON Feed one file for all. */
async function benchExport(count: number): Promise<void> {
  const stories = exportStories(count);
  console.log(`\nExport (${stories.length.toLocaleString('en')} generated stories, rendered in memory; stories/s)`);
  for (const format of EXPORT_FORMATS) {
    const t0 = performance.now();
    if (format === 'wxr' || format === 'jsonfeed') renderBatch(stories, format, {}, new Map(), 'bench');
    else for (const story of stories) renderExport(story, format);
    const rate = stories.length / ((performance.now() - t0) / 1000);
    const target = EXPORT_TARGETS[format];
    console.log(`  ${format.padEnd(10)} ${rate.toFixed(0).padStart(8)} stories/s${target ? `  (target ≥ ${target.toLocaleString('en')})` : ''}`);
  }
  const wordpress = BUILT_IN_PRESETS.find((p) => p.name === 'WordPress');
  if (wordpress) {
    const t0 = performance.now();
    planExport(stories, wordpress, new Date());
    const rate = stories.length / ((performance.now() - t0) / 1000);
    console.log(`  WordPress preset plan (gates + house style + field preview + WXR): ${rate.toFixed(0)} stories/s`);
  }
}

/**
 * A folder of `count` files imported end to end as `copydesk import FOLDER` does (walk, read, parse, clean,
 * enrich, fingerprint, match duplicates/updates/related, store in batches), with the process's peak memory: the
 * resident set sampled every 50 ms and the kernel's high-water mark (resourceUsage().maxRSS). Run first, so the
 * high-water mark is this import's and not an earlier benchmark's.
 */
async function benchFolder(count: number): Promise<{ perSecond: number; seconds: number; rssBefore: number; peakRss: number; peakHeap: number; maxRss: number; liveHeapBefore: number; liveHeapAfter: number; summary: string }> {
  return withTemp(async (dir) => {
    const folder = join(dir, 'drop');
    for (let sub = 0; sub < Math.ceil(count / 1000); sub++) await mkdir(join(folder, `batch-${sub}`), { recursive: true });
    for (let i = 0; i < count; i++) await writeFile(join(folder, `batch-${Math.floor(i / 1000)}`, `story-${i}.txt`), generateStory(i));
    // As `copydesk import FOLDER` runs it: with build workers.
    const pool = await startBuildPool();
    const service = new CopydeskService(await ArticleStore.open(join(dir, 'library')), { buildPool: pool });
    collectGarbage();
    const liveHeapBefore = process.memoryUsage().heapUsed;
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    let peakHeap = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 50);
    const t0 = performance.now();
    async function* inputs() {
      for await (const input of readInputs([folder])) yield toBatchInput(input);
    }
    const result = await service.importStream(inputs());
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    await service.close();
    // What the service still holds afterwards: the library's in-memory indexes, not the files or articles.
    collectGarbage();
    const liveHeapAfter = process.memoryUsage().heapUsed;
    const s = result.summary;
    if (s.total !== count) throw new Error(`folder import saw ${s.total} of ${count} files`);
    return {
      perSecond: count / seconds,
      seconds,
      rssBefore,
      peakRss,
      peakHeap,
      maxRss: process.resourceUsage().maxRSS * 1024,
      liveHeapBefore,
      liveHeapAfter,
      summary: `${s.imported} imported, ${s.updated} updated, ${s.duplicates} duplicates, ${s.related} related, ${s.failed} failed`,
    };
  });
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function reportFolder(folderCount: number): Promise<void> {
  const folder = await benchFolder(folderCount);
  console.log(`\nFolder import (${folderCount.toLocaleString('en')} files in ${Math.ceil(folderCount / 1000)} sub-folders, streamed in batches, end to end)`);
  console.log(`  ${folder.perSecond.toFixed(0)} files/s (${folder.seconds.toFixed(1)} s): ${folder.summary}`);
  console.log(`  memory: RSS ${mb(folder.rssBefore)} before, peak ${mb(folder.peakRss)} (sampled), high-water ${mb(folder.maxRss)} (maxRSS); peak heap ${mb(folder.peakHeap)}`);
  const perStory = (folder.liveHeapAfter - folder.liveHeapBefore) / folderCount;
  console.log(`  live heap after a full GC: ${mb(folder.liveHeapBefore)} before, ${mb(folder.liveHeapAfter)} after (${perStory.toFixed(0)} bytes a story: the indexes, not the files)`);
}

/** Save latency at each library size, with the stories' histories in place (`--saves` runs this alone). */
async function reportSaves(): Promise<void> {
  const rounds = 400;
  const revisions = 10;
  console.log(`\nSave latency (saveArticle: patch + durable write + history line + index line), ${revisions} revisions a story kept, ${rounds} saves per size, interleaved`);
  const dirs = await Promise.all(sizes.map(() => mkdtemp(join(tmpdir(), 'copydesk-bench-'))));
  try {
    const services: CopydeskService[] = [];
    for (const [i, size] of sizes.entries()) {
      const service = await fillStore(dirs[i] ?? '', size);
      await seedHistory(service, revisions);
      await service.search.flush();
      services.push(service);
    }
    // The seeded histories (4.3 GB at 100,000) are still in the page cache when seeding ends: written back to the
    // disk during the timed saves, they would be measured as the saves' own flushes. A library at rest has none.
    execFileSync('sync');
    const times = await benchSaves(services, rounds);
    const p95s = times.map((t) => percentile(t, 95));
    sizes.forEach((size, i) => {
      const t = times[i] ?? [];
      console.log(`  ${size.toLocaleString('en').padStart(7)} stored: p50 ${percentile(t, 50).toFixed(2)} ms, p95 ${percentile(t, 95).toFixed(2)} ms`);
    });
    const ratio = (p95s.at(-1) ?? NaN) / (p95s[0] ?? NaN);
    console.log(`  p95 ratio ${sizes.at(-1)?.toLocaleString('en')} / 1,000: ${ratio.toFixed(2)}  (targets: p95 ≤ 10 ms at the largest, ratio ≤ 1.5)`);
    // A save pays two rounds of flushes: the disk's own latency right after the saves is the yardstick.
    const probe = await fsyncProbe();
    console.log(`  the disk right after: fsync of a 4 KB file p50 ${percentile(probe, 50).toFixed(2)} ms, p95 ${percentile(probe, 95).toFixed(2)} ms`);
  } finally {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  }
}

async function main(): Promise<void> {
  // `--keystroke`: only the editor's keystroke latency in Chromium (needs `node scripts/build.mjs all`).
  if (process.argv.includes('--keystroke')) {
    await benchKeystroke();
    return;
  }
  // `--ui`: the desk in Chromium at each library size (needs `node scripts/build.mjs all`).
  if (process.argv.includes('--ui')) {
    const at = process.argv.indexOf('--sizes');
    const chosen = at > 0 ? (process.argv[at + 1] ?? '').split(',').map(Number).filter((n) => n > 0) : sizes;
    const lib = process.argv.indexOf('--keep');
    await benchUiScale(chosen, lib > 0 ? (process.argv[lib + 1] ?? null) : null);
    return;
  }
  if (process.argv.includes('--export-only')) {
    // `--export-only --sizes 1000,10000`: chosen library sizes for the export written to disk.
    const at = process.argv.indexOf('--sizes');
    const chosen = at > 0 ? (process.argv[at + 1] ?? '').split(',').map(Number).filter((n) => n > 0) : sizes;
    await benchExport(10_000);
    await benchExportToDisk(chosen);
    return;
  }
  if (process.argv.includes('--saves')) {
    await reportSaves();
    return;
  }
  if (process.argv.includes('--formats')) {
    await benchFormats(quick);
    return;
  }
  if (process.argv.includes('--libraries')) {
    // `--libraries --sizes 1000,10000 --only flexsearch,better-sqlite3`: the search libraries side by side.
    const at = process.argv.indexOf('--sizes');
    const chosen = at > 0 ? (process.argv[at + 1] ?? '').split(',').map(Number).filter((n) => n > 0) : [1_000, 10_000, 100_000];
    const only = process.argv.indexOf('--only');
    await benchLibraries(chosen, only > 0 ? (process.argv[only + 1] ?? '').split(',').filter(Boolean) : undefined);
    return;
  }
  if (process.argv.includes('--serve-memory')) {
    // `--serve-memory LIBRARY [--size N] [--rounds N] [--opens N]`: copydesk serve's resident memory on a kept library
    // (scripts/bench/serve-memory.ts; e.g. the 100,000-story one `--ui --keep DIR` leaves in DIR/library-100000).
    const rest = process.argv.slice(process.argv.indexOf('--serve-memory') + 1);
    execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bench/serve-memory.ts'), ...rest], { stdio: 'inherit' });
    return;
  }
  if (process.argv.includes('--search')) {
    // `--search --sizes 1000,10000`: chosen library sizes only.
    const at = process.argv.indexOf('--sizes');
    const chosen = at > 0 ? (process.argv[at + 1] ?? '').split(',').map(Number).filter((n) => n > 0) : sizes;
    const pool = await startBuildPool();
    await benchSearch(chosen, pool);
    await pool.close();
    return;
  }
  console.log(`Copydesk benchmarks — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB`);
  const importOnly = process.argv.includes('--import');
  const folderCount = quick ? 2_000 : 20_000;
  if (!importOnly) await reportFolder(folderCount);
  if (folderOnly) return;
  const probe = await fsyncProbe();

  console.log(`Disk: fsync of a 4 KB file p50 ${percentile(probe, 50).toFixed(2)} ms, p95 ${percentile(probe, 95).toFixed(2)} ms (a shared virtual disk: it varies from run to run)`);
  const importCount = quick ? 2_000 : 10_000;
  console.log(`\nImport (${importCount.toLocaleString('en')} generated seed-like stories, ~500 words each)`);
  console.log(`  parse + clean + enrich only:           ${(await benchPipeline(importCount)).toFixed(0)} stories/s  (as an import runs it: the desk's reading waits for the first opening)`);
  console.log(`  … with the desk's reading as well:     ${(await benchPipeline(importCount, true)).toFixed(0)} stories/s  (as the CLI's import --json runs it)`);
  const pool = await startBuildPool();
  const workers = `${pool.workers} build worker${pool.workers === 1 ? '' : 's'}`;
  console.log(`  end to end into the store (flushed before reported), ${importCount.toLocaleString('en')} stories:`);
  // The first import of a process also compiles the code (the JIT, in the worker too): reported apart from the steady state.
  console.log(`    streamed, with ${workers}, first run:    ${(await benchImport(importCount, "stream", pool)).toFixed(0)} stories/s  (JIT still compiling)`);
  console.log(`    streamed, with ${workers}, warm:         ${(await benchImport(importCount, 'stream', pool)).toFixed(0)} stories/s  (target ≥ 2,000; as copydesk import, a folder import and the hot folder run)`);
  console.log(`    streamed, one thread:                  ${(await benchImport(importCount, 'stream')).toFixed(0)} stories/s`);
  console.log(`    one call per 500 files, with ${workers}: ${(await benchImport(importCount, 'calls', pool)).toFixed(0)} stories/s  (as the app's upload sends them)`);
  console.log(`    (of ${(pool.built.workers + pool.built.local).toLocaleString('en')} files built with the pool, ${pool.built.workers.toLocaleString('en')} by the worker${pool.workers === 1 ? '' : 's'})`);
  await pool.close();
  if (importOnly) return;

  await benchFormats(quick);

  const desk = benchDesk(quick ? 1_000 : 5_000);
  console.log(`\nThe editor's desk (entities, speakers, sources, flags, subjects)`);
  console.log(`  reading per story (~${desk.words.toFixed(0)} words):       ${desk.perStory.toFixed(3)} ms  (target ≤ 2 ms)`);
  reportSpeakers();

  await reportSaves();
  await benchExport(10_000);
  await benchExportToDisk(sizes);
  await benchKeystroke();
}

await main();
