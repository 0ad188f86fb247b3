import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { writeExportBatch, writeExportFiles } from '../../../electron/export/write-files.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'copydesk-export-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeExportFiles', () => {
  it('writes each file with its content and returns the paths', async () => {
    const written = await writeExportFiles(dir, [
      { name: 'port-reopens-3f2a9c1e.md', content: '---\ntitle: "Port"\n---\n\nصلالة\n' },
      { name: 'port-reopens-3f2a9c1e.json', content: '{}\n' },
    ]);
    expect(written).toEqual([path.join(dir, 'port-reopens-3f2a9c1e.md'), path.join(dir, 'port-reopens-3f2a9c1e.json')]);
    expect(await readFile(written[0] ?? '', 'utf8')).toBe('---\ntitle: "Port"\n---\n\nصلالة\n');
    expect(await readFile(written[1] ?? '', 'utf8')).toBe('{}\n');
  });

  it('never overwrites: a taken name gets -2, then -3, and no temporary file is left', async () => {
    await writeFile(path.join(dir, 'story-1234abcd.html'), 'the editor’s own file');
    const first = await writeExportFiles(dir, [{ name: 'story-1234abcd.html', content: 'second' }]);
    const second = await writeExportFiles(dir, [
      { name: 'story-1234abcd.html', content: 'third' },
      { name: 'story-1234abcd.html', content: 'fourth' },
    ]);
    expect(first).toEqual([path.join(dir, 'story-1234abcd-2.html')]);
    expect(second).toEqual([path.join(dir, 'story-1234abcd-3.html'), path.join(dir, 'story-1234abcd-4.html')]);
    expect(await readFile(path.join(dir, 'story-1234abcd.html'), 'utf8')).toBe('the editor’s own file');
    expect(await readFile(path.join(dir, 'story-1234abcd-2.html'), 'utf8')).toBe('second');
    expect(await readFile(path.join(dir, 'story-1234abcd-4.html'), 'utf8')).toBe('fourth');
    expect((await readdir(dir)).sort()).toEqual([
      'story-1234abcd-2.html', 'story-1234abcd-3.html', 'story-1234abcd-4.html', 'story-1234abcd.html',
    ]);
  });

  it('fails clearly when the folder is missing, or is a file', async () => {
    const missing = path.join(dir, 'no-such-folder');
    await expect(writeExportFiles(missing, [{ name: 'a.md', content: 'x' }])).rejects.toThrow(
      `Cannot export to ${missing}: it does not exist.`,
    );
    const file = path.join(dir, 'a-file');
    await writeFile(file, '');
    await expect(writeExportFiles(file, [{ name: 'a.md', content: 'x' }])).rejects.toThrow(/it is not a folder/);
  });

  it('fails clearly when the folder is not writable, naming the file and the folder', async () => {
    // Root ignores permission bits, so as root (CI) the test writes into /proc, which takes no new files.
    if (process.getuid?.() === 0) {
      await expect(writeExportFiles('/proc', [{ name: 'a.md', content: 'x' }])).rejects.toThrow(/^Cannot write a\.md to \/proc: /);
      return;
    }
    const { chmod } = await import('node:fs/promises');
    await chmod(dir, 0o500);
    try {
      await expect(writeExportFiles(dir, [{ name: 'a.md', content: 'x' }])).rejects.toThrow(/not writable/);
    } finally {
      await chmod(dir, 0o700);
    }
  });

  it('refuses a name that is not a plain file name', async () => {
    for (const name of ['../escape.md', 'sub/dir.md', '.hidden', '', 'a\u0000b.md']) {
      await expect(writeExportFiles(dir, [{ name, content: 'x' }])).rejects.toThrow(/not a plain file name/);
    }
    expect(await readdir(dir)).toEqual([]);
    expect(await readdir(path.dirname(dir))).not.toContain('escape.md');
  });

  it('writes a large batch with one flush: every file in place under its name, in order, no temporary left', async () => {
    await writeFile(path.join(dir, 'story-0007.md'), 'already there');
    const files = Array.from({ length: 400 }, (_, i) => ({ name: `story-${String(i).padStart(4, '0')}.md`, content: `story ${i}` }));
    // Names the batch repeats, and a name that is itself a "-2" variant, go after the others in order.
    files.push({ name: 'story-0001.md', content: 'again' }, { name: 'story-0001-2.md', content: 'variant' });
    const written = await writeExportFiles(dir, files);
    expect(written).toHaveLength(402);
    expect(written[7]).toBe(path.join(dir, 'story-0007-2.md'));
    expect(written[400]).toBe(path.join(dir, 'story-0001-2.md'));
    expect(written[401]).toBe(path.join(dir, 'story-0001-2-2.md'));
    expect(await readFile(path.join(dir, 'story-0007.md'), 'utf8')).toBe('already there');
    expect(await readFile(written[399] ?? '', 'utf8')).toBe('story 399');
    expect(await readFile(written[401] ?? '', 'utf8')).toBe('variant');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(await readdir(dir)).toHaveLength(403);
  });
});

describe('writeExportBatch', () => {
  it('a file that cannot be written fails alone, naming itself; the rest of the batch is written, and no temporary is left', async () => {
    const files = [
      { name: 'first-story.md', content: 'one' },
      { name: '../escape.md', content: 'two' },
      { name: 'third-story.md', content: 'three' },
    ];
    const outcomes = await writeExportBatch(dir, files);
    expect(outcomes).toEqual([
      { ok: true, path: path.join(dir, 'first-story.md') },
      { ok: false, reason: `Cannot write "../escape.md" to ${dir}: not a plain file name.` },
      { ok: true, path: path.join(dir, 'third-story.md') },
    ]);
    expect((await readdir(dir)).sort()).toEqual(['first-story.md', 'third-story.md']);
    expect(await readFile(path.join(dir, 'third-story.md'), 'utf8')).toBe('three');
  });

  it('refuses the whole batch when the folder itself is missing', async () => {
    await expect(writeExportBatch(path.join(dir, 'gone'), [{ name: 'a.md', content: 'x' }])).rejects.toThrow(/it does not exist/);
  });
});
