/** A disk that fills up in the middle of a batch: that story fails with a clear reason, the others still go. */
import { readdir } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { CopydeskError } from '../../../electron/domain/errors.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';

vi.mock('../../../electron/export/write-files.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/export/write-files.js')>();
  return {
    ...real,
    // The disk is full while one file of the batch is written: that file fails, the batch's others are written.
    writeExportBatch: async (dir: string, files: readonly { name: string; content: string }[]) => {
      const full = (name: string) => name.startsWith('full-disk');
      const written = await real.writeExportBatch(dir, files.filter((f) => !full(f.name)));
      return files.map((f) =>
        full(f.name) ? { ok: false, reason: new CopydeskError('io', `Cannot write ${f.name} to ${dir}: ENOSPC: no space left on device, write`).message } : written.shift(),
      );
    },
  };
});

const tempDir = useTempDirs();

describe('export faults', () => {
  it('reports a full disk for its story only; the rest of the batch is written and recorded', async () => {
    const api = new CopydeskService(await ArticleStore.open(await tempDir()));
    const copy = (headline: string) => Buffer.from(`${headline}\n\nSALALAH, March 4 (CWA) - Body text of the story.\n`).toString('base64');
    const report = await api.importFiles({
      files: [
        { name: 'a.txt', base64: copy('Port reopens') },
        { name: 'b.txt', base64: copy('Full disk strikes') },
        { name: 'c.txt', base64: copy('Ships dock') },
      ],
    });
    const ids = report.articles.map((a) => a.id);
    const out = await tempDir();
    const done = await api.exportTo({ ids, format: 'text' }, out);
    expect(done.files.map((f) => f.articleId)).toEqual([ids[0], ids[2]]);
    expect(done.errors).toEqual([{ articleId: ids[1], reason: expect.stringMatching(/^Cannot write full-disk-strikes-.*ENOSPC/) }]);
    expect((await readdir(out)).sort()).toEqual(done.files.map((f) => f.name).sort());
    const failed = await api.getArticle({ id: ids[1] ?? '' });
    expect(failed.exports).toEqual([]);
    expect(failed.status).toBe('new');
    expect((await api.getArticle({ id: ids[0] ?? '' })).status).toBe('exported');
  });
});
