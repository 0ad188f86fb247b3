import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportJob } from '../../../electron/api/contract.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import type { BatchInput } from '../../../electron/desk/bulk-import.js';
import { BUILDS_AHEAD } from '../../../electron/desk/import-stream.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

async function open(dir?: string, opts: { hotFolderIntervalMs?: number } = {}) {
  return new CopydeskService(await ArticleStore.open(dir ?? (await tempDir())), opts);
}

/** A short, distinct story: every file a different story, so none is a duplicate or related. */
function story(n: number): string {
  return `Report number ${n} on item ${n * 7}\n\nAGENCY-${n} - Paragraph about subject ${n} with figure ${n * 13} and code ${n.toString(36)}.\n`;
}

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting; last value ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('quarantine', () => {
  it('keeps a failed file\'s bytes under its sha256 with a JSON record, lists it, and keeps the same file once', async () => {
    const dir = await tempDir();
    const api = await open(dir);
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]);
    const report = await api.importBytes([{ name: 'photo.png', bytes: binary }, { name: 'photo-again.png', bytes: binary }]);
    const key = report.errors[0]?.quarantine ?? '';
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await readFile(join(dir, 'quarantine', key))).toEqual(binary);
    expect(JSON.parse(await readFile(join(dir, 'quarantine', `${key}.json`), 'utf8'))).toMatchObject({ key, reason: 'the file is binary, not text', size: 8 });
    const listed = await api.listQuarantine({});
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ key, reason: 'the file is binary, not text', path: join(dir, 'quarantine', key) });
  });
});

describe('import jobs', () => {
  it('imports a folder as a job: progress to the end, then a report with a summary', async () => {
    const src = await tempDir();
    await mkdir(join(src, 'sub'));
    for (let i = 0; i < 30; i++) await writeFile(join(src, i % 2 ? 'sub' : '', `s${i}.txt`), story(i));
    await writeFile(join(src, 'empty.txt'), '');
    const api = await open();
    api.folders.allow(src);
    const started = await api.startImport({ paths: [src] });
    expect(started.state).toBe('running');
    const done = await until(() => api.importStatus({ jobId: started.jobId }), (j) => j.state !== 'running');
    expect(done).toMatchObject({ state: 'done', done: 31, total: 31, current: null });
    expect(done.summary).toEqual({ total: 31, imported: 30, updated: 0, duplicates: 0, related: 0, failed: 1 });
    expect(done.outcomes.find((o) => o.kind === 'failed')).toMatchObject({ fileName: 'empty.txt', reason: 'the file is empty' });
    expect((await api.listImports({}))[0]).toMatchObject({ jobId: started.jobId, outcomes: [], outcomeCount: 31 });
    expect(await api.listArticles({})).toHaveLength(30);
  });

  it('cancel keeps what is done and stops the rest', async () => {
    const src = await tempDir();
    for (let i = 0; i < 1500; i++) await writeFile(join(src, `s${String(i).padStart(4, '0')}.txt`), story(i));
    const api = await open();
    api.folders.allow(src);
    const started = await api.startImport({ paths: [src] });
    await until(() => api.importStatus({ jobId: started.jobId }), (j) => j.done > 0 || j.state !== 'running');
    await api.cancelImport({ jobId: started.jobId });
    const end = await until(() => api.importStatus({ jobId: started.jobId }), (j) => j.state !== 'running');
    expect(end.state).toBe('cancelled');
    expect(end.done).toBeLessThan(1500);
    expect((await api.listArticles({})).length).toBe(end.summary.imported);
  });

  it('counts uploads toward a job sent in several calls, and refuses more after a cancel', async () => {
    const api = await open();
    const job = await api.startImport({ total: 3, label: 'three files' });
    const send = (n: number, final?: boolean) =>
      api.importFiles({ jobId: job.jobId, files: [{ name: `f${n}.txt`, base64: Buffer.from(story(n)).toString('base64') }], ...(final ? { final } : {}) });
    await send(1);
    let status: ImportJob = await api.importStatus({ jobId: job.jobId });
    expect(status).toMatchObject({ state: 'running', done: 1, total: 3 });
    await send(2);
    await send(3);
    status = await api.importStatus({ jobId: job.jobId });
    expect(status).toMatchObject({ state: 'done', done: 3, summary: { imported: 3 } });

    const other = await api.startImport({ total: 5 });
    await api.cancelImport({ jobId: other.jobId });
    await expect(send(4)).rejects.toThrow(/was done/);
    await expect(api.importFiles({ jobId: other.jobId, files: [] })).rejects.toThrow(/cancelled/);
    await expect(api.importStatus({ jobId: 'nope' })).rejects.toThrow(/No import job/);
    await expect(api.startImport({})).rejects.toThrow(/give paths/);
  });
});

describe('streaming import', () => {
  it('imports 2,000 files from a folder without ever holding more than five batches (stored, linked, two built, read ahead)', async () => {
    const src = await tempDir();
    for (let i = 0; i < 2000; i++) await writeFile(join(src, `s${String(i).padStart(4, '0')}.txt`), story(i));
    const api = await open();
    let read = 0;
    let imported = 0;
    let maxInFlight = 0;
    let maxBatch = 0;
    async function* inputs(): AsyncGenerator<BatchInput> {
      for (const name of (await readdir(src)).sort()) {
        read++;
        maxInFlight = Math.max(maxInFlight, read - imported);
        yield { name, bytes: await readFile(join(src, name)) };
      }
    }
    const result = await api.importStream(inputs(), {
      batchFiles: 100,
      onBatch: ({ report }) => {
        imported += report.articles.length;
        maxBatch = Math.max(maxBatch, report.articles.length);
      },
    });
    expect(result.summary).toMatchObject({ total: 2000, imported: 2000, failed: 0 });
    // The reader is never more than five batches ahead of the store: one being stored, one linked, BUILDS_AHEAD
    // (two) built and one read ahead (read-ahead.ts) while the next is gathered, so the service holds at most 500
    // files' bytes, whatever the folder's size.
    expect(maxBatch).toBe(100);
    expect(maxInFlight).toBeLessThanOrEqual((BUILDS_AHEAD + 3) * 100);
    expect(maxInFlight).toBeGreaterThan(100);
    expect(api.store.size).toBe(2000);
  });
});

describe('streaming import, batches built, linked and stored at once', () => {
  it('sees the batch before: the same bytes or an update in the very next batch are matched to it', async () => {
    const api = await open();
    const files: BatchInput[] = [
      { name: 'a.txt', bytes: Buffer.from(story(1)) },
      { name: 'b.txt', bytes: Buffer.from(story(2)) },
      { name: 'a-again.txt', bytes: Buffer.from(story(1)) },
      { name: 'b-update.txt', bytes: Buffer.from(`UPDATE 1-${story(2)}Second paragraph added in the update.\n`) },
    ];
    const batches: string[][] = [];
    async function* inputs(): AsyncGenerator<BatchInput> {
      yield* files;
    }
    const result = await api.importStream(inputs(), { batchFiles: 2, onBatch: ({ outcomes }) => void batches.push(outcomes.map((o) => `${o.fileName}:${o.kind}`)) });
    expect(batches).toEqual([['a.txt:imported', 'b.txt:imported'], ['a-again.txt:duplicate', 'b-update.txt:updated']]);
    expect(result.summary).toMatchObject({ total: 4, imported: 2, duplicates: 1, updated: 1 });
    expect(api.store.size).toBe(3);
  });
});

describe('hot folder', () => {
  it('imports each new file once, remembers it across restarts, never moves or deletes it', async () => {
    const library = await tempDir();
    const hot = await tempDir();
    let api = await open(library, { hotFolderIntervalMs: 40 });
    api.folders.allow(hot);
    const set = await api.setHotFolder({ path: hot });
    expect(set).toMatchObject({ path: hot, watching: true });
    await writeFile(join(hot, 'first.txt'), story(1));
    await writeFile(join(hot, 'partial.txt.part'), story(99));
    await until(() => api.listArticles({}), (l) => l.length === 1);
    // The same bytes under another name: remembered by content, not imported again.
    await writeFile(join(hot, 'first-copy.txt'), story(1));
    await writeFile(join(hot, 'second.txt'), story(2));
    await until(() => api.listArticles({}), (l) => l.length === 2);
    await api.close();
    expect((await readdir(hot)).sort()).toEqual(['first-copy.txt', 'first.txt', 'partial.txt.part', 'second.txt']);

    // A restart: the folder is watched again from the library's setting, and nothing is imported twice.
    api = await open(library, { hotFolderIntervalMs: 40 });
    const resumed = await api.resumeHotFolder();
    expect(resumed).toMatchObject({ path: hot, watching: true });
    await writeFile(join(hot, 'third.txt'), story(3));
    await until(() => api.listArticles({}), (l) => l.length === 3);
    await new Promise((r) => setTimeout(r, 300));
    const jobs = await api.listImports({});
    // One job with the one new file: the files seen before the restart make no (empty) job at all.
    expect(jobs.map((j) => j.summary.total)).toEqual([1]);
    expect(jobs.every((j) => j.summary.duplicates === 0)).toBe(true);
    expect((await api.setHotFolder({ path: null })).watching).toBe(false);
    await api.close();
    expect(existsSync(join(hot, 'first.txt'))).toBe(true);
  });

  it('refuses a folder that does not exist, and the dialog outside Electron', async () => {
    const api = await open();
    api.folders.allow('/no/such');
    await expect(api.setHotFolder({ path: '/no/such/folder/here' })).rejects.toThrow(/does not exist/);
    await expect(api.setHotFolder({ path: null, pick: true })).rejects.toThrow(/desktop app/);
  });
});
