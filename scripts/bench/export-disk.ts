/**
 * `npm run bench -- --export-only`: export written to disk (issue 11, item 7) through the service's exportTo, the
 * path `copydesk export --out DIR` runs, on generated libraries (generate.ts) of 1,000, 10,000 and 100,000 stored
 * stories imported with importStream as `copydesk import` stores them. Every stored story is exported (ninjs, one
 * file a story): files written and flushed, each story's export recorded durably. Printed beside it: the same
 * stories rendered in memory (planExport, no disk), the process's resident memory, and the disk's fsync latency.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdir, mkdtemp, open, readdir, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { CopydeskService } from '../../electron/desk/service.js';
import { formatOnlyPreset } from '../../electron/domain/export-preset.js';
import type { ExportFormat } from '../../electron/domain/export-format.js';
import { planExport } from '../../electron/export/export-plan.js';
import { ArticleStore } from '../../electron/store/article-store.js';
import { generateStory } from './generate.js';
import { startBuildPool } from './worker.js';

const BATCH = 500;
const FORMAT: ExportFormat = 'ninjs';

/** A full garbage collection, for live-heap figures (the flag is set at run time, as bench.ts does). */
function liveHeap(): number {
  setFlagsFromString('--expose_gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** The disk's own flush latency: what one batch of the export pays a few times, and the old path paid per story. */
export async function fsyncProbe(count = 200): Promise<number[]> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-bench-fsync-'));
  try {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const handle = await open(join(dir, `probe-${i}`), 'w');
      await handle.writeFile('x'.repeat(4096));
      const t0 = performance.now();
      await handle.sync();
      times.push(performance.now() - t0);
      await handle.close();
    }
    return times.sort((a, b) => a - b);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The disk's cost of creating a file (open with O_CREAT|O_EXCL, nothing written, 16 at a time as the export
 * writes): an export to disk creates one file a story (its own: the story's new revision goes into the batch's
 * one pack), so this bounds the rate whatever the flushes cost. Both the time it takes (spread over libuv's
 * threads) and the CPU it costs (every thread, mostly the kernel's: on ext4, finding a free inode), which bounds
 * the rate on a machine whose cores are busy.
 */
export async function createProbe(count = 2000): Promise<{ wall: number; cpu: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-bench-create-'));
  try {
    let next = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await Promise.all(Array.from({ length: 16 }, async () => {
      for (let i = next++; i < count; i = next++) await (await open(join(dir, `f-${i}`), 'wx')).close();
    }));
    const cpu = process.cpuUsage(c0);
    return { wall: (performance.now() - t0) / count, cpu: (cpu.user + cpu.system) / 1000 / count };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A library of `size` generated stories, imported as `copydesk import` stores them (with the desk's reading, which
 * the CLI makes at import); `read: false` as the app's import leaves them, the reading deferred to the first
 * opening (an export then makes it). The caller removes `dir`.
 */
export async function generatedLibrary(dir: string, size: number, read = true): Promise<number> {
  const service = new CopydeskService(await ArticleStore.open(dir), { analyseOnImport: read });
  async function* inputs() {
    for (let i = 0; i < size; i++) yield { name: `story-${i}.txt`, bytes: Buffer.from(generateStory(i)) };
  }
  const { summary } = await service.importStream(inputs(), { batchFiles: BATCH });
  const stored = service.store.size;
  await service.close();
  // A generated story now and then reads as a duplicate or an update of another (as on a real wire day): kept apart.
  if (summary.failed > 0 || stored < size * 0.99) throw new Error(`the generated library holds ${stored} of ${size} stories (${summary.failed} failed)`);
  return stored;
}

/** generatedLibrary in a child process (this file run with --make-library): its memory is not the export's. */
function libraryApart(dir: string, size: number, read: boolean): void {
  execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--make-library', dir, String(size), read ? 'read' : 'unread'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

const made = process.argv.indexOf('--make-library');
if (made > 0) {
  const [dir, size, read] = process.argv.slice(made + 1);
  await generatedLibrary(dir ?? '', Number(size), read === 'read');
}

interface DiskExport {
  readonly perSecond: number;
  readonly seconds: number;
  readonly written: number;
  readonly rssBefore: number;
  readonly heapBefore: number;
  readonly heapAfter: number;
  readonly peakRss: number;
  readonly renderPerSecond: number;
  /** CPU time (user + system, every thread of the process: libuv's pool, the collector) a story, in ms. */
  readonly cpuPerStory: number;
}

/**
 * Every story of the library exported to a fresh folder through exportTo, with the resident set sampled. With the
 * build workers `copydesk export` starts (a never-opened story's reading is made on them and this thread together).
 */
async function exportLibrary(dir: string): Promise<DiskExport> {
  const service = new CopydeskService(await ArticleStore.open(dir), { buildPool: await startBuildPool() });
  const ids = service.store.list().map((s) => s.id);
  const size = ids.length;
  const out = join(dir, 'out');
  await mkdir(out);
  // What the import left in the page cache is written back first, so the export is not charged for it.
  execFileSync('sync');
  // The search index loaded first (as in a running app), so the live heap's growth is the export's own.
  await service.searchArticles({ limit: 1 });
  const heapBefore = liveHeap();
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await service.exportTo({ ids, format: FORMAT }, out, { withContent: false });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  clearInterval(sampler);
  await service.search.flush();
  // What the export leaves held (after a full collection): the RSS peak above is mostly garbage not yet collected.
  const heapAfter = liveHeap();
  const written = (await readdir(out)).length;
  if (report.files.length !== size || written !== size || report.errors.length > 0) {
    throw new Error(`export wrote ${written} files, reported ${report.files.length} of ${size} (${report.errors.length} errors: ${report.errors[0]?.reason ?? ''})`);
  }
  // The same stories rendered in memory (plan + render, no disk), on at most 10,000 of them: the yardstick.
  const sample = [];
  for (const id of ids.slice(0, 10_000)) sample.push(await service.store.get(id));
  const r0 = performance.now();
  planExport(sample, formatOnlyPreset(FORMAT), new Date());
  const renderPerSecond = sample.length / ((performance.now() - r0) / 1000);
  await service.close();
  const cpuPerStory = (cpu.user + cpu.system) / 1000 / size;
  return { perSecond: size / seconds, seconds, written, rssBefore, heapBefore, heapAfter, peakRss, renderPerSecond, cpuPerStory };
}

export async function benchExportToDisk(sizes: readonly number[]): Promise<void> {
  console.log(`\nExport written to disk (${FORMAT}, every stored story, through exportTo as copydesk export --out runs it; generated copy)`);
  console.log('  (each library is imported in a child process, so that the RSS figures are the export\'s own)');
  console.log(`  load average at the start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${new Date().toISOString()}`);
  for (const size of sizes) {
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-bench-export-'));
    try {
      libraryApart(dir, size, true);
      const r = await exportLibrary(dir);
      const probe = await fsyncProbe();
      const create = await createProbe();
      console.log(
        `  ${size.toLocaleString('en').padStart(7)} stored: ${r.perSecond.toFixed(0).padStart(6)} stories/s written and recorded (${r.seconds.toFixed(1)} s, ${r.written.toLocaleString('en')} files; target ≥ 5,000); ` +
          `in memory ${r.renderPerSecond.toFixed(0)} stories/s (disk / memory ${(r.perSecond / r.renderPerSecond).toFixed(2)}); ` +
          `RSS ${mb(r.rssBefore)} at the start, peak ${mb(r.peakRss)} during the export; live heap ${mb(r.heapBefore)} before, ${mb(r.heapAfter)} after; fsync of 4 KB right after p50 ${percentile(probe, 50).toFixed(2)} / p95 ${percentile(probe, 95).toFixed(2)} ms; ` +
          `creating a file ${create.wall.toFixed(2)} ms (16 at a time: at most ${(1000 / create.wall).toFixed(0)} files/s), CPU ${create.cpu.toFixed(2)} ms a file (at most ${((1000 * availableParallelism()) / create.cpu).toFixed(0)} files/s on ${availableParallelism()} idle cores); ` +
          `CPU a story ${r.cpuPerStory.toFixed(2)} ms, every thread (at most ${((1000 * availableParallelism()) / r.cpuPerStory).toFixed(0)} stories/s on ${availableParallelism()} idle cores); ` +
          `load ${loadavg()[0]?.toFixed(2) ?? '?'}`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  // Stories nobody has opened since an app import (the desk's reading deferred): the export makes each reading.
  const size = sizes[0] ?? 1_000;
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-bench-export-'));
  try {
    libraryApart(dir, size, false);
    const r = await exportLibrary(dir);
    console.log(`  ${size.toLocaleString('en').padStart(7)} stored, never opened (the export makes the desk's reading of each): ${r.perSecond.toFixed(0)} stories/s; CPU a story ${r.cpuPerStory.toFixed(2)} ms; RSS ${mb(r.rssBefore)} at the start, peak ${mb(r.peakRss)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
