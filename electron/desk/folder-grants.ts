/**
 * The folders the user chose in this run, from which files may be imported by path and which may be watched: the
 * command line (`serve --watch DIR`, `serve --allow DIR`, `watch DIR`), the desktop app's folder dialog, the hot
 * folder saved in the library, and the library's own inbox folder. Anyone holding the HTTP host's token could
 * otherwise import any file the user can read (/etc/shadow when run as root) or watch any folder.
 *
 * Paths are compared after resolving symlinks, so a link inside a chosen folder cannot point outside it.
 */
import { realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { CopydeskError } from '../domain/errors.js';

export class FolderGrants {
  private readonly roots = new Set<string>();

  /** Lets files under `dir` be imported and watched for the rest of this run. */
  allow(dir: string): void {
    this.roots.add(real(resolve(dir)));
  }

  /** The real path of `path` when it lies in a chosen folder; otherwise a clear refusal naming it. */
  check(path: string, what: 'import' | 'watch'): string {
    const full = real(resolve(path));
    for (const root of this.roots) if (full === root || full.startsWith(root.endsWith(sep) ? root : root + sep)) return full;
    const chosen = [...this.roots].join(', ') || 'none yet';
    const verb = what === 'import' ? 'import files from' : 'watch';
    throw new CopydeskError(
      'validation',
      `Refused to ${verb} ${path}: it is outside the folders chosen for this run (${chosen}). Choose the folder in the app's dialog, or start with --watch DIR or --allow DIR`,
    );
  }

  get chosen(): readonly string[] {
    return [...this.roots];
  }
}

/** The real path of an existing file, else of its nearest existing parent with the rest appended. */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    if (parent === path) return path;
    return join(real(parent), path.slice(parent.length + 1));
  }
}
