/**
 * The library's index: one summary per article, kept in memory and persisted as an append-only journal
 * (index.jsonl). A save appends one line instead of rewriting the index, so its cost does not grow with the
 * library; the journal is compacted when it holds more than twice as many lines as articles.
 */
import { appendFile, open } from 'node:fs/promises';
import { readJournalLines } from './journal-lines.js';
import type { ArticleSummary } from '../domain/article.js';
import { writeFileAtomic } from './durable-file.js';

export class ArticleIndex {
  private readonly byId = new Map<string, ArticleSummary>();
  private readonly bySha = new Map<string, string>();
  private lines = 0;

  private constructor(private readonly path: string) {}

  static async load(path: string): Promise<ArticleIndex> {
    const index = new ArticleIndex(path);
    for (const line of await readJournalLines(path)) {
      index.lines++;
      try {
        index.remember(JSON.parse(line) as ArticleSummary);
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

  all(): ArticleSummary[] {
    return [...this.byId.values()];
  }

  /** Records summaries in memory and appends them to the journal in one write. */
  async put(summaries: readonly ArticleSummary[], durable = true): Promise<void> {
    if (summaries.length === 0) return;
    const lines = summaries.map((s) => JSON.stringify(s));
    // The in-memory copy is parsed back from its line: a summary's headline taken straight from the article is a
    // slice of the original text and would keep that whole text alive (≈ 4 KB a story over a bulk import).
    for (const line of lines) this.remember(JSON.parse(line) as ArticleSummary);
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
    this.lines += summaries.length;
    if (this.lines > 2 * this.byId.size + 1000) await this.compact();
  }

  async compact(): Promise<void> {
    const body = this.all().map((s) => `${JSON.stringify(s)}\n`).join('');
    await writeFileAtomic(this.path, body);
    this.lines = this.byId.size;
  }

  private remember(s: ArticleSummary): void {
    this.byId.set(s.id, s);
    this.bySha.set(s.sha256, s.id);
  }
}
