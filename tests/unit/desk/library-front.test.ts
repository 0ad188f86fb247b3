import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { LibraryFront } from '../../../electron/desk/library-front.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { SEED_PATH, useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();
const NOW = new Date('2026-11-28T12:00:00Z');

describe('LibraryFront.openAhead', () => {
  it('answers the first page before the store opens, opens the store after the front, and hands the front over', async () => {
    const dir = await tempDir();
    const first = new CopydeskService(await ArticleStore.open(dir), { now: () => NOW });
    const report = await first.importFiles({ files: [{ name: 'seed.txt', base64: (await readFile(SEED_PATH)).toString('base64') }] });
    expect(report.articles).toHaveLength(1);
    await first.close();

    const events: string[] = [];
    let storeMayOpen: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (storeMayOpen = resolve));
    const { front, store } = LibraryFront.openAhead(dir, async () => {
      events.push('store asked');
      await gate;
      return ArticleStore.open(dir);
    });
    const page = await front.searchPage({ query: '', limit: 10 }, NOW);
    events.push('first page');
    expect(page.total).toBe(1);
    expect(page.results.map((r) => r.headline)).toEqual(['Iran cautions Iraq on secessionist approaches']);
    // The store is asked for once the front has read its parts, and the page did not wait for it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toContain('store asked');
    storeMayOpen();
    const service = new CopydeskService(await store, { now: () => NOW, front });
    expect(service.search).toBe(front.search);
    expect((await service.searchArticles({ query: 'tehran' })).matching).toBe(1);
    await service.close();
    expect(() => new CopydeskService(service.store, { front: new LibraryFront(`${dir}-other`, service.store) })).toThrow(/library front is for/);
  });
});
