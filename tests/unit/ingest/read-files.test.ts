import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, type ReadOutcome } from '../../../electron/ingest/read-files.js';
import { countInputs } from '../../../electron/ingest/count-files.js';
import { execFileSync } from 'node:child_process';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-read-files-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

// Both ways of reading (callbacks for the app, blocking calls for the CLI) must give the same outcomes.
describe.each([{ blocking: false }, { blocking: true }])('readInputs (blocking: $blocking)', ({ blocking }) => {
  async function collect(paths: readonly string[], maxBytes?: number): Promise<ReadOutcome[]> {
    const out: ReadOutcome[] = [];
    for await (const o of readInputs(paths, { blocking, ...(maxBytes === undefined ? {} : { maxBytes }) })) out.push(o);
    return out;
  }

  it('walks a folder recursively, in name order, and reads every visible file', async () => {
    await mkdir(join(root, 'b-folder', 'deeper'), { recursive: true });
    await writeFile(join(root, 'a.txt'), 'story a');
    await writeFile(join(root, 'b-folder', 'b.txt'), 'story b');
    await writeFile(join(root, 'b-folder', 'deeper', 'c.txt'), 'story c');
    await writeFile(join(root, 'z.txt'), 'story z');

    const out = await collect([root]);
    expect(out.map((o) => o.path)).toEqual([
      join(root, 'a.txt'),
      join(root, 'b-folder', 'b.txt'),
      join(root, 'b-folder', 'deeper', 'c.txt'),
      join(root, 'z.txt'),
    ]);
    for (const o of out) expect(o.ok).toBe(true);
    const first = out[0];
    if (!first?.ok) throw new Error('expected the first file to be read');
    expect(first.file.name).toBe('a.txt');
    expect(Buffer.from(first.file.bytes).toString('utf8')).toBe('story a');
  });

  it('skips hidden files and hidden folders inside a folder', async () => {
    await mkdir(join(root, '.git'), { recursive: true });
    await writeFile(join(root, '.git', 'config'), 'not a story');
    await writeFile(join(root, '.DS_Store'), 'junk');
    await writeFile(join(root, 'story.txt'), 'a story');

    const out = await collect([root]);
    expect(out.map((o) => o.path)).toEqual([join(root, 'story.txt')]);
  });

  it('reports a missing path by name, and goes on with the next path', async () => {
    const missing = join(root, 'no-such-file.txt');
    await writeFile(join(root, 'there.txt'), 'here');

    const out = await collect([missing, join(root, 'there.txt')]);
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual({ ok: false, path: missing, reason: 'no such file or folder' });
    expect(out[1]?.ok).toBe(true);
  });

  it('refuses a file over the limit from its size, with both sizes in the reason', async () => {
    await writeFile(join(root, 'big.txt'), 'x'.repeat(2048));
    await writeFile(join(root, 'small.txt'), 'x'.repeat(100));

    const out = await collect([root], 1024);
    expect(out[0]).toEqual({ ok: false, path: join(root, 'big.txt'), reason: 'the file is 2 KB, over the 1 KB import limit' });
    expect(out[1]?.ok).toBe(true);
  });

  it('accepts a file exactly at the limit', async () => {
    await writeFile(join(root, 'edge.txt'), 'x'.repeat(1024));
    const out = await collect([join(root, 'edge.txt')], 1024);
    expect(out[0]?.ok).toBe(true);
  });

  it('returns nothing for an empty folder', async () => {
    expect(await collect([root])).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('refuses something that is not a regular file (a device)', async () => {
    expect(await collect(['/dev/null'])).toEqual([{ ok: false, path: '/dev/null', reason: 'not a regular file' }]);
  });

  // Each real folder is walked once, so a symbolic link back to a parent folder is not followed until ELOOP.
  it.skipIf(process.platform === 'win32')('reads each file once when a folder contains a symlink back to itself', async () => {
    await mkdir(join(root, 'sub'));
    await writeFile(join(root, 'a.txt'), 'story');
    await symlink(root, join(root, 'sub', 'loop'));

    const out = await collect([root]);
    expect(out).toEqual([{ ok: true, path: join(root, 'a.txt'), file: { name: 'a.txt', bytes: Buffer.from('story') } }]);
  });

  it.skipIf(process.platform === 'win32')('walks a folder reached through a symlink and by its own path only once', async () => {
    await mkdir(join(root, 'b-real'));
    await writeFile(join(root, 'b-real', 'b.txt'), 'story b');
    await symlink(join(root, 'b-real'), join(root, 'a-link'));

    const out = await collect([root, join(root, 'b-real')]);
    expect(out.map((o) => [o.path, o.ok])).toEqual([[join(root, 'a-link', 'b.txt'), true]]);
  });

  it('follows links to files and folders, refuses what is not a file inside a folder, and counts as it reads', async () => {
    await mkdir(join(root, 'in', 'sub'), { recursive: true });
    await mkdir(join(root, 'elsewhere'));
    await writeFile(join(root, 'elsewhere', 'linked.txt'), 'linked story');
    await writeFile(join(root, 'in', 'sub', 'plain.txt'), 'plain story');
    await writeFile(join(root, 'in', 'big.txt'), 'x'.repeat(64));
    await symlink(join(root, 'elsewhere', 'linked.txt'), join(root, 'in', 'a-link.txt'));
    await symlink(join(root, 'elsewhere'), join(root, 'in', 'b-folder-link'));
    execFileSync('mkfifo', [join(root, 'in', 'c-pipe')]);
    const out = await collect([join(root, 'in')], 32);
    expect(out.map((o) => [o.path.slice(root.length + 4), o.ok ? Buffer.from(o.file.bytes).toString('utf8') : o.reason])).toEqual([
      ['a-link.txt', 'linked story'],
      ['b-folder-link/linked.txt', 'linked story'],
      ['big.txt', 'the file is 64 bytes, over the 32 bytes import limit'],
      ['c-pipe', 'not a regular file'],
      ['sub/plain.txt', 'plain story'],
    ]);
    expect(await countInputs([join(root, 'in')])).toBe(out.length);
  });
});
