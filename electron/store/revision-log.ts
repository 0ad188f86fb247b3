/**
 * Every revision of a story, append-only: history/<2 hex>/<id>.jsonl holds one line per saved revision (number,
 * author, time, summary and the story as saved). A line is appended and fsynced, never rewritten, so a revision
 * once reported saved is never overwritten. A save appends one line to one small file, whatever the library's
 * size, so history does not slow saves as the library grows.
 *
 * A story's first save also writes the revision it replaces when that revision lives in the story's own file (a
 * single import, or the last revision saved before history was kept), so it stays reachable after the file is
 * replaced. A revision that lives in a pack line needs no copy: packs are never changed, and the history reads
 * the story's pack lines (its import's, and those of every batch of saves, ArticleStore.saveMany, which writes a
 * batch's revisions into one pack instead of a history line a story) beside this file.
 */
import { mkdir, open, readFile, stat, truncate } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article } from '../domain/article.js';

export interface RevisionNote {
  readonly author: string;
  readonly summary: string;
}

export interface RevisionEntry extends RevisionNote {
  readonly number: number;
  readonly at: string;
}

export interface RevisionLine extends RevisionEntry {
  readonly article: Article;
}

/** The story's revisions kept in pack lines (the store reads them where the index says they are). */
export type PackedRevisions = (id: string) => Promise<RevisionLine[]>;

/** The history line of a revision kept only when it was replaced: the import, or a save from before history. */
function replacedLine(replaced: Article): RevisionLine {
  const summary = replaced.revision === 1 ? 'Imported' : 'Saved before history was kept';
  return { number: replaced.revision, author: '', at: replaced.updatedAt, summary, article: replaced };
}

export class RevisionLog {
  private readonly shards = new Set<string>();
  /** Stories known to have a history file (so a save need not look). */
  private readonly known = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly packed: PackedRevisions = () => Promise.resolve([]),
  ) {}

  /** True once the story has a history file (remembered, so a save looks at most once). */
  async started(id: string): Promise<boolean> {
    if (this.known.has(id)) return true;
    const size = await stat(this.pathOf(id)).then((s) => s.size, () => 0);
    if (size > 0) this.known.add(id);
    return size > 0;
  }

  /**
   * Appends the saved revision; on the story's first save, `replaced` (the revision it replaces) is written first.
   * One write and one fsync either way; with `flush` false, no fsync: the caller flushes the file (fileOf) with
   * the rest of its batch before it reports the save (article-store.ts saveMany).
   */
  async append(saved: Article, note: RevisionNote, replaced: Article | null, flush = true): Promise<number> {
    const lines: RevisionLine[] = [];
    if (replaced && replaced.revision < saved.revision && !this.known.has(saved.id)) lines.push(replacedLine(replaced));
    lines.push({ number: saved.revision, author: note.author, at: saved.updatedAt, summary: note.summary, article: saved });
    return this.write(saved.id, lines, flush);
  }

  /**
   * Keeps a revision about to be replaced that only the story's own file holds (a batch of saves writes the new
   * one into a pack, whose line is its history entry); unflushed unless `flush`. Returns the file's size before.
   */
  async keepReplaced(replaced: Article, flush = true): Promise<number> {
    return this.write(replaced.id, [replacedLine(replaced)], flush);
  }

  private async write(id: string, lines: readonly RevisionLine[], flush: boolean): Promise<number> {
    const path = this.pathOf(id);
    const shard = dirname(path);
    if (!this.shards.has(shard)) {
      await mkdir(shard, { recursive: true });
      this.shards.add(shard);
    }
    const handle = await open(path, 'a', 0o600);
    let before: number;
    try {
      before = (await handle.stat()).size;
      try {
        await handle.writeFile(lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
        if (flush) await handle.sync();
      } catch (err) {
        // A torn line would glue onto the next revision's line and hide it: the file goes back to where it was.
        await handle.truncate(before).catch(() => undefined);
        throw err;
      }
    } finally {
      await handle.close();
    }
    this.known.add(id);
    return before;
  }

  /**
   * Takes back what `append` wrote from `size` on (the save it belonged to failed before it was made visible), so
   * history never lists a revision the store does not hold.
   */
  async takeBack(id: string, size: number): Promise<void> {
    await truncate(this.pathOf(id), size);
    if (size === 0) this.known.delete(id);
  }

  /** The story's history file. */
  fileOf(id: string): string {
    return this.pathOf(id);
  }

  private pathOf(id: string): string {
    return join(this.dir, 'history', id.slice(0, 2).toLowerCase(), `${id}.jsonl`);
  }

  /**
   * The revisions kept, oldest first: the story's history file and its pack lines, one entry a revision (a torn
   * last line, from a crash mid-append, is left out).
   */
  async read(id: string): Promise<RevisionLine[]> {
    const [own, packed] = await Promise.all([this.readOwn(id), this.packed(id)]);
    const seen = new Set<number>();
    return [...own, ...packed].filter((r) => !seen.has(r.number) && seen.add(r.number)).sort((a, b) => a.number - b.number);
  }

  private async readOwn(id: string): Promise<RevisionLine[]> {
    let text: string;
    try {
      text = await readFile(this.pathOf(id), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const out: RevisionLine[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        out.push(JSON.parse(line) as RevisionLine);
      } catch {
        // A torn line: the revisions before it are still there.
      }
    }
    return out;
  }
}
