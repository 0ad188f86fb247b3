/**
 * exportTo in batches: a few stories at a time are planned, written with one writeExportBatch and recorded with one
 * saveMany; the report is the one a story-at-a-time export gave, across every batch.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';

/** How many files each writeExportBatch call got, in order. */
const batches: number[] = [];

vi.mock('../../../electron/export/write-files.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/export/write-files.js')>();
  return {
    ...real,
    writeExportBatch: (dir: string, files: readonly { name: string; content: string }[]) => {
      batches.push(files.length);
      return real.writeExportBatch(dir, files);
    },
  };
});

const tempDir = useTempDirs();
const NOW = new Date('2026-11-28T12:00:00Z');

const copy = (n: number) => `Harbour ${n} reopens after storm\n\nSALALAH, March ${n} (CWA) - The port reopened on Tuesday, officials said.\n`;

async function library(count: number, embargoed: number) {
  const api = new CopydeskService(await ArticleStore.open(await tempDir()), { now: () => NOW });
  const files = Array.from({ length: count }, (_, i) => ({ name: `s${i + 1}.txt`, base64: Buffer.from(copy(i + 1)).toString('base64') }));
  const report = await api.importFiles({ files });
  const ids = report.articles.map((a) => a.id);
  // The editor sets an embargo on one story: the export gates hold it back.
  const held = report.articles[embargoed];
  if (held) await api.saveArticle({ id: held.id, revision: held.revision, patch: { embargo: '2099-01-01T00:00:00Z' } });
  return { api, ids };
}

describe('exportTo in batches', () => {
  it('writes and records every story batch by batch; a blocked story is listed, the rest go; the report spans the batches', async () => {
    const { api, ids } = await library(7, 3);
    const embargoed = await api.getArticle({ id: ids[3] ?? '' });
    expect(embargoed.embargo).not.toBeNull();
    const out = await tempDir();
    batches.length = 0;
    const spy = vi.spyOn(api.store, 'saveMany');
    const report = await api.exportTo({ ids, format: 'text' }, out, { batchSize: 3 });
    // Batches of 3, 3 and 1 stories; the second has the embargoed story, which is not written.
    expect(batches).toEqual([3, 2, 1]);
    expect(spy.mock.calls.map(([requests]) => requests.length)).toEqual([3, 2, 1]);
    const exported = ids.filter((_, i) => i !== 3);
    expect(report.files.map((f) => f.articleId)).toEqual(exported);
    expect(report.blocked).toEqual([{ articleId: ids[3], headline: embargoed.headline, reasons: [expect.stringMatching(/^Embargoed until 2099/)] }]);
    expect(report.errors).toEqual([]);
    expect((await readdir(out)).sort()).toEqual(report.files.map((f) => f.name).sort());
    for (const f of report.files) expect(await readFile(join(out, f.name), 'utf8')).toBe(f.content);
    for (const id of exported) {
      const story = await api.getArticle({ id });
      expect(story.status).toBe('exported');
      expect(story.exports).toEqual([expect.objectContaining({ format: 'text', folder: out, fileName: report.files.find((f) => f.articleId === id)?.name })]);
    }
    expect((await api.getArticle({ id: ids[3] ?? '' })).exports).toEqual([]);
  });

  it('with withContent: false the report names the files without holding their content (as copydesk export asks)', async () => {
    const { api, ids } = await library(4, -1);
    const out = await tempDir();
    const report = await api.exportTo({ ids, format: 'ninjs' }, out, { withContent: false, batchSize: 2 });
    expect(report.files).toHaveLength(4);
    expect(report.files.every((f) => f.content === '')).toBe(true);
    for (const f of report.files) expect(JSON.parse(await readFile(join(out, f.name), 'utf8'))).toMatchObject({ headlines: [{ role: 'main', value: expect.stringMatching(/^Harbour \d reopens/) }] });
  });

  it('reads the next batch while the one before goes to disk, but writes and records the batches one after the other, in order', async () => {
    const { api, ids } = await library(6, -1);
    const out = await tempDir();
    const events: string[] = [];
    const plan = vi.spyOn(api.store, 'get');
    const saveMany = api.store.saveMany.bind(api.store);
    let release: () => void = () => undefined;
    let first = true;
    vi.spyOn(api.store, 'saveMany').mockImplementation(async (requests) => {
      events.push(`save ${requests.length} start`);
      // The first batch's records wait until the second batch has been read.
      if (first) {
        first = false;
        await new Promise<void>((resolve) => (release = resolve));
      }
      const outcome = await saveMany(requests);
      events.push(`save ${requests.length} done`);
      return outcome;
    });
    plan.mockClear();
    const exporting = api.exportTo({ ids, format: 'text' }, out, { batchSize: 4 });
    await vi.waitFor(() => expect(events).toEqual(['save 4 start']));
    // The second batch (2 stories) is read meanwhile; nothing of it is written or saved before the first is done.
    await vi.waitFor(() => expect(plan.mock.calls.map(([id]) => id)).toEqual(expect.arrayContaining(ids.slice(4))));
    expect(batches.slice(-1)).toEqual([4]);
    release();
    const report = await exporting;
    expect(events).toEqual(['save 4 start', 'save 4 done', 'save 2 start', 'save 2 done']);
    expect(report.files.map((f) => f.articleId)).toEqual(ids);
    expect(report.errors).toEqual([]);
  });

  it('a story listed in two batches is exported twice, the second time on its recorded revision (no conflict)', async () => {
    const { api, ids } = await library(3, -1);
    const out = await tempDir();
    const twice = [ids[0] ?? '', ids[1] ?? '', ids[0] ?? ''];
    const report = await api.exportTo({ ids: twice, format: 'text' }, out, { batchSize: 2 });
    expect(report.errors).toEqual([]);
    expect(report.files.map((f) => f.articleId)).toEqual(twice);
    expect((await api.getArticle({ id: ids[0] ?? '' })).exports).toHaveLength(2);
  });

  it('a batch whose records cannot be saved fails the export with that error, after the batch read meanwhile', async () => {
    const { api, ids } = await library(4, -1);
    const out = await tempDir();
    vi.spyOn(api.store, 'saveMany').mockRejectedValueOnce(new Error('index.jsonl: no space left on device'));
    await expect(api.exportTo({ ids, format: 'text' }, out, { batchSize: 2 })).rejects.toThrow(/no space left/);
  });
});
