/**
 * `npm run bench`: the figures behind BENCHMARKS.md. Prints import throughput and save latency at 1,000,
 * 10,000 and 100,000 stored stories. Runs in a temp folder it removes afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { CopydeskService } from '../electron/api/service.js';
import { buildArticle } from '../electron/api/story-pipeline.js';
import { ingestFile } from '../electron/ingest/ingest.js';
import { ArticleStore } from '../electron/store/article-store.js';
import { generateStory } from './bench/generate.js';

const BATCH = 500;
const quick = process.argv.includes('--quick');
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

async function benchPipeline(count: number): Promise<number> {
  const input = files(0, count);
  const t0 = performance.now();
  for (const f of input) {
    const r = ingestFile(f);
    if (r.ok) buildArticle(r.original, r.draft, new Date());
  }
  return count / ((performance.now() - t0) / 1000);
}

async function benchImport(count: number): Promise<number> {
  return withTemp(async (dir) => {
    const service = new CopydeskService(await ArticleStore.open(dir));
    let elapsed = 0;
    for (let from = 0; from < count; from += BATCH) {
      const batch = files(from, Math.min(BATCH, count - from));
      const t0 = performance.now();
      const report = await service.importBytes(batch);
      elapsed += performance.now() - t0;
      if (report.errors.length > 0) throw new Error(`import failed: ${report.errors[0]?.reason}`);
    }
    return count / (elapsed / 1000);
  });
}

async function benchSaves(dir: string, service: CopydeskService, samples: number) {
  const ids = service.store.list().map((s) => s.id);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const id = ids[(i * 7919) % ids.length] ?? '';
    const article = await service.getArticle({ id });
    const t0 = performance.now();
    await service.saveArticle({ id, revision: article.revision, patch: { headline: `${article.headline} (edited ${i})` } });
    times.push(performance.now() - t0);
  }
  void dir;
  return times.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  console.log(`Copydesk benchmarks — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB`);
  const importCount = quick ? 2_000 : 10_000;
  console.log(`\nImport (${importCount.toLocaleString('en')} generated seed-like stories, ~500 words each)`);
  console.log(`  parse + clean + enrich only:           ${(await benchPipeline(importCount)).toFixed(0)} stories/s`);
  console.log(`  end to end into the store (fsync'd):   ${(await benchImport(importCount)).toFixed(0)} stories/s  (target ≥ 2,000)`);

  console.log('\nSave latency (saveArticle: patch + durable write + index line), 300 saves per size');
  await withTemp(async (dir) => {
    const service = new CopydeskService(await ArticleStore.open(dir));
    let stored = 0;
    const p95s: number[] = [];
    for (const size of sizes) {
      while (stored < size) {
        const n = Math.min(BATCH, size - stored);
        await service.importBytes(files(stored, n));
        stored += n;
      }
      const times = await benchSaves(dir, service, 300);
      const [p50, p95] = [percentile(times, 50), percentile(times, 95)];
      p95s.push(p95);
      console.log(`  ${size.toLocaleString('en').padStart(7)} stored: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`);
    }
    const ratio = (p95s.at(-1) ?? NaN) / (p95s[0] ?? NaN);
    console.log(`  p95 ratio ${sizes.at(-1)?.toLocaleString('en')} / 1,000: ${ratio.toFixed(2)}  (target ≤ 1.5; p95 target ≤ 10 ms)`);
  });
}

await main();
