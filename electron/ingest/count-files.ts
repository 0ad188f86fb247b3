/**
 * Counts the files an import of these paths will read (the same walk as read-files.ts, names only), so the
 * progress bar has a total. Cheap: one readdir per folder, no file is opened.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export async function countInputs(paths: readonly string[], signal?: AbortSignal): Promise<number> {
  const seen = new Set<string>();
  let n = 0;
  const walk = async (path: string): Promise<void> => {
    if (signal?.aborted) return;
    let info;
    try {
      info = await stat(path);
    } catch {
      n++;
      return;
    }
    if (!info.isDirectory()) {
      n++;
      return;
    }
    let names: string[];
    try {
      const real = await realpath(path);
      if (seen.has(real)) return;
      seen.add(real);
      names = (await readdir(path)).filter((name) => !name.startsWith('.'));
    } catch {
      n++;
      return;
    }
    for (const name of names) await walk(join(path, name));
  };
  for (const p of paths) await walk(p);
  return n;
}
