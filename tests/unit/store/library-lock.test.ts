import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { LibraryLock, type LockHolder } from '../../../electron/store/library-lock.js';
import { cli } from '../cli/run-cli.js';
import { SEED_PATH, useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/** Another live process, and the lock it would have written (as a second Copydesk holding the library). */
async function otherProcess(dir: string): Promise<{ child: ChildProcess; holder: LockHolder }> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((r) => child.once('spawn', r));
  const pid = child.pid ?? -1;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const holder: LockHolder = {
    pid, host: hostname(), startedAt: '2026-12-01T10:00:00.000Z', processStart: stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null, command: 'copydesk serve',
  };
  await writeFile(join(dir, 'library.lock'), JSON.stringify(holder));
  return { child, holder };
}

describe('library lock', () => {
  it('a second process gets a clear error naming the process that has the library open', async () => {
    const dir = await tempDir();
    const { holder } = await otherProcess(dir);
    await expect(ArticleStore.open(dir)).rejects.toThrow(`The library ${dir} is open in copydesk serve (pid ${holder.pid}) on ${hostname()}`);
    const { code, err } = await cli(['import', fileURLToPath(SEED_PATH), '--data', dir]);
    expect(code).toBe(1);
    expect(err).toContain(`is open in copydesk serve (pid ${holder.pid})`);
    // Reading beside it still works, and writing through that reader is refused.
    const listed = await cli(['list', '--data', dir]);
    expect(listed.code).toBe(0);
    const reader = await ArticleStore.open(dir, { readOnlyIfLocked: true });
    expect(reader.readOnly).toContain(`pid ${holder.pid}`);
    await expect(reader.insert([])).rejects.toMatchObject({ code: 'conflict' });
  });

  it('a lock left by a process that died (kill -9) is stale: the library opens and the lock becomes ours', async () => {
    const dir = await tempDir();
    const { child } = await otherProcess(dir);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const store = await ArticleStore.open(dir);
    expect(JSON.parse(await readFile(join(dir, 'library.lock'), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    await store.close();
    expect(await LibraryLock.holderOf(dir)).toBeNull();
  });

  it('a reused pid does not keep the library locked: the start time must match too', async () => {
    const dir = await tempDir();
    const { holder } = await otherProcess(dir);
    await writeFile(join(dir, 'library.lock'), JSON.stringify({ ...holder, processStart: '1' }));
    const store = await ArticleStore.open(dir);
    expect(store.readOnly).toBeNull();
    await store.close();
  });

  it('a torn lock file left long ago (a crash mid-write) is taken over', async () => {
    const dir = await tempDir();
    const path = join(dir, 'library.lock');
    await writeFile(path, '{"pid": 12');
    const { utimes } = await import('node:fs/promises');
    const past = new Date(Date.now() - 60_000);
    await utimes(path, past, past);
    const store = await ArticleStore.open(dir);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ pid: process.pid });
    await store.close();
  });
});
