/**
 * The article store: one lowdb file per article (articles/<2 hex>/<id>.json) plus the journal index, and the
 * original bytes of every import. Saving one story writes that story's file and one index line, never the others,
 * so a save costs the same in a library of 1,000 or 100,000 stories.
 *
 * A bulk import writes its batch as one pack instead of two new files a story (creating a file costs more than
 * parsing, cleaning and enriching the story on a virtual disk): packs/<pack>.jsonl holds one line per story
 * ({"article":…,"original":{pack,offset,length}}) and packs/<pack>.originals the batch's original bytes end to
 * end. Packs are written once and never changed; a story's first save gives it its own file, which is read from
 * then on. A single import (a paste, one dropped file) writes the files directly: originals/<2 hex>/<sha256>.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, open, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Low } from 'lowdb';
import { summarize, type Article, type ArticleStatus, type ArticleSummary } from '../domain/article.js';
import { CopydeskError } from '../domain/errors.js';
import { ArticleIndex, type IndexEntry, type PackSlice } from './article-index.js';
import { DurableJsonFile, syncDir, writeFileAtomic, type Durability } from './durable-file.js';
import { RevisionLog, type RevisionNote } from './revision-log.js';

const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;
const PACK_PATTERN = /^[a-z0-9]{1,16}-[0-9a-f]{12}$/;

/** One line of a pack's .jsonl: the story as imported and where its original bytes are. */
interface PackLine {
  readonly article: Article;
  readonly original: PackSlice | null;
}

export class ArticleStore {
  private readonly locks = new Map<string, Promise<unknown>>();
  /** Originals of stories being stored right now (written, not yet indexed): a batch prepared meanwhile sees them. */
  private readonly storing = new Map<string, string>();
  private readonly knownShards = new Set<string>();
  /** Every saved revision, append-only (revision-log.ts). */
  readonly history: RevisionLog;

  private constructor(
    readonly dir: string,
    private readonly index: ArticleIndex,
  ) {
    this.history = new RevisionLog(dir);
  }

  static async open(dir: string): Promise<ArticleStore> {
    await mkdir(join(dir, 'articles'), { recursive: true });
    await mkdir(join(dir, 'originals'), { recursive: true });
    await mkdir(join(dir, 'packs'), { recursive: true });
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
    return this.index.idForSha256(sha256) ?? this.storing.get(sha256);
  }

  async get(id: string): Promise<Article> {
    const article = await this.read(id);
    if (!article) throw new CopydeskError('not-found', `No story with id ${id}`);
    return article;
  }

  /**
   * Stores new articles with their original bytes. A batch goes into one pack, made durable before the index
   * lines that make its stories visible are appended, so "imported" is only reported once everything is on disk.
   */
  async insert(items: readonly { article: Article; bytes: Uint8Array }[]): Promise<void> {
    for (const { article } of items) checkId(article.id);
    const shas = items.map(({ article }) => article.original.sha256).filter((sha) => !this.storing.has(sha));
    items.forEach(({ article }) => this.storing.set(article.original.sha256, article.id));
    try {
      await this.write(items);
    } finally {
      for (const sha of shas) this.storing.delete(sha);
    }
  }

  private async write(items: readonly { article: Article; bytes: Uint8Array }[]): Promise<void> {
    if (items.length === 1 && items[0]) {
      const { article, bytes } = items[0];
      await this.ensureShard('originals', article.original.sha256);
      await this.writeOriginal(article.original.sha256, bytes);
      await this.ensureShard('articles', article.id);
      await this.fileFor(article.id, 'journal').write(article);
      await this.index.put([{ summary: summarize(article) }]);
    } else if (items.length > 1) {
      await this.index.put(await this.writePack(items));
    }
  }

  /**
   * Writes a batch as one pack: the stories' lines and the originals not stored before, each file written in one
   * call and fsynced, then the packs folder. Nothing points to the pack until its index lines are appended; a pack
   * left by a crash before that is read back on the next open.
   */
  private async writePack(items: readonly { article: Article; bytes: Uint8Array }[]): Promise<IndexEntry[]> {
    const pack = `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
    const lines: Buffer[] = [];
    const originals: Uint8Array[] = [];
    const placed = new Map<string, PackSlice>();
    const entries: IndexEntry[] = [];
    let originalsLength = 0;
    let linesLength = 0;
    for (const { article, bytes } of items) {
      const sha = article.original.sha256;
      let original: PackSlice | null = placed.get(sha) ?? this.index.originalSlice(sha) ?? null;
      let own: readonly [number, number] | undefined;
      if (!original && !(this.index.idForSha256(sha) && existsSync(this.originalPath(sha)))) {
        original = { pack, offset: originalsLength, length: bytes.byteLength };
        own = [original.offset, original.length];
        placed.set(sha, original);
        originals.push(bytes);
        originalsLength += bytes.byteLength;
      }
      const line = Buffer.from(`${JSON.stringify({ article, original } satisfies PackLine)}\n`);
      lines.push(line);
      entries.push({ summary: summarize(article), pack: { id: pack, article: [linesLength, line.length], ...(own ? { original: own } : {}) } });
      linesLength += line.length;
    }
    // Both files flushed at once: the file system commits them in one journal transaction.
    await Promise.all([
      writeDurably(this.packPath(pack, 'originals'), Buffer.concat(originals, originalsLength)),
      writeDurably(this.packPath(pack, 'jsonl'), Buffer.concat(lines, linesLength)),
    ]);
    await syncDir(join(this.dir, 'packs'));
    return entries;
  }

  /** The original bytes of an import, exactly as they came. */
  async readOriginal(sha256: string): Promise<Buffer> {
    const slice = this.index.originalSlice(sha256);
    if (slice) return readSlice(this.packPath(slice.pack, 'originals'), slice);
    return readFile(this.originalPath(sha256));
  }

  /** Saves a new revision; refuses it when the story changed since the caller read `expectedRevision`. */
  async save(next: Article, expectedRevision: number, note: RevisionNote = { author: '', summary: 'Saved' }): Promise<Article> {
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
      // A story imported in a pack gets its own file (and maybe its shard folder) on its first save.
      await this.ensureShard('articles', saved.id);
      // The history line and the story's file are flushed together; the index line after them makes the save visible.
      // The revision this one replaces is read before its file is replaced (first save only).
      const replaced = (await this.history.started(saved.id)) ? null : await this.read(saved.id);
      await Promise.all([this.fileFor(saved.id, 'journal').write(saved), this.history.append(saved, note, replaced)]);
      await this.index.put([{ summary: summarize(saved) }]);
      return saved;
    });
  }

  originalPath(sha256: string): string {
    return join(this.shardDir('originals', sha256), sha256);
  }

  /** The story's own file once it has been saved, else its line in the pack it was imported with. */
  private async read(id: string): Promise<Article | null> {
    if (!ID_PATTERN.test(id)) return null;
    const db = new Low<Article | null>(this.fileFor(id, true), null);
    await db.read();
    if (db.data) return db.data;
    const slice = this.index.articleSlice(id);
    if (!slice) return null;
    const line = JSON.parse((await readSlice(this.packPath(slice.pack, 'jsonl'), slice)).toString('utf8')) as PackLine;
    return line.article;
  }

  private packPath(pack: string, kind: 'jsonl' | 'originals'): string {
    return join(this.dir, 'packs', `${pack}.${kind}`);
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

  /**
   * Recovery on open. An article file whose index line never landed (a crash mid-save) is indexed again, and so is
   * one that is newer than the pack line the index still points to. A pack written just before a crash, whose
   * index lines never landed, gives back its stories.
   */
  private async reconcile(): Promise<void> {
    const root = join(this.dir, 'articles');
    const missing: IndexEntry[] = [];
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
        if (this.index.get(id) && !this.index.articleSlice(id)) continue;
        const article = await this.read(id).catch(() => null);
        if (article) missing.push({ summary: summarize(article) });
      }
    }
    const known = this.index.packs();
    for (const name of await readdir(join(this.dir, 'packs'))) {
      const pack = name.endsWith('.jsonl') ? name.slice(0, -6) : '';
      if (!PACK_PATTERN.test(pack) || known.has(pack)) continue;
      missing.push(...this.recoverPack(pack));
    }
    await this.index.put(missing);
  }

  private recoverPack(pack: string): IndexEntry[] {
    const entries: IndexEntry[] = [];
    const bytes = readFileSync(this.packPath(pack, 'jsonl'));
    let offset = 0;
    while (offset < bytes.length) {
      const end = bytes.indexOf(10, offset);
      if (end < 0) break; // a torn last line
      try {
        const { article, original } = JSON.parse(bytes.subarray(offset, end).toString('utf8')) as PackLine;
        if (!this.index.get(article.id)) {
          const own = original && original.pack === pack ? { original: [original.offset, original.length] as const } : {};
          entries.push({ summary: summarize(article), pack: { id: pack, article: [offset, end + 1 - offset], ...own } });
        }
      } catch {
        // A damaged line: the rest of the pack is still read.
      }
      offset = end + 1;
    }
    return entries;
  }

  private articlePath(id: string): string {
    return join(this.shardDir('articles', id), `${id}.json`);
  }
}

async function readSlice(path: string, slice: PackSlice): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(slice.length);
    const { bytesRead } = await handle.read(buffer, 0, slice.length, slice.offset);
    if (bytesRead !== slice.length) throw new CopydeskError('io', `${path} is shorter than the index says: the library may be damaged`);
    return buffer;
  } finally {
    await handle.close();
  }
}

/** A new file written in one call and fsynced before this returns. */
async function writeDurably(path: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function checkId(id: string): void {
  if (!ID_PATTERN.test(id)) throw new CopydeskError('validation', `Invalid story id: ${id}`);
}
