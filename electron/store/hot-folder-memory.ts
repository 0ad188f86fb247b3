/**
 * What the hot folder remembers across restarts, in the library: the folder being watched (hot-folder.json) and
 * the sha256 of every file it has already handled (hot-folder-seen.txt, one per line, append-only), so a file is
 * imported once however often it is seen, and never moved or deleted.
 */
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './durable-file.js';

export class HotFolderMemory {
  private readonly seen = new Set<string>();

  private constructor(private readonly dir: string) {}

  static async load(dir: string): Promise<HotFolderMemory> {
    const memory = new HotFolderMemory(dir);
    try {
      for (const line of (await readFile(memory.seenPath, 'utf8')).split('\n')) if (/^[0-9a-f]{64}$/.test(line)) memory.seen.add(line);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    return memory;
  }

  private get seenPath(): string {
    return join(this.dir, 'hot-folder-seen.txt');
  }

  private get settingPath(): string {
    return join(this.dir, 'hot-folder.json');
  }

  has(sha256: string): boolean {
    return this.seen.has(sha256);
  }

  async remember(sha256s: readonly string[]): Promise<void> {
    const fresh = sha256s.filter((s) => !this.seen.has(s));
    if (fresh.length === 0) return;
    for (const s of fresh) this.seen.add(s);
    await appendFile(this.seenPath, fresh.map((s) => `${s}\n`).join(''));
  }

  async folder(): Promise<string | null> {
    try {
      const value = (JSON.parse(await readFile(this.settingPath, 'utf8')) as { path?: unknown }).path;
      return typeof value === 'string' && value !== '' ? value : null;
    } catch {
      return null;
    }
  }

  async setFolder(path: string | null): Promise<void> {
    await writeFileAtomic(this.settingPath, JSON.stringify({ path }));
  }
}
