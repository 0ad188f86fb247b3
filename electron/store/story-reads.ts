/**
 * Reading a story back from disk, checked: its own file, or its line in a pack. A damaged copy is an error naming
 * the file and the story (and the byte, in a pack), never a bare parser message.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../domain/article.js';
import { CopydeskError, errorMessage } from '../domain/errors.js';
import type { PackSlice } from './article-index.js';
import { decodeCheckedBytes } from './journal-lines.js';
import type { PackLine } from './library-recovery.js';
import type { RevisionLine } from './revision-log.js';

/** What every reader of a story relies on: a story file without these is damaged, and said to be. */
const STORY_FIELDS: readonly (readonly [keyof Article, 'string' | 'object' | 'array'])[] = [
  ['headline', 'string'], ['status', 'string'], ['updatedAt', 'string'], ['source', 'object'], ['dateline', 'object'],
  ['original', 'object'], ['paragraphs', 'array'], ['changes', 'array'], ['exports', 'array'],
];

/** A story's own file (articles/<2 hex>/<id>.json), with the fields every reader relies on. */
export async function readStoryFileAt(path: string, id: string): Promise<Article> {
  try {
    const article = JSON.parse(await readFile(path, 'utf8')) as Article | null;
    if (typeof article !== 'object' || article === null || article.id !== id || !Number.isInteger(article.revision)) {
      throw new Error('it does not hold this story');
    }
    const lacking = STORY_FIELDS.filter(([field, kind]) => (kind === 'array' ? !Array.isArray(article[field]) : typeof article[field] !== kind || article[field] === null));
    if (lacking.length > 0) throw new Error(`it lacks ${lacking.map(([f]) => f).join(', ')}`);
    return article;
  } catch (err) {
    throw new CopydeskError('io', `${path}: the story file of ${id} cannot be read: ${errorMessage(err)}`);
  }
}

/** The story `id` from its line in a pack, checked by the line's CRC. */
export async function readPackLine(path: string, slice: PackSlice, id: string, files?: PackFiles): Promise<Article> {
  return (await readPackEntry(path, slice, id, files)).article;
}

/** The whole pack line of story `id` (the story, where its original is, and the note of a batch save), checked. */
export async function readPackEntry(path: string, slice: PackSlice, id: string, files?: PackFiles): Promise<PackLine> {
  const line = decodeCheckedBytes(await readSlice(path, slice, files));
  try {
    if (!line.ok) throw new Error(line.reason);
    const entry = JSON.parse(line.json) as PackLine;
    if (entry.article?.id !== id) throw new Error(`the line holds another story (${String(entry.article?.id)})`);
    return entry;
  } catch (err) {
    throw new CopydeskError('io', `${path}: story ${id} at byte ${slice.offset} cannot be read: ${errorMessage(err)}`);
  }
}

export async function readSlice(path: string, slice: PackSlice, files?: PackFiles): Promise<Buffer> {
  if (files) return files.read(path, slice);
  const handle = await open(path, 'r');
  try {
    return await readAt(handle, path, slice);
  } finally {
    await handle.close();
  }
}

async function readAt(handle: FileHandle, path: string, slice: PackSlice): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(slice.length);
  const { bytesRead } = await handle.read(buffer, 0, slice.length, slice.offset);
  if (bytesRead !== slice.length) throw new CopydeskError('io', `${path} is shorter than the index says: the library may be damaged`);
  return buffer;
}

/**
 * The packs read last, kept open: an export reads hundreds of stories from the same few packs, and opening and
 * closing the file for each line cost more than reading it. Packs never change once written, so a kept handle
 * always reads what is there. A handle in use is never closed; the store closes them all when it closes.
 */
export class PackFiles {
  private readonly handles = new Map<string, { readonly handle: Promise<FileHandle>; busy: number }>();
  private lastRead = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  /** `kept` packs open at most; all closed once nothing was read for `idleMs` (a store dropped unclosed too). */
  constructor(
    private readonly kept = 8,
    private readonly idleMs = 2_000,
  ) {}

  async read(path: string, slice: PackSlice): Promise<Buffer> {
    let entry = this.handles.get(path);
    if (entry) {
      // The most recently used last: the first ones are closed first.
      this.handles.delete(path);
      this.handles.set(path, entry);
    } else {
      entry = { handle: open(path, 'r'), busy: 0 };
      this.handles.set(path, entry);
      this.trim();
    }
    const kept = entry;
    kept.busy++;
    this.lastRead = Date.now();
    this.closeWhenIdle();
    try {
      const handle = await kept.handle.catch((err: unknown) => {
        // A pack that cannot be opened (gone, a damaged library) is not kept: the next read tries again.
        if (this.handles.get(path) === kept) this.handles.delete(path);
        throw err;
      });
      return await readAt(handle, path, slice);
    } finally {
      kept.busy--;
    }
  }

  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const all = [...this.handles.values()];
    this.handles.clear();
    await Promise.all(all.map((e) => e.handle.then((h) => h.close()).catch(() => undefined)));
  }

  /** One timer, re-armed while reads go on; it never keeps the process alive. */
  private closeWhenIdle(): void {
    if (this.idleTimer) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      const quiet = Date.now() - this.lastRead >= this.idleMs;
      if (quiet && [...this.handles.values()].every((e) => e.busy === 0)) void this.close();
      else this.closeWhenIdle();
    }, this.idleMs);
    this.idleTimer.unref();
  }

  private trim(): void {
    for (const [path, entry] of this.handles) {
      if (this.handles.size <= this.kept) return;
      if (entry.busy > 0) continue;
      this.handles.delete(path);
      void entry.handle.then((h) => h.close()).catch(() => undefined);
    }
  }
}

/**
 * The revisions of story `id` kept in pack lines under `dir`/packs (its import's, its batches of saves'), for its
 * history. A damaged line is left out, as a torn history line is: the other revisions are still there.
 */
export async function packedRevisions(dir: string, slices: readonly PackSlice[], id: string): Promise<RevisionLine[]> {
  const out: RevisionLine[] = [];
  for (const slice of slices) {
    let line: PackLine;
    try {
      line = await readPackEntry(join(dir, 'packs', `${slice.pack}.jsonl`), slice, id);
    } catch {
      continue;
    }
    const { article, note } = line;
    const summary = note?.summary ?? (article.revision === 1 ? 'Imported' : 'Saved before history was kept');
    out.push({ number: article.revision, author: note?.author ?? '', at: article.updatedAt, summary, article });
  }
  return out;
}
