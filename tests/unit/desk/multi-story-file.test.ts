import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { SEED_PATH, useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

/** A ninjs 2 array of `n` short items (about 330 bytes each), as an agency's export would hold them. */
function ninjsArray(n: number): Buffer {
  const items = Array.from({ length: n }, (_, i) => ({
    uri: `urn:copydesk.test:item:${i}`,
    type: 'text',
    version: '1',
    language: 'en',
    headlines: [{ role: 'main', value: `Harbour crane ${i} back in service` }],
    bodies: [{ role: 'main', contenttype: 'text/plain', value: `The port said crane number ${i} was repaired overnight and moved its first boxes at dawn.` }],
  }));
  return Buffer.from(JSON.stringify(items));
}

/** Bytes under `dir`, leaving out the folders named in `skip` (top-level names). */
async function folderSize(dir: string, skip: readonly string[] = []): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const top = relative(dir, join(entry.parentPath, entry.name)).split(sep)[0] ?? '';
    if (entry.isFile() && !skip.includes(top)) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

describe('a file that carries many stories', () => {
  it('stores its bytes once: the library grows with the file, not with its square; the good files beside it import', async () => {
    const dir = await tempDir();
    const api = new CopydeskService(await ArticleStore.open(dir));
    const array = ninjsArray(600);
    const report = await api.importBytes([
      { name: 'wire-export.json', bytes: array },
      { name: 'broken.json', bytes: Buffer.from('[{"uri": "x", "headlines": [') },
      { name: 'seed.txt', bytes: await readFile(SEED_PATH) },
    ]);
    expect(report.articles).toHaveLength(601);
    expect(report.errors.map((e) => e.fileName)).toEqual(['broken.json']);
    // Before: every story kept the file's whole text (600 × 200 KB = 120 MB). Now: the bytes once, and each story.
    // The search index (search/) is derived from the stories, a record a story, and measured apart: its journal
    // is written in the background, so the library is measured without it, and the index once it has been closed.
    expect(await folderSize(dir, ['search'])).toBeLessThan(array.length * 10);

    const [one] = (await api.listArticles({})).filter((s) => s.headline === 'Harbour crane 417 back in service');
    if (!one) throw new Error('item 417 was not imported');
    const opened = await api.getArticle({ id: one.id });
    expect(opened.original).toMatchObject({ fileName: 'wire-export.json', item: 417, format: 'ninjs' });
    // Cleaning re-run from the kept bytes still finds this story of the file, not another.
    const recleaned = await api.recleanStory({ id: one.id, revision: opened.revision });
    expect(recleaned.headline).toBe('Harbour crane 417 back in service');
    expect(recleaned.paragraphs.map((p) => p.text)).toEqual(['The port said crane number 417 was repaired overnight and moved its first boxes at dawn.']);
    expect((await api.getArticle({ id: one.id })).revision).toBe(recleaned.revision);
    await api.close();
    expect(await folderSize(join(dir, 'search'))).toBeLessThan(601 * 1024);
  });
});

