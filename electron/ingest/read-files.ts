/**
 * Paths on disk → files to import. Folders are walked recursively (hidden files skipped); a file over the size
 * limit is refused from its size alone, without reading it into memory.
 */
import * as fs from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { basename, join } from 'node:path';
import { errorMessage } from '../domain/errors.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './decode.js';
import type { IncomingFile } from './ingest.js';

/** How many of a folder's files are being read at once. */
const READ_WINDOW = 8;

export type ReadOutcome = { readonly ok: true; readonly file: IncomingFile; readonly path: string } | { readonly ok: false; readonly path: string; readonly reason: string };

export interface ReadOptions {
  readonly maxBytes?: number;
  /**
   * Read each file with blocking calls: for a process that serves nothing else while it imports (the CLI). A read
   * through fs's callbacks is four rounds of the event loop (open, fstat, read, close), each a hand-over to libuv's
   * threads and back; blocking, it is the four system calls alone. On 19,296 agency stories through the built CLI
   * the import's system time fell by about a third (2.3–2.6 s → 1.6–1.8 s) and its wall time by 2–8 %. The app
   * and `serve` keep the callbacks: their thread also answers the window and the HTTP host.
   */
  readonly blocking?: boolean;
}

export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  const seenDirs = new Set<string>();
  const read: Reader = options.blocking ? readBlocking : readWithin;
  for (const path of paths) yield* readPath(path, options.maxBytes ?? DEFAULT_MAX_BYTES, seenDirs, read);
}

type Reader = (path: string, maxBytes: number) => Promise<Buffer>;

/**
 * `seenDirs` holds each folder's real path, so a symbolic link looping back is walked once, not until ELOOP. A
 * folder's entries come with their kind (readdir's file types), so a plain file is not stat-ed before it is read:
 * reading 10,000 small files took six file-system calls each, two of them stats.
 */
async function* readPath(path: string, maxBytes: number, seenDirs: Set<string>, read: Reader, kind?: 'file' | 'other'): AsyncGenerator<ReadOutcome> {
  if (kind === undefined) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield { ok: false, path, reason: reasonFor(err) };
      return;
    }
    if (info.isDirectory()) {
      yield* readFolder(path, maxBytes, seenDirs, read);
      return;
    }
    kind = info.isFile() ? 'file' : 'other';
  }
  if (kind === 'other') {
    yield { ok: false, path, reason: 'not a regular file' };
    return;
  }
  yield await readFile(path, maxBytes, read);
}

/** A regular file's bytes, or why it could not be read. Never rejects. */
async function readFile(path: string, maxBytes: number, read: Reader): Promise<ReadOutcome> {
  try {
    return { ok: true, path, file: { name: basename(path), bytes: await read(path, maxBytes) } };
  } catch (err) {
    return { ok: false, path, reason: err instanceof OverLimit ? err.message : reasonFor(err) };
  }
}

async function* readFolder(path: string, maxBytes: number, seenDirs: Set<string>, read: Reader): AsyncGenerator<ReadOutcome> {
  let entries: Dirent[];
  try {
    const real = await realpath(path);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    entries = (await readdir(path, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    yield { ok: false, path, reason: reasonFor(err) };
    return;
  }
  // The folder's plain files are read a few at a time (the reads wait on the disk and libuv's threads, not on this
  // one), and yielded in order: one at a time, 10,000 small files took 0.1–0.2 ms each of waiting.
  const reads = new Map<number, Promise<ReadOutcome>>();
  let started = 0;
  for (const [at, entry] of entries.entries()) {
    for (; started < Math.min(entries.length, at + READ_WINDOW); started++) {
      const next = entries[started] as Dirent;
      if (next.isFile()) reads.set(started, readFile(join(path, next.name), maxBytes, read));
    }
    const child = join(path, entry.name);
    const reading = reads.get(at);
    reads.delete(at);
    // A folder is walked, a file read; a link is followed as the path it names, and so is an entry whose kind the
    // file system does not say (some report none): both are stat-ed.
    if (reading) yield await reading;
    else if (entry.isDirectory()) yield* readFolder(child, maxBytes, seenDirs, read);
    else if (entry.isSymbolicLink() || !knownKind(entry)) yield* readPath(child, maxBytes, seenDirs, read);
    else yield* readPath(child, maxBytes, seenDirs, read, 'other');
  }
}

/** Whether the file system said what the entry is (readdir reports "unknown" on some). */
export function knownKind(e: Dirent): boolean {
  return e.isFile() || e.isDirectory() || e.isSymbolicLink() || e.isFIFO() || e.isSocket() || e.isCharacterDevice() || e.isBlockDevice();
}

class OverLimit extends Error {}

/**
 * The file's bytes, refused from its size alone (never read into memory) when it is over the limit. Four calls a
 * file (open, fstat, read, close; readFile would stat it again) through fs's callbacks: the promise API's
 * FileHandle cost this thread 2–3 times as much on 10,000 small files (390–580 ms of busy event loop, against
 * 180–380), and the import's main thread is what bounds it.
 */
function readWithin(path: string, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    fs.open(path, 'r', (openError, fd) => {
      if (openError) return reject(openError);
      const done = (error: unknown, bytes?: Buffer): void => {
        fs.close(fd, (closeError) => {
          if (error || closeError) reject(error ?? closeError);
          else resolve(bytes as Buffer);
        });
      };
      fs.fstat(fd, (statError, info) => {
        if (statError) return done(statError);
        const size = info.size;
        if (size > maxBytes) return done(new OverLimit(`the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} import limit`));
        const bytes = Buffer.allocUnsafe(size);
        const readFrom = (filled: number): void => {
          if (filled >= size) return done(null, bytes);
          fs.read(fd, bytes, filled, size - filled, filled, (readError, bytesRead) => {
            if (readError) return done(readError);
            // The file shrank since the stat: what was there.
            if (bytesRead === 0) return done(null, bytes.subarray(0, filled));
            readFrom(filled + bytesRead);
          });
        };
        readFrom(0);
      });
    });
  });
}

/** readWithin with blocking calls (ReadOptions.blocking): the same size check before reading, the same result. */
function readBlocking(path: string, maxBytes: number): Promise<Buffer> {
  try {
    const fd = fs.openSync(path, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      if (size > maxBytes) throw new OverLimit(`the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} import limit`);
      const bytes = Buffer.allocUnsafe(size);
      let filled = 0;
      while (filled < size) {
        const n = fs.readSync(fd, bytes, filled, size - filled, filled);
        // The file shrank since the stat: what was there.
        if (n === 0) break;
        filled += n;
      }
      return Promise.resolve(filled < size ? bytes.subarray(0, filled) : bytes);
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
}

function reasonFor(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return errorMessage(err);
}
