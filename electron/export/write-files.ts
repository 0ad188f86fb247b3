/**
 * Writes rendered exports into a folder. Each file is written whole or not at all (temporary file in the same
 * folder, fsync, then moved into place), and an existing file is never replaced: `story.md` taken means
 * `story-2.md`, then `story-3.md`, and so on.
 */
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
    await handle.sync();
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

async function writeOne(dir: string, file: ExportFileContent): Promise<string> {
  if (!SAFE_NAME.test(file.name)) {
    throw new CopydeskError('io', `Cannot write ${JSON.stringify(file.name)} to ${dir}: not a plain file name.`);
  }
  let temporary: string | null = null;
  try {
    temporary = await writeTemporary(dir, file.name, file.content);
    const written = await placeWithoutOverwriting(dir, file.name, temporary);
    temporary = null;
    return written;
  } catch (err) {
    if (temporary !== null) await unlink(temporary).catch(() => undefined);
    throw new CopydeskError('io', `Cannot write ${file.name} to ${dir}: ${errorMessage(err)}`);
  }
}

/** Writes each file into `dir` under its name, or the first free `-2`, `-3`… variant; returns the paths written. */
export async function writeExportFiles(dir: string, files: readonly ExportFileContent[]): Promise<string[]> {
  const folder = path.resolve(dir);
  await checkFolder(folder);
  const written: string[] = [];
  for (const file of files) written.push(await writeOne(folder, file));
  if (written.length > 0) await syncFolder(folder);
  return written;
}
