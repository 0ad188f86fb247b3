/**
 * Builds an import's files on every core: build workers (worker threads running build-worker.ts) and the import's
 * own thread take chunks of the batch in turn until none is left, so a slower side simply takes fewer. Reading and
 * building a story is four fifths of an import's work and depends on nothing but the file, so it spreads; linking
 * and storing stay on the import's thread, in order.
 *
 * A worker that fails or exits before reading a file is dropped and its chunk built on the import's thread: a pool
 * never loses a file, and with no workers left (or none started: one core, no worker script) it builds everything
 * in turn.
 *
 * Each file a worker reads has a budget of time (10 s) and memory (1 GB of heap): a worker over it, or one that
 * crashes while reading a file, is stopped and replaced, that file is refused with the reason, and the rest of its
 * chunk goes to the new worker (never to the import's thread, which must not meet the same file).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../domain/article.js';
import type { IncomingFile } from '../ingest/ingest.js';
import type { BuildSettings, FileBuild } from './build-file.js';
import type { BuildRequest, ReadRequest } from './build-worker.js';
import type { DeskRules } from './story-pipeline.js';

/** Files a worker is sent at a time: small enough to balance the two sides, large enough to amortise a message. */
const CHUNK = 16;

/**
 * Chunks a worker holds at once, for each batch it builds: while it builds one, the next ones wait in its queue, so
 * it never idles until the import's thread gets round to answering. That thread is busy for 50 ms and more at a time
 * (indexing a stored batch of 200 stories for search): with 2 chunks (32 files, ~20 ms of building) the worker sat
 * idle for 23 % of a CLI import of 10,000 files, half of it while the batch before was indexed; with 8, 14 %.
 */
const IN_FLIGHT = 8;

/**
 * Stories a worker is sent to read (the desk's reading, readAll) at a time: a reading costs about a millisecond, so
 * a chunk is a few milliseconds of work, and the message's cost (cloning the stories both ways) stays small beside it.
 */
const READ_CHUNK = 8;

/** Read chunks a worker holds at once: while this thread reads a chunk of its own, the worker has the next ones. */
const READS_IN_FLIGHT = 4;

/** A story's reading made by a worker, or why it could not be made (the caller keeps the story unread). */
export type ReadResult = { readonly ok: true; readonly article: Article } | { readonly ok: false; readonly reason: string };

/** What a worker reports (build-worker.ts): a file (or story) started, then its result. */
export type WorkerMessage =
  | { readonly id: number; readonly k: number; readonly started: true }
  | { readonly id: number; readonly k: number; readonly result: FileBuild }
  | { readonly id: number; readonly k: number; readonly read: ReadResult };

/** A chunk a worker holds: its results so far (in order) and which item it is on since when. */
interface Chunk {
  readonly results: unknown[];
  reading: { k: number; since: number } | null;
  /** What an item stopped over its budget, or lost with its worker, is answered with. */
  readonly refused: (reason: string) => unknown;
  readonly resolve: (results: unknown[]) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Chunk>;
  /** It has read files: when lost it is replaced (a worker that never read one is not, its files built here). */
  progressed: boolean;
}

export const FILE_BUDGET_MS = 10_000;
export const FILE_MEMORY_MB = 1024;
/** Workers replaced after a file over budget, at most, in a pool's life (a flood of bombs ends in local builds). */
const MAX_REPLACEMENTS = 1000;

export interface PoolOptions {
  /** How many workers; by default one fewer than the cores (at most three), so the import's thread has one. */
  readonly workers?: number;
  /** Milliseconds a worker may spend on one file. */
  readonly fileBudgetMs?: number;
  /** Heap a worker may grow to (MB) while reading a file. */
  readonly fileMemoryMb?: number;
}

export class BuildPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  /** Files built by the workers and on the import's own thread since the pool started. */
  readonly built = { workers: 0, local: 0 };
  /** Stories read (readAll) by the workers and on this thread since the pool started. */
  readonly read = { workers: 0, local: 0 };
  /** Why workers were dropped, if any were. */
  readonly failures: string[] = [];

  private started = false;
  private replacements = 0;
  private readonly replacedBy = new WeakMap<Slot, Slot | null>();
  private watchdog: NodeJS.Timeout | null = null;

  private constructor(
    private readonly entry: string | URL,
    private readonly count: number,
    private readonly budgetMs: number,
    private readonly memoryMb: number,
  ) {}

  /**
   * A pool of workers from the worker script `entry`, started on the first batch large enough to share (a command
   * that imports nothing starts none). A worker that cannot start is dropped, not fatal.
   */
  static start(entry: string | URL, options: PoolOptions = {}): BuildPool {
    return new BuildPool(
      entry,
      options.workers ?? Math.max(0, Math.min(3, availableParallelism() - 1)),
      options.fileBudgetMs ?? FILE_BUDGET_MS,
      options.fileMemoryMb ?? FILE_MEMORY_MB,
    );
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
   * Builds every file, in order, on the workers; `local` builds a file on this thread when there are none (or too
   * few files to be worth sending, or a worker is lost). This thread does not build beside them: it has the import's
   * own work (linking, storing and indexing the batch before), and measured on 10,000 generated files with one
   * worker it built half the files and made the import 12–15 % slower, with the desk's reading as well as without.
   */
  async buildAll(
    files: readonly IncomingFile[],
    settings: BuildSettings,
    local: (file: IncomingFile) => FileBuild,
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
    const runs = lanes.map(async (first) => {
      let slot: Slot | null = first;
      for (let range = take(); range; range = take()) {
        let [from] = range;
        const to = range[1];
        while (from < to) {
          if (!slot) {
            buildHere(from, to);
            break;
          }
          const got = await this.send(slot, files.slice(from, to), settings);
          let done = 0;
          while (done < got.length && got[done] !== undefined) {
            results[from + done] = got[done] as FileBuild;
            done++;
          }
          this.built.workers += done;
          if (done === to - from) break;
          // The worker is gone. Having read files (it stopped in one: that one was refused), it is replaced and the
          // rest sent to the new one; lost before reading any (it could not start), this thread builds them.
          slot = slot.progressed ? this.replace(slot) : null;
          from += done;
        }
        if (!slot && from < to) return;
      }
    });
    await Promise.all(runs);
    // The chunks no lane took, every worker having been lost on the way: built here.
    for (let range = take(); range; range = take()) buildHere(...range);
    return results;
  }

  async close(): Promise<void> {
    this.started = true;
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** A new worker for one stopped over a file's budget, or null when it cannot start or too many were replaced. */
  private replace(dead: Slot): Slot | null {
    // The lanes sharing the dead worker share its replacement.
    if (this.replacedBy.has(dead)) return this.replacedBy.get(dead) ?? null;
    const next = ++this.replacements > MAX_REPLACEMENTS ? null : this.spawn();
    this.replacedBy.set(dead, next);
    return next;
  }

  private spawn(): Slot | null {
    let worker: Worker;
    try {
      worker = new Worker(this.entry, { resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } });
    } catch (err) {
      this.failures.push(String(err));
      return null;
    }
    const slot: Slot = { worker, pending: new Map(), progressed: false };
    worker.on('message', (message: WorkerMessage) => {
      const chunk = slot.pending.get(message.id);
      if (!chunk) return;
      if ('started' in message) {
        chunk.reading = { k: message.k, since: Date.now() };
        slot.progressed = true;
        return;
      }
      chunk.results[message.k] = 'result' in message ? message.result : message.read;
      chunk.reading = null;
      if (message.k < chunk.results.length - 1) return;
      slot.pending.delete(message.id);
      if (slot.pending.size === 0) worker.unref();
      chunk.resolve(chunk.results);
    });
    const drop = (why: string, refusal: string): void => {
      const at = this.slots.indexOf(slot);
      if (at >= 0) {
        this.slots.splice(at, 1);
        this.failures.push(why);
      }
      const pending = [...slot.pending.values()];
      slot.pending.clear();
      for (const chunk of pending) {
        if (chunk.reading) chunk.results[chunk.reading.k] = chunk.refused(refusal);
        chunk.resolve(chunk.results);
      }
    };
    worker.on('error', (err) => {
      const oom = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      drop(`build worker failed: ${err.message}`, oom ? `needed more than ${this.memoryMb} MB of memory to read: refused` : `could not be read: the reader crashed (${err.message})`);
    });
    worker.on('exit', (code) => drop(`build worker exited (${code})`, `could not be read: the reader stopped (exit code ${code})`));
    // An idle pool never keeps the process alive; a worker with a chunk in hand does. (After the listeners:
    // adding a 'message' listener refs the worker again.)
    worker.unref();
    this.slots.push(slot);
    this.watch();
    return slot;
  }

  /** Stops a worker that has spent over the budget on one file; its 'exit' refuses that file (see spawn). */
  private watch(): void {
    if (this.watchdog) return;
    this.watchdog = setInterval(() => {
      const now = Date.now();
      for (const slot of this.slots) {
        for (const chunk of slot.pending.values()) {
          if (!chunk.reading || now - chunk.reading.since <= this.budgetMs) continue;
          const { k } = chunk.reading;
          chunk.results[k] = chunk.refused(`took over ${this.budgetMs / 1000} s to read: stopped and refused`);
          chunk.reading = null;
          void slot.worker.terminate();
        }
      }
    }, Math.min(250, Math.max(20, this.budgetMs / 4)));
    this.watchdog.unref();
  }

  /** The chunk's results in order; a shorter run of them (then undefined) when the worker was lost. */
  private send(slot: Slot, files: readonly IncomingFile[], settings: BuildSettings): Promise<(FileBuild | undefined)[]> {
    // Each file's bytes are copied once into their own buffer and handed over, not cloned again.
    const copies = files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }));
    return this.post<FileBuild>(slot, files.length, (id) => ({ id, files: copies, settings }) satisfies BuildRequest, (reason) => ({ ok: false, reason }), copies.map((c) => c.bytes.buffer as ArrayBuffer));
  }

  /**
   * Posts a request of `count` items to a worker; resolves with their results in order, a shorter run of them (then
   * undefined) when the worker was lost or the request could not be sent.
   */
  private post<R>(slot: Slot, count: number, request: (id: number) => BuildRequest | ReadRequest, refused: (reason: string) => R, transfer: ArrayBuffer[] = []): Promise<(R | undefined)[]> {
    const results = new Array<R | undefined>(count).fill(undefined);
    if (!this.slots.includes(slot)) return Promise.resolve(results);
    return new Promise((resolve) => {
      const id = ++this.nextId;
      slot.pending.set(id, { results, reading: null, refused, resolve: (got) => resolve(got as (R | undefined)[]) });
      try {
        slot.worker.ref();
        slot.worker.postMessage(request(id), transfer);
      } catch {
        // A message that cannot be sent (a value that cannot be cloned): the caller does the chunk on its thread.
        slot.pending.delete(id);
        if (slot.pending.size === 0) slot.worker.unref();
        resolve(results);
      }
    });
  }

  /**
   * The desk's reading of each story (analyseArticle), in order, made on the workers and on this thread together:
   * an export of stories nobody has opened makes one for each, a millisecond of CPU a story that would otherwise all
   * fall on this thread. This thread reads chunks beside the workers (between them it answers the workers and the
   * export's writes). `local` reads a story here; a story a worker could not read (over its budget, its worker lost)
   * is answered null, and the caller keeps it unread — as when its reading fails here.
   */
  async readAll(articles: readonly Article[], settings: { readonly rules: DeskRules; readonly at: string }, local: (article: Article) => Article | null): Promise<(Article | null)[]> {
    const results = new Array<Article | null>(articles.length).fill(null);
    const readHere = (from: number, to: number): void => {
      for (let i = from; i < to; i++) results[i] = local(articles[i] as Article);
      this.read.local += to - from;
    };
    if (articles.length >= 2 * READ_CHUNK && !this.started) {
      this.started = true;
      for (let i = 0; i < this.count; i++) this.spawn();
    }
    if (this.slots.length === 0 || articles.length < 2 * READ_CHUNK) {
      readHere(0, articles.length);
      return results;
    }
    let next = 0;
    const take = (): [number, number] | null => {
      if (next >= articles.length) return null;
      const from = next;
      next = Math.min(articles.length, next + READ_CHUNK);
      return [from, next];
    };
    const lanes = [...this.slots].flatMap((slot) => Array.from({ length: READS_IN_FLIGHT }, () => slot));
    const runs = lanes.map(async (slot) => {
      for (let range = take(); range; range = take()) {
        const [from, to] = range;
        const got = await this.post<ReadResult>(slot, to - from, (id) => ({ id, articles: articles.slice(from, to), ...settings }) satisfies ReadRequest, (reason) => ({ ok: false, reason }));
        let done = 0;
        for (; done < got.length && got[done] !== undefined; done++) {
          const r = got[done] as ReadResult;
          results[from + done] = r.ok ? r.article : null;
        }
        this.read.workers += done;
        if (done < got.length) {
          // The worker is gone (or the chunk could not be sent): the rest of the chunk is read here, and this lane stops.
          readHere(from + done, to);
          return;
        }
      }
    });
    const here = async (): Promise<void> => {
      for (let range = take(); range; range = take()) {
        readHere(...range);
        // Lets the workers' answers and the export's writes in between chunks.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    };
    await Promise.all([...runs, here()]);
    return results;
  }
}
