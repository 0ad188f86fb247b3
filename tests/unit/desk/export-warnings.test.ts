import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { SEED_PATH, useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

describe('export warnings', () => {
  it('a story that goes with open flags and an inferred year says so, in the preview and in the report', async () => {
    const api = new CopydeskService(await ArticleStore.open(await tempDir()), { now: () => new Date('2026-12-01T12:00:00Z'), analyseOnImport: true });
    const [seed] = (await api.importText({ text: await readFile(SEED_PATH, 'utf8'), name: 'seed.txt' })).articles;
    const id = seed?.id ?? '';
    const open = (await api.getArticle({ id })).flags.length;
    expect(open).toBeGreaterThan(0);
    const preview = await api.previewExport({ ids: [id], format: 'html' });
    expect(preview.stories[0]?.warnings).toEqual([
      expect.stringMatching(new RegExp(`^${open} open flags \\(`)),
      'The dateline year 2026 was inferred, not confirmed',
    ]);
    const report = await api.exportTo({ ids: [id], format: 'html' }, null);
    expect(report.files).toHaveLength(1);
    expect(report.warnings?.map((w) => w.articleId)).toEqual([id]);
    expect(report.warnings?.[0]?.warnings[0]).toContain('open flag');
  });
});
