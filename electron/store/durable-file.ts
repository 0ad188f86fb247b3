/**
 * A lowdb adapter whose write is durable: temp file in the same folder, fsync, rename over the old file, and
 * then the folder is fsynced — or, in `'journal'` mode, left to the index journal's fsync that the store always
 * does next: on a journaling file system (ext4, XFS) that fsync commits the rename with it, which saves one
 * device flush per save. lowdb's own JSONFile (steno) renames but never fsyncs, so a power cut could lose a save it reported
 * done. A reader sees the old file or the new one, never half of either.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
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

export async function writeFileAtomic(path: string, content: string | Uint8Array, durable: Durability = true): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(content);
    if (durable) await handle.sync();
  } catch (err) {
    await handle.close();
    await rm(temp, { force: true });
    throw err;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  if (durable === true) await syncDir(dirname(path));
}

export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
