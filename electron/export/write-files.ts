/**
 * Writes rendered exports into a folder. Each file is written whole or not at all (temporary file in the same
 * folder, flushed, then moved into place), and an existing file is never replaced: `story.md` taken means
 * `story-2.md`, then `story-3.md`, and so on.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { CopydeskError, errorMessage } from '../domain/errors.js';
import { flushFiles, inTurn } from '../store/batch-flush.js';

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
  } catch (err) {
    // A half-written temporary (a full disk) is not left behind.
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw err;
  }
  await handle.close();
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

function checkName(dir: string, file: ExportFileContent): void {
  if (!SAFE_NAME.test(file.name)) {
    throw new CopydeskError('io', `Cannot write ${JSON.stringify(file.name)} to ${dir}: not a plain file name.`);
  }
}

/** What became of one file of a batch: the path it took, or why it was not written (naming the file and folder). */
export type WriteOutcome = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string };

/**
 * Writes each file into `dir` under its name, or the first free `-2`, `-3`… variant; returns the paths written.
 * Batched durability: every file is written to its temporary name, then the batch is flushed once, then each is
 * moved into place and the folder synced — so nothing is reported written before it is on disk, at the cost of
 * one flush for the batch instead of one a file. A failure removes the temporaries and names the file; no file is
 * written when a name is refused.
 */
export async function writeExportFiles(dir: string, files: readonly ExportFileContent[]): Promise<string[]> {
  for (const file of files) checkName(path.resolve(dir), file);
  const outcomes = await writeExportBatch(dir, files);
  const failed = outcomes.find((o) => !o.ok);
  if (failed && !failed.ok) throw new CopydeskError('io', failed.reason);
  return outcomes.map((o) => (o.ok ? o.path : ''));
}

/**
 * writeExportFiles for a batch whose files succeed or fail each on their own (a refused name, a full disk while
 * one file is written): the others are still flushed and placed. Throws only for the folder itself (missing, not
 * a folder, not writable) and when the flush fails, since then none of the batch can be said to be on disk.
 */
export async function writeExportBatch(dir: string, files: readonly ExportFileContent[]): Promise<WriteOutcome[]> {
  const folder = path.resolve(dir);
  await checkFolder(folder);
  const outcomes: WriteOutcome[] = files.map(() => ({ ok: false, reason: '' }));
  const fail = (i: number, err: unknown): void => {
    const name = files[i]?.name ?? '';
    outcomes[i] = { ok: false, reason: err instanceof CopydeskError ? err.message : `Cannot write ${name} to ${folder}: ${errorMessage(err)}` };
  };
  const temporaries: (string | null)[] = files.map(() => null);
  try {
    await inTurn(files, async (file, i) => {
      try {
        checkName(folder, file);
        temporaries[i] = await writeTemporary(folder, file.name, file.content);
      } catch (err) {
        fail(i, err);
      }
    });
    try {
      await flushFiles(folder, temporaries.filter((t): t is string => t !== null));
    } catch (err) {
      throw new CopydeskError('io', `Cannot write ${files.length === 1 ? (files[0]?.name ?? '') : `${files.length} files`} to ${folder}: the flush to disk failed: ${errorMessage(err)}`);
    }
    const place = async (i: number) => {
      const file = files[i] as ExportFileContent;
      const temporary = temporaries[i];
      if (temporary === null || temporary === undefined) return;
      try {
        outcomes[i] = { ok: true, path: await placeWithoutOverwriting(folder, file.name, temporary) };
        temporaries[i] = null;
      } catch (err) {
        fail(i, err);
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
    if (outcomes.some((o) => o.ok)) await syncFolder(folder);
    return outcomes;
  } finally {
    await Promise.all(temporaries.map((t) => (t === null ? undefined : unlink(t).catch(() => undefined))));
  }
}
