/**
 * A batch of saves written as one pack (save-batch.ts): every revision stays readable in history across batches,
 * single saves, compaction and a lost index; a crash at any point of the batch leaves the library opening right,
 * every story at its earlier revision or at the batch's, never half of one; a library from before (stories in
 * their own files, per-story history) reads right on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../electron/domain/article.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { numberedStory, useTempDirs } from '../helpers.js';

/** What the next flush does before flushing: set by a test, cleared after each. */
const flushHook: { run: ((files: readonly string[]) => Promise<void>) | null } = { run: null };

vi.mock('../../../electron/store/batch-flush.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/store/batch-flush.js')>();
  return {
    ...real,
    flushFiles: async (dir: string, files: readonly string[]) => {
      if (flushHook.run) await flushHook.run(files);
      return real.flushFiles(dir, files);
    },
  };
});

afterEach(() => {
  flushHook.run = null;
});

const tempDir = useTempDirs();
const ownFile = (dir: string, id: string) => join(dir, 'articles', id.slice(0, 2).toLowerCase(), `${id}.json`);

/** `count` stories imported as one pack. */
async function library(count: number): Promise<{ dir: string; store: ArticleStore; ids: string[] }> {
  const dir = await tempDir();
  const store = await ArticleStore.open(dir);
  const batch = Array.from({ length: count }, (_, i) => numberedStory(i + 1));
  await store.insert(batch);
  return { dir, store, ids: batch.map((b) => b.article.id) };
}

/** Every story of `ids` saved in one batch with its headline suffixed. */
async function saveAll(store: ArticleStore, ids: readonly string[], suffix: string) {
  const stories = await Promise.all(ids.map((id) => store.get(id)));
  const outcomes = await store.saveMany(stories.map((a) => ({ next: { ...a, headline: `${a.headline} ${suffix}` }, expectedRevision: a.revision, note: { author: 'desk', summary: suffix } })));
  expect(outcomes.every((o) => o.ok)).toBe(true);
  return stories;
}

async function historyOf(store: ArticleStore, id: string) {
  return (await store.history.read(id)).map((r) => ({ number: r.number, summary: r.summary, headline: r.article.headline, revision: r.article.revision }));
}

describe('a batch of saves as one pack', () => {
  it('keeps every revision readable in history across batches, a single save and a compaction, and reads the latest', async () => {
    const { dir, store, ids } = await library(3);
    const [id] = ids as [string];
    await saveAll(store, ids, '(batch 1)');
    const second = await store.get(id);
    await store.save({ ...second, headline: 'Edited alone' }, second.revision, { author: 'ed', summary: 'Edited' });
    // A single save after a batch: its own file, read from then on.
    expect((await store.get(id)).headline).toBe('Edited alone');
    expect(existsSync(ownFile(dir, id))).toBe(true);
    await saveAll(store, ids, '(batch 2)');
    expect(existsSync(ownFile(dir, id))).toBe(false);
    const expected = [
      { number: 1, summary: 'Imported', headline: 'Headline number 1', revision: 1 },
      { number: 2, summary: '(batch 1)', headline: 'Headline number 1 (batch 1)', revision: 2 },
      { number: 3, summary: 'Edited', headline: 'Edited alone', revision: 3 },
      { number: 4, summary: '(batch 2)', headline: 'Edited alone (batch 2)', revision: 4 },
    ];
    expect(await historyOf(store, id)).toEqual(expected);
    await (store as unknown as { index: { compact(): Promise<void> } }).index.compact();
    // One line a story, whatever the number of pack lines naming it.
    expect((await readFile(join(dir, 'index.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(3);
    await store.close();
    const reopened = await ArticleStore.open(dir);
    expect(reopened.damage).toEqual([]);
    expect(await reopened.get(id)).toMatchObject({ headline: 'Edited alone (batch 2)', revision: 4 });
    expect((await reopened.get(ids[2] ?? '')).headline).toBe('Headline number 3 (batch 1) (batch 2)');
    expect(await historyOf(reopened, id)).toEqual(expected);
    expect(await reopened.readOriginal((await reopened.get(id)).original.sha256)).toEqual(Buffer.from(numberedStory(1).bytes));
    // The compacted index names every pack line: opening again reads no pack again and appends nothing.
    const size = (await stat(join(dir, 'index.jsonl'))).size;
    await reopened.close();
    await (await ArticleStore.open(dir)).close();
    expect((await stat(join(dir, 'index.jsonl'))).size).toBe(size);
  });

  it('a story in its own file with no history yet (a single import) keeps that revision in history, flushed with the pack', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const single = numberedStory(7);
    await store.insert([single]);
    const id = single.article.id;
    const flushed: string[][] = [];
    flushHook.run = async (files) => void flushed.push([...files]);
    await saveAll(store, [id], '(exported)');
    expect(flushed).toHaveLength(1);
    expect(flushed[0]).toEqual([expect.stringMatching(/\.jsonl$/), expect.stringContaining(join('history', id.slice(0, 2).toLowerCase(), `${id}.jsonl`))]);
    expect(existsSync(ownFile(dir, id))).toBe(false);
    await store.close();
    const reopened = await ArticleStore.open(dir);
    expect(await reopened.get(id)).toMatchObject({ headline: 'Headline number 7 (exported)', revision: 2 });
    expect(await historyOf(reopened, id)).toEqual([
      { number: 1, summary: 'Imported', headline: 'Headline number 7', revision: 1 },
      { number: 2, summary: '(exported)', headline: 'Headline number 7 (exported)', revision: 2 },
    ]);
  });

  it('reads a library from before: a story in its own file with a per-story history, then saved in a batch', async () => {
    const { dir, store, ids } = await library(2);
    const [id] = ids as [string];
    const first = await store.get(id);
    await store.save({ ...first, headline: 'Saved the old way' }, 1, { author: 'ed', summary: 'Edited' });
    // As a library written before batches of saves: history/<2 hex>/<id>.jsonl holds the import and the save.
    const historyFile = join(dir, 'history', id.slice(0, 2).toLowerCase(), `${id}.jsonl`);
    await writeFile(historyFile, (await readFile(historyFile, 'utf8')).replace('"summary":"Edited"', '"summary":"Edited before"'));
    await saveAll(store, ids, '(batch)');
    await store.close();
    const reopened = await ArticleStore.open(dir);
    expect((await historyOf(reopened, id)).map((h) => `${h.number} ${h.summary} ${h.headline}`)).toEqual([
      '1 Imported Headline number 1',
      '2 Edited before Saved the old way',
      '3 (batch) Saved the old way (batch)',
    ]);
  });

  it('an index lost entirely is rebuilt from the packs: the latest revision read, every earlier one in history', async () => {
    const { dir, store, ids } = await library(3);
    await saveAll(store, ids, 'one');
    await saveAll(store, ids, 'two');
    await store.close();
    await writeFile(join(dir, 'index.jsonl'), '');
    const reopened = await ArticleStore.open(dir);
    expect(reopened.size).toBe(3);
    for (const [n, id] of ids.entries()) {
      expect(await reopened.get(id)).toMatchObject({ headline: `Headline number ${n + 1} one two`, revision: 3 });
      expect((await historyOf(reopened, id)).map((h) => h.headline)).toEqual([`Headline number ${n + 1}`, `Headline number ${n + 1} one`, `Headline number ${n + 1} one two`]);
    }
    // A later save goes on from the latest revision.
    const latest = await reopened.get(ids[0] ?? '');
    expect((await reopened.save({ ...latest, headline: 'After the rebuild' }, 3)).revision).toBe(4);
  });

  it('a store reading beside the writer: a story saved alone is read from its file; once a batch moves it into a pack, the reader is told to open again', async () => {
    const { dir, store, ids } = await library(2);
    const [id] = ids as [string];
    const first = await store.get(id);
    await store.save({ ...first, headline: 'Saved alone' }, 1);
    // As when another live process (here, this one's parent) holds the library: the lock names it. (This store
    // lets its own lock go first, or the second opening in this process would share it; it writes on regardless.)
    await store.close();
    const stat = readFileSync(`/proc/${process.ppid}/stat`, 'utf8');
    const processStart = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
    await writeFile(join(dir, 'library.lock'), JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: new Date().toISOString(), processStart, command: 'copydesk serve' }));
    const reader = await ArticleStore.open(dir, { readOnlyIfLocked: true });
    expect(reader.readOnly).toContain(`pid ${process.ppid}`);
    expect((await reader.get(id)).headline).toBe('Saved alone');
    await saveAll(store, [id], '(batch)');
    await expect(reader.get(id)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/open it again/) });
    const again = await ArticleStore.open(dir, { readOnlyIfLocked: true });
    expect((await again.get(id)).headline).toBe('Saved alone (batch)');
  });

  describe('a crash during the batch (the disk as the flush found it, opened as the next start would)', () => {
    /** Runs a second batch over a library saved once, copying the disk at its flush; returns the copy. */
    async function crashAtFlush(shape: (pack: string) => Promise<void>): Promise<{ copy: string; ids: string[]; before: Article[] }> {
      const { dir, store, ids } = await library(4);
      await saveAll(store, ids, 'kept');
      const before = await Promise.all(ids.map((id) => store.get(id)));
      const copy = await tempDir();
      flushHook.run = async (files) => {
        await cp(dir, copy, { recursive: true });
        const pack = files.find((f) => f.endsWith('.jsonl') && f.includes('packs')) ?? '';
        await shape(join(copy, 'packs', pack.split(/[\\/]/).pop() ?? ''));
      };
      await saveAll(store, ids, 'lost?');
      // The copy is a new start's: the lock the running process holds is not part of it.
      await rm(join(copy, 'library.lock'), { force: true });
      return { copy, ids, before };
    }

    it('the new pack never reached the disk: every story as it was, history as it was', async () => {
      const { copy, ids, before } = await crashAtFlush((pack) => rm(pack));
      const reopened = await ArticleStore.open(copy);
      expect(reopened.damage).toEqual([]);
      for (const [n, id] of ids.entries()) {
        expect(await reopened.get(id)).toMatchObject({ headline: before[n]?.headline, revision: 2 });
        expect((await historyOf(reopened, id)).map((h) => h.number)).toEqual([1, 2]);
      }
    });

    it('the pack on disk, its index lines not: the batch is read back whole, each story at its new revision', async () => {
      const { copy, ids } = await crashAtFlush(() => Promise.resolve());
      const reopened = await ArticleStore.open(copy);
      for (const id of ids) {
        expect((await reopened.get(id)).headline).toMatch(/kept lost\?$/);
        expect((await historyOf(reopened, id)).map((h) => h.number)).toEqual([1, 2, 3]);
      }
    });

    it('the pack torn mid-line: the whole lines come back, the torn one is reported by file and story, the rest stay as they were', async () => {
      const { copy, ids, before } = await crashAtFlush(async (pack) => {
        const bytes = await readFile(pack);
        const second = bytes.indexOf(10) + 1;
        await writeFile(pack, bytes.subarray(0, second + 100));
      });
      const reopened = await ArticleStore.open(copy);
      expect(reopened.damage).toEqual([expect.objectContaining({ file: expect.stringContaining(join(copy, 'packs')), story: ids[1], reason: expect.stringMatching(/^line at byte \d+: /) })]);
      expect((await reopened.get(ids[0] ?? '')).revision).toBe(3);
      for (const [n, id] of ids.entries()) {
        if (n === 0) continue;
        expect(await reopened.get(id)).toMatchObject({ headline: before[n]?.headline, revision: 2 });
      }
    });
  });
});
