/**
 * Batched durability: many files made durable with one flush instead of one fsync each. The export writes its
 * files and the store its batch of saves this way; both then rename into place, so nothing is reported before it
 * is on disk and a reader never sees half a file.
 */
import { execFile } from 'node:child_process';
import { open } from 'node:fs/promises';

/** Files worked on at once: enough to keep libuv's thread pool busy, few enough to bound open handles. */
const CONCURRENCY = 16;

/** `work` on every item, CONCURRENCY at a time; the results in the items' order. */
export async function inTurn<T, R>(items: readonly T[], work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await work(items[i] as T, i);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return out;
}

/**
 * Below this many files each is fsynced (at once, so the journal commits them together); from it on, one syncfs(2)
 * flushes the batch — it also flushes whatever else is waiting on that file system, which a small batch should not
 * pay for.
 */
const SYNCFS_FROM = 64;

/**
 * Makes `files` (all on the file system holding `dir`) durable: syncfs(2) through coreutils' `sync -f` for a large
 * batch on Linux, else each file's fsync. Throws when a file cannot be flushed.
 */
export async function flushFiles(dir: string, files: readonly string[]): Promise<void> {
  if (files.length === 0) return;
  if (files.length >= SYNCFS_FROM && process.platform === 'linux' && (await syncFileSystem(dir))) return;
  await inTurn(files, async (file) => {
    const handle = await open(file, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

function syncFileSystem(dir: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('sync', ['-f', dir], { timeout: 120_000 }, (err) => resolve(err === null));
  });
}
