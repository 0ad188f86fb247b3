/**
 * Writes rendered exports into a folder. Each file is written whole or not at all (temporary file in the same
 * folder, flushed, then moved into place), and an existing file is never replaced: `story.md` taken means
 * `story-2.md`, then `story-3.md`, and so on.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { CopydeskError, errorMessage } from '../domain/errors.js';

export interface ExportFileContent {
  readonly name: string;
  readonly content: string;
}

const MAX_SUFFIX = 10_000;
/** A name the `-2`, `-3`… rule could give another file: `story-2.md`. */
const VARIANT = /-\d+(?:\.[^.]*)?$/u;
// A plain file name: no folder part, no leading dot (hidden files, "." and ".."), nothing a shell or Windows mangles.
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
// link() refuses on file systems without hard links (FAT, exFAT, some network shares): rename instead.
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

function errorCode(err: unknown): string | undefined {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

async function checkFolder(dir: string): Promise<void> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(dir)).isDirectory();
  } catch (err) {
    const reason = errorCode(err) === 'ENOENT' ? 'it does not exist' : errorMessage(err);
    throw new CopydeskError('io', `Cannot export to ${dir}: ${reason}.`);
  }
  if (!isFolder) throw new CopydeskError('io', `Cannot export to ${dir}: it is not a folder.`);
  try {
    await access(dir, constants.W_OK);
  } catch {
    throw new CopydeskError('io', `Cannot export to ${dir}: the folder is not writable.`);
  }
}

function candidateName(name: string, attempt: number): string {
  if (attempt === 1) return name;
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)}-${attempt}${ext}`;
}

async function writeTemporary(dir: string, name: string, content: string): Promise<string> {
  const temporary = path.join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
  } finally {
    await handle.close();
  }
  return temporary;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return false;
    throw err;
  }
}

/** Moves the temporary file to the first free name; returns the path it took. */
async function placeWithoutOverwriting(dir: string, name: string, temporary: string): Promise<string> {
  let hardLinks = true;
  for (let attempt = 1; attempt <= MAX_SUFFIX; attempt += 1) {
    const target = path.join(dir, candidateName(name, attempt));
    if (hardLinks) {
      try {
        // link() fails with EEXIST instead of replacing: no window between checking and writing.
        await link(temporary, target);
        await unlink(temporary);
        return target;
      } catch (err) {
        const code = errorCode(err);
        if (code === 'EEXIST') continue;
        if (code === undefined || !NO_HARD_LINKS.has(code)) throw err;
        hardLinks = false;
      }
    }
    if (!(await exists(target))) {
      await rename(temporary, target);
      return target;
    }
  }
  throw new Error(`every name up to ${candidateName(name, MAX_SUFFIX)} is taken`);
}

/** Makes the new directory entries durable; not possible on every platform (Windows cannot open a folder). */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The files themselves were synced; only the folder entry may be lost by a crash in the next moment.
  }
}

/** Files written at once: enough to keep the thread pool busy, few enough to bound open handles. */
const CONCURRENCY = 16;

async function inTurn<T, R>(items: readonly T[], work: (item: T, index: number) => Promise<R>): Promise<R[]> {
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

/** One flush for the batch: syncfs(2) through coreutils' `sync -f` for a large one on Linux, else each file's fsync. */
async function flushBatch(dir: string, temporaries: readonly string[]): Promise<void> {
  if (temporaries.length >= SYNCFS_FROM && process.platform === 'linux' && (await syncFileSystem(dir))) return;
  await inTurn(temporaries, async (file) => {
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

function checkName(dir: string, file: ExportFileContent): void {
  if (!SAFE_NAME.test(file.name)) {
    throw new CopydeskError('io', `Cannot write ${JSON.stringify(file.name)} to ${dir}: not a plain file name.`);
  }
}

/**
 * Writes each file into `dir` under its name, or the first free `-2`, `-3`… variant; returns the paths written.
 * Batched durability: every file is written to its temporary name, then the batch is flushed once, then each is
 * moved into place and the folder synced — so nothing is reported written before it is on disk, at the cost of
 * one flush for the batch instead of one a file. A failure removes the temporaries and names the file.
 */
export async function writeExportFiles(dir: string, files: readonly ExportFileContent[]): Promise<string[]> {
  const folder = path.resolve(dir);
  await checkFolder(folder);
  for (const file of files) checkName(folder, file);
  const temporaries: (string | null)[] = files.map(() => null);
  try {
    await inTurn(files, async (file, i) => {
      try {
        temporaries[i] = await writeTemporary(folder, file.name, file.content);
      } catch (err) {
        throw new CopydeskError('io', `Cannot write ${file.name} to ${folder}: ${errorMessage(err)}`);
      }
    });
    await flushBatch(folder, temporaries.filter((t): t is string => t !== null));
    const written: string[] = new Array<string>(files.length);
    const place = async (i: number) => {
      const file = files[i] as ExportFileContent;
      try {
        written[i] = await placeWithoutOverwriting(folder, file.name, temporaries[i] as string);
        temporaries[i] = null;
      } catch (err) {
        throw new CopydeskError('io', `Cannot write ${file.name} to ${folder}: ${errorMessage(err)}`);
      }
    };
    // At once: the first file of each name that is not itself a `-N` variant (such files can only take their own
    // name or a `-N` variant of it, which none of them is). Then, in order and one at a time, names the batch
    // repeats and `-N` names, so which file gets `-2` never depends on timing.
    const seen = new Set<string>();
    const together: number[] = [];
    const inOrder: number[] = [];
    for (const [i, f] of files.entries()) {
      if (seen.has(f.name) || VARIANT.test(f.name)) inOrder.push(i);
      else together.push(i);
      seen.add(f.name);
    }
    await inTurn(together, place);
    for (const i of inOrder) await place(i);
    if (written.length > 0) await syncFolder(folder);
    return written;
  } finally {
    await Promise.all(temporaries.map((t) => (t === null ? undefined : unlink(t).catch(() => undefined))));
  }
}
