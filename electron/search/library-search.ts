/**
 * The library's search: the index (search-index.ts) kept in step with the article store and persisted beside it
 * (search-files.ts). It listens to the store, so every import and save is indexed as it is stored; on opening it
 * loads the snapshot and journal, then compares each record's revision with the store's summary and re-indexes
 * the stories it missed (a crash, a lost journal line). A snapshot that is missing or damaged means a rebuild
 * from the store.
 */
import { join } from 'node:path';
import type { Article } from '../domain/article.js';
import { errorMessage } from '../domain/errors.js';
import type { ArticleStore } from '../store/article-store.js';
import { searchWords } from './fold-text.js';
import { collectGarbage, IdleCollection, LARGE_LIBRARY } from './full-collection.js';
import { parseQuery } from './search-query.js';
import { searchRecord, searchText, type SearchRecord } from './search-record.js';
import { SearchIndex, type SearchOptions, type SearchOutcome } from './search-index.js';
import { SearchFiles, SnapshotDamaged, type JournalLine, type SnapshotRecords } from './search-files.js';

/** Word lists kept for checking phrases: the stories searched for last. */
const WORD_CACHE = 5_000;
const MIN_JOURNAL_BEFORE_SNAPSHOT = 2_000;

/**
 * Journal lines from which closing writes a snapshot: a twentieth of the library, and at least a few hundred. The
 * next open then replays at most that many stories' words, and a snapshot (whose cost is the library's size) is
 * written at most once for every twentieth of the library indexed: a constant cost a story, whatever its size.
 */
export function closingSnapshotFrom(size: number): number {
  return Math.max(MIN_JOURNAL_AT_CLOSE, Math.ceil(size / 20));
}
const MIN_JOURNAL_AT_CLOSE = 500;
/**
 * A snapshot that is due waits until stories stop arriving this long (an import pauses or ends), so that an import
 * does not stop to write the whole index again and again; past four times its due size it is written at once.
 */
const SNAPSHOT_IDLE_MS = 1_500;

/** The store a search follows: open, opening, or to be opened on first need. */
export type StoreSource = ArticleStore | Promise<ArticleStore> | (() => Promise<ArticleStore>);

export interface OpenReport {
  /** Why the snapshot was not used, when it was damaged. */
  readonly damaged: string | null;
  /** Stories indexed again from the store on opening. */
  readonly reindexed: number;
}

export class LibrarySearch {
  private readonly files: SearchFiles;
  private readonly index: SearchIndex;
  private readonly words = new Map<string, readonly string[]>();
  private ready: Promise<OpenReport> | null = null;
  /** The snapshot's records loaded: the list can be shown (and filtered, counted, sorted) before the words are in. */
  private listReady: Promise<void> | null = null;
  private markRecordsRead: () => void = () => undefined;
  private readonly recordsReadPromise = new Promise<void>((resolve) => (this.markRecordsRead = resolve));
  private loaded = false;
  private failed = false;
  /** Closed before the words had loaded, with nothing to index: the load stops where it is. */
  private abandoned = false;
  private idleSnapshot: NodeJS.Timeout | null = null;
  /** Once the desk rests: the lists grown since are trimmed, then the garbage collected. */
  private readonly idleCollection = new IdleCollection(() => {
    this.index.trimTouched();
    collectGarbage();
  });
  private pending: Article[] = [];
  private writing: Promise<void> = Promise.resolve();
  private journalLines = 0;
  /** A snapshot is on disk that the next open can list from (read at load, or written since). */
  private hasSnapshot = false;
  /**
   * deferWords: stories stored are written to the journal (records and text) without loading the snapshot's words,
   * which only a query with words, or a snapshot due at close, then loads (journalOnly).
   */
  private readonly deferWords: boolean;
  private wantWords: () => void = () => undefined;
  /** The words were asked for: from now on stories wait for them and are indexed whole. */
  private wordsComing = false;
  /** Stories journaled alone by journalOnly. */
  private journaledAhead = 0;
  private readonly wordsWanted = new Promise<void>((resolve) => (this.wantWords = resolve));
  private snapshotting = false;
  /** A drain is scheduled (stored stories are indexed once the call that stored them has answered). */
  private draining = false;

  /** The store once asked for: given, opening, or opened on first need (see the constructor). */
  private storeOpening: Promise<ArticleStore> | null = null;
  private readonly openStore: () => Promise<ArticleStore>;
  /** The words wait for this before loading: the store's own opening comes first when both are on the way. */
  private readonly wordsAfter: Promise<unknown>;
  private readonly log: (line: string) => void;

  /**
   * `store` may still be opening (a promise), or be opened only if needed (a function: `copydesk list` prints from
   * the records without opening it). The records load and the list answers without it; the words' check against
   * the store's revisions, a rebuild and a phrase's words wait for it. `dir` is then required.
   */
  constructor(store: StoreSource, dir?: string, log?: (line: string) => void, options: { readonly wordsAfter?: Promise<unknown>; readonly deferWords?: boolean } = {}) {
    this.deferWords = options.deferWords === true;
    const given = typeof store === 'function' || store instanceof Promise ? null : store;
    const searchDir = dir ?? (given ? join(given.dir, 'search') : null);
    if (searchDir === null) throw new Error('LibrarySearch: the search folder is needed when the store is still opening');
    this.log = log ?? (() => undefined);
    this.files = new SearchFiles(searchDir);
    this.index = new SearchIndex((id) => this.wordsOf(id));
    this.wordsAfter = (options.wordsAfter ?? Promise.resolve()).catch(() => undefined);
    if (typeof store === 'function') {
      this.openStore = store;
    } else {
      const opening = Promise.resolve(store);
      this.openStore = () => opening;
      if (given) given.onStored((articles) => this.stored(articles));
      this.listenOnOpen = !given;
      void this.store();
    }
  }

  /** The store is listened to once it has opened (it was not given open). */
  private listenOnOpen = true;

  /** The store, opened if it was to be opened on first need. A store that fails to open fails the calls that need it. */
  private store(): Promise<ArticleStore> {
    if (!this.storeOpening) {
      const opening = this.openStore();
      this.storeOpening = opening;
      opening.catch(() => undefined);
      // Nothing is stored before the store has opened, so listening from then on misses nothing.
      if (this.listenOnOpen) void opening.then((opened) => opened.onStored((articles) => this.stored(articles))).catch(() => undefined);
    }
    return this.storeOpening;
  }

  /** The store if it was opened (or is opening), for closing it; null when it never was. */
  openedStore(): Promise<ArticleStore> | null {
    return this.storeOpening;
  }

  /**
   * Resolves once the snapshot's records and the journal have been read (or could not be): what a first list needs
   * of the disk. Starts the load if nothing has.
   */
  recordsRead(): Promise<void> {
    void this.begin().catch(() => undefined);
    return this.recordsReadPromise;
  }

  /** Loads the index on first use (and re-indexes what it missed); later calls return the same report. */
  open(): Promise<OpenReport> {
    this.wordsComing = true;
    this.wantWords();
    return this.begin();
  }

  /** Starts the load if nothing has; with deferWords it stops after the records until the words are wanted. */
  private begin(): Promise<OpenReport> {
    if (!this.ready) {
      let listed: () => void = () => undefined;
      this.listReady = new Promise<void>((resolve) => (listed = resolve));
      this.ready = this.load(listed);
      // A load that fails still lets a waiting list call go on, to meet the error through open().
      this.ready.then(listed, () => {
        this.failed = true;
        listed();
      });
    }
    return this.ready;
  }

  /**
   * Resolves as soon as a query without words can be answered: once the snapshot's records are in, when nothing
   * else is waiting to be indexed, else once the index has loaded whole. Opening a large library shows its list
   * this way without waiting for the words (most of the snapshot).
   */
  async openList(): Promise<void> {
    void this.begin();
    await this.listReady;
    if (this.failed) await this.open();
    if (!this.loaded) {
      if (this.pending.length > 0) {
        if (this.journalOnly()) return;
        await this.open();
      }
      return;
    }
    await this.open();
  }

  get size(): number {
    return this.index.size;
  }

  async search(text: string, options: SearchOptions = {}): Promise<SearchOutcome> {
    const query = parseQuery(text);
    const needsWords = query.words.length + query.phrases.length + query.prefixes.length + query.without.length > 0;
    if (needsWords) await this.open();
    else await this.openList();
    if (this.loaded) this.drain();
    if (this.index.size >= LARGE_LIBRARY) this.idleCollection.touch();
    return this.index.search(query, options);
  }

  /** Waits until everything stored so far is indexed and its journal lines written. */
  async flush(): Promise<void> {
    if (this.deferWords && !this.loaded) {
      void this.begin();
      await this.listReady;
      if (this.journalOnly() || this.pending.length === 0) {
        await this.writing;
        return;
      }
    }
    await this.open();
    this.drain();
    await this.writing;
  }

  /**
   * Flushes, then folds the journal into a snapshot once it holds a twentieth of the library (closingSnapshotFrom):
   * the next open then loads the snapshot alone instead of indexing the journal's stories again.
   */
  async close(): Promise<void> {
    if (!this.ready) return;
    if (this.idleSnapshot) clearTimeout(this.idleSnapshot);
    this.idleSnapshot = null;
    this.idleCollection.stop();
    // Nothing to write: a `copydesk list` that printed from the records does not wait for the words to load, nor
    // an import that wrote its stories to the journal alone (deferWords) while no snapshot is due.
    if (!this.loaded && this.pending.length === 0 && (!this.deferWords || !this.snapshotDueAtClose())) return this.stopBeforeWords();
    await this.flush();
    if (!this.loaded && this.deferWords && !this.snapshotDueAtClose()) return this.stopBeforeWords();
    // A journal short against the library stays, to be read on the next open (its stories' words indexed again
    // from it, a few seconds at most): writing the snapshot costs the whole library (~7 s at 100,000 stories), which a
    // `copydesk import` of a few files into a large library paid at every run.
    if (this.snapshotDueAtClose()) {
      // Journaled alone so far (deferWords): the words load, the journal is replayed, then the snapshot is written.
      if (!this.loaded) await this.open();
      this.queue(() => this.snapshot());
      await this.writing;
    }
    this.index.closeFiles();
  }

  /** Closes with the words never loaded: a load waiting for them ends, the journal lines in hand are written. */
  private async stopBeforeWords(): Promise<void> {
    this.abandoned = true;
    this.wantWords();
    await this.writing;
    this.index.closeFiles();
  }

  private snapshotDueAtClose(): boolean {
    return this.journalLines > 0 && (!this.hasSnapshot || this.journalLines >= closingSnapshotFrom(this.index.size));
  }

  /**
   * With deferWords, once the snapshot's records are in and its words are not: the stories waiting are written to
   * the journal with their records, numbers and text, and their records join the index's (the list shows them);
   * their words are indexed from the journal when the words load (here, or at the next open). False when this does
   * not apply (the caller indexes them whole).
   */
  private journalOnly(): boolean {
    if (!this.deferWords || this.loaded || this.wordsComing || !this.hasSnapshot || this.failed) return false;
    if (this.pending.length === 0) return true;
    // An import large against the library will have its snapshot written at close anyway: its words are better
    // indexed as it goes (while the build workers read the next files) than all at once at the end. Measured, 10,000
    // files into a library of 1,000: 15.0 s journaled alone, 11.2 s indexed as they came.
    if (this.journaledAhead + this.pending.length >= closingSnapshotFrom(this.index.size)) return false;
    const batch = this.pending;
    this.pending = [];
    const lines: JournalLine[] = [];
    for (const a of batch) {
      try {
        const { record, text } = this.prepare(a);
        lines.push(text === null ? { record } : { record, number: this.index.reserveNumber(), text });
      } catch (err) {
        this.log(`search index: ${a.id} was not indexed (${errorMessage(err)})`);
      }
    }
    this.index.importJournalRecords(lines);
    this.journaledAhead += lines.length;
    this.queue(async () => {
      await this.files.append(lines);
      this.journalLines += lines.length;
    });
    return true;
  }

  private stored(articles: readonly Article[]): void {
    for (const a of articles) this.words.delete(a.id);
    this.pending.push(...articles);
    if (this.draining) return;
    this.draining = true;
    // Indexed right after the save or import has answered, not inside it: a save's latency stays the store's own.
    // A search drains first, so it never misses a story stored before it. The first story stored loads the index
    // if nothing has yet; stories wait in memory until it has loaded.
    setImmediate(() => {
      this.draining = false;
      const index = async (): Promise<void> => {
        if (this.deferWords && !this.loaded) {
          void this.begin();
          await this.listReady;
          if (this.journalOnly()) return;
        }
        await this.open();
        this.drain();
      };
      index().catch((err: unknown) => this.log(`search index: ${errorMessage(err)}`));
    });
  }

  /** Indexes the stories waiting, in the order they were stored. */
  private drain(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    // A story at a time, each list grown by a push (amortised; the room left over is trimmed when the desk rests):
    // written a batch at once (putMany), a list is copied whole at every batch, which measured 15-20 % slower and
    // 200 MB heavier on 10,000 files imported into an empty library.
    const lines: JournalLine[] = [];
    for (const a of batch) {
      try {
        lines.push(this.put(a));
      } catch (err) {
        // One story the index cannot read must not stop the others (nor the import that stored it).
        this.log(`search index: ${a.id} was not indexed (${errorMessage(err)})`);
      }
    }
    if (this.index.size >= LARGE_LIBRARY) this.idleCollection.touch();
    this.queue(async () => {
      await this.files.append(lines);
      this.journalLines += lines.length;
      const due = Math.max(MIN_JOURNAL_BEFORE_SNAPSHOT, this.index.size);
      if (this.journalLines > 4 * due) await this.snapshot();
      else if (this.journalLines > due) this.snapshotWhenIdle();
    });
  }

  private snapshotWhenIdle(): void {
    if (this.idleSnapshot) clearTimeout(this.idleSnapshot);
    this.idleSnapshot = setTimeout(() => {
      this.idleSnapshot = null;
      this.queue(() => this.snapshot());
    }, SNAPSHOT_IDLE_MS);
    // A process with nothing else to do exits without waiting for it: close() writes the snapshot anyway.
    this.idleSnapshot.unref();
  }

  /** A story's record, and its text when its words changed (null: the record alone is replaced). */
  private prepare(a: Article): { record: SearchRecord; text: string | null } {
    const text = searchText(a);
    const record = searchRecord(a, text);
    const same = this.index.record(a.id)?.textKey === record.textKey;
    return { record, text: same ? null : text };
  }

  private put(a: Article): JournalLine {
    const { record, text } = this.prepare(a);
    const { number } = this.index.put(record, text);
    return text === null ? { record } : { record, number, text };
  }

  private queue(work: () => Promise<void>): void {
    this.writing = this.writing.then(work).catch((err: unknown) => this.log(`search index: ${errorMessage(err)}`));
  }

  private async snapshot(): Promise<void> {
    if (this.snapshotting) return;
    this.snapshotting = true;
    try {
      const state = await this.index.exportState();
      const codesFile = await this.files.writeSnapshot(state);
      this.journalLines = 0;
      this.hasSnapshot = true;
      // FlexSearch's lists grown word by word hold about twice what the same lists read back from an export do
      // (measured: 71 MB against 35 MB for 10,000 stories): the words just exported replace them, unless a story
      // was indexed while the snapshot was written.
      this.index.compactWords(state, codesFile);
      // The export's parts and the block just written are garbage now, and the lists they replaced.
      if (this.index.size >= LARGE_LIBRARY) collectGarbage();
    } finally {
      this.snapshotting = false;
    }
  }

  private async load(listed: () => void): Promise<OpenReport> {
    let damaged: string | null = null;
    let snapshot: SnapshotRecords | null = null;
    try {
      snapshot = await this.files.readRecords();
      if (snapshot) this.index.importRecords(snapshot.records, snapshot.next);
    } catch (err) {
      if (!(err instanceof SnapshotDamaged)) {
        this.markRecordsRead();
        throw err;
      }
      damaged = err.message;
    }
    let journal: JournalLine[];
    try {
      journal = damaged ? [] : await this.files.readJournal();
    } finally {
      this.markRecordsRead();
    }
    // Stories indexed since the snapshot are in the journal: their records join the snapshot's at once, so the list
    // shows them before any words have loaded (their words are indexed from the journal below). With no snapshot at
    // all the list waits: the index is then built from the store (or the library is new), and records that are not
    // there must not answer "no stories".
    if (snapshot && !damaged) {
      this.hasSnapshot = true;
      this.index.importJournalRecords(journal);
      listed();
    }
    if (this.abandoned) return { damaged, reindexed: 0 };
    if (this.deferWords && snapshot && !damaged) {
      await this.wordsWanted;
      if (this.abandoned) return { damaged, reindexed: 0 };
      // What was journaled alone meanwhile (journalOnly) is replayed with the rest.
      await this.writing;
      journal = await this.files.readJournal();
    }
    await this.wordsAfter;
    if (this.abandoned) return { damaged, reindexed: 0 };
    if (snapshot && !damaged) {
      try {
        const codes = await this.files.readWords(
          snapshot,
          (key, data) => {
            if (!this.abandoned) this.index.importPart(key, data);
          },
          () => this.abandoned,
        );
        if (this.abandoned || !codes) return { damaged, reindexed: 0 };
        await this.index.importCodesFile(codes.path, codes.bytes);
        if (this.abandoned) {
          this.index.closeFiles();
          return { damaged, reindexed: 0 };
        }
      } catch (err) {
        // Words or codes that cannot be read, or that FlexSearch or the codes block refuse: rebuilt like a damaged snapshot.
        damaged = errorMessage(err);
      }
    }
    if (this.abandoned) return { damaged, reindexed: 0 };
    if (damaged) {
      this.log(`search index: ${damaged}; rebuilding it from the library`);
      this.index.clear();
    } else {
      // A record-only line for a story neither the snapshot nor an earlier line holds: the store's revision check
      // below indexes it whole.
      const indexed = new Set<string>();
      const replayed = journal.filter((line) => {
        if (line.text !== undefined) indexed.add(line.record.id);
        return line.text !== undefined || indexed.has(line.record.id) || this.index.record(line.record.id) !== undefined;
      });
      this.index.putMany(replayed.map((line) => ({ record: line.record, text: line.text ?? null, ...(line.number === undefined ? {} : { at: line.number }) })));
      this.journalLines = journal.length;
    }
    const reindexed = await this.reconcile();
    this.loaded = true;
    if (damaged || reindexed > 0) {
      await this.snapshot();
    } else if (this.index.size >= LARGE_LIBRARY) {
      // The snapshot's parts and lines are garbage now (a snapshot written above collects after itself), and the
      // lists the journal's stories were pushed to have room to give back.
      this.index.trimTouched();
      collectGarbage();
    }
    this.drain();
    return { damaged, reindexed };
  }

  /** Indexes again every story whose stored revision the index does not have, and forgets stories gone. */
  private async reconcile(): Promise<number> {
    const waiting = new Set(this.pending.map((a) => a.id));
    let reindexed = 0;
    const inStore = new Set<string>();
    const store = await this.store();
    for (const summary of store.list()) {
      inStore.add(summary.id);
      if (waiting.has(summary.id) || this.index.record(summary.id)?.revision === summary.revision) continue;
      try {
        this.put(await store.get(summary.id));
        reindexed++;
      } catch (err) {
        this.log(`search index: ${summary.id} could not be read (${errorMessage(err)}); it is left out of search`);
      }
    }
    for (const id of [...this.index.ids()]) if (!inStore.has(id)) this.index.remove(id);
    return reindexed;
  }

  private async wordsOf(id: string): Promise<readonly string[] | null> {
    const cached = this.words.get(id);
    if (cached) return cached;
    let article: Article;
    try {
      article = await (await this.store()).get(id);
    } catch {
      return null;
    }
    const words = searchWords(searchText(article));
    if (this.words.size >= WORD_CACHE) this.words.delete(this.words.keys().next().value as string);
    this.words.set(id, words);
    return words;
  }
}
