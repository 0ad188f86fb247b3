/**
 * The article store: one lowdb file per article (articles/<2 hex>/<id>.json) plus the journal index, and the
 * original bytes of every import. Saving one story writes that story's file and one index line, never the others,
 * so a save costs the same in a library of 1,000 or 100,000 stories.
 *
 * A bulk import writes its batch as one pack instead of two new files a story (creating a file costs more than
 * parsing, cleaning and enriching the story on a virtual disk): packs/<pack>.jsonl holds one line per story
 * ({"article":…,"original":{pack,offset,length}}) and packs/<pack>.originals the batch's original bytes end to
 * end. Packs are written once and never changed; a story's single save gives it its own file, which is read from
 * then on. A batch of saves (saveMany: an export recording itself on every story) writes its new revisions as one
 * pack too, and the story lives in that later pack's line until its next save. A single import (a paste, one
 * dropped file) writes the files directly: originals/<2 hex>/<sha256>.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { summarize, type Article, type ArticleStatus, type ArticleSummary } from '../domain/article.js';
import { CopydeskError, errorMessage } from '../domain/errors.js';
import { withoutFileText } from '../domain/file-text.js';
import { ArticleIndex, type DamageNote, type PackSlice } from './article-index.js';
import { inTurn } from './batch-flush.js';
import { DurableJsonFile, removeLeftTemporaries, writeFileAtomic, type Durability } from './durable-file.js';
import { PackFiles, packedRevisions, readPackLine, readSlice, readStoryFileAt } from './story-reads.js';
import { writeImportPack } from './import-pack.js';
import { findRecoveries } from './library-recovery.js';
import { LibraryLock } from './library-lock.js';
import { RevisionLog, type RevisionNote } from './revision-log.js';
import { writeSavePack } from './save-batch.js';
import type { EncodedArticle } from './pack-line.js';
import { StoryLocks } from './story-locks.js';

export interface StoreOptions {
  /**
   * When another process holds the library (library-lock.ts), open it to read only instead of failing: `list`
   * and `presets` work beside a running `serve`. Such a store refuses every write and runs no recovery.
   */
  readonly readOnlyIfLocked?: boolean;
}

/** One story of a saveMany batch: what `save` takes. */
export interface SaveRequest {
  readonly next: Article;
  readonly expectedRevision: number;
  readonly note?: RevisionNote;
}

/** What became of one story of a saveMany batch. */
export type SaveOutcome = { readonly ok: true; readonly article: Article } | { readonly ok: false; readonly reason: string };

const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;
/**
 * Stories read from packs kept in memory: the desk reading the same story again (its editor, its preview). An
 * export reads each story once and a batch of saves needs no read, so a larger cache would only hold garbage
 * longer (into the old generation, where collecting it costs most).
 */
const PACK_READS_KEPT = 100;

export class ArticleStore {
  /** Work on a story waits for the work before it on that story (story-locks.ts). */
  private readonly locks = new StoryLocks();
  /** Originals of stories being stored right now (written, not yet indexed): a batch prepared meanwhile sees them. */
  private readonly storing = new Map<string, string>();
  private readonly knownShards = new Set<string>();
  /**
   * The stories read from packs last, by pack and offset. A pack line never changes, so a kept copy is always
   * right.
   */
  private readonly packReads = new Map<string, Article>();
  /** The packs read last, kept open (story-reads.ts). */
  private readonly packFiles = new PackFiles();
  /** What recovery found wrong when the library was opened (by file and story) and repaired from the other copy. */
  readonly damage: DamageNote[] = [];
  /** Told of every story once it is stored or saved (the search index follows the store this way). */
  private readonly watchers = new Set<(articles: readonly Article[]) => void>();
  /** Every saved revision, append-only (revision-log.ts). */
  readonly history: RevisionLog;

  private constructor(
    readonly dir: string,
    private readonly index: ArticleIndex,
    /** This process's hold on the library; null when opened to read only beside the process that holds it. */
    private readonly lock: LibraryLock | null,
    private readonly lockedBy: string | null = null,
  ) {
    this.history = new RevisionLog(dir, (id) => packedRevisions(dir, index.revisionSlices(id), id));
  }

  /** Opens a library for writing: one process at a time (a second gets an error naming the first). */
  static async open(dir: string, options: StoreOptions = {}): Promise<ArticleStore> {
    let lock: LibraryLock;
    try {
      lock = await LibraryLock.acquire(dir);
    } catch (err) {
      if (!options.readOnlyIfLocked || !(err instanceof CopydeskError)) throw err;
      return new ArticleStore(dir, await ArticleIndex.load(join(dir, 'index.jsonl')), null, err.message);
    }
    await mkdir(join(dir, 'articles'), { recursive: true });
    await mkdir(join(dir, 'originals'), { recursive: true });
    await mkdir(join(dir, 'packs'), { recursive: true });
    await removeLeftTemporaries(dir);
    const store = new ArticleStore(dir, await ArticleIndex.load(join(dir, 'index.jsonl')), lock);
    await store.recover();
    return store;
  }

  /** Lets go of the library (another process may open it for writing then). */
  async close(): Promise<void> {
    await this.packFiles.close();
    await this.lock?.release();
  }

  /** Why this store only reads: the lock holder's description; null when it may write. */
  get readOnly(): string | null {
    return this.lockedBy;
  }

  private checkWritable(): void {
    if (this.lockedBy) throw new CopydeskError('conflict', this.lockedBy);
  }

  get size(): number {
    return this.index.size;
  }

  /** Calls `watch` with the stories of every insert and save, after they are on disk; returns the unsubscribe. */
  onStored(watch: (articles: readonly Article[]) => void): () => void {
    this.watchers.add(watch);
    return () => this.watchers.delete(watch);
  }

  private tell(articles: readonly Article[]): void {
    for (const watch of this.watchers) watch(articles);
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
    const known = this.index.get(id);
    if (known && known.revision < article.revision && !this.lockedBy) await this.locks.run([id], () => this.catchUp(id));
    return article;
  }

  /**
   * A story whose file is newer than its index line (a save cut off between its two writes, an index line lost):
   * the index takes the file's revision, the newer one. Returns the summary the index holds afterwards.
   */
  private async catchUp(id: string): Promise<ArticleSummary | undefined> {
    const known = this.index.get(id);
    if (!known || !existsSync(this.articlePath(id))) return known;
    const article = await this.readStoryFile(id);
    // At equal revisions the file, which only a save writes; an older file is a copy a batch of saves left behind.
    if (article.revision < known.revision || (article.revision === known.revision && !this.index.articleSlice(id))) return known;
    const home = this.index.homeSlice(id);
    await this.index.put([{ summary: summarize(article), ...(home ? { pack: { id: home.pack, article: [home.offset, home.length] as const }, file: true as const } : {}) }]);
    return this.index.get(id);
  }

  /**
   * Stores new articles with their original bytes. A batch goes into one pack, made durable before the index
   * lines that make its stories visible are appended, so "imported" is only reported once everything is on disk.
   */
  async insert(given: readonly { article: Article; bytes: Uint8Array; encoded?: EncodedArticle }[]): Promise<void> {
    this.checkWritable();
    // A story's JSON made ahead (pack-line.ts) is used only for the very story it was made from.
    const items = given.map(({ article, bytes, encoded }) => {
      const stored = withoutFileText(article);
      return stored === article && encoded ? { article, bytes, encoded } : { article: stored, bytes };
    });
    for (const { article } of items) checkId(article.id);
    const shas = items.map(({ article }) => article.original.sha256).filter((sha) => !this.storing.has(sha));
    items.forEach(({ article }) => this.storing.set(article.original.sha256, article.id));
    try {
      await this.write(items);
      this.tell(items.map((i) => i.article));
    } finally {
      for (const sha of shas) this.storing.delete(sha);
    }
  }

  private async write(items: readonly { article: Article; bytes: Uint8Array; encoded?: EncodedArticle }[]): Promise<void> {
    if (items.length === 1 && items[0]) {
      const { article, bytes } = items[0];
      await this.ensureShard('originals', article.original.sha256);
      await this.writeOriginal(article.original.sha256, bytes);
      await this.ensureShard('articles', article.id);
      await this.fileFor(article.id, 'journal').write(article);
      await this.index.put([{ summary: summarize(article) }]);
    } else if (items.length > 1) {
      await this.index.put(await writeImportPack(this.dir, this.index, items, (sha) => existsSync(this.originalPath(sha))));
    }
  }

  /** The original bytes of an import, exactly as they came. */
  async readOriginal(sha256: string): Promise<Buffer> {
    const slice = this.index.originalSlice(sha256);
    if (slice) return readSlice(this.packPath(slice.pack, 'originals'), slice, this.packFiles);
    return readFile(this.originalPath(sha256));
  }

  /** Saves a new revision; refuses it when the story changed since the caller read `expectedRevision`. */
  async save(next: Article, expectedRevision: number, note: RevisionNote = { author: '', summary: 'Saved' }): Promise<Article> {
    checkId(next.id);
    this.checkWritable();
    return this.locks.run([next.id], async () => {
      const saved = await this.nextRevision(next, expectedRevision);
      // The index line's fsync right after commits the rename (journal mode): two device flushes per save.
      // A story imported in a pack gets its own file (and maybe its shard folder) on its first save.
      await this.ensureShard('articles', saved.id);
      // The history line and the story's file are flushed together; the index line after them makes the save visible.
      // The revision this one replaces is read before its file is replaced (first save only); one in a pack line
      // stays there, and history reads it there.
      const replaced = (await this.history.started(saved.id)) || this.index.articleSlice(saved.id) ? null : await this.read(saved.id);
      await Promise.all([this.fileFor(saved.id, 'journal').write(saved), this.history.append(saved, note, replaced)]);
      await this.index.put([{ summary: summarize(saved) }]);
      this.tell([saved]);
      return saved;
    });
  }

  /**
   * Saves many stories at once, each as `save` would (an export records itself on every story it wrote), with
   * batched durability (save-batch.ts): the batch's new revisions go into one new pack, flushed once with the
   * packs folder, and the index lines pointing into it are appended with one fsync, which makes them visible.
   * None is reported saved before it is on disk; a crash mid-batch leaves every story as it was, or (once the pack
   * is on disk) as saved, never another story touched. A story that had its own file lives in the pack from then
   * on: the file is removed once the index points past it (its revision is in history). Settles per story: a
   * conflict or a failed write is that story's error, the others are saved.
   */
  async saveMany(requests: readonly SaveRequest[]): Promise<SaveOutcome[]> {
    this.checkWritable();
    const outcomes: SaveOutcome[] = requests.map(() => ({ ok: false, reason: 'not saved' }));
    const fail = (i: number, err: unknown): void => void (outcomes[i] = { ok: false, reason: errorMessage(err) });
    const ids = [...new Set(requests.map((r) => r.next.id).filter((id) => ID_PATTERN.test(id)))];
    return this.locks.run(ids, async () => {
      const seen = new Set<string>();
      const once = requests.flatMap((r, i) => {
        if (seen.has(r.next.id)) {
          fail(i, new CopydeskError('conflict', `Story ${r.next.id} is twice in one batch of saves: saved once`));
          return [];
        }
        seen.add(r.next.id);
        return [{ ...r, i }];
      });
      const prepared = await inTurn(once, async ({ i, next, expectedRevision, note }) => {
        try {
          checkId(next.id);
          const saved = await this.nextRevision(next, expectedRevision);
          // Only a revision in the story's own file needs keeping in history before the pack replaces it.
          const ownFile = !this.index.articleSlice(saved.id);
          const replaced = ownFile && !(await this.history.started(saved.id)) ? await this.read(saved.id) : null;
          const original = this.index.originalSlice(saved.original.sha256) ?? null;
          return { i, saved, note: note ?? { author: '', summary: 'Saved' }, replaced, original, ownFile };
        } catch (err) {
          fail(i, err);
          return null;
        }
      });
      const staged = prepared.filter((s) => s !== null);
      if (staged.length === 0) return outcomes;
      const { pack, outcomes: written } = await writeSavePack(this.dir, this.history, staged);
      const ready = staged.flatMap((s, k) => {
        const outcome = written[k];
        if (!outcome?.ok) {
          fail(s.i, outcome?.reason ?? 'not saved');
          return [];
        }
        return [{ ...s, at: outcome.at }];
      });
      await this.index.put(ready.map((s) => ({ summary: summarize(s.saved), pack: { id: pack, article: s.at } })));
      for (const s of ready) outcomes[s.i] = { ok: true, article: s.saved };
      // The story's own file is behind its pack line now; left, it would be read again at every opening.
      await inTurn(ready.filter((s) => s.ownFile), (s) => rm(this.articlePath(s.saved.id), { force: true }).catch(() => undefined));
      if (ready.length > 0) this.tell(ready.map((s) => s.saved));
      return outcomes;
    });
  }

  /** The revision `next` becomes, or a conflict when the story changed since the caller read `expectedRevision`. */
  private async nextRevision(next: Article, expectedRevision: number): Promise<Article> {
    let current = this.index.get(next.id);
    if (!current) throw new CopydeskError('not-found', `No story with id ${next.id}`);
    // The index may be behind the story's file (a crash between a save's two writes): the file's revision counts.
    if (current.revision !== expectedRevision) current = (await this.catchUp(next.id)) ?? current;
    if (current.revision !== expectedRevision) {
      throw new CopydeskError(
        'conflict',
        `"${current.headline}" was changed elsewhere (revision ${current.revision}, you edited revision ${expectedRevision}): reload it and apply your change again`,
      );
    }
    return withoutFileText({ ...next, revision: current.revision + 1, updatedAt: new Date().toISOString() });
  }

  originalPath(sha256: string): string {
    return join(this.shardDir('originals', sha256), sha256);
  }

  /**
   * Where the index says the story lives: its line in a pack (the import's, or a batch of saves'), else its own
   * file. A store that only reads beside the process holding the library looks at the file first, which that
   * process's later saves replace.
   */
  private async read(id: string): Promise<Article | null> {
    if (!ID_PATTERN.test(id)) return null;
    const slice = this.index.articleSlice(id);
    if (slice && !this.lockedBy) return this.readPacked(id, slice);
    const path = this.articlePath(id);
    if (existsSync(path)) {
      try {
        return await this.readStoryFile(id);
      } catch (err) {
        // A batch of saves moved the story into a pack while the file was being read: read it there.
        const moved = this.index.articleSlice(id);
        if (moved && !existsSync(path)) return this.readPacked(id, moved);
        throw err;
      }
    }
    if (slice) return this.readPacked(id, slice);
    // Read beside the process holding the library, a story whose file that process has since moved into a pack.
    if (this.lockedBy && this.index.get(id)) {
      throw new CopydeskError('conflict', `Story ${id} was saved since this library was opened to read (${this.lockedBy}): open it again`);
    }
    return null;
  }

  private async readPacked(id: string, slice: PackSlice): Promise<Article> {
    const key = `${slice.pack}:${slice.offset}`;
    const known = this.packReads.get(key);
    if (known) return known;
    const article = await readPackLine(this.packPath(slice.pack, 'jsonl'), slice, id, this.packFiles);
    this.keepPackRead(key, article);
    return article;
  }

  private keepPackRead(key: string, article: Article): void {
    this.packReads.set(key, article);
    if (this.packReads.size > PACK_READS_KEPT) this.packReads.delete(this.packReads.keys().next().value ?? '');
  }

  /** A story's own file, checked (story-reads.ts). */
  private readStoryFile(id: string): Promise<Article> {
    return readStoryFileAt(this.articlePath(id), id);
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

  /**
   * Recovery on open (library-recovery.ts): half-done saves and packs, lost or damaged index lines. After damage
   * the journal is kept beside the library (index.jsonl.damaged-<time>) and rewritten whole from what was found.
   */
  private async recover(): Promise<void> {
    const { entries, damage } = await findRecoveries({ dir: this.dir, index: this.index, readStoryFile: (id) => this.readStoryFile(id) });
    await this.index.put(entries);
    if (damage.length > 0) {
      if (existsSync(this.index.path)) await copyFile(this.index.path, `${this.index.path}.damaged-${Date.now()}`);
      await this.index.compact();
    }
    this.damage.push(...damage);
  }

  private articlePath(id: string): string {
    return join(this.shardDir('articles', id), `${id}.json`);
  }
}


function checkId(id: string): void {
  if (!ID_PATTERN.test(id)) throw new CopydeskError('validation', `Invalid story id: ${id}`);
}
