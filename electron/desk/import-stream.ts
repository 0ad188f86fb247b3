/**
 * Streams any number of files through importBatch: files are pulled from an async iterable (a folder walk, the
 * hot folder) in batches of at most BATCH_FILES files or BATCH_BYTES bytes, so memory stays flat however large
 * the folder. Progress after every file; a cancel stops pulling files and keeps every batch already stored.
 */
import type { ReadOutcome } from '../ingest/read-files.js';
import type { FileBuild } from './build-file.js';
import { readAhead } from './read-ahead.js';
import { commitBatch, prepareBatch, readableFiles, type BatchContext, type BatchInput, type BatchResult } from './bulk-import.js';
import type { ImportOutcome, ImportSummary } from '../api/contract.js';

export const BATCH_FILES = 200;
export const BATCH_BYTES = 32 * 1024 * 1024;
/** Batches handed to the build workers ahead of the one being linked. */
export const BUILDS_AHEAD = 2;

export interface StreamOptions {
  readonly signal?: AbortSignal;
  /** After each file: how many are done and which one is next. */
  readonly onProgress?: (done: number, current: string | null) => void;
  /** After each stored batch, with its full report (the CLI's --json streams articles from here). */
  readonly onBatch?: (result: BatchResult) => void | Promise<void>;
  readonly batchFiles?: number;
}

export interface StreamResult {
  readonly summary: ImportSummary;
  readonly cancelled: boolean;
}

export const EMPTY_SUMMARY: ImportSummary = { total: 0, imported: 0, updated: 0, duplicates: 0, related: 0, failed: 0 };

export function addOutcomes(summary: ImportSummary, outcomes: readonly ImportOutcome[]): ImportSummary {
  const s = { ...summary };
  for (const o of outcomes) {
    s.total++;
    if (o.kind === 'imported') s.imported++;
    else if (o.kind === 'updated') s.updated++;
    else if (o.kind === 'duplicate') s.duplicates++;
    else if (o.kind === 'related') s.related++;
    else s.failed++;
  }
  return s;
}

export function toBatchInput(input: ReadOutcome): BatchInput {
  return input.ok ? { name: input.file.name, bytes: input.file.bytes } : { name: input.path, failure: input.reason };
}

export async function importStream(
  inputs: AsyncIterable<BatchInput>,
  context: () => Promise<Omit<BatchContext, 'onFile'>>,
  options: StreamOptions = {},
): Promise<StreamResult> {
  const maxFiles = options.batchFiles ?? BATCH_FILES;
  let summary = EMPTY_SUMMARY;
  let done = 0;
  let batch: BatchInput[] = [];
  let bytes = 0;
  // Batches move through three stages at once: up to BUILDS_AHEAD are built (in the build workers), the one before
  // them is linked on this thread, and the one before that is stored (written and flushed). The CPU's work on both
  // threads and the disk's flush overlap; batches are still linked, stored, reported and counted in order.
  // Why two builds ahead and not one: a worker done with its batch used to wait for the next until this thread had
  // linked the batch before and read the next one's files — 20–40 ms at every batch boundary, a quarter of the
  // worker's time on 19,296 real Reuters files (CPU profile). With the next batch already queued it never waits.
  let storing: Promise<void> = Promise.resolve();
  type Building = { readonly sending: BatchInput[]; readonly ctx: Omit<BatchContext, 'onFile'>; readonly builds: Promise<FileBuild[]> };
  const building: Building[] = [];
  const link = async ({ sending, ctx, builds }: Building): Promise<void> => {
    const prepared = await prepareBatch(sending, { ...ctx, onFile: (name) => options.onProgress?.(done, name) }, builds);
    await storing;
    storing = (async () => {
      const result = await commitBatch(prepared, ctx);
      done += sending.length;
      summary = addOutcomes(summary, result.outcomes);
      await options.onBatch?.(result);
      options.onProgress?.(done, null);
    })();
    // A failed store stops the stream at the next batch (or at the end), never silently.
    storing.catch(() => undefined);
  };
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const sending = batch;
    batch = [];
    bytes = 0;
    const ctx = await context();
    const builds = ctx.buildFiles(readableFiles(sending));
    builds.catch(() => undefined);
    building.push({ sending, ctx, builds });
    if (building.length > BUILDS_AHEAD) await link(building.shift() as Building);
  };
  let cancelled = false;
  // The next batch's files are read while this thread links and stores the ones before (read-ahead.ts): with the
  // batches above, at most BUILDS_AHEAD + 3 batches' files are held at once.
  const ahead = readAhead(inputs, { items: maxFiles, bytes: BATCH_BYTES, size: (input) => ('bytes' in input ? input.bytes.length : 0) });
  for await (const input of ahead) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    batch.push(input);
    bytes += 'bytes' in input ? input.bytes.length : 0;
    if (batch.length >= maxFiles || bytes >= BATCH_BYTES) await flush();
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
  }
  // What was read before a cancel is imported too: cancel stops reading, never drops a file half-handled.
  await flush();
  for (let next = building.shift(); next; next = building.shift()) await link(next);
  await storing;
  return { summary, cancelled };
}
