/**
 * The hot folder, run by whichever host runs the service (Electron main, `copydesk serve`, `copydesk watch`):
 * settled new files are imported once each, remembered by sha256 in the library across restarts (imported,
 * duplicate or failed alike), never moved or deleted. Each scan that finds files becomes an import job, so its
 * report can be opened like any other.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { CopydeskError, errorMessage } from '../domain/errors.js';
import { HotFolderWatcher } from '../ingest/hot-folder.js';
import type { BatchInput } from './bulk-import.js';
import type { HotFolderStatus } from '../api/contract.js';
import type { RunningJob } from './import-jobs.js';
import type { LibrarySides } from './library-sides.js';
import { runStream, type Streamer } from './path-import.js';
import type { FolderGrants } from './folder-grants.js';

export interface HotFolderDeps {
  readonly sides: LibrarySides;
  readonly intervalMs: number;
  readonly startJob: (label: string) => RunningJob;
  readonly discardJob: (jobId: string) => void;
  readonly stream: Streamer;
  readonly now: () => Date;
  /** The folders the user chose in this run: a hot folder must be one of them; the one saved in the library is. */
  readonly folders: FolderGrants;
}

export class HotFolder {
  private watcher: HotFolderWatcher | null = null;
  private imported = 0;
  private lastScan: string | null = null;
  private lastError: string | null = null;

  constructor(private readonly deps: HotFolderDeps) {}

  status(): HotFolderStatus {
    return { path: this.watcher?.dir ?? null, watching: this.watcher !== null, imported: this.imported, lastScan: this.lastScan, lastError: this.lastError };
  }

  async resume(): Promise<HotFolderStatus> {
    const { memory } = await this.deps.sides.get();
    const saved = await memory.folder();
    if (saved) {
      // The hot folder setting is the user's choice, made in an earlier run.
      this.deps.folders.allow(saved);
      try {
        await this.watch(saved);
      } catch (err) {
        this.lastError = errorMessage(err);
      }
    }
    return this.status();
  }

  async set(path: string | null): Promise<HotFolderStatus> {
    const { memory } = await this.deps.sides.get();
    if (path === null) {
      await this.stop();
      await memory.setFolder(null);
      return this.status();
    }
    this.deps.folders.check(path, 'watch');
    await this.watch(resolve(path));
    await memory.setFolder(resolve(path));
    return this.status();
  }

  async stop(): Promise<void> {
    const w = this.watcher;
    this.watcher = null;
    await w?.stop();
  }

  /** Scans now (tests, `copydesk watch --once`); resolves when the scan's imports are stored. */
  async scanNow(): Promise<void> {
    await this.watcher?.scanSoon();
  }

  private async watch(dir: string): Promise<void> {
    let info;
    try {
      info = await stat(dir);
    } catch {
      throw new CopydeskError('bad-input', `The hot folder ${dir} does not exist`);
    }
    if (!info.isDirectory()) throw new CopydeskError('bad-input', `The hot folder ${dir} is not a folder`);
    await this.stop();
    this.lastError = null;
    const watcher = new HotFolderWatcher(dir, {
      intervalMs: this.deps.intervalMs,
      onFiles: (paths) => this.importPaths(paths),
      onError: (message) => (this.lastError = message),
      onScan: () => (this.lastScan = this.deps.now().toISOString()),
    });
    this.watcher = watcher;
    watcher.start();
  }

  private async importPaths(paths: readonly string[]): Promise<void> {
    const { memory } = await this.deps.sides.get();
    const handled: string[] = [];
    async function* inputs(): AsyncGenerator<BatchInput> {
      for (const path of paths) {
        let bytes: Buffer;
        try {
          bytes = await readFile(path);
        } catch (err) {
          yield { name: basename(path), failure: `could not be read: ${errorMessage(err)}` };
          continue;
        }
        const sha = createHash('sha256').update(bytes).digest('hex');
        if (memory.has(sha)) continue;
        handled.push(sha);
        yield { name: basename(path), bytes };
      }
    }
    const job = this.deps.startJob(`Hot folder: ${this.watcher?.dir ?? ''}`);
    const result = await runStream(job, inputs(), this.deps.stream, this.deps.now);
    this.imported += result.summary.imported + result.summary.updated + result.summary.related;
    if (result.summary.total === 0) this.deps.discardJob(job.jobId);
    await memory.remember(handled);
  }
}
