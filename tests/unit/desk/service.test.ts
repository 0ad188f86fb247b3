import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../electron/api/contract.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { SEED_PATH, useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();
const NOW = new Date('2026-11-28T12:00:00Z');

async function service(opts: { maxFileBytes?: number } = {}) {
  const store = await ArticleStore.open(await tempDir());
  return new CopydeskService(store, { now: () => NOW, ...opts });
}

async function seedFile() {
  return { name: 'seed.txt', base64: (await readFile(SEED_PATH)).toString('base64') };
}

describe('CopydeskService', () => {
  it('imports the seed into a clean article and lists it', async () => {
    const api = await service();
    const report = await api.importFiles({ files: [await seedFile()] });
    expect(report.errors).toEqual([]);
    const [article] = report.articles;
    expect(article?.headline).toBe('Iran cautions Iraq on secessionist approaches');
    expect(article?.dateline).toMatchObject({ place: 'Tehran', date: '2026-07-23', yearInferred: true });
    expect(article?.source).toMatchObject({ name: 'Islamic Republic News Agency', code: 'IRNA' });
    const list = await api.listArticles({});
    expect(list.map((s) => s.headline)).toEqual(['Iran cautions Iraq on secessionist approaches']);
  });

  it('keeps going past bad files, naming each with its reason, and stores the good one', async () => {
    const api = await service({ maxFileBytes: 4096 });
    const report = await api.importFiles({
      files: [
        { name: 'empty.txt', base64: '' },
        { name: 'photo.png', base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]).toString('base64') },
        { name: 'huge.txt', base64: Buffer.alloc(5000, 'a').toString('base64') },
        await seedFile(),
      ],
    });
    // Each failed file is also kept in the quarantine, under the sha256 of its bytes.
    expect(report.errors).toEqual([
      { fileName: 'empty.txt', reason: 'the file is empty', quarantine: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { fileName: 'photo.png', reason: 'the file is binary, not text', quarantine: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { fileName: 'huge.txt', reason: 'the file is 5 KB, over the 4 KB import limit', quarantine: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(report.articles).toHaveLength(1);
    expect(await api.listArticles({})).toHaveLength(1);
  });

  it('reports the same bytes imported twice as a duplicate', async () => {
    const api = await service();
    const first = await api.importFiles({ files: [await seedFile()] });
    const again = await api.importFiles({ files: [await seedFile()] });
    expect(again.articles).toEqual([]);
    expect(again.duplicates).toEqual([{ fileName: 'seed.txt', id: first.articles[0]?.id }]);
  });

  it('undoes and redoes one cleaning change, keeping the editor\'s own edits', async () => {
    const api = await service();
    const [imported] = (await api.importFiles({ files: [await seedFile()] })).articles;
    if (!imported) throw new Error('no article');
    const edited = await api.saveArticle({ id: imported.id, revision: 1, patch: { headline: 'Iran warns Iraq' } });

    const undone = await api.undoChange({ id: imported.id, revision: edited.revision, changeId: 'publisher-footer@14' });
    expect(undone.paragraphs.at(-1)?.text).toMatch(/^The iran News Gazette is mainly concerned with/);
    expect(undone.changes.find((c) => c.id === 'publisher-footer@14')?.applied).toBe(false);
    expect(undone.headline).toBe('Iran warns Iraq');

    const redone = await api.redoChange({ id: imported.id, revision: undone.revision, changeId: 'publisher-footer@14' });
    expect(redone.paragraphs.some((p) => p.text.includes('News Gazette'))).toBe(false);
    expect(redone.original.text).toBe(imported.original.text);
  });

  it('renders the dateline text from its parts on save and confirms the year', async () => {
    const api = await service();
    const [a] = (await api.importFiles({ files: [await seedFile()] })).articles;
    if (!a) throw new Error('no article');
    const saved = await api.saveArticle({
      id: a.id,
      revision: 1,
      patch: { dateline: { ...a.dateline, date: '2025-07-23', yearInferred: false, text: 'ignored' } },
    });
    expect(saved.dateline).toMatchObject({ text: 'TEHRAN, July 23, 2025 (IRNA) —', yearInferred: false });
    expect(saved.edited).toContain('dateline');
  });

  it('accepts a dateline with its region ("AUSTIN, Texas") across the boundary, and refuses one that is not text', () => {
    const dateline = { text: '', place: 'Austin', region: 'Texas', date: '2017-02-01', yearInferred: false, agency: 'PRNewswire', country: 'US' };
    expect(parseArgs('saveArticle', { id: 'x', revision: 1, patch: { dateline } }).patch.dateline).toEqual(dateline);
    expect(() => parseArgs('saveArticle', { id: 'x', revision: 1, patch: { dateline: { ...dateline, region: 7 } } })).toThrow(/region/);
  });

  it('exports ninjs and marks the story exported with a record of it', async () => {
    const api = await service();
    const [a] = (await api.importFiles({ files: [await seedFile()] })).articles;
    if (!a) throw new Error('no article');
    const report = await api.exportArticles({ ids: [a.id, 'missing-id'], format: 'ninjs' });
    expect(report.errors).toEqual([{ articleId: 'missing-id', reason: 'No story with id missing-id' }]);
    const ninjs = JSON.parse(report.files[0]?.content ?? '{}') as { headlines?: { value: string }[] };
    expect(ninjs.headlines?.[0]?.value).toBe('Iran cautions Iraq on secessionist approaches');
    const after = await api.getArticle({ id: a.id });
    expect(after.status).toBe('exported');
    expect(after.exports).toMatchObject([{ format: 'ninjs', revision: 1 }]);
  });
});
