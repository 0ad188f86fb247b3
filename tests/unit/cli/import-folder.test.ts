import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import { cli } from './run-cli.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();
const FIXTURES = fileURLToPath(new URL('../../fixtures/bulk/', import.meta.url));

async function wireFolder(): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, 'afp'));
  for (const name of ['kessel-reuters.txt', 'kessel-reuters-update1.txt', 'bank-rates-reuters.txt']) await copyFile(join(FIXTURES, name), join(dir, name));
  await copyFile(join(FIXTURES, 'kessel-afp.txt'), join(dir, 'afp', 'kessel-afp.txt'));
  await copyFile(join(FIXTURES, 'kessel-reuters.txt'), join(dir, 'zz-copy.txt'));
  await writeFile(join(dir, 'broken.bin'), Buffer.from([0, 1, 2, 0, 0, 3]));
  return dir;
}

describe('copydesk import FOLDER', () => {
  it('prints each outcome, progress on stderr and a summary with the reasons for failures', async () => {
    const { code, out, err } = await cli(['import', await wireFolder(), '--data', await tempDir()]);
    expect(code).toBe(1);
    expect(out).toMatch(/^updated\s+\S+\s+Floods force thousands from homes in Kessel\s+\(update: UPDATE 1 of \S+\)$/m);
    // Whatever order the folders are walked in, the stories are linked in one order (the more complete Reuters
    // original first), so the AFP account is the one found related to it.
    expect(out).toMatch(/^related\s+\S+\s+Thousands flee rising river in Kessel\s+\(like \S+ \d+%\)$/m);
    expect(out).toMatch(/^duplicate \S+\s+zz-copy\.txt/m);
    expect(err).toContain('progress 6/6 (100%)');
    expect(err).toMatch(/error: broken\.bin: the file is binary, not text \(quarantined as [0-9a-f]{12}\)/);
    expect(err).toContain('2 imported, 1 updated, 1 duplicates, 1 related, 1 failed');
  });

  it('--json keeps articles, duplicates and errors, and adds updates, related and a summary', async () => {
    const { out } = await cli(['import', await wireFolder(), '--data', await tempDir(), '--json']);
    const parsed = JSON.parse(out) as Record<string, unknown[]> & { summary: Record<string, unknown> };
    expect(parsed.articles).toHaveLength(4);
    expect(parsed.duplicates).toHaveLength(1);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.updates).toHaveLength(1);
    expect(parsed.related).toHaveLength(1);
    expect(parsed.summary).toEqual({ total: 6, imported: 2, updated: 1, duplicates: 1, related: 1, failed: 1, cancelled: false });
  });

  it('refuses bad arguments to the new API calls at the boundary', async () => {
    const api = new CopydeskService(await ArticleStore.open(await tempDir()));
    expect(await dispatch(api, 'startImport', { paths: 'not-a-list' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatch(api, 'startImport', { total: -1 })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatch(api, 'importStatus', { jobId: 'x', extra: 1 })).toMatchObject({ ok: false, error: { message: expect.stringContaining('no such field') } });
    expect(await dispatch(api, 'setHotFolder', { path: '' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatch(api, 'storyLinks', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(api, 'listQuarantine', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
