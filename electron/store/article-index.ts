/**
 * The library's index: one summary per article, kept in memory and persisted as an append-only journal
 * (index.jsonl). A save appends one line instead of rewriting the index, so its cost does not grow with the
 * library; the journal is compacted when it holds more than twice as many lines as articles.
 *
 * A story that came in with a bulk import lives in its batch's pack (see article-store.ts) until it is first
 * saved: its index line then says where, as `pack` {id, article: [offset, length], original: [offset, length]}.
 * A later line for the same story without `pack.article` means the story has its own file now; the original's
 * place never changes. A compacted line keeps the pack place of a saved story too, marked `file: true`, so that
 * the index always knows which pack lines it covers (a pack with lines the index does not name is read again).
 *
 * A batch of saves (ArticleStore.saveMany) writes its new revisions into one pack too: their index lines name the
 * later pack's line (`pack` {id, article} without `original`, which stays where the import put it). The index keeps
 * every pack line that names a story (its home and its later ones): the revision history reads them back, and a
 * compacted line lists them (`later`) with where the story lives.
 *
 * Every line carries a CRC-32 (journal-lines.ts): a torn, glued or overwritten line is reported as damage by
 * line and story, never read as some other story, and the store recovers that story from its file or pack.
 * Summaries only move forward: a line with an older revision than the one already known never replaces it.
 */
import { appendFile, open, readFile } from 'node:fs/promises';
import { decodeCheckedLine, encodeCheckedLine } from './journal-lines.js';
import type { ArticleSummary } from '../domain/article.js';
import { writeFileAtomic } from './durable-file.js';

/** A byte range in a pack file. */
export interface PackSlice {
  readonly pack: string;
  readonly offset: number;
  readonly length: number;
}

/** Where a story's article and original bytes sit in packs, as an index line records it. */
export interface PackRef {
  readonly id: string;
  readonly article?: readonly [number, number];
  readonly original?: readonly [number, number];
}

export interface IndexEntry {
  readonly summary: ArticleSummary;
  readonly pack?: PackRef;
  /** The story has its own file: `pack.article` is only where it came in, not where to read it. */
  readonly file?: true;
}

/** Something found wrong in a library file on open, and what was done about it. */
export interface DamageNote {
  readonly file: string;
  /** The story concerned, when it can be told. */
  readonly story?: string;
  readonly reason: string;
}

/**
 * A journal line. A compacted one also lists the story's `later` pack lines ([pack, offset, length], after its
 * home `pack.article`); the story lives in the last of them unless `file` (its own file) or `inHome` (its home).
 */
type Line = ArticleSummary & {
  readonly pack?: PackRef;
  readonly file?: true;
  readonly later?: readonly (readonly [string, number, number])[];
  readonly inHome?: true;
};

export class ArticleIndex {
  private readonly byId = new Map<string, ArticleSummary>();
  private readonly bySha = new Map<string, string>();
  private readonly articleAt = new Map<string, PackSlice>();
  private readonly homeAt = new Map<string, PackSlice>();
  /** The story's pack lines after its home one (revisions saved in a batch, older copies found by recovery). */
  private readonly laterAt = new Map<string, PackSlice[]>();
  private readonly originalAt = new Map<string, PackSlice>();
  /** Per pack, the byte length of the distinct lines the index names (pack offset → line length). */
  private readonly covered = new Map<string, Map<number, number>>();
  private lines = 0;
  /** The journal ends in a torn line: the next append starts on a line of its own. */
  private tornTail = false;
  readonly damage: DamageNote[] = [];

  private constructor(readonly path: string) {}

  static async load(path: string): Promise<ArticleIndex> {
    const index = new ArticleIndex(path);
    let text = '';
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const parts = text.split('\n');
    const tail = parts.pop() ?? '';
    if (tail !== '') {
      index.tornTail = true;
      index.damage.push({ file: path, ...storyIn(tail), reason: `torn last line (${tail.length} bytes, a crash mid-append)` });
    }
    parts.forEach((raw, n) => {
      if (raw === '') return;
      index.lines++;
      const line = decodeCheckedLine(raw);
      try {
        if (!line.ok) throw new Error(line.reason);
        index.remember(JSON.parse(line.json) as Line);
      } catch (err) {
        index.damage.push({ file: path, ...storyIn(raw), reason: `line ${n + 1}: ${(err as Error).message}` });
      }
    });
    return index;
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): ArticleSummary | undefined {
    return this.byId.get(id);
  }

  idForSha256(sha: string): string | undefined {
    return this.bySha.get(sha);
  }

  /** The pack slice holding this story, while it has no file of its own. */
  articleSlice(id: string): PackSlice | undefined {
    return this.articleAt.get(id);
  }

  /** The pack line a story came in with, whether or not it has its own file since. */
  homeSlice(id: string): PackSlice | undefined {
    return this.homeAt.get(id);
  }

  /** Every pack line the index names for this story, its home first: each holds one revision of it. */
  revisionSlices(id: string): PackSlice[] {
    const home = this.homeAt.get(id);
    return [...(home ? [home] : []), ...(this.laterAt.get(id) ?? [])];
  }

  /** Whether the index already names this pack line as one of the story's. */
  names(id: string, pack: string, offset: number): boolean {
    return this.revisionSlices(id).some((s) => s.pack === pack && s.offset === offset);
  }

  /** The pack slice holding these original bytes, when a bulk import stored them. */
  originalSlice(sha: string): PackSlice | undefined {
    return this.originalAt.get(sha);
  }

  /** Every pack an index line points to. */
  packs(): Set<string> {
    const ids = new Set<string>(this.covered.keys());
    for (const s of this.originalAt.values()) ids.add(s.pack);
    return ids;
  }

  /** How many bytes of a pack's lines the index names: less than the pack's size means lines it lost. */
  coveredBytes(pack: string): number {
    let sum = 0;
    for (const length of this.covered.get(pack)?.values() ?? []) sum += length;
    return sum;
  }

  all(): ArticleSummary[] {
    return [...this.byId.values()];
  }

  /** Records entries in memory and appends them to the journal in one write. */
  async put(entries: readonly IndexEntry[], durable = true): Promise<void> {
    if (entries.length === 0) return;
    const lines = entries.map((e) => JSON.stringify({ ...e.summary, ...(e.pack ? { pack: e.pack } : {}), ...(e.file ? { file: true } : {}) }));
    // The in-memory copy is parsed back from its line: a summary's headline taken straight from the article is a
    // slice of the original text and would keep that whole text alive (≈ 4 KB a story over a bulk import).
    for (const line of lines) this.remember(JSON.parse(line) as Line);
    // After a torn last line the first new line starts on a line of its own, or the torn bytes would glue onto it.
    const chunk = `${this.tornTail ? '\n' : ''}${lines.map(encodeCheckedLine).join('')}`;
    if (durable) {
      const handle = await open(this.path, 'a');
      try {
        await handle.writeFile(chunk);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } else {
      await appendFile(this.path, chunk);
    }
    this.tornTail = false;
    this.lines += entries.length;
    if (this.lines > 2 * this.byId.size + 1000) await this.compact();
  }

  async compact(): Promise<void> {
    const lines: string[] = [];
    for (const s of this.all()) {
      lines.push(encodeCheckedLine(JSON.stringify(this.lineOf(s))));
      // An original kept in a pack the story's line does not name (a recovery's order): a line of its own, first.
      const original = this.originalAt.get(s.sha256);
      if (original && this.bySha.get(s.sha256) === s.id && this.homeAt.get(s.id) && this.homeAt.get(s.id)?.pack !== original.pack) {
        lines.splice(lines.length - 1, 0, encodeCheckedLine(JSON.stringify({ ...s, pack: { id: original.pack, original: [original.offset, original.length] }, file: true })));
      }
    }
    await writeFileAtomic(this.path, lines.join(''));
    this.lines = lines.length;
    this.tornTail = false;
  }

  /**
   * What a compacted journal keeps of one story, in one line: its summary, its home pack line and where its
   * original is (as an import's line says them), the pack lines after its home, and where it lives.
   */
  private lineOf(s: ArticleSummary): Line {
    const home = this.homeAt.get(s.id);
    const original = this.originalAt.get(s.sha256);
    const owns = original && this.bySha.get(s.sha256) === s.id ? original : undefined;
    const latest = this.articleAt.get(s.id);
    const id = home?.pack ?? owns?.pack;
    if (!id) return s;
    const pack: PackRef = {
      id,
      ...(home ? { article: [home.offset, home.length] as const } : {}),
      ...(owns && owns.pack === id ? { original: [owns.offset, owns.length] as const } : {}),
    };
    const later = (this.laterAt.get(s.id) ?? []).filter((x) => !latest || x.pack !== latest.pack || x.offset !== latest.offset);
    const inHome = latest !== undefined && home !== undefined && latest.pack === home.pack && latest.offset === home.offset;
    if (latest && !inHome) later.push(latest);
    return {
      ...s,
      pack,
      ...(later.length > 0 ? { later: later.map((x) => [x.pack, x.offset, x.length] as const) } : {}),
      ...(!latest && home ? { file: true as const } : {}),
      ...(inHome && later.length > 0 ? { inHome: true as const } : {}),
    };
  }

  private remember(line: Line): void {
    const { pack, file, later, inHome, ...summary } = line;
    const slice = (at: readonly [number, number] | undefined): PackSlice | undefined =>
      pack && at ? { pack: pack.id, offset: at[0], length: at[1] } : undefined;
    const article = slice(pack?.article);
    if (article) {
      this.cover(article);
      const home = this.homeAt.get(summary.id);
      if (!home) this.homeAt.set(summary.id, article);
      else if (home.pack !== article.pack || home.offset !== article.offset) this.nameLater(summary.id, article);
    }
    const after = (later ?? []).map(([p, offset, length]): PackSlice => ({ pack: p, offset, length }));
    for (const s of after) {
      this.cover(s);
      this.nameLater(summary.id, s);
    }
    const original = slice(pack?.original);
    if (original && !this.originalAt.has(summary.sha256)) this.originalAt.set(summary.sha256, original);
    const lives = after.length > 0 && !inHome ? after.at(-1) : article;
    const known = this.byId.get(summary.id);
    // Newest revision wins, whatever order the lines came in (a recovery may append an older copy's line).
    if (known && known.revision > summary.revision) return;
    this.byId.set(summary.id, summary);
    this.bySha.set(summary.sha256, summary.id);
    if (lives && !file) this.articleAt.set(summary.id, lives);
    else this.articleAt.delete(summary.id);
  }

  private cover(slice: PackSlice): void {
    const lines = this.covered.get(slice.pack) ?? new Map<number, number>();
    lines.set(slice.offset, slice.length);
    this.covered.set(slice.pack, lines);
  }


  private nameLater(id: string, slice: PackSlice): void {
    const later = this.laterAt.get(id);
    if (!later) this.laterAt.set(id, [slice]);
    else if (!later.some((s) => s.pack === slice.pack && s.offset === slice.offset)) later.push(slice);
  }
}

/** The story id a damaged line seems to name (its first "id"), for the damage report. */
function storyIn(raw: string): { story?: string } {
  const match = /"id":"([A-Za-z0-9-]{1,64})"/.exec(raw);
  return match?.[1] ? { story: match[1] } : {};
}
