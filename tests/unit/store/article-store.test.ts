import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../electron/api/story-pipeline.js';
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
  it('writes one file per article, keeps the original bytes, and reloads from disk', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const a = sample(1);
    const b = sample(2);
    await store.insert([a, b]);

    const file = join(dir, 'articles', a.article.id.slice(0, 2), `${a.article.id}.json`);
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as Article;
    expect(onDisk.headline).toBe('Headline number 1');
    expect(await readFile(store.originalPath(a.article.original.sha256))).toEqual(Buffer.from(a.bytes));

    const reopened = await ArticleStore.open(dir);
    expect(reopened.size).toBe(2);
    expect((await reopened.get(b.article.id)).paragraphs[0]?.text).toBe('Body of story 2 says something.');
    expect(reopened.idForOriginal(a.article.original.sha256)).toBe(a.article.id);
  });

  it('saving one story rewrites only that story and bumps its revision', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const a = sample(1);
    const b = sample(2);
    await store.insert([a, b]);
    const fileB = join(dir, 'articles', b.article.id.slice(0, 2), `${b.article.id}.json`);
    const beforeB = await readFile(fileB, 'utf8');

    const saved = await store.save({ ...a.article, headline: 'Corrected' }, 1);
    expect(saved.revision).toBe(2);
    expect(await readFile(fileB, 'utf8')).toBe(beforeB);
    const reopened = await ArticleStore.open(dir);
    expect((await reopened.get(a.article.id)).headline).toBe('Corrected');
    expect(reopened.list().find((s) => s.id === a.article.id)?.revision).toBe(2);
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
