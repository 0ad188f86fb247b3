/**
 * ArticleStore.saveMany: a batch of saves with one flush. Nothing is reported saved (nor visible) before the batch
 * is flushed; a flush that fails loses nothing, touches no story from before the batch, and leaves no revision in
 * history that the store does not hold; each story of the batch succeeds or fails on its own.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../electron/domain/article.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { numberedStory, useTempDirs } from '../helpers.js';

/** What the next flush does instead of flushing: set by a test, cleared after each. */
const flushHook: { run: ((files: readonly string[]) => Promise<void>) | null; calls: number } = { run: null, calls: 0 };

vi.mock('../../../electron/store/batch-flush.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/store/batch-flush.js')>();
  return {
    ...real,
    flushFiles: async (dir: string, files: readonly string[]) => {
      flushHook.calls++;
      if (flushHook.run) await flushHook.run(files);
      return real.flushFiles(dir, files);
    },
  };
});

afterEach(() => {
  flushHook.run = null;
  flushHook.calls = 0;
});

const tempDir = useTempDirs();

const sample = numberedStory;

/** A library of `count` stories imported as one pack, and one story saved on its own before any batch. */
async function library(count: number): Promise<{ dir: string; store: ArticleStore; ids: string[]; before: Article }> {
  const dir = await tempDir();
  const store = await ArticleStore.open(dir);
  const batch = Array.from({ length: count }, (_, i) => sample(i + 1));
  await store.insert(batch);
  const ids = batch.map((b) => b.article.id);
  const first = await store.get(ids[0] ?? '');
  const before = await store.save({ ...first, headline: 'Saved before the batch' }, first.revision);
  return { dir, store, ids, before };
}

const indexLines = async (dir: string): Promise<number> => (await readFile(join(dir, 'index.jsonl'), 'utf8')).split('\n').filter(Boolean).length;

describe('ArticleStore.saveMany', () => {
  it('saves every story of the batch: new revisions on disk, in the index and in history, after reopening too', async () => {
    const { dir, store, ids } = await library(5);
    const stories = await Promise.all(ids.map((id) => store.get(id)));
    const outcomes = await store.saveMany(stories.map((a) => ({ next: { ...a, status: 'exported' }, expectedRevision: a.revision, note: { author: 'desk', summary: 'Exported' } })));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true]);
    expect(flushHook.calls).toBe(1);
    const reopened = await ArticleStore.open(dir);
    for (const a of stories) {
      const saved = await reopened.get(a.id);
      expect(saved.revision).toBe(a.revision + 1);
      expect(saved.status).toBe('exported');
      const file = JSON.parse(await readFile(join(dir, 'articles', a.id.slice(0, 2).toLowerCase(), `${a.id}.json`), 'utf8')) as Article;
      expect(file.revision).toBe(a.revision + 1);
      // A first save keeps the imported revision in history as well; a later one only adds its own.
      const history = await reopened.history.read(a.id);
      expect(history.at(-1)).toMatchObject({ number: a.revision + 1, author: 'desk', summary: 'Exported' });
      expect(history.map((h) => h.number)).toEqual(Array.from({ length: a.revision + 1 }, (_, i) => i + 1));
    }
    expect(reopened.damage).toEqual([]);
  });

  it('does not resolve, nor show a story saved, before the batch is flushed', async () => {
    const { dir, store, ids } = await library(4);
    const stories = await Promise.all(ids.map((id) => store.get(id)));
    const linesBefore = await indexLines(dir);
    let release: () => void = () => undefined;
    const seenAtFlush: { lines: number; revisions: number[]; files: number; placed: string[] } = { lines: 0, revisions: [], files: 0, placed: [] };
    flushHook.run = async (files) => {
      seenAtFlush.lines = await indexLines(dir);
      seenAtFlush.revisions = stories.map((a) => store.summary(a.id)?.revision ?? 0);
      seenAtFlush.files = files.length;
      // Stories from the pack have no file of their own until their save is placed.
      seenAtFlush.placed = stories.slice(1).filter((a) => existsSync(join(dir, 'articles', a.id.slice(0, 2).toLowerCase(), `${a.id}.json`))).map((a) => a.id);
      await new Promise<void>((resolve) => (release = resolve));
    };
    let settled = false;
    const saving = store.saveMany(stories.map((a) => ({ next: { ...a, headline: `${a.headline} (edited)` }, expectedRevision: a.revision }))).then((o) => {
      settled = true;
      return o;
    });
    await vi.waitFor(() => expect(seenAtFlush.files).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 50));
    expect(settled).toBe(false);
    // At the flush: every story's temporary and history file is in it; no index line, no revision changed yet.
    expect(seenAtFlush.files).toBe(2 * stories.length);
    expect(seenAtFlush.lines).toBe(linesBefore);
    expect(seenAtFlush.placed).toEqual([]);
    expect(seenAtFlush.revisions).toEqual(stories.map((a) => a.revision));
    release();
    const outcomes = await saving;
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await indexLines(dir)).toBe(linesBefore + stories.length);
    for (const a of stories) expect((await store.get(a.id)).headline).toBe(`${a.headline} (edited)`);
  });

  it('a flush that fails: every story of the batch fails and stays as it was, the story saved before is intact, history lists nothing new', async () => {
    const { dir, store, ids, before } = await library(4);
    const stories = await Promise.all(ids.map((id) => store.get(id)));
    const historyBefore = await Promise.all(ids.map((id) => store.history.read(id)));
    flushHook.run = () => Promise.reject(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }));
    const outcomes = await store.saveMany(stories.map((a) => ({ next: { ...a, headline: 'Never saved' }, expectedRevision: a.revision })));
    expect(outcomes).toEqual(stories.map(() => ({ ok: false, reason: expect.stringMatching(/the flush to disk failed: EIO/) })));
    flushHook.run = null;
    const reopened = await ArticleStore.open(dir);
    expect(await reopened.get(before.id)).toMatchObject({ headline: 'Saved before the batch', revision: before.revision });
    for (const [i, a] of stories.entries()) {
      expect(await reopened.get(a.id)).toMatchObject({ headline: a.headline, revision: a.revision });
      expect(await reopened.history.read(a.id)).toEqual(historyBefore[i]);
    }
    const shards = await readdir(join(dir, 'articles'), { recursive: true });
    expect(shards.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(reopened.damage).toEqual([]);
    // The same saves go through once the disk is back.
    const again = await reopened.saveMany(stories.map((a) => ({ next: { ...a, headline: 'Saved at last' }, expectedRevision: a.revision })));
    expect(again.every((o) => o.ok)).toBe(true);
  });

  it('settles per story: a stale revision, an unknown story and a story twice fail alone; the others are saved', async () => {
    const { store, ids, before } = await library(3);
    const [b, c] = await Promise.all([store.get(ids[1] ?? ''), store.get(ids[2] ?? '')]);
    if (!b || !c) throw new Error('missing stories');
    const outcomes = await store.saveMany([
      { next: { ...before, headline: 'stale' }, expectedRevision: before.revision - 1 },
      { next: { ...b, headline: 'B saved' }, expectedRevision: b.revision },
      { next: { ...b, headline: 'B again' }, expectedRevision: b.revision },
      { next: { ...c, id: 'no-such-story' }, expectedRevision: 1 },
      { next: { ...c, headline: 'C saved' }, expectedRevision: c.revision },
    ]);
    expect(outcomes.map((o) => (o.ok ? o.article.headline : o.reason))).toEqual([
      expect.stringMatching(/was changed elsewhere/),
      'B saved',
      expect.stringMatching(/twice in one batch/),
      'No story with id no-such-story',
      'C saved',
    ]);
    expect((await store.get(before.id)).headline).toBe('Saved before the batch');
    expect((await store.get(b.id)).headline).toBe('B saved');
  });
});
