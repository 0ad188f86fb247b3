/**
 * Every revision of a story, append-only: history/<2 hex>/<id>.jsonl holds one line per saved revision (number,
 * author, time, summary and the story as saved). A line is appended and fsynced, never rewritten, so a revision
 * once reported saved is never overwritten. A save appends one line to one small file, whatever the library's
 * size, so history does not slow saves as the library grows.
 *
 * A story's first save also writes the revision it replaces (the import, or the last revision saved before
 * history was kept), so revision 1 stays reachable after the story's own file is replaced.
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

interface RevisionLine extends RevisionEntry {
  readonly article: Article;
}

export class RevisionLog {
  private readonly shards = new Set<string>();
  /** Stories known to have a history file (so a save need not look). */
  private readonly known = new Set<string>();

  constructor(private readonly dir: string) {}

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
    const path = this.pathOf(saved.id);
    const shard = dirname(path);
    if (!this.shards.has(shard)) {
      await mkdir(shard, { recursive: true });
      this.shards.add(shard);
    }
    const lines: RevisionLine[] = [];
    if (replaced && replaced.revision < saved.revision && !this.known.has(saved.id)) {
      const summary = replaced.revision === 1 ? 'Imported' : 'Saved before history was kept';
      lines.push({ number: replaced.revision, author: '', at: replaced.updatedAt, summary, article: replaced });
    }
    lines.push({ number: saved.revision, author: note.author, at: saved.updatedAt, summary: note.summary, article: saved });
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
    this.known.add(saved.id);
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

  /** The revisions kept, oldest first (a torn last line, from a crash mid-append, is left out). */
  async read(id: string): Promise<RevisionLine[]> {
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
    return out.sort((a, b) => a.number - b.number);
  }
}
