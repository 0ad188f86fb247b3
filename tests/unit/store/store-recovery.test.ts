import { readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { numberedStory, useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

const story = numberedStory;

const batch = (...ns: number[]) => ns.map(story);
const indexPath = (dir: string) => join(dir, 'index.jsonl');
const headlines = (store: ArticleStore) => store.list().map((s) => s.headline).sort();

/** Puts the index back as it was before the last save, older than the story files (as a kill -9 leaves it). */
async function rollBackIndex(dir: string, journal: string): Promise<void> {
  await writeFile(indexPath(dir), journal);
  const past = new Date(Date.now() - 60_000);
  await utimes(indexPath(dir), past, past);
}

describe('ArticleStore recovery', () => {
  it('a story whose file holds revision N+1 while the index says N is saveable again after reopening', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const stories = batch(1, 2);
    const [a] = stories;
    if (!a) throw new Error('no story');
    await store.insert(stories);
    await store.save({ ...a.article, headline: 'First save' }, 1);
    const journal = await readFile(indexPath(dir), 'utf8');
    await store.save({ ...a.article, headline: 'Second save, index line lost' }, 2);
    await rollBackIndex(dir, journal);

    const reopened = await ArticleStore.open(dir);
    expect(reopened.summary(a.article.id)?.revision).toBe(3);
    expect(reopened.summary(a.article.id)?.headline).toBe('Second save, index line lost');
    const seen = await reopened.get(a.article.id);
    const saved = await reopened.save({ ...seen, headline: 'Third save' }, seen.revision);
    expect(saved.revision).toBe(4);
    expect((await (await ArticleStore.open(dir)).get(a.article.id)).headline).toBe('Third save');
  });

  it('repairs the index on a save when the file is ahead of it, even when open did not notice', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const a = story(1);
    await store.insert([a]);
    const journal = await readFile(indexPath(dir), 'utf8');
    await store.save({ ...a.article, headline: 'Saved' }, 1);
    // The index rewritten after the save (newer than the file): only the save itself can tell.
    await writeFile(indexPath(dir), journal);
    const reopened = await ArticleStore.open(dir);
    const seen = await reopened.get(a.article.id);
    expect(seen.revision).toBe(2);
    expect((await reopened.save({ ...seen, headline: 'Again' }, 2)).revision).toBe(3);
  });

  it('re-indexing from both a saved file and its pack keeps the newer revision, whichever is read first', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const stories = batch(1, 2, 3);
    await store.insert(stories);
    for (const s of stories) await store.save({ ...s.article, headline: `Saved ${s.article.headline}` }, 1);
    await writeFile(indexPath(dir), '');

    const reopened = await ArticleStore.open(dir);
    expect(headlines(reopened)).toEqual(['Saved Headline number 1', 'Saved Headline number 2', 'Saved Headline number 3']);
    for (const s of stories) {
      expect(reopened.summary(s.article.id)?.revision).toBe(2);
      expect(await reopened.readOriginal(s.article.original.sha256)).toEqual(Buffer.from(s.bytes));
    }
    const first = stories[0]?.article.id ?? '';
    expect((await reopened.save({ ...(await reopened.get(first)), headline: 'Later' }, 2)).revision).toBe(3);
  });

  it('a torn last index line never glues the next append onto it', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    await store.insert(batch(1, 2));
    await writeFile(indexPath(dir), `${await readFile(indexPath(dir), 'utf8')}{"id":"half`);
    const reopened = await ArticleStore.open(dir);
    expect(reopened.damage.map((d) => d.reason).join(' ')).toMatch(/torn last line/);
    await reopened.insert(batch(3, 4));
    const again = await ArticleStore.open(dir);
    expect(headlines(again)).toEqual(['Headline number 1', 'Headline number 2', 'Headline number 3', 'Headline number 4']);
  });

  it('an index cut at a line boundary gives back the stories it no longer names, from their pack', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    await store.insert(batch(1, 2, 3, 4));
    const lines = (await readFile(indexPath(dir), 'utf8')).split('\n');
    await writeFile(indexPath(dir), `${lines.slice(0, 2).join('\n')}\n`);
    const reopened = await ArticleStore.open(dir);
    expect(reopened.size).toBe(4);
    expect(headlines(reopened)).toEqual(['Headline number 1', 'Headline number 2', 'Headline number 3', 'Headline number 4']);
  });

  it('an index truncated mid-line or overwritten in the middle is reported by file and story, kept aside, and recovered', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const stories = batch(1, 2, 3, 4, 5);
    await store.insert(stories);
    const journal = Buffer.from(await readFile(indexPath(dir)));
    const damaged = Buffer.from(journal);
    const middle = Math.floor(journal.length / 2);
    damaged.fill('x'.charCodeAt(0), middle, middle + 200);
    await writeFile(indexPath(dir), damaged);

    const reopened = await ArticleStore.open(dir);
    expect(reopened.size).toBe(5);
    expect(reopened.damage.length).toBeGreaterThan(0);
    expect(reopened.damage.every((d) => d.file === indexPath(dir))).toBe(true);
    expect(reopened.damage.map((d) => d.reason).join(' ')).toMatch(/checksum/);
    expect(reopened.damage.some((d) => stories.some((s) => s.article.id === d.story))).toBe(true);
    expect((await readdir(dir)).some((n) => n.startsWith('index.jsonl.damaged-'))).toBe(true);
    // Rewritten clean: the next open finds nothing wrong.
    expect((await ArticleStore.open(dir)).damage).toEqual([]);

    await writeFile(indexPath(dir), journal.subarray(0, Math.floor(journal.length / 2)));
    const cut = await ArticleStore.open(dir);
    expect(cut.size).toBe(5);
    for (const s of stories) expect((await cut.get(s.article.id)).headline).toBe(s.article.headline);
  });

  it('a damaged story file or pack line is an error naming the file and the story', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    const [a, b] = batch(1, 2);
    if (!a || !b) throw new Error('no story');
    await store.insert([a, b]);
    await store.save({ ...a.article, headline: 'Saved' }, 1);
    const file = join(dir, 'articles', a.article.id.slice(0, 2), `${a.article.id}.json`);
    await writeFile(file, '{"id": "trunc');
    await expect(store.get(a.article.id)).rejects.toThrow(file);
    await expect(store.get(a.article.id)).rejects.toMatchObject({ code: 'io' });

    const [packLines] = (await readdir(join(dir, 'packs'))).filter((n) => n.endsWith('.jsonl'));
    const packPath = join(dir, 'packs', packLines ?? '');
    const bytes = Buffer.from(await readFile(packPath));
    const at = bytes.indexOf('Headline number 2');
    bytes.write('Headline NUMBER 2', at);
    await writeFile(packPath, bytes);
    const failure = store.get(b.article.id);
    await expect(failure).rejects.toThrow(packPath);
    await expect(store.get(b.article.id)).rejects.toThrow(/checksum/);
    await expect(store.get(b.article.id)).rejects.toThrow(b.article.id);
    // The library still opens, and says what it found.
    const reopened = await ArticleStore.open(dir);
    expect(reopened.size).toBe(2);
  });

  it('removes the temporary file a compaction killed mid-way left behind, on the next opening, and nothing else', async () => {
    const dir = await tempDir();
    const store = await ArticleStore.open(dir);
    await store.insert(batch(1, 2));
    await store.close();
    // As a kill -9 during a compaction leaves it: the whole new index under a temporary name, never renamed.
    await writeFile(join(dir, 'index.jsonl.0a1b2c3d4e5f.tmp'), await readFile(indexPath(dir), 'utf8'));
    await writeFile(join(dir, 'notes.tmp'), 'not ours');
    const reopened = await ArticleStore.open(dir);
    expect(headlines(reopened)).toHaveLength(2);
    const left = await readdir(dir);
    expect(left).not.toContain('index.jsonl.0a1b2c3d4e5f.tmp');
    expect(left).toContain('notes.tmp');
  });
});
