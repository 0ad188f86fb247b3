/**
 * The article store: one lowdb file per article (articles/<2 hex>/<id>.json) plus the journal index, and the
 * original bytes of every import (originals/<2 hex>/<sha256>). Saving one story writes that story's file and one
 * index line, never the others, so a save costs the same in a library of 1,000 or 100,000 stories.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { summarize, type Article, type ArticleStatus, type ArticleSummary } from '../domain/article.js';
import { CopydeskError } from '../domain/errors.js';
import { ArticleIndex } from './article-index.js';
import { DurableJsonFile, syncBatch, writeFileAtomic, type Durability } from './durable-file.js';

const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

export class ArticleStore {
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly knownShards = new Set<string>();

  private constructor(
    readonly dir: string,
    private readonly index: ArticleIndex,
  ) {}

  static async open(dir: string): Promise<ArticleStore> {
    await mkdir(join(dir, 'articles'), { recursive: true });
    await mkdir(join(dir, 'originals'), { recursive: true });
    const store = new ArticleStore(dir, await ArticleIndex.load(join(dir, 'index.jsonl')));
    await store.reconcile();
    return store;
  }

  get size(): number {
    return this.index.size;
  }

  list(filter: { status?: ArticleStatus } = {}): ArticleSummary[] {
    const all = this.index.all().filter((s) => !filter.status || s.status === filter.status);
    return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  /** The index's summary of one story, without reading its file. */
  summary(id: string): ArticleSummary | undefined {
    return this.index.get(id);
  }

  idForOriginal(sha256: string): string | undefined {
    return this.index.idForSha256(sha256);
  }

  async get(id: string): Promise<Article> {
    const article = await this.read(id);
    if (!article) throw new CopydeskError('not-found', `No story with id ${id}`);
    return article;
  }

  /**
   * Stores new articles with their original bytes. In a batch, files are written without a sync each and the
   * whole batch is synced before this returns, so "imported" is only reported once everything is on disk.
   */
  async insert(items: readonly { article: Article; bytes: Uint8Array }[]): Promise<void> {
    for (const { article } of items) checkId(article.id);
    if (items.length === 1 && items[0]) {
      const { article, bytes } = items[0];
      await this.ensureShard('originals', article.original.sha256);
      await this.writeOriginal(article.original.sha256, bytes);
      await this.ensureShard('articles', article.id);
      await this.fileFor(article.id, 'journal').write(article);
    } else if (items.length > 1) {
      await this.writeBatch(items);
    }
    await this.index.put(items.map((i) => summarize(i.article)));
  }

  /**
   * A batch is written with synchronous calls in slices (one thread-pool round trip per file costs more than the
   * write itself), yielding between slices, then made durable with one sync of the whole batch. Every file is
   * new, so no temp file and rename are needed: the index lines that make the stories visible are appended only
   * after the sync, and a file left half-written by a crash before it is never indexed (an original the index does
   * not know is written again).
   */
  private async writeBatch(items: readonly { article: Article; bytes: Uint8Array }[]): Promise<void> {
    const paths: string[] = [];
    const dirs = new Set<string>();
    for (let i = 0; i < items.length; i += 100) {
      for (const { article, bytes } of items.slice(i, i + 100)) {
        const sha = article.original.sha256;
        dirs.add(await this.ensureShard('originals', sha));
        dirs.add(await this.ensureShard('articles', article.id));
        const original = this.originalPath(sha);
        if (!(this.index.idForSha256(sha) && existsSync(original))) {
          writeFileSync(original, bytes, { mode: 0o600 });
          paths.push(original);
        }
        writeFileSync(this.articlePath(article.id), JSON.stringify(article), { flag: 'wx', mode: 0o600 });
        paths.push(this.articlePath(article.id));
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await syncBatch(this.dir, paths, [...dirs]);
  }

  /** Saves a new revision; refuses it when the story changed since the caller read `expectedRevision`. */
  async save(next: Article, expectedRevision: number): Promise<Article> {
    checkId(next.id);
    return this.withLock(next.id, async () => {
      const current = this.index.get(next.id);
      if (!current) throw new CopydeskError('not-found', `No story with id ${next.id}`);
      if (current.revision !== expectedRevision) {
        throw new CopydeskError(
          'conflict',
          `"${current.headline}" was changed elsewhere (revision ${current.revision}, you edited revision ${expectedRevision}): reload it and apply your change again`,
        );
      }
      const saved: Article = { ...next, revision: current.revision + 1, updatedAt: new Date().toISOString() };
      // The index line's fsync right after commits the rename (journal mode): two device flushes per save.
      await this.fileFor(saved.id, 'journal').write(saved);
      await this.index.put([summarize(saved)]);
      return saved;
    });
  }

  originalPath(sha256: string): string {
    return join(this.shardDir('originals', sha256), sha256);
  }

  private async read(id: string): Promise<Article | null> {
    if (!ID_PATTERN.test(id)) return null;
    const db = new Low<Article | null>(this.fileFor(id, true), null);
    await db.read();
    return db.data;
  }

  private fileFor(id: string, durable: Durability): DurableJsonFile<Article | null> {
    return new DurableJsonFile<Article | null>(this.articlePath(id), durable);
  }

  private shardDir(kind: 'articles' | 'originals', key: string): string {
    return join(this.dir, kind, key.slice(0, 2).toLowerCase());
  }

  private async writeOriginal(sha256: string, bytes: Uint8Array): Promise<void> {
    const path = this.originalPath(sha256);
    if (!existsSync(path)) await writeFileAtomic(path, bytes, true);
  }

  private async ensureShard(kind: 'articles' | 'originals', key: string): Promise<string> {
    const dir = this.shardDir(kind, key);
    if (!this.knownShards.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.knownShards.add(dir);
    }
    return dir;
  }

  private async withLock<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(id) ?? Promise.resolve();
    const run = previous.then(work, work);
    const settled = run.catch(() => undefined);
    this.locks.set(id, settled);
    try {
      return await run;
    } finally {
      if (this.locks.get(id) === settled) this.locks.delete(id);
    }
  }

  /** An article file written just before a crash, whose index line never landed, is found and indexed again. */
  private async reconcile(): Promise<void> {
    const root = join(this.dir, 'articles');
    const missing: ArticleSummary[] = [];
    for (const shard of await readdir(root)) {
      let names: string[];
      try {
        names = await readdir(join(root, shard));
      } catch {
        continue;
      }
      for (const name of names) {
        if (!name.endsWith('.json')) continue;
        const id = name.slice(0, -5);
        if (this.index.get(id)) continue;
        const article = await this.read(id).catch(() => null);
        if (article) missing.push(summarize(article));
      }
    }
    await this.index.put(missing);
  }

  private articlePath(id: string): string {
    return join(this.shardDir('articles', id), `${id}.json`);
  }
}

function checkId(id: string): void {
  if (!ID_PATTERN.test(id)) throw new CopydeskError('validation', `Invalid story id: ${id}`);
}
