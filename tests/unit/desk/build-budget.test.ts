/**
 * A file's budget in the build worker: one that runs too long or needs too much memory stops its worker, which is
 * replaced; that file is refused with the reason and every other file still comes back, built as this thread
 * would build it. The worker here is the real one (build-worker.ts) with two hostile "formats" put in front.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFile, type BuildSettings } from '../../../electron/desk/build-file.js';
import { BuildPool } from '../../../electron/desk/build-pool.js';
import type { IncomingFile } from '../../../electron/ingest/ingest.js';

const root = join(import.meta.dirname, '..', '..', '..');
const workDir = join(root, 'out', `test-build-budget-${randomBytes(4).toString('hex')}`);
const workerPath = join(workDir, 'hostile-worker.mjs');

beforeAll(async () => {
  await mkdir(workDir, { recursive: true });
  const entry = join(workDir, 'hostile-worker.ts');
  // The real worker's loop, with a reader that hangs on hang-* and eats memory on hog-*.
  await writeFile(
    entry,
    `import { parentPort } from 'node:worker_threads';
import { buildFile } from ${JSON.stringify(join(root, 'electron/desk/build-file.ts'))};
const hog = [];
parentPort.on('message', (request) => {
  request.files.forEach((file, k) => {
    parentPort.postMessage({ id: request.id, k, started: true });
    if (file.name.startsWith('hang-')) for (;;);
    if (file.name.startsWith('hog-')) for (;;) hog.push(new Array(1e6).fill(k));
    const result = buildFile({ name: file.name, bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) }, request.settings);
    parentPort.postMessage({ id: request.id, k, result });
  });
});
`,
  );
  await build({ entryPoints: [entry], outfile: workerPath, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const settings: BuildSettings = { now: '2026-11-28T10:00:00.000Z', rules: {}, analyse: false, maxFileBytes: 1_000_000 };

function files(): IncomingFile[] {
  return Array.from({ length: 40 }, (_, i): IncomingFile => {
    const name = i === 3 ? 'hang-3.txt' : i === 7 ? 'hog-7.txt' : `story-${i}.txt`;
    return { name, bytes: Buffer.from(`Harbour ${i} reopens\n\nPARIS, July 2 (AFP) - The harbour of town ${i} reopened on Monday.\n`) };
  });
}

describe('per-file budget in the build worker', () => {
  it('stops and replaces a worker over time or memory, refuses that file with the reason, and builds every other file', async () => {
    const pool = BuildPool.start(workerPath, { workers: 1, fileBudgetMs: 4000, fileMemoryMb: 64 });
    const input = files();
    try {
      // The first chunks go to the worker before this thread takes any: the hostile files meet the worker.
      const built = await pool.buildAll(input, settings, (f) => {
        if (/^h(ang|og)-/.test(f.name)) throw new Error(`${f.name} reached the import's thread`);
        return buildFile(f, settings);
      });
      expect(built[3]).toEqual({ ok: false, reason: 'took over 4 s to read: stopped and refused' });
      expect(built[7]).toEqual({ ok: false, reason: 'needed more than 64 MB of memory to read: refused' });
      const others = built.filter((_, i) => i !== 3 && i !== 7);
      expect(others).toHaveLength(38);
      expect(others.every((b) => b.ok && b.stories[0]?.article.headline.startsWith('Harbour '))).toBe(true);
      expect(pool.failures).toHaveLength(2);
      expect(pool.running).toBe(1);
    } finally {
      await pool.close();
    }
  });
});
