/**
 * The build pool: files built by worker threads come back the same as built on the import's thread, in order,
 * bad files included; a worker that cannot start or dies mid-batch costs no file. The worker is bundled from
 * electron/desk/build-worker.ts with esbuild, as `npm run build` does.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFile, type BuildSettings, type FileBuild } from '../../../electron/desk/build-file.js';
import { BuildPool } from '../../../electron/desk/build-pool.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import { analyseArticle } from '../../../electron/desk/story-pipeline.js';
import type { Article } from '../../../electron/domain/article.js';
import type { IncomingFile } from '../../../electron/ingest/ingest.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';

const root = join(import.meta.dirname, '..', '..', '..');
// Inside the checkout, so the bundle finds node_modules as the built CLI's does.
const workDir = join(root, 'out', `test-build-pool-${randomBytes(4).toString('hex')}`);
const workerPath = join(workDir, 'build-worker.mjs');
const tempDir = useTempDirs();

beforeAll(async () => {
  await mkdir(workDir, { recursive: true });
  await build({ entryPoints: [join(root, 'electron/desk/build-worker.ts')], outfile: workerPath, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const settings: BuildSettings = { now: '2026-11-28T10:00:00.000Z', rules: { boilerplate: [{ source: 'AFP', text: 'Follow the Desk Daily for more.', createdAt: '2026-11-01T00:00:00.000Z' }] }, analyse: false, maxFileBytes: 1_000_000 };

function files(count: number): IncomingFile[] {
  return Array.from({ length: count }, (_, i): IncomingFile => {
    if (i % 17 === 5) return { name: `empty-${i}.txt`, bytes: new Uint8Array(0) };
    if (i % 17 === 9) return { name: `binary-${i}.bin`, bytes: Uint8Array.from({ length: 600 }, (_, k) => (k * 37 + i) % 256) };
    const text = `Harbour ${i} reopens after the storm\n\nPARIS, July ${1 + (i % 28)} (AFP) - The harbour of town number ${i} reopened on Monday, officials said.\n\nRepairs cost ${i * 1000} euros, the mayor told reporters.\n\nFollow the Desk Daily for more.\n`;
    return { name: `story-${i}.txt`, bytes: Buffer.from(text) };
  });
}

/** What must agree between two builds of one file (ids and the random parts aside). */
function comparable(b: FileBuild): unknown {
  if (!b.ok) return { failed: b.reason };
  return {
    sha256: b.sha256,
    stories: b.stories.map(({ article, signature }) => ({
      headline: article.headline,
      dateline: article.dateline,
      source: article.source,
      paragraphs: article.paragraphs.map((p) => p.text),
      changes: article.changes.map((c) => [c.rule, c.before, c.after]),
      signature: [...signature],
    })),
  };
}

describe('BuildPool', () => {
  it('builds a batch across the worker and this thread, each file as this thread alone would, in order', async () => {
    const pool = BuildPool.start(workerPath, { workers: 1 });
    try {
      const input = files(120);
      const local = (f: IncomingFile): FileBuild => buildFile(f, settings);
      const pooled = await pool.buildAll(input, settings, local);
      expect(pooled.map(comparable)).toEqual(input.map(local).map(comparable));
      expect(pool.built.workers).toBeGreaterThan(0);
      expect(pool.built.workers + pool.built.local).toBe(120);
      expect(pool.failures).toEqual([]);
      // The desk's boilerplate rule reached the worker: the footer is gone from every story.
      const built = pooled.filter((b): b is Extract<FileBuild, { ok: true }> => b.ok);
      expect(built.flatMap((b) => b.stories.flatMap((s) => s.article.paragraphs.map((p) => p.text)))).not.toContain('Follow the Desk Daily for more.');
      expect(pooled.filter((b) => !b.ok)).toHaveLength(14);
    } finally {
      await pool.close();
    }
  });

  it('starts no worker until a batch is large enough to share, and an idle pool never keeps the process alive', async () => {
    const pool = BuildPool.start(workerPath, { workers: 1 });
    try {
      await pool.buildAll(files(5), settings, (f) => buildFile(f, settings));
      expect(pool.running).toBe(0);
      await pool.buildAll(files(40), settings, (f) => buildFile(f, settings));
      expect(pool.running).toBe(1);
    } finally {
      await pool.close();
    }
    // A process that used a pool and never closed it still exits on its own (a command must not hang).
    const script = join(workDir, 'exits.mts');
    await writeFile(
      script,
      `import { BuildPool } from ${JSON.stringify(join(root, 'electron/desk/build-pool.ts'))};
import { buildFile } from ${JSON.stringify(join(root, 'electron/desk/build-file.ts'))};
const settings = ${JSON.stringify(settings)};
const pool = BuildPool.start(${JSON.stringify(workerPath)}, { workers: 1 });
BuildPool.start(${JSON.stringify(workerPath)}, { workers: 1 }); // never used
const files = Array.from({ length: 40 }, (_, i) => ({ name: 's' + i + '.txt', bytes: Buffer.from('Headline ' + i + '\\n\\nPARIS, July 2 (AFP) - Text of story ' + i + ' here.\\n') }));
const built = await pool.buildAll(files, settings, (f) => buildFile(f, settings));
console.log(built.filter((b) => b.ok).length, pool.running);
`,
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, timeout: 30_000, encoding: 'utf8' });
    expect(run.signal, run.stderr).toBeNull();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('40 1');
  });

  it('builds everything on this thread when the worker cannot start, and says why', async () => {
    const pool = BuildPool.start(join(workDir, 'no-such-worker.mjs'), { workers: 1 });
    try {
      const input = files(40);
      const pooled = await pool.buildAll(input, settings, (f) => buildFile(f, settings));
      expect(pooled.map((b) => b.ok)).toEqual(input.map((f) => f.name.startsWith('story-')));
      expect(pool.built.local).toBe(40);
      expect(pool.failures.join('\n')).toMatch(/build worker/);
      expect(pool.workers).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('loses no file when a worker dies with chunks in hand', async () => {
    const dying = join(workDir, 'dying-worker.mjs');
    await writeFile(dying, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    const pool = BuildPool.start(dying, { workers: 1 });
    try {
      const input = files(64);
      const local = (f: IncomingFile): FileBuild => buildFile(f, settings);
      const pooled = await pool.buildAll(input, settings, local);
      expect(pooled.map(comparable)).toEqual(input.map(local).map(comparable));
      expect(pool.failures.join('\n')).toMatch(/exited \(3\)/);
    } finally {
      await pool.close();
    }
  });

  it('streams batches through the pool (built in the worker while the batch before is linked and stored), in order', async () => {
    const pool = BuildPool.start(workerPath, { workers: 1 });
    const dir = await tempDir();
    const service = new CopydeskService(await ArticleStore.open(dir), { buildPool: pool });
    try {
      const input = files(200);
      // The same bytes again in a later batch, and an update of a story from an earlier batch.
      input.push({ name: 'again.txt', bytes: input[0]?.bytes ?? new Uint8Array() });
      input.push({ name: 'update.txt', bytes: Buffer.from(`UPDATE 1-${Buffer.from(input[1]?.bytes ?? []).toString('utf8')}A paragraph added in the update.\n`) });
      async function* inputs(): AsyncGenerator<IncomingFile> {
        yield* input;
      }
      const batches: string[][] = [];
      const result = await service.importStream(inputs(), { batchFiles: 40, onBatch: ({ outcomes }) => void batches.push(outcomes.map((o) => o.fileName)) });
      // Batch by batch, in the order the files came (within a batch, failures are reported first).
      expect(batches.map((b) => [...b].sort())).toEqual(
        Array.from({ length: Math.ceil(input.length / 40) }, (_, k) => input.slice(k * 40, k * 40 + 40).map((f) => f.name).sort()),
      );
      expect(result.summary).toMatchObject({ total: 202, imported: 200 - 24, duplicates: 1, updated: 1, failed: 24 });
      expect(pool.built.workers).toBeGreaterThan(0);
      const reopened = await ArticleStore.open(dir);
      expect(reopened.size).toBe(177);
    } finally {
      await service.close();
    }
  });

  it('imports a folder-sized batch through the service with the pool: every story stored and readable', async () => {
    const pool = BuildPool.start(workerPath, { workers: 1 });
    const dir = await tempDir();
    const service = new CopydeskService(await ArticleStore.open(dir), { buildPool: pool });
    try {
      const input = files(80);
      const report = await service.importBytes(input);
      expect(report.articles).toHaveLength(80 - 10);
      expect(report.errors.map((e) => e.fileName)).toEqual(input.filter((f) => /^(empty|binary)/.test(f.name)).map((f) => f.name));
      expect(pool.built.workers).toBeGreaterThan(0);
      const reopened = await ArticleStore.open(dir);
      const stored = await reopened.get(report.articles[7]?.id ?? '');
      expect(stored.headline).toBe(report.articles[7]?.headline);
      expect(stored.headline).toMatch(/^Harbour \d+ reopens after the storm$/);
    } finally {
      await service.close();
    }
  });

  describe('readAll (the desk\'s reading of stories nobody opened, for an export)', () => {
    const at = '2026-11-28T11:00:00.000Z';
    const rules = settings.rules;
    /** Built as an import stores them: without the desk's reading. */
    function unread(count: number): Article[] {
      return files(count)
        .filter((f) => f.name.startsWith('story-'))
        .map((f) => {
          const built = buildFile(f, settings);
          if (!built.ok) throw new Error(built.reason);
          return (built.stories[0] as { article: Article }).article;
        });
    }

    it('reads across the worker and this thread, each story as this thread alone would, in order', async () => {
      const pool = BuildPool.start(workerPath, { workers: 1 });
      try {
        const input = unread(120);
        expect(input.every((a) => !a.analysed)).toBe(true);
        const local = (a: Article): Article => analyseArticle(a, rules, at);
        const pooled = await pool.readAll(input, { rules, at }, local);
        expect(pooled).toEqual(input.map(local));
        expect(pooled.every((a) => a?.analysed === true)).toBe(true);
        // The reading did its work: the mayor who told reporters is each story's second paragraph's speaker.
        expect(pooled.map((a) => a?.sources.length ?? 0).every((n) => n > 0)).toBe(true);
        expect(pool.read.workers).toBeGreaterThan(0);
        expect(pool.read.local).toBeGreaterThan(0);
        expect(pool.read.workers + pool.read.local).toBe(input.length);
        expect(pool.failures).toEqual([]);
      } finally {
        await pool.close();
      }
    });

    it('reads everything here when the worker dies with stories in hand, and loses none', async () => {
      const dying = join(workDir, 'dying-reader.mjs');
      await writeFile(dying, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(4));\n");
      const pool = BuildPool.start(dying, { workers: 1 });
      try {
        const input = unread(80);
        const local = (a: Article): Article => analyseArticle(a, rules, at);
        const pooled = await pool.readAll(input, { rules, at }, local);
        expect(pooled).toEqual(input.map(local));
        expect(pool.read.workers).toBe(0);
        expect(pool.failures.join('\n')).toMatch(/exited \(4\)/);
      } finally {
        await pool.close();
      }
    });

    it('answers null for a story whose reading fails on the worker, the rest read', async () => {
      const pool = BuildPool.start(workerPath, { workers: 1 });
      try {
        const input = unread(40);
        // A story the reading cannot take (no paragraphs array): its reading throws, on the worker as here.
        const broken = { ...input[3], paragraphs: null } as unknown as Article;
        const batch = [...input.slice(0, 3), broken, ...input.slice(4)];
        const local = (a: Article): Article | null => {
          try {
            return analyseArticle(a, rules, at);
          } catch {
            return null;
          }
        };
        const pooled = await pool.readAll(batch, { rules, at }, local);
        expect(pooled[3]).toBeNull();
        expect(pooled.filter((a) => a === null)).toHaveLength(1);
        expect(pooled[4]).toEqual(local(batch[4] as Article));
      } finally {
        await pool.close();
      }
    });

    it('gives an export of stories nobody opened the same files with the pool as without it', async () => {
      const exportOnce = async (withPool: boolean): Promise<string[]> => {
        const dir = await tempDir();
        const out = await tempDir();
        const pool = withPool ? BuildPool.start(workerPath, { workers: 1 }) : null;
        const now = () => new Date('2026-11-28T12:00:00.000Z');
        const service = new CopydeskService(await ArticleStore.open(dir), { ...(pool ? { buildPool: pool } : {}), now });
        try {
          await service.importBytes(files(60));
          const report = await service.exportTo({ status: 'new', format: 'ninjs' }, out, { withContent: true });
          expect(report.errors).toEqual([]);
          if (pool) expect(pool.read.workers).toBeGreaterThan(0);
          // Ids are random: the files are compared without them.
          return report.files.map((f) => f.content.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID').replace(/-[0-9a-f]{8}\.json/g, '.json')).sort();
        } finally {
          await service.close();
        }
      };
      const without = await exportOnce(false);
      expect(without).toHaveLength(53);
      expect(await exportOnce(true)).toEqual(without);
    });
  });
});
