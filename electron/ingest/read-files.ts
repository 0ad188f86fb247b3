/**
 * Paths on disk → files to import. Folders are walked recursively (hidden files skipped); a file over the size
 * limit is refused from its size alone, without reading it into memory.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { errorMessage } from '../domain/errors.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './decode.js';
import type { IncomingFile } from './ingest.js';

export type ReadOutcome = { readonly ok: true; readonly file: IncomingFile; readonly path: string } | { readonly ok: false; readonly path: string; readonly reason: string };

export async function* readInputs(paths: readonly string[], maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<ReadOutcome> {
  const seenDirs = new Set<string>();
  for (const path of paths) yield* readPath(path, maxBytes, seenDirs);
}

/** `seenDirs` holds each folder's real path, so a symbolic link looping back is walked once, not until ELOOP. */
async function* readPath(path: string, maxBytes: number, seenDirs: Set<string>): AsyncGenerator<ReadOutcome> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield { ok: false, path, reason: reasonFor(err) };
    return;
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      const real = await realpath(path);
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
    } catch (err) {
      yield { ok: false, path, reason: reasonFor(err) };
      return;
    }
    for (const name of names) yield* readPath(join(path, name), maxBytes, seenDirs);
    return;
  }
  if (!info.isFile()) {
    yield { ok: false, path, reason: 'not a regular file' };
    return;
  }
  if (info.size > maxBytes) {
    yield { ok: false, path, reason: `the file is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} import limit` };
    return;
  }
  try {
    yield { ok: true, path, file: { name: basename(path), bytes: await readFile(path) } };
  } catch (err) {
    yield { ok: false, path, reason: reasonFor(err) };
  }
}

function reasonFor(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return errorMessage(err);
}
