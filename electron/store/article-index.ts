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
import { appendFile, open } from 'node:fs/promises';
import { decodeCheckedBytes, encodeCheckedLine, forEachLineOf } from './journal-lines.js';
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

/** What the index keeps of a story (mutable inside the index only; callers get the summary and slices). */
interface StoryEntry {
  summary: ArticleSummary;
  /** The pack line it came in with, whether or not it has its own file since. */
  home: PackSlice | undefined;
  /** The pack slice holding it, while it has no file of its own. */
  article: PackSlice | undefined;
  /** Its pack lines after its home one (revisions saved in a batch, older copies found by recovery). */
  later?: PackSlice[];
}

export class ArticleIndex {
  /**
   * Per story its summary and pack places, in one entry: one Map entry a story instead of three (summary, home,
   * article), whose insertions were most of a 100,000-story open once the lines were parsed.
   */
  private readonly byId = new Map<string, StoryEntry>();
  private readonly bySha = new Map<string, string>();
  private readonly originalAt = new Map<string, PackSlice>();
  /**
   * Per pack, the lines the index names, as offset and length pairs in the order met: one number array a pack (a
   * Map a pack, set once a line, cost 60 ms of a 100,000-story open). A pack's lines repeat when a story's line
   * is written again (a save, a compaction): coveredBytes counts each offset once.
   */
  private readonly covered = new Map<string, number[]>();
  /** The pack the last line named and its list: a bulk import's lines come pack by pack. */
  private lastCovered: { readonly pack: string; readonly lines: number[] } | null = null;
  private lines = 0;
  /** The journal ends in a torn line: the next append starts on a line of its own. */
  private tornTail = false;
  readonly damage: DamageNote[] = [];

  private constructor(readonly path: string) {}

  static async load(path: string): Promise<ArticleIndex> {
    const index = new ArticleIndex(path);
    let n = 0;
    try {
      // Read a chunk and a line at a time, as bytes (journal-lines.ts): a 100,000-story index is 45 MB, and one
      // string of it, or one buffer (external memory V8 answers with full collections), cost more than the parsing.
      await forEachLineOf(path, (bytes, start, end, terminated) => {
        n++;
        if (!terminated) {
          index.tornTail = true;
          index.damage.push({ file: path, ...storyIn(bytes.toString('utf8', start, end)), reason: `torn last line (${end - start} bytes, a crash mid-append)` });
          return;
        }
        if (end === start) return;
        index.lines++;
        const line = decodeCheckedBytes(bytes, start, end);
        try {
          if (!line.ok) throw new Error(line.reason);
          index.remember(JSON.parse(line.json) as Line);
        } catch (err) {
          index.damage.push({ file: path, ...storyIn(bytes.toString('utf8', start, end)), reason: `line ${n}: ${(err as Error).message}` });
        }
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    // The torn tail is reported first, as it was when the whole file was split before its lines were read.
    if (index.tornTail) index.damage.unshift(index.damage.pop() as DamageNote);
    return index;
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): ArticleSummary | undefined {
    return this.byId.get(id)?.summary;
  }

  idForSha256(sha: string): string | undefined {
    return this.bySha.get(sha);
  }

  /** The pack slice holding this story, while it has no file of its own. */
  articleSlice(id: string): PackSlice | undefined {
    return this.byId.get(id)?.article;
  }

  /** The pack line a story came in with, whether or not it has its own file since. */
  homeSlice(id: string): PackSlice | undefined {
    return this.byId.get(id)?.home;
  }

  /** Every pack line the index names for this story, its home first: each holds one revision of it. */
  revisionSlices(id: string): PackSlice[] {
    const entry = this.byId.get(id);
    return [...(entry?.home ? [entry.home] : []), ...(entry?.later ?? [])];
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
    const lines = this.covered.get(pack) ?? [];
    let sum = 0;
    let ascending = true;
    for (let i = 0; i < lines.length; i += 2) {
      if (i > 0 && (lines[i] as number) <= (lines[i - 2] as number)) ascending = false;
      sum += lines[i + 1] as number;
    }
    if (ascending) return sum;
    // Some line named twice: each offset counts once, with the length named last (as a Map keyed by offset kept it).
    const distinct = new Map<number, number>();
    for (let i = 0; i < lines.length; i += 2) distinct.set(lines[i] as number, lines[i + 1] as number);
    sum = 0;
    for (const length of distinct.values()) sum += length;
    return sum;
  }

  all(): ArticleSummary[] {
    const all: ArticleSummary[] = [];
    for (const entry of this.byId.values()) all.push(entry.summary);
    return all;
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
    for (const entry of this.byId.values()) {
      const s = entry.summary;
      lines.push(encodeCheckedLine(JSON.stringify(this.lineOf(entry))));
      // An original kept in a pack the story's line does not name (a recovery's order): a line of its own, first.
      const original = this.originalAt.get(s.sha256);
      if (original && this.bySha.get(s.sha256) === s.id && entry.home && entry.home.pack !== original.pack) {
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
  private lineOf(entry: StoryEntry): Line {
    const { summary: s, home, article: latest } = entry;
    const original = this.originalAt.get(s.sha256);
    const owns = original && this.bySha.get(s.sha256) === s.id ? original : undefined;
    const id = home?.pack ?? owns?.pack;
    if (!id) return s;
    const pack: PackRef = {
      id,
      ...(home ? { article: [home.offset, home.length] as const } : {}),
      ...(owns && owns.pack === id ? { original: [owns.offset, owns.length] as const } : {}),
    };
    const later = (entry.later ?? []).filter((x) => !latest || !samePlace(x, latest));
    const inHome = latest !== undefined && home !== undefined && samePlace(latest, home);
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
    const { pack, file, later, inHome } = line;
    const summary = summaryOf(line);
    const article = pack ? sliceOf(pack.id, pack.article) : undefined;
    if (article) this.cover(article);
    const after = later ? later.map(([p, offset, length]): PackSlice => ({ pack: p, offset, length })) : [];
    for (const s of after) this.cover(s);
    const original = pack ? sliceOf(pack.id, pack.original) : undefined;
    if (original && !this.originalAt.has(summary.sha256)) this.originalAt.set(summary.sha256, original);
    // Where the story lives: the last of its later pack lines (a compacted line's), unless it is back in its home
    // line or has its own file.
    const lives = after.length > 0 && !inHome ? after.at(-1) : article;
    const here = lives && !file ? lives : undefined;
    const known = this.byId.get(summary.id);
    if (!known) {
      const entry: StoryEntry = { summary, home: article, article: here };
      for (const s of after) nameLater(entry, s);
      this.byId.set(summary.id, entry);
      this.bySha.set(summary.sha256, summary.id);
      return;
    }
    // The pack line a story came in with stays its home, whichever revision later lines bring; any other pack
    // line naming it holds a later revision (a batch of saves) or an older copy (recovery): history reads them.
    if (article) {
      if (!known.home) known.home = article;
      else if (!samePlace(known.home, article)) nameLater(known, article);
    }
    for (const s of after) nameLater(known, s);
    // Newest revision wins, whatever order the lines came in (a recovery may append an older copy's line).
    if (known.summary.revision > summary.revision) return;
    known.summary = summary;
    known.article = here;
    this.bySha.set(summary.sha256, summary.id);
  }

  /** Notes a pack line the index names (coveredBytes): a bulk import's lines come pack by pack. */
  private cover(slice: PackSlice): void {
    let last = this.lastCovered;
    if (last?.pack !== slice.pack) {
      const lines = this.covered.get(slice.pack) ?? [];
      this.covered.set(slice.pack, lines);
      last = this.lastCovered = { pack: slice.pack, lines };
    }
    last.lines.push(slice.offset, slice.length);
  }
}

function samePlace(a: PackSlice, b: PackSlice): boolean {
  return a.pack === b.pack && a.offset === b.offset;
}

function nameLater(entry: StoryEntry, slice: PackSlice): void {
  if (!entry.later) entry.later = [slice];
  else if (!entry.later.some((s) => samePlace(s, slice))) entry.later.push(slice);
}

function sliceOf(pack: string, at: readonly [number, number] | undefined): PackSlice | undefined {
  return at ? { pack, offset: at[0], length: at[1] } : undefined;
}

/**
 * The summary's fields of an index line, without its pack place. Named one by one rather than by an object rest
 * (`{ pack, file, ...summary }`), which V8 copies property by property through a slow generic path: 0.2 s of a
 * 100,000-story library's open. A required field added to ArticleSummary fails to compile here until it is copied.
 */
function summaryOf(line: Line): ArticleSummary {
  return {
    id: line.id,
    revision: line.revision,
    status: line.status,
    headline: line.headline,
    slugline: line.slugline,
    source: line.source,
    datelineDate: line.datelineDate,
    updatedAt: line.updatedAt,
    sha256: line.sha256,
  };
}

/** The story id a damaged line seems to name (its first "id"), for the damage report. */
function storyIn(raw: string): { story?: string } {
  const match = /"id":"([A-Za-z0-9-]{1,64})"/.exec(raw);
  return match?.[1] ? { story: match[1] } : {};
}
