import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../electron/desk/story-pipeline.js';
import type { Article } from '../../../electron/domain/article.js';
import { CopydeskError } from '../../../electron/domain/errors.js';
import { ingestFile } from '../../../electron/ingest/ingest.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

function story(text: string, name = 'story.txt'): { article: Article; bytes: Uint8Array } {
  const bytes = Buffer.from(text, 'utf8');
  const outcome = ingestFile({ name, bytes });
  if (!outcome.ok) throw new Error(outcome.reason);
  const [first] = outcome.items;
  if (!first) throw new Error('no story in the file');
  return { article: buildArticle(first.original, first.draft, new Date('2026-11-28T10:00:00Z')), bytes };
}

const sample = (n: number) => story(`Headline number ${n}\n\nPARIS, July 23 (AFP) - Body of story ${n} says something.\n`, `s${n}.txt`);

describe('ArticleStore', () => {
  it('writes a single import as its own file with its original, and reloads it from disk', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const a = sample(1);
    await store.insert([a]);

    const file = join(dir, 'articles', a.article.id.slice(0, 2), `${a.article.id}.json`);
    expect((JSON.parse(await readFile(file, 'utf8')) as Article).headline).toBe('Headline number 1');
    expect(await readFile(store.originalPath(a.article.original.sha256))).toEqual(Buffer.from(a.bytes));
    expect(await store.readOriginal(a.article.original.sha256)).toEqual(Buffer.from(a.bytes));

    const reopened = await ArticleStore.open(dir);
    expect((await reopened.get(a.article.id)).headline).toBe('Headline number 1');
  });

  it('writes a batch as one pack of stories and originals, and reads every story and original back after reopening', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const batch = [sample(1), sample(2), sample(3)];
    await store.insert(batch);

    const packs = (await readdir(join(dir, 'packs'))).sort();
    expect(packs).toHaveLength(2);
    expect(packs[0]).toMatch(/\.jsonl$/);
    expect(packs[1]).toMatch(/\.originals$/);
    const lines = (await readFile(join(dir, 'packs', packs[0] ?? ''), 'utf8')).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l.slice(0, l.lastIndexOf('\t'))) as { article: Article }).article.headline)).toEqual(['Headline number 1', 'Headline number 2', 'Headline number 3']);
    expect(await readFile(join(dir, 'packs', packs[1] ?? ''))).toEqual(Buffer.concat(batch.map((b) => Buffer.from(b.bytes))));
    expect(await readdir(join(dir, 'articles'))).toEqual([]);

    const reopened = await ArticleStore.open(dir);
    expect(reopened.size).toBe(3);
    expect((await reopened.get(batch[1]?.article.id ?? '')).paragraphs[0]?.text).toBe('Body of story 2 says something.');
    for (const b of batch) expect(await reopened.readOriginal(b.article.original.sha256)).toEqual(Buffer.from(b.bytes));
    expect(reopened.idForOriginal(batch[0]?.article.original.sha256 ?? '')).toBe(batch[0]?.article.id);
  });

  it('stores bytes already in the library once: a second batch with the same file points to the first copy', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const a = sample(1);
    await store.insert([a, sample(2)]);
    const again = { ...a, article: { ...a.article, id: 'second-copy' } };
    await store.insert([again, sample(3)]);
    const originals = (await readdir(join(dir, 'packs'))).filter((n) => n.endsWith('.originals'));
    const sizes = await Promise.all(originals.map(async (n) => (await readFile(join(dir, 'packs', n))).length));
    expect(sizes.reduce((x, y) => x + y, 0)).toBe([a, sample(2), sample(3)].reduce((n, b) => n + b.bytes.length, 0));
    const reopened = await ArticleStore.open(dir);
    expect(await reopened.readOriginal(a.article.original.sha256)).toEqual(Buffer.from(a.bytes));
  });

  it('saving one story rewrites only that story and bumps its revision; a story from a pack gets its own file', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const a = sample(1);
    const b = sample(2);
    await store.insert([a, b]);
    const packFiles = async () => Promise.all((await readdir(join(dir, 'packs'))).sort().map((n) => readFile(join(dir, 'packs', n))));
    const before = await packFiles();

    const saved = await store.save({ ...a.article, headline: 'Corrected' }, 1);
    expect(saved.revision).toBe(2);
    expect(await packFiles()).toEqual(before);
    const fileA = join(dir, 'articles', a.article.id.slice(0, 2), `${a.article.id}.json`);
    expect((JSON.parse(await readFile(fileA, 'utf8')) as Article).headline).toBe('Corrected');
    const reopened = await ArticleStore.open(dir);
    expect((await reopened.get(a.article.id)).headline).toBe('Corrected');
    expect((await reopened.get(b.article.id)).headline).toBe('Headline number 2');
    expect(reopened.list().find((s) => s.id === a.article.id)?.revision).toBe(2);
    expect(await reopened.readOriginal(a.article.original.sha256)).toEqual(Buffer.from(a.bytes));
  });

  it('gives back the stories of a pack whose index lines never landed (crash after the pack was written)', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const batch = [sample(1), sample(2)];
    await store.insert(batch);
    await writeFile(join(dir, 'index.jsonl'), '');
    const reopened = await ArticleStore.open(dir);
    expect(reopened.list().map((s) => s.headline).sort()).toEqual(['Headline number 1', 'Headline number 2']);
    expect((await reopened.get(batch[0]?.article.id ?? '')).headline).toBe('Headline number 1');
    expect(await reopened.readOriginal(batch[1]?.article.original.sha256 ?? '')).toEqual(Buffer.from(batch[1]?.bytes ?? []));
  });

  it('reads a saved file that is newer than the pack line the index points to (crash before the save\'s index line)', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const a = sample(1);
    await store.insert([a, sample(2)]);
    const journal = await readFile(join(dir, 'index.jsonl'), 'utf8');
    await store.save({ ...a.article, headline: 'Saved before the crash' }, 1);
    await writeFile(join(dir, 'index.jsonl'), journal);
    const reopened = await ArticleStore.open(dir);
    expect((await reopened.get(a.article.id)).headline).toBe('Saved before the crash');
    expect(reopened.summary(a.article.id)?.revision).toBe(2);
  });

  it('keeps where packed stories and originals are when the index journal is compacted', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const a = sample(1);
    const b = sample(2);
    await store.insert([a, b]);
    await store.save({ ...a.article, headline: 'Edited' }, 1);
    const index = (store as unknown as { index: { compact(): Promise<void> } }).index;
    await index.compact();
    expect((await readFile(join(dir, 'index.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(2);
    const reopened = await ArticleStore.open(dir);
    expect((await reopened.get(a.article.id)).headline).toBe('Edited');
    expect((await reopened.get(b.article.id)).headline).toBe('Headline number 2');
    expect(await reopened.readOriginal(a.article.original.sha256)).toEqual(Buffer.from(a.bytes));
    expect(await reopened.readOriginal(b.article.original.sha256)).toEqual(Buffer.from(b.bytes));
  });

  it('refuses a save made on a stale revision, leaving the stored story as it was', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const a = sample(1);
    await store.insert([a]);
    await store.save({ ...a.article, headline: 'First edit' }, 1);
    const attempt = store.save({ ...a.article, headline: 'Stale edit' }, 1);
    await expect(attempt).rejects.toBeInstanceOf(CopydeskError);
    await expect(attempt).rejects.toMatchObject({ code: 'conflict' });
    expect((await store.get(a.article.id)).headline).toBe('First edit');
  });

  it('leaves no temp files behind and survives a torn index line', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const a = sample(1);
    await store.insert([a]);
    await store.save({ ...a.article, headline: 'Edited' }, 1);
    const shard = join(dir, 'articles', a.article.id.slice(0, 2));
    expect((await readdir(shard)).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    await writeFile(join(dir, 'index.jsonl'), `${await readFile(join(dir, 'index.jsonl'), 'utf8')}{"id":"half`);
    const reopened = await ArticleStore.open(dir);
    expect((await reopened.get(a.article.id)).headline).toBe('Edited');
  });

  it('re-indexes an article whose index line never landed (crash between the two writes)', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const a = sample(1);
    await store.insert([a]);
    await writeFile(join(dir, 'index.jsonl'), '');
    const reopened = await ArticleStore.open(dir);
    expect(reopened.list().map((s) => s.id)).toEqual([a.article.id]);
  });

  it('reports a missing story as not-found and refuses ids that could escape the folder', async () => {
    const store = await ArticleStore.open(await tempDir());
    await expect(store.get('no-such-id')).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.get('../../etc/passwd')).rejects.toMatchObject({ code: 'not-found' });
    const a = sample(1);
    await expect(store.insert([{ ...a, article: { ...a.article, id: '../x' } }])).rejects.toMatchObject({ code: 'validation' });
  });

  it('serialises concurrent saves of one story: exactly one wins, the other gets a conflict', async () => {
    const store = await ArticleStore.open(await tempDir());
    const a = sample(1);
    await store.insert([a]);
    const results = await Promise.allSettled([
      store.save({ ...a.article, headline: 'One' }, 1),
      store.save({ ...a.article, headline: 'Two' }, 1),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect((await store.get(a.article.id)).revision).toBe(2);
  });
});
