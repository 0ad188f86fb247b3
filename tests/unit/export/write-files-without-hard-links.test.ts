/** writeExportFiles on a file system without hard links (FAT, exFAT, some network shares): link() fails with EPERM. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { writeExportFiles } from '../../../electron/export/write-files.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const refused = Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
  const link = vi.fn(() => Promise.reject(refused));
  return { ...actual, default: { ...actual, link }, link };
});

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'copydesk-export-nolink-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeExportFiles without hard links', () => {
  it('still writes, and still never overwrites', async () => {
    await writeFile(path.join(dir, 'story-1234abcd.md'), 'existing');
    const written = await writeExportFiles(dir, [
      { name: 'story-1234abcd.md', content: 'new' },
      { name: 'story-1234abcd.md', content: 'newer' },
    ]);
    expect(written).toEqual([path.join(dir, 'story-1234abcd-2.md'), path.join(dir, 'story-1234abcd-3.md')]);
    expect(await readFile(path.join(dir, 'story-1234abcd.md'), 'utf8')).toBe('existing');
    expect(await readFile(path.join(dir, 'story-1234abcd-3.md'), 'utf8')).toBe('newer');
    expect((await readdir(dir)).sort()).toEqual(['story-1234abcd-2.md', 'story-1234abcd-3.md', 'story-1234abcd.md']);
  });
});
