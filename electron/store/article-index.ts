/**
 * The library's index: one summary per article, kept in memory and persisted as an append-only journal
 * (index.jsonl). A save appends one line instead of rewriting the index, so its cost does not grow with the
 * library; the journal is compacted when it holds more than twice as many lines as articles.
 *
 * A story that came in with a bulk import lives in its batch's pack (see article-store.ts) until it is first
 * saved: its index line then says where, as `pack` {id, article: [offset, length], original: [offset, length]}.
 * A later line for the same story without `pack.article` means the story has its own file now; the original's
 * place never changes.
 */
import { appendFile, open } from 'node:fs/promises';
import { readJournalLines } from './journal-lines.js';
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
}

type Line = ArticleSummary & { readonly pack?: PackRef };

export class ArticleIndex {
  private readonly byId = new Map<string, ArticleSummary>();
  private readonly bySha = new Map<string, string>();
  private readonly articleAt = new Map<string, PackSlice>();
  private readonly originalAt = new Map<string, PackSlice>();
  private lines = 0;

  private constructor(private readonly path: string) {}

  static async load(path: string): Promise<ArticleIndex> {
    const index = new ArticleIndex(path);
    for (const line of await readJournalLines(path)) {
      index.lines++;
      try {
        index.remember(JSON.parse(line) as Line);
      } catch {
        // A torn last line from a crash mid-append: the article file itself is reconciled by the store.
      }
    }
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

  /** The pack slice holding these original bytes, when a bulk import stored them. */
  originalSlice(sha: string): PackSlice | undefined {
    return this.originalAt.get(sha);
  }

  /** Every pack an index line points to. */
  packs(): Set<string> {
    const ids = new Set<string>();
    for (const s of this.articleAt.values()) ids.add(s.pack);
    for (const s of this.originalAt.values()) ids.add(s.pack);
    return ids;
  }

  all(): ArticleSummary[] {
    return [...this.byId.values()];
  }

  /** Records entries in memory and appends them to the journal in one write. */
  async put(entries: readonly IndexEntry[], durable = true): Promise<void> {
    if (entries.length === 0) return;
    const lines = entries.map((e) => JSON.stringify(e.pack ? { ...e.summary, pack: e.pack } : e.summary));
    // The in-memory copy is parsed back from its line: a summary's headline taken straight from the article is a
    // slice of the original text and would keep that whole text alive (≈ 4 KB a story over a bulk import).
    for (const line of lines) this.remember(JSON.parse(line) as Line);
    const chunk = lines.map((l) => `${l}\n`).join('');
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
    this.lines += entries.length;
    if (this.lines > 2 * this.byId.size + 1000) await this.compact();
  }

  async compact(): Promise<void> {
    const body = this.all()
      .map((s) => `${JSON.stringify({ ...s, ...this.packOf(s) })}\n`)
      .join('');
    await writeFileAtomic(this.path, body);
    this.lines = this.byId.size;
  }

  private packOf(s: ArticleSummary): { pack?: PackRef } {
    const article = this.articleAt.get(s.id);
    const original = this.originalAt.get(s.sha256);
    const id = article?.pack ?? original?.pack;
    if (!id) return {};
    return {
      pack: {
        id,
        ...(article ? { article: [article.offset, article.length] as const } : {}),
        ...(original && original.pack === id ? { original: [original.offset, original.length] as const } : {}),
      },
    };
  }

  private remember(line: Line): void {
    const { pack, ...summary } = line;
    this.byId.set(summary.id, summary);
    this.bySha.set(summary.sha256, summary.id);
    const slice = (at: readonly [number, number] | undefined): PackSlice | undefined =>
      pack && at ? { pack: pack.id, offset: at[0], length: at[1] } : undefined;
    const article = slice(pack?.article);
    if (article) this.articleAt.set(summary.id, article);
    else this.articleAt.delete(summary.id);
    const original = slice(pack?.original);
    if (original) this.originalAt.set(summary.sha256, original);
  }
}
