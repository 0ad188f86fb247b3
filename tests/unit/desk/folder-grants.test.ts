import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

describe('path imports and watched folders: only folders chosen in this run', () => {
  it('refuses /etc/passwd and watching /etc, with a reason naming the path', async () => {
    const api = new CopydeskService(await ArticleStore.open(await tempDir()));
    await expect(api.startImport({ paths: ['/etc/passwd'] })).rejects.toThrow(/^Refused to import files from \/etc\/passwd: it is outside the folders chosen for this run/);
    await expect(api.setHotFolder({ path: '/etc' })).rejects.toThrow(/^Refused to watch \/etc: it is outside the folders chosen/);
    expect(await api.listImports({})).toEqual([]);
    expect((await api.getHotFolder({})).watching).toBe(false);
  });

  it('a link inside a chosen folder pointing outside it is refused too', async () => {
    const api = new CopydeskService(await ArticleStore.open(await tempDir()));
    const chosen = await tempDir();
    await symlink('/etc/passwd', join(chosen, 'innocent.txt'));
    api.folders.allow(chosen);
    await expect(api.startImport({ paths: [join(chosen, 'innocent.txt')] })).rejects.toThrow(/outside the folders chosen/);
  });

  it('a chosen folder and the library inbox are allowed', async () => {
    const library = await tempDir();
    const api = new CopydeskService(await ArticleStore.open(library));
    const inbox = join(library, 'inbox');
    await mkdir(inbox);
    await writeFile(join(inbox, 'a.txt'), 'Harbour reopens\n\nPARIS, July 2 (AFP) - The harbour reopened on Monday.\n');
    const job = await api.startImport({ paths: [inbox] });
    let state = job.state;
    for (let i = 0; i < 200 && state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      state = (await api.importStatus({ jobId: job.jobId })).state;
    }
    expect(state).toBe('done');
    expect((await api.listArticles({})).map((a) => a.headline)).toEqual(['Harbour reopens']);
    const chosen = await tempDir();
    api.folders.allow(chosen);
    expect((await api.setHotFolder({ path: chosen })).watching).toBe(true);
    await api.close();
  });
});
