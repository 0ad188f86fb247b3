/**
 * Builds an import's files on every core: build workers (worker threads running build-worker.ts) and the import's
 * own thread take chunks of the batch in turn until none is left, so a slower side simply takes fewer. Reading and
 * building a story is four fifths of an import's work and depends on nothing but the file, so it spreads; linking
 * and storing stay on the import's thread, in order.
 *
 * A worker that fails or exits is dropped and its chunk built on the import's thread: a pool never loses a file,
 * and with no workers left (or none started: one core, no worker script) it builds everything in turn.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IncomingFile } from '../ingest/ingest.js';
import type { BuildSettings, FileBuild } from './build-file.js';
import type { BuildRequest } from './build-worker.js';

/** Files a worker is sent at a time: small enough to balance the two sides, large enough to amortise a message. */
const CHUNK = 16;

/**
 * Chunks a worker holds at once: while it builds one, the next waits in its queue, so it never idles until the
 * import's thread (busy with a chunk of its own) gets round to answering.
 */
const IN_FLIGHT = 2;

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, (results: FileBuild[] | null) => void>;
}

export interface PoolOptions {
  /** How many workers; by default one fewer than the cores (at most three), so the import's thread has one. */
  readonly workers?: number;
}

export class BuildPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  /** Files built by the workers and on the import's own thread since the pool started. */
  readonly built = { workers: 0, local: 0 };
  /** Why workers were dropped, if any were. */
  readonly failures: string[] = [];

  private started = false;

  private constructor(
    private readonly entry: string | URL,
    private readonly count: number,
  ) {}

  /**
   * A pool of workers from the worker script `entry`, started on the first batch large enough to share (a command
   * that imports nothing starts none). A worker that cannot start is dropped, not fatal.
   */
  static start(entry: string | URL, options: PoolOptions = {}): BuildPool {
    return new BuildPool(entry, options.workers ?? Math.max(0, Math.min(3, availableParallelism() - 1)));
  }

  /** Workers running (or to be started on the first large batch). */
  get workers(): number {
    return this.started ? this.slots.length : this.count;
  }

  /** Workers running now. */
  get running(): number {
    return this.slots.length;
  }

  /**
   * Builds every file, in order: `local` builds a file on this thread. With `helpAfter`, this thread joins in only
   * once that promise settles (it has other work first: linking and storing the batch before); the workers start
   * at once.
   */
  async buildAll(
    files: readonly IncomingFile[],
    settings: BuildSettings,
    local: (file: IncomingFile) => FileBuild,
    options: { readonly helpAfter?: Promise<unknown> } = {},
  ): Promise<FileBuild[]> {
    const results: FileBuild[] = new Array<FileBuild>(files.length);
    const buildHere = (from: number, to: number): void => {
      for (let i = from; i < to; i++) results[i] = local(files[i] as IncomingFile);
      this.built.local += to - from;
    };
    if (files.length >= 2 * CHUNK && !this.started) {
      this.started = true;
      for (let i = 0; i < this.count; i++) this.spawn();
    }
    if (this.slots.length === 0 || files.length < 2 * CHUNK) {
      buildHere(0, files.length);
      return results;
    }
    let next = 0;
    const take = (): [number, number] | null => {
      if (next >= files.length) return null;
      const from = next;
      next = Math.min(files.length, next + CHUNK);
      return [from, next];
    };
    const lanes = [...this.slots].flatMap((slot) => Array.from({ length: IN_FLIGHT }, () => slot));
    const runs = lanes.map(async (slot) => {
      for (let range = take(); range; range = take()) {
        const [from, to] = range;
        const got = await this.send(slot, files.slice(from, to), settings);
        if (!got) {
          buildHere(from, to);
          return;
        }
        got.forEach((r, k) => (results[from + k] = r));
        this.built.workers += to - from;
      }
    });
    // This thread takes chunks too, and yields after each so the workers' answers (and their next chunks) go.
    if (options.helpAfter) await options.helpAfter.catch(() => undefined);
    for (let range = take(); range; range = take()) {
      buildHere(...range);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await Promise.all(runs);
    return results;
  }

  async close(): Promise<void> {
    this.started = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private spawn(): void {
    let worker: Worker;
    try {
      worker = new Worker(this.entry);
    } catch (err) {
      this.failures.push(String(err));
      return;
    }
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (message: { id: number; results: FileBuild[] }) => {
      const resolve = slot.pending.get(message.id);
      if (!resolve) return;
      slot.pending.delete(message.id);
      if (slot.pending.size === 0) worker.unref();
      resolve(message.results);
    });
    const drop = (why: string): void => {
      const at = this.slots.indexOf(slot);
      if (at >= 0) {
        this.slots.splice(at, 1);
        this.failures.push(why);
      }
      const pending = [...slot.pending.values()];
      slot.pending.clear();
      for (const resolve of pending) resolve(null);
    };
    worker.on('error', (err) => drop(`build worker failed: ${err.message}`));
    worker.on('exit', (code) => drop(`build worker exited (${code})`));
    // An idle pool never keeps the process alive; a worker with a chunk in hand does. (After the listeners:
    // adding a 'message' listener refs the worker again.)
    worker.unref();
    this.slots.push(slot);
  }

  private send(slot: Slot, files: readonly IncomingFile[], settings: BuildSettings): Promise<FileBuild[] | null> {
    if (!this.slots.includes(slot)) return Promise.resolve(null);
    return new Promise((resolve) => {
      const id = ++this.nextId;
      slot.pending.set(id, resolve);
      // Each file's bytes are copied once into their own buffer and handed over, not cloned again.
      const copies = files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }));
      const request: BuildRequest = { id, files: copies, settings };
      try {
        slot.worker.ref();
        slot.worker.postMessage(request, copies.map((c) => c.bytes.buffer));
      } catch {
        // A message that cannot be sent (a settings value that cannot be cloned): this thread builds the chunk.
        slot.pending.delete(id);
        if (slot.pending.size === 0) slot.worker.unref();
        resolve(null);
      }
    });
  }
}
