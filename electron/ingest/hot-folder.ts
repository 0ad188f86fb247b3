/**
 * Watches a drop folder: fs.watch wakes a scan early, a periodic scan catches what fs.watch misses (network
 * shares, editors that write in place, events dropped under load). A file is handed on only once its size and
 * modification time are the same on two scans in a row, so a file still being copied in is not read half
 * written. Files are never moved or deleted; which ones were already imported is the caller's memory.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../domain/errors.js';

export interface HotFolderOptions {
  /** Milliseconds between scans. */
  readonly intervalMs?: number;
  /** A file must be unchanged for this long (and on two scans) before it is read. */
  readonly settleMs?: number;
  /** Receives the paths of new, settled files; the next scan waits until it has finished. */
  readonly onFiles: (paths: string[]) => Promise<void>;
  readonly onError?: (message: string) => void;
  readonly onScan?: () => void;
}

/** Partial downloads and editors' temp files: not copy yet. */
const NOT_YET = /(\.(tmp|part|crdownload|partial|swp)|~)$/i;

export class HotFolderWatcher {
  private timer: NodeJS.Timeout | null = null;
  private watcher: FSWatcher | null = null;
  private scanning: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /** path → "size:mtime" at the last scan (pending), and of the version already handed on (handed). */
  private readonly pending = new Map<string, string>();
  private readonly handed = new Map<string, string>();

  constructor(
    readonly dir: string,
    private readonly options: HotFolderOptions,
  ) {}

  private get settleMs(): number {
    return this.options.settleMs ?? Math.min(this.options.intervalMs ?? 2000, 1000);
  }

  start(): void {
    const interval = this.options.intervalMs ?? 2000;
    try {
      this.watcher = watch(this.dir, { recursive: true }, () => this.scanSoon());
      this.watcher.on('error', (err) => this.options.onError?.(errorMessage(err)));
    } catch (err) {
      // Some file systems cannot be watched: the periodic scan still works.
      this.options.onError?.(`watching is not available here (${errorMessage(err)}); scanning every ${interval} ms`);
    }
    this.timer = setInterval(() => this.scanSoon(), interval);
    this.scanSoon();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.watcher?.close();
    await this.scanning;
  }

  /** Runs one scan now (or right after the one in progress); resolves when it is done. */
  scanSoon(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.scanning) {
      this.again = true;
      return this.scanning;
    }
    this.scanning = this.scan()
      .catch((err: unknown) => this.options.onError?.(errorMessage(err)))
      .finally(() => {
        this.scanning = null;
        if (this.again && !this.stopped) {
          this.again = false;
          void this.scanSoon();
        }
      });
    return this.scanning;
  }

  private async scan(): Promise<void> {
    const ready: string[] = [];
    const present = new Set<string>();
    for (const path of await listFiles(this.dir)) {
      present.add(path);
      let stamp: string;
      let age: number;
      try {
        const info = await stat(path);
        stamp = `${info.size}:${info.mtimeMs}`;
        age = Date.now() - info.mtimeMs;
      } catch {
        continue;
      }
      if (this.handed.get(path) === stamp) continue;
      if (this.pending.get(path) === stamp && age >= this.settleMs) {
        ready.push(path);
        this.handed.set(path, stamp);
        this.pending.delete(path);
      } else {
        this.pending.set(path, stamp);
      }
    }
    for (const path of this.pending.keys()) if (!present.has(path)) this.pending.delete(path);
    this.options.onScan?.();
    if (ready.length > 0 && !this.stopped) await this.options.onFiles(ready);
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (at: string, depth: number): Promise<void> => {
    if (depth > 20) return;
    let entries;
    try {
      entries = await readdir(at, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || NOT_YET.test(e.name)) continue;
      const path = join(at, e.name);
      if (e.isDirectory()) await walk(path, depth + 1);
      else if (e.isFile()) out.push(path);
    }
  };
  await walk(dir, 0);
  return out.sort();
}
