/**
 * A lowdb adapter whose write is durable: temp file in the same folder, fsync, rename over the old file, and
 * then the folder is fsynced — or, in `'journal'` mode, left to the index journal's fsync that the store always
 * does next: on a journaling file system (ext4, XFS) that fsync commits the rename with it, which saves one
 * device flush per save. lowdb's own JSONFile (steno) renames but never fsyncs, so a power cut could lose a save it reported
 * done. A reader sees the old file or the new one, never half of either.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** `true`: data and rename durable on return; `'journal'`: data durable, rename committed by the next fsync. */
export type Durability = boolean | 'journal';

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly durable: Durability = true,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.path, JSON.stringify(data), this.durable);
  }
}

/**
 * What a durable write takes: the bytes, or pieces written one after another (a large file need not be joined into
 * one string first, which would hold it twice in memory).
 */
export type FileContent = string | Uint8Array | readonly string[];

export async function writeFileAtomic(path: string, content: FileContent, durable: Durability = true): Promise<void> {
  const temp = await writeTemporary(path, content, durable !== false);
  await placeTemporary(temp, path);
  if (durable === true) await syncDir(dirname(path));
}

/**
 * The first half of an atomic write: `content` in a new temporary file beside `path` (`<path>.<hex>.tmp`, which
 * recovery and removeLeftTemporaries know), fsynced when `flush`; removed again when the write fails. A batch
 * writes all its temporaries, flushes them at once (batch-flush.ts) and only then places them.
 */
export async function writeTemporary(path: string, content: FileContent, flush = false): Promise<string> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    // Each writeFile on a handle continues where the last one ended.
    if (Array.isArray(content)) for (const piece of content as readonly string[]) await handle.writeFile(piece);
    else await handle.writeFile(content as string | Uint8Array);
    if (flush) await handle.sync();
  } catch (err) {
    await handle.close();
    await rm(temp, { force: true });
    throw err;
  }
  await handle.close();
  return temp;
}

/** The second half: the temporary renamed over `path` (a reader sees the old file or the new one). */
export async function placeTemporary(temp: string, path: string): Promise<void> {
  try {
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** A new file written in one call and fsynced before this returns. */
export async function writeDurably(path: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A process killed in the middle of an atomic write (an index compaction, a side file) leaves its temporary file
 * behind (`index.jsonl.<hex>.tmp`): never read, since the rename that would have made it the file never happened.
 * Only the lock holder removes them, on opening, and only in the library's own folder (story files' temporaries in
 * the shard folders are small, and looking through every shard would cost the opening its speed).
 */
export async function removeLeftTemporaries(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => LEFT_TEMPORARY.test(n)).map((n) => rm(join(dir, n), { force: true })));
}

const LEFT_TEMPORARY = /^[\w.-]+\.[0-9a-f]{12}\.tmp$/u;
