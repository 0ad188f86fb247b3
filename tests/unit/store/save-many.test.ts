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
  it('saves every story of the batch into one new pack: new revisions in the index and in history, after reopening too', async () => {
    const { dir, store, ids } = await library(5);
    const stories = await Promise.all(ids.map((id) => store.get(id)));
    const packsBefore = await readdir(join(dir, 'packs'));
    const outcomes = await store.saveMany(stories.map((a) => ({ next: { ...a, status: 'exported' }, expectedRevision: a.revision, note: { author: 'desk', summary: 'Exported' } })));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true]);
    expect(flushHook.calls).toBe(1);
    // One new file for the whole batch: the pack, a line a story, each the story as saved.
    const added = (await readdir(join(dir, 'packs'))).filter((n) => !packsBefore.includes(n));
    expect(added).toHaveLength(1);
    const lines = (await readFile(join(dir, 'packs', added[0] ?? ''), 'utf8')).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l.slice(0, l.lastIndexOf('\t'))) as { article: Article }).article.id)).toEqual(ids);
    // The story saved alone before the batch lives in the pack now: its own file is gone.
    expect(existsSync(join(dir, 'articles', ids[0]?.slice(0, 2).toLowerCase() ?? '', `${ids[0] ?? ''}.json`))).toBe(false);
    const reopened = await ArticleStore.open(dir);
    for (const a of stories) {
      const saved = await reopened.get(a.id);
      expect(saved.revision).toBe(a.revision + 1);
      expect(saved.status).toBe('exported');
      // Every revision is in history: the import, the single save before, the batch's.
      const history = await reopened.history.read(a.id);
      expect(history.at(-1)).toMatchObject({ number: a.revision + 1, author: 'desk', summary: 'Exported' });
      expect(history.at(-1)?.article.status).toBe('exported');
      expect(history.map((h) => h.number)).toEqual(Array.from({ length: a.revision + 1 }, (_, i) => i + 1));
      expect(history[0]).toMatchObject({ number: 1, summary: 'Imported' });
    }
    expect(reopened.damage).toEqual([]);
  });

  it('does not resolve, nor show a story saved, before the batch is flushed', async () => {
    const { dir, store, ids } = await library(4);
    const stories = await Promise.all(ids.map((id) => store.get(id)));
    const linesBefore = await indexLines(dir);
    let release: () => void = () => undefined;
    const seenAtFlush: { lines: number; revisions: number[]; files: string[]; read: string[] } = { lines: 0, revisions: [], files: [], read: [] };
    flushHook.run = async (files) => {
      seenAtFlush.lines = await indexLines(dir);
      seenAtFlush.revisions = stories.map((a) => store.summary(a.id)?.revision ?? 0);
      seenAtFlush.files = [...files];
      // What a reader gets meanwhile: the stories as they were.
      seenAtFlush.read = await Promise.all(stories.map(async (a) => (await store.get(a.id)).headline));
      await new Promise<void>((resolve) => (release = resolve));
    };
    let settled = false;
    const saving = store.saveMany(stories.map((a) => ({ next: { ...a, headline: `${a.headline} (edited)` }, expectedRevision: a.revision }))).then((o) => {
      settled = true;
      return o;
    });
    await vi.waitFor(() => expect(seenAtFlush.files.length).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 50));
    expect(settled).toBe(false);
    // At the flush: the new pack is in it (the only file: every story's current revision is in a pack line or in
    // history already); no index line, no revision changed yet, the old stories read.
    expect(seenAtFlush.files).toEqual([expect.stringMatching(/[\\/]packs[\\/][a-z0-9]+-[0-9a-f]{12}\.jsonl$/)]);
    expect(seenAtFlush.lines).toBe(linesBefore);
    expect(seenAtFlush.revisions).toEqual(stories.map((a) => a.revision));
    expect(seenAtFlush.read).toEqual(stories.map((a) => a.headline));
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
    // The pack of the failed batch is gone: the next opening cannot bring back saves reported failed.
    expect((await readdir(join(dir, 'packs'))).filter((n) => n.endsWith('.jsonl'))).toHaveLength(1);
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
