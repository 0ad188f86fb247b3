/**
 * Counts the files an import of these paths will read (the same walk as read-files.ts, names only), so the
 * progress bar has a total. Cheap: one readdir per folder (with the entries' kinds), no file opened or stat-ed.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { knownKind } from './read-files.js';
import { join } from 'node:path';

export async function countInputs(paths: readonly string[], signal?: AbortSignal): Promise<number> {
  const seen = new Set<string>();
  let n = 0;
  const folder = async (path: string): Promise<void> => {
    let entries: Dirent[];
    try {
      const real = await realpath(path);
      if (seen.has(real)) return;
      seen.add(real);
      entries = (await readdir(path, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
    } catch {
      n++;
      return;
    }
    // The entries' kinds come with the names: only a link (or an entry of no kind said) is stat-ed.
    for (const e of entries) {
      if (signal?.aborted) return;
      if (e.isDirectory()) await folder(join(path, e.name));
      else if (e.isSymbolicLink() || !knownKind(e)) await walk(join(path, e.name));
      else n++;
    }
  };
  const walk = async (path: string): Promise<void> => {
    if (signal?.aborted) return;
    let info;
    try {
      info = await stat(path);
    } catch {
      n++;
      return;
    }
    if (info.isDirectory()) await folder(path);
    else n++;
  };
  for (const p of paths) await walk(p);
  return n;
}
