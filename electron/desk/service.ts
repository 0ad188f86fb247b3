/**
 * The one implementation of the API contract, over the domain. The Electron preload, the HTTP host and the CLI
 * all reach the domain through this class; none of them repeats its logic.
 */
import { join } from 'node:path';
import { applyPatch, type Article, type ArticlePatch, type ArticleStatus } from '../domain/article.js';
import { renderDatelineText } from '../domain/dateline-style.js';
import { CopydeskError, errorMessage } from '../domain/errors.js';
import type { ExportFormat } from '../domain/export-format.js';
import { formatOnlyPreset, type ExportPreset } from '../domain/export-preset.js';
import { planExport, type ExportPlan } from '../export/export-plan.js';
import { exportInBatches, type ExportOptions } from './export-batches.js';
import { inTurn } from '../store/batch-flush.js';
import { DEFAULT_MAX_BYTES } from '../ingest/decode.js';
import { fileText, type IncomingFile } from '../ingest/ingest.js';
import { sharesFileText } from '../domain/file-text.js';
import { sourceKey, type DeskSettings } from '../domain/desk.js';
import type { ArticleStore } from '../store/article-store.js';
import { DeskStore } from '../store/desk-store.js';
import type { KillEntry } from '../domain/kill.js';
import { KillRegister } from '../store/kill-register.js';
import { PresetStore } from '../store/preset-store.js';
import { deskRules, dismissFlag, fixFlag, rememberSources, rememberSourcesOf, setSpeaker } from './desk-actions.js';
import type {
  AgencyComparison, Args, CopydeskApi, ExportPreview, ExportReport, HotFolderStatus, ImportJob, ImportReport,
  KillReport, KillStatus, QuarantineEntry, RevisionComparison, RevisionInfo, SaveBodyResult, SearchPage, StoryCorrection, StoryLinks, StoryPreview,
} from '../api/contract.js';
import { buildFile, type BuildSettings, type FileBuild } from './build-file.js';
import type { BuildPool } from './build-pool.js';
import { importBatch, RELATED_THRESHOLD, type BatchContext, type BatchInput } from './bulk-import.js';
import { ImportJobs } from './import-jobs.js';
import { killReason, killsIn } from './kill-desk.js';
import { importStream, type StreamOptions, type StreamResult } from './import-stream.js';
import type { LibrarySides } from './library-sides.js';
import { LibraryFront } from './library-front.js';
import { UpdateDesk } from './update-desk.js';
import { correctionOf } from './corrections.js';
import { HotFolder } from './hot-folder-service.js';
import { runPathImport } from './path-import.js';
import { withSpellingSuggestions } from '../enrich/flags.js';
import { FolderGrants } from './folder-grants.js';
import { anchorEntities } from '../domain/entity-anchors.js';
import { analyseArticle, recleanArticle, rejectedIds, withDeskFields } from './story-pipeline.js';
import type { LibrarySearch } from '../search/library-search.js';
import type { SortKey } from '../search/search-facets.js';
import { FileCredentialStore, type CredentialStore } from '../publish/credentials.js';
import { PublishDesk, type PublishRequest, type PublishPreview, type PublishReport, type PublishStatusView } from '../publish/publish-desk.js';
import { PublishLog } from '../publish/publish-log.js';
import { searchMediaTopics, type MediaTopic } from '../export/media-topic-search.js';
import { describeChange } from '../domain/body-edit.js';
import { StoryHistory } from './story-history.js';
import type { RevisionNote } from '../store/revision-log.js';
import { storyWarnings } from '../export/warnings.js';
import { isDictionaryWord } from '../enrich/spelling.js';
/** Which stories to export and where to: what exportArticles, previewExport, the CLI and the app's dialog all take. */
export interface ExportRequest {
  readonly ids?: readonly string[];
  readonly status?: ArticleStatus;
  /** Every story this search matches. */
  readonly query?: string;
  readonly preset?: string;
  readonly format?: ExportFormat;
}

export interface ServiceOptions {
  /** The clock: the import date a missing dateline year is inferred from. */
  readonly now?: () => Date;
  readonly maxFileBytes?: number;
  /** The desk's rules and memory (desk.json in the library); in memory when not given. */
  readonly desk?: DeskStore;
  /**
   * Read every imported story (entities, speakers, flags…) during the import, as the CLI does for its JSON. The
   * app leaves it to the story's first opening, so that a batch import stays fast.
   */
  readonly analyseOnImport?: boolean;
  /** Milliseconds between hot-folder scans. */
  readonly hotFolderIntervalMs?: number;
  /** Build workers for imports (build-pool.ts); without them, files are built on this thread. Closed with the service. */
  readonly buildPool?: BuildPool;
  /** Where the service reports trouble it recovers from (a damaged search index being rebuilt). */
  readonly log?: (line: string) => void;
  /** The search, fingerprint and kill indexes, already opening (serve answers the first list from them): library-front.ts. */
  readonly front?: LibraryFront;
  /**
   * A process that only imports (`copydesk import`): the stories go to the search journal without the index's words
   * being loaded, and are indexed from it on the next open (LibrarySearch's deferWords).
   */
  readonly deferSearchWords?: boolean;
  /** Publish passwords: Electron passes its keychain store; else a 0600 file in the library folder. */
  readonly credentials?: CredentialStore;
  /** For the publish client (tests); the global fetch otherwise. */
  readonly fetch?: typeof fetch;
}

export class CopydeskService implements CopydeskApi {
  private readonly now: () => Date;
  private readonly maxFileBytes: number;
  readonly desk: DeskStore;
  private readonly analyseOnImport: boolean;
  private readonly pool: BuildPool | null;
  private presetStore: Promise<PresetStore> | undefined;
  private readonly front: LibraryFront;
  private readonly sides: LibrarySides;
  private readonly jobs = new ImportJobs();
  private readonly hotFolder: HotFolder;
  /** The full-text index and facets, following the store (electron/search/). */
  readonly search: LibrarySearch;
  private readonly publishing: PublishDesk;
  private publishLog: Promise<PublishLog> | undefined;
  private publishTimer: ReturnType<typeof setInterval> | null = null;
  /** The desk's reading of stories opened but not yet saved, by id (see getArticle). */
  private readonly readings = new Map<string, Article>();
  private readonly remembered = new Set<string>();
  private readonly history: StoryHistory;
  /** Folders the user chose in this run: path imports and the hot folder must lie in one (folder-grants.ts). */
  readonly folders = new FolderGrants();

  constructor(
    readonly store: ArticleStore,
    options: ServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_BYTES;
    if (options.front && options.front.dir !== store.dir) throw new Error(`the library front is for ${options.front.dir}, not ${store.dir}`);
    this.front = options.front ?? new LibraryFront(store.dir, store, { ...(options.log ? { log: options.log } : {}), ...(options.deferSearchWords ? { deferSearchWords: true } : {}) });
    this.sides = this.front.sides;
    this.search = this.front.search;
    // The library's own drop folder is always the user's.
    this.folders.allow(join(store.dir, 'inbox'));
    this.hotFolder = new HotFolder({
      sides: this.sides,
      intervalMs: options.hotFolderIntervalMs ?? 2000,
      startJob: (label) => this.jobs.create(label, 'paths', null, this.now()),
      discardJob: (jobId) => this.jobs.discard(jobId),
      stream: (inputs, opts) => this.importStream(inputs, opts),
      now: this.now,
      folders: this.folders,
    });
    this.desk = options.desk ?? DeskStore.inMemory();
    this.analyseOnImport = options.analyseOnImport ?? false;
    this.pool = options.buildPool ?? null;
    const credentials = options.credentials ?? new FileCredentialStore(store.dir);
    this.publishing = new PublishDesk({
      load: (id) => this.reading(id),
      save: (article, revision) => this.store.save(article, revision),
      idsWithStatus: (status) => this.store.list({ status }).map((s) => s.id),
      preset: async (name) => (await this.presets()).get(name),
      log: () => (this.publishLog ??= PublishLog.open(store.dir)),
      credentials,
      now: this.now,
      blockedBy: async (article) => {
        const entry = (await this.kills()).activeFor(article.id);
        return entry ? [killReason(entry)] : [];
      },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    this.credentials = credentials;
    this.history = new StoryHistory({
      store,
      rules: () => this.rules,
      now: () => this.now(),
      load: (id) => this.load(id),
      getArticle: (args) => this.getArticle(args),
      saveStory: (before, after, revision, summary) => this.saveStory(before, after, revision, summary),
    });
    this.updates = new UpdateDesk({
      store,
      rules: () => this.rules,
      now: () => this.now(),
      load: (id) => this.load(id),
      saveStory: (before, after, revision, summary) => this.saveStory(before, after, revision, summary),
      log: options.log ?? (() => undefined),
    });
  }

  private readonly updates: UpdateDesk;

  private readonly credentials: CredentialStore;

  /** A stored story, with the desk's fields filled in for one saved before the desk existed. */
  private async load(id: string): Promise<Article> {
    const stored = await this.store.get(id);
    let article = stored;
    if (sharesFileText(stored.original)) {
      // One story of a file of several: its file's text comes from the bytes, stored once (domain/file-text.ts).
      const text = fileText(await this.store.readOriginal(stored.original.sha256));
      if (text === null) throw new CopydeskError('io', `The original of "${stored.headline}" (${stored.original.fileName}) no longer decodes`);
      article = { ...stored, original: { ...stored.original, text } };
    }
    return withDeskFields(article, this.rules);
  }

  /** The revision's note: the desk user's name, and what changed. */
  private note(before: Article, after: Article, summary?: string): RevisionNote {
    return { author: this.desk.settings.userName ?? '', summary: summary ?? describeChange(before, after) };
  }

  /** Saves a story the service changed, with its revision's note. */
  private async saveStory(before: Article, after: Article, revision: number, summary?: string): Promise<Article> {
    const saved = await this.store.save(after, revision, this.note(before, after, summary));
    this.readings.delete(saved.id);
    return saved;
  }

  private get rules() {
    return deskRules(this.desk.settings);
  }

  /**
   * Loads what the first list asks for (the fingerprint index, which says which stories are superseded, and the
   * search index) before it is asked: a window or browser opening meanwhile finds them loaded or loading. At
   * 100,000 stories the search index alone takes seconds (issue 11, cold start). A failure here is the first
   * search's to report, so it is not reported twice.
   */
  async warmUp(): Promise<void> {
    // The search index first: its records are what the first list needs (library-search.ts), the words follow.
    const search = this.search.open();
    await this.sides.get();
    await search;
    // And the spelling dictionary the first story opened is read with (its flags, 0.1–0.5 s on first use), a
    // second later: the page's first list, asked meanwhile, is answered before it, not after.
    await new Promise<void>((resolve) => setTimeout(resolve, 1000).unref());
    isDictionaryWord('news');
  }

  /** Lists the newest version of each story: earlier versions are reached from it (storyLinks). */
  async listArticles(args: Args<'listArticles'>) {
    const { index } = await this.sides.get();
    return this.store.list(args.status ? { status: args.status } : {}).filter((s) => !index.isSuperseded(s.id));
  }

  /** A page of the newest versions of the stories a query matches, with facet counts when asked. */
  async searchArticles(args: Args<'searchArticles'>): Promise<SearchPage> {
    return this.front.searchPage(args, this.now());
  }

  /** The ids of every story a query matches, in `sort` order (export "the stories of this search"). */
  async searchIds(query: string, sort?: SortKey): Promise<string[]> {
    return this.front.searchIds(query, this.now(), sort);
  }

  /**
   * Opening a story never writes it: no revision, no move in the inbox. A story whose reading the import deferred
   * is read here, in memory (kept for its revision), and its sources are remembered once.
   */
  async getArticle(args: Args<'getArticle'>) {
    const read = await this.reading(args.id);
    // A reading made now (the import deferred it) remembers the story's sources in the desk's registry, once.
    if (this.readings.get(read.id) === read && !this.remembered.has(read.id)) {
      this.remembered.add(read.id);
      await this.desk.update((d) => rememberSources(d, read));
    }
    // Spelling suggestions are worked out on opening, never at import (spelling.ts says why); they are derived
    // from the text, so they are not stored and the revision does not move.
    return withSuggestions(read);
  }

  /**
   * The story with the desk's reading (flags, sources, speakers), which an import defers: made here in memory and
   * kept for its revision, never written. Export and publish gates judge this, not the bare stored copy, so a flag
   * blocks a story nobody has opened yet.
   */
  private async reading(id: string): Promise<Article> {
    const article = await this.load(id);
    if (article.analysed) return article;
    const cached = this.readings.get(article.id);
    if (cached && cached.revision === article.revision) return cached;
    const read = analyseArticle(article, this.rules, this.now().toISOString());
    this.remember(read);
    return read;
  }

  /**
   * The desk's reading of each story (as `reading` makes it), in order: those already read are kept, the rest are
   * read on the build workers and this thread together (BuildPool.readAll). Null for a story whose reading fails.
   */
  private async readingsOf(articles: readonly Article[]): Promise<(Article | null)[]> {
    const out: (Article | null)[] = [...articles];

    const todo: number[] = [];
    articles.forEach((a, i) => {
      if (a.analysed) return;
      const cached = this.readings.get(a.id);
      if (cached && cached.revision === a.revision) out[i] = cached;
      else todo.push(i);
    });
    if (todo.length === 0) return out;
    const at = this.now().toISOString();
    const local = (a: Article): Article | null => {
      try {
        return analyseArticle(a, this.rules, at);
      } catch {
        return null;
      }
    };
    const unread = todo.map((i) => articles[i] as Article);
    const made = this.pool ? await this.pool.readAll(unread, { rules: this.rules, at }, local) : unread.map(local);
    todo.forEach((i, k) => {
      const read = made[k] ?? null;
      out[i] = read;
      if (read) this.remember(read);
    });
    return out;
  }

  /** Keeps a reading for its revision (the last 200 made). */
  private remember(read: Article): void {
    if (this.readings.size >= 200) this.readings.delete(this.readings.keys().next().value ?? '');
    this.readings.set(read.id, read);
  }

  /**
   * The reading of a story just saved through the metadata form. The body did not change, so the reading made
   * before the save still holds unless the source or the language changed (they decide speakers and flags): it is
   * carried over instead of read again, which keeps a save's latency the store's own.
   */
  private readingAfterSave(saved: Article, before: Article | undefined, patch: Args<'saveArticle'>['patch']): Article {
    if (!before || patch.source !== undefined || patch.language !== undefined) {
      const read = analyseArticle(saved, this.rules, this.now().toISOString());
      this.readings.set(saved.id, read);
      return read;
    }
    const read: Article = {
      ...saved,
      paragraphs: before.paragraphs,
      wordCount: before.wordCount,
      sources: before.sources,
      flags: before.flags,
      entities: saved.edited.includes('entities') ? saved.entities : before.entities,
      subjects: saved.edited.includes('subjects') ? saved.subjects : before.subjects,
      analysed: true,
    };
    this.readings.set(saved.id, read);
    return read;
  }

  async importFiles(args: Args<'importFiles'>): Promise<ImportReport> {
    const job = args.jobId ? this.jobs.get(args.jobId) : null;
    if (job && job.state !== 'running') throw new CopydeskError('conflict', `The import "${job.label}" was ${job.state}`);
    if (job) job.current = args.files[0]?.name ?? null;
    const { report, outcomes } = await importBatch(
      args.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') })),
      { ...(await this.batchContext()), onFile: (name) => job && (job.current = name) },
    );
    if (job) {
      job.done += args.files.length;
      job.record(outcomes);
      job.current = null;
      if (args.final || (job.total !== null && job.done >= job.total)) job.finish('done', this.now());
    }
    return report;
  }

  async importText(args: Args<'importText'>): Promise<ImportReport> {
    return this.importBytes([{ name: args.name?.trim() || 'pasted text', bytes: Buffer.from(args.text, 'utf8') }]);
  }

  /**
   * Imports a batch: each bad file gets its own error (and is quarantined) and the rest go on; nothing already
   * stored is touched. Duplicates, new versions and related stories are found on the way.
   */
  async importBytes(files: readonly IncomingFile[]): Promise<ImportReport> {
    return (await importBatch(files, await this.batchContext())).report;
  }

  /** Imports any number of files in batches, with flat memory: the CLI, folder jobs and the hot folder use it. */
  async importStream(inputs: AsyncIterable<BatchInput>, options: StreamOptions = {}): Promise<StreamResult> {
    return importStream(inputs, () => this.batchContext(), options);
  }

  async startImport(args: Args<'startImport'>): Promise<ImportJob> {
    const paths = args.paths ?? [];
    const label = args.label?.trim() || (paths.length > 0 ? paths.join(', ') : 'Import');
    if (paths.length === 0) {
      if (args.total === undefined) throw new CopydeskError('validation', 'startImport: give paths, or the total of files you will send');
      const job = this.jobs.create(label, 'upload', args.total, this.now());
      if (args.total === 0) job.finish('done', this.now());
      return job.view();
    }
    for (const path of paths) this.folders.check(path, 'import');
    const job = this.jobs.create(label, 'paths', null, this.now());
    void runPathImport(job, paths, this.maxFileBytes, (inputs, opts) => this.importStream(inputs, opts), this.now);
    return job.view();
  }

  async importStatus(args: Args<'importStatus'>): Promise<ImportJob> {
    return this.jobs.get(args.jobId).view(args.outcomesFrom ?? 0);
  }

  async cancelImport(args: Args<'cancelImport'>): Promise<ImportJob> {
    const job = this.jobs.get(args.jobId);
    job.controller.abort();
    // An upload job stops here; a folder job stops after the batch in hand and then says so itself.
    if (job.kind === 'upload') job.finish('cancelled', this.now());
    return job.view();
  }

  async listImports(_args: Args<'listImports'>): Promise<ImportJob[]> {
    return this.jobs.list();
  }

  async listQuarantine(args: Args<'listQuarantine'>): Promise<QuarantineEntry[]> {
    const { quarantine } = await this.sides.get();
    return quarantine.list(args.limit ?? 1000);
  }

  async storyLinks(args: Args<'storyLinks'>): Promise<StoryLinks> {
    const { index } = await this.sides.get();
    if (!this.store.summary(args.id)) throw new CopydeskError('not-found', `No story with id ${args.id}`);
    const versions = index.versions(args.id).map((k) => ({
      id: k.id,
      headline: this.store.summary(k.id)?.headline ?? '',
      relation: k.relation,
      importedAt: this.store.summary(k.id)?.updatedAt ?? null,
    }));
    // Related to any version of the story, each listed once with its best similarity.
    const chain = new Set(versions.map((v) => v.id));
    const best = new Map<string, number>();
    for (const v of chain) {
      const sig = index.signatureOf(v);
      if (!sig) continue;
      const source = index.get(v)?.source;
      for (const c of index.similar(sig, RELATED_THRESHOLD, 20, v)) {
        if (index.get(c.id)?.source === source) continue;
        const id = index.latest(c.id);
        if (!chain.has(id) && c.similarity > (best.get(id) ?? 0)) best.set(id, c.similarity);
      }
    }
    const related = [...best.entries()]
      .sort((a, b) => b[1] - a[1])
      .flatMap(([id, similarity]) => {
        const s = this.store.summary(id);
        return s ? [{ id, headline: s.headline, source: s.source, similarity: Math.round(similarity * 100) / 100 }] : [];
      });
    const agencyCopies = index.heldCopies(args.id).map((k) => ({
      id: k.id,
      headline: this.store.summary(k.id)?.headline ?? '',
      relation: k.relation,
      importedAt: this.store.summary(k.id)?.updatedAt ?? null,
    }));
    return { versions, related, ...(agencyCopies.length > 0 ? { agencyCopies } : {}) };
  }

  async correctionOf(args: Args<'correctionOf'>): Promise<StoryCorrection | null> {
    const { index } = await this.sides.get();
    if (!this.store.summary(args.id)) throw new CopydeskError('not-found', `No story with id ${args.id}`);
    return correctionOf(args.id, index.versions(args.id), (id) => this.load(id));
  }

  async getHotFolder(_args: Args<'getHotFolder'>): Promise<HotFolderStatus> {
    return this.hotFolder.status();
  }

  async setHotFolder(args: Args<'setHotFolder'>): Promise<HotFolderStatus> {
    if (args.pick) throw new CopydeskError('validation', 'Choosing a folder with a dialog needs the desktop app: type the folder path');
    return this.hotFolder.set(args.path);
  }

  /** Starts watching the folder saved in the library, if any (the service hosts call this once at start). */
  async resumeHotFolder(): Promise<HotFolderStatus> {
    return this.hotFolder.resume();
  }

  /** Stops the hot folder and running imports. */
  async close(): Promise<void> {
    if (this.publishTimer) clearInterval(this.publishTimer);
    this.publishTimer = null;
    this.jobs.cancelAll(this.now());
    await this.hotFolder.stop();
    await this.search.close();
    await this.pool?.close();
    await this.store.close();
  }

  private async batchContext(): Promise<BatchContext> {
    const { index, quarantine } = await this.sides.get();
    const now = this.now();
    const settings: BuildSettings = { now: now.toISOString(), rules: this.rules, analyse: this.analyseOnImport, maxFileBytes: this.maxFileBytes };
    const known = (sha256: string): boolean => this.store.idForOriginal(sha256) !== undefined;
    const local = (file: IncomingFile): FileBuild => buildFile(file, settings, known);
    return {
      store: this.store,
      index,
      quarantine,
      now,
      buildFiles: async (files) => (this.pool ? this.pool.buildAll(files, settings, local) : files.map(local)),
      stored: async (articles) => {
        if (this.analyseOnImport && articles.length > 0) await this.desk.update((d) => rememberSourcesOf(d, articles));
        const kills = killsIn(articles, index, now);
        if (kills.length > 0) await (await this.kills()).record(kills);
        // An update of a story the editor worked on is merged into their copy (update-desk.ts).
        await this.updates.stored(articles, index);
      },
    };
  }

  async saveArticle(args: Args<'saveArticle'>) {
    if (args.patch.headline !== undefined && args.patch.headline.trim() === '') {
      throw new CopydeskError('validation', 'A story needs a headline: it cannot be saved empty');
    }
    const current = await this.load(args.id);
    const patched = applyPatch(current, args.patch as ArticlePatch);
    // The editor's entities are pinned to where the text names them, so a later edit that removes a name says so.
    const anchored = args.patch.entities
      ? { ...patched, decisions: { ...patched.decisions, mentions: anchorEntities(patched.entities, patched.paragraphs) } }
      : patched;
    const readBefore = this.readings.get(args.id);
    const saved = await this.saveStory(current, withRenderedDateline(anchored, this.now()), args.revision);
    // The form shows what it gets back: with the desk's reading (flags, sources), as an opening gives it, so a
    // metadata save never empties the flags panel while the gates still block on those flags.
    if (saved.analysed) return saved;
    return withSuggestions(this.readingAfterSave(saved, readBefore?.revision === current.revision ? readBefore : undefined, args.patch));
  }

  async saveBody(args: Args<'saveBody'>): Promise<SaveBodyResult> {
    return this.history.saveBody(args);
  }

  async listRevisions(args: Args<'listRevisions'>): Promise<RevisionInfo[]> {
    return this.history.listRevisions(args);
  }

  async getRevision(args: Args<'getRevision'>): Promise<Article> {
    return this.history.getRevision(args);
  }

  async compareRevisions(args: Args<'compareRevisions'>): Promise<RevisionComparison> {
    return this.history.compareRevisions(args);
  }

  async revertStory(args: Args<'revertStory'>): Promise<Article> {
    return this.history.revertStory(args);
  }

  async compareWithAgency(args: Args<'compareWithAgency'>): Promise<AgencyComparison> {
    return this.history.compareWithAgency(args);
  }

  async setDeskUser(args: Args<'setDeskUser'>): Promise<DeskSettings> {
    return this.desk.update((d) => ({ ...d, userName: args.name.trim() }));
  }

  /** The editor's choice for a block or field both their copy and an agency update changed. */
  async settleUpdate(args: Args<'settleUpdate'>): Promise<Article> {
    return this.updates.settle(args);
  }

  /** Undoes (or, with `redo`, redoes) one change an agency update applied to the editor's copy. */
  async undoUpdateChange(args: Args<'undoUpdateChange'>): Promise<Article> {
    return this.updates.toggle(args);
  }

  async undoChange(args: Args<'undoChange'>) {
    return this.setChangeApplied(args.id, args.revision, args.changeId, false);
  }

  async redoChange(args: Args<'redoChange'>) {
    return this.setChangeApplied(args.id, args.revision, args.changeId, true);
  }

  async exportArticles(args: Args<'exportArticles'>): Promise<ExportReport> {
    return this.exportTo(args, null);
  }

  /** The dry run: the same plan an export would write, with nothing written or recorded. */
  async previewExport(args: ExportRequest): Promise<ExportPreview> {
    const { plan, errors } = await this.plan(args);
    const stories = plan.stories.map((s): StoryPreview => ({
      articleId: s.article.id,
      headline: s.article.headline,
      version: s.version,
      reasons: s.reasons,
      warnings: storyWarnings(s.article, plan.preset.gates),
      fields: s.fields,
      file: s.reasons.length > 0 ? null : s.file,
    }));
    return { preset: plan.preset, stories, batchFile: plan.batchFile, errors };
  }

  async listPresets(): Promise<ExportPreset[]> {
    return (await this.presets()).list();
  }

  async savePreset(args: Args<'savePreset'>): Promise<ExportPreset[]> {
    return (await this.presets()).save(args.preset);
  }

  async deletePreset(args: Args<'deletePreset'>): Promise<ExportPreset[]> {
    return (await this.presets()).remove(args.name);
  }

  /**
   * Exports a selection (ids, or every story with a status) with a preset or a bare format. Blocked stories are
   * listed with their reasons and nothing is written for them. When `dir` is given (Electron's folder dialog, the
   * CLI) each file is written atomically there, never over an existing file; a failure is reported for its own
   * story and the rest go on. Every exported story records the export, its version, and becomes `exported`.
   * In batches (export-batches.ts): one flush for a batch's files and one for its records.
   */
  async exportTo(request: ExportRequest, dir: string | null, options: ExportOptions = {}): Promise<ExportReport> {
    const preset = await this.resolvePreset(request);
    const ids = await this.exportIds(request);
    return exportInBatches(ids, preset, dir, {
      plan: (some) => this.planStories(some, preset),
      saveMany: (requests) => this.store.saveMany(requests),
      now: this.now,
      author: this.desk.settings.userName ?? '',
    }, options);
  }

  private kills(): Promise<KillRegister> {
    return this.front.kills();
  }

  /** Every kill the agencies sent, each with the stories it reaches and where and when each of them went out. */
  async listKills(_args: Args<'listKills'>): Promise<KillReport[]> {
    const entries = (await this.kills()).list();
    const reports: KillReport[] = [];
    for (const entry of entries) reports.push(await this.killReport(entry));
    return reports;
  }

  async killStatus(args: Args<'killStatus'>): Promise<KillStatus> {
    if (!this.store.summary(args.id)) throw new CopydeskError('not-found', `No story with id ${args.id}`);
    const kills = await this.kills();
    return { active: kills.activeFor(args.id), all: kills.allFor(args.id) };
  }

  /** An editor lifts a kill in force on the story (and the stories it reaches), with the reason recorded. */
  async liftKill(args: Args<'liftKill'>): Promise<KillStatus> {
    const kills = await this.kills();
    if (args.reason.trim().length < 3) throw new CopydeskError('validation', 'Say why the kill is lifted: the reason is recorded with the story');
    if (!kills.activeFor(args.id)) throw new CopydeskError('validation', 'No kill is in force on this story');
    const by = (this.desk.settings as { readonly userName?: string }).userName?.trim() || 'the desk';
    await kills.lift(args.id, { reason: args.reason.trim(), by, at: this.now().toISOString() });
    return { active: kills.activeFor(args.id), all: kills.allFor(args.id) };
  }

  /** A kill with its stories, each with where and when it already went out: those are the ones to take down. */
  private async killReport(entry: KillEntry): Promise<KillReport> {
    const stories: KillReport['stories'][number][] = [];
    for (const id of entry.affected) {
      if (!this.store.summary(id)) continue;
      try {
        const a = await this.store.get(id);
        stories.push({ id, headline: a.headline, exports: a.exports });
      } catch (err) {
        stories.push({ id, headline: this.store.summary(id)?.headline ?? '', exports: [], unreadable: errorMessage(err) });
      }
    }
    return { ...entry, stories };
  }

  private presets(): Promise<PresetStore> {
    this.presetStore ??= PresetStore.open(this.store.dir);
    return this.presetStore;
  }

  private async resolvePreset(request: ExportRequest): Promise<ExportPreset> {
    if (request.preset !== undefined) {
      const preset = (await this.presets()).get(request.preset);
      return request.format === undefined ? preset : { ...preset, format: request.format };
    }
    if (request.format !== undefined) return formatOnlyPreset(request.format);
    throw new CopydeskError('validation', 'Choose an export preset or a format');
  }

  private async plan(request: ExportRequest): Promise<{ plan: ExportPlan; errors: { articleId: string; reason: string }[] }> {
    const preset = await this.resolvePreset(request);
    return this.planStories(await this.exportIds(request), preset);
  }

  private async exportIds(request: ExportRequest): Promise<readonly string[]> {
    if (request.ids !== undefined) return request.ids;
    if (request.query !== undefined) return this.searchIds(request.query);
    if (request.status !== undefined) return this.store.list({ status: request.status }).map((s) => s.id);
    throw new CopydeskError('validation', 'Choose the stories to export: their ids, or a status');
  }

  private async planStories(ids: readonly string[], preset: ExportPreset): Promise<{ plan: ExportPlan; errors: { articleId: string; reason: string }[] }> {
    const errors: { articleId: string; reason: string }[] = [];
    // Read a few at a time (the reads wait on the disk, not the CPU), kept in the selection's order.
    const loaded = await inTurn(ids, async (id) => {
      try {
        return { id, article: await this.load(id) };
      } catch {
        return { id, article: null };
      }
    });
    // The desk's reading of each (its flags gate the export), made on every core for the stories nobody has opened.
    const readings = await this.readingsOf(loaded.flatMap((l) => (l.article ? [l.article] : [])));
    const articles: Article[] = [];
    let next = 0;
    for (const { id, article } of loaded) {
      const read = article ? readings[next++] : null;
      if (read) {
        articles.push(read);
        continue;
      }
      // A story that cannot be loaded or read goes to the plan as stored, which fails it by name if it cannot be
      // rendered; one that cannot be read from the disk at all fails by name here.
      try {
        articles.push(await this.store.get(id));
      } catch (err) {
        errors.push({ articleId: id, reason: errorMessage(err) });
      }
    }
    const kills = await this.kills();
    const killed = (a: Article): string[] => {
      const entry = kills.activeFor(a.id);
      return entry ? [killReason(entry)] : [];
    };
    const plan = planExport(articles, preset, this.now(), killed);
    return { plan, errors: [...errors, ...plan.failed] };
  }

  async previewPublish(args: PublishRequest): Promise<PublishPreview> {
    return this.publishing.preview(args);
  }

  async publishStories(args: PublishRequest): Promise<PublishReport> {
    return this.publishing.publish(args);
  }

  async publishStatus(args: Args<'publishStatus'>): Promise<PublishStatusView[]> {
    return this.publishing.status(args.ids);
  }

  async takeDownStory(args: Args<'takeDownStory'>): Promise<PublishStatusView[]> {
    return this.publishing.takeDown(args.id, args.site);
  }

  async savePublishPassword(args: Args<'savePublishPassword'>): Promise<{ hasPassword: boolean }> {
    await this.credentials.set(args.siteUrl, args.user, args.password);
    return { hasPassword: true };
  }

  async searchMediaTopics(args: Args<'searchMediaTopics'>): Promise<MediaTopic[]> {
    return searchMediaTopics(args.query, args.limit ?? 20);
  }

  /** Tries the publish queue now (what is due), then every `intervalMs` in the background; hosts call it once. */
  async resumePublishQueue(intervalMs = 5000): Promise<PublishStatusView[]> {
    const tried = await this.retryPublishQueue();
    if (!this.publishTimer && intervalMs > 0) {
      this.publishTimer = setInterval(() => void this.retryPublishQueue(), intervalMs);
      this.publishTimer.unref();
    }
    return tried;
  }

  private retrying: Promise<PublishStatusView[]> | null = null;

  /** One pass over the due entries; a pass still running is joined, never doubled. */
  retryPublishQueue(): Promise<PublishStatusView[]> {
    this.retrying ??= this.publishing.retryDue().finally(() => (this.retrying = null));
    return this.retrying;
  }

  async setSpeaker(args: Args<'setSpeaker'>) {
    const block = args.block ?? args.paragraph;
    if (block === undefined) throw new CopydeskError('validation', 'setSpeaker: name the block (its id) or the paragraph (its index)');
    return this.change(args, (a) => setSpeaker(a, block, args.speaker, this.rules), `Speaker: ${args.speaker ?? "agency's narration"}`);
  }

  async fixFlag(args: Args<'fixFlag'>) {
    return this.change(args, (a) => fixFlag(a, args.flagId, this.rules), `Fixed: ${args.flagId}`);
  }

  async dismissFlag(args: Args<'dismissFlag'>) {
    return this.change(args, (a) => dismissFlag(a, args.flagId, this.rules), `Dismissed: ${args.flagId}`);
  }

  async addBoilerplate(args: Args<'addBoilerplate'>) {
    const article = await this.load(args.id);
    const source = sourceKey(article.source);
    if (!source) throw new CopydeskError('validation', 'This story has no source yet: set its source before filing boilerplate for it');
    const text = args.text.trim();
    await this.desk.update((d) =>
      d.boilerplate.some((b) => b.source === source && b.text === text)
        ? d
        : { ...d, boilerplate: [...d.boilerplate, { source, text, createdAt: this.now().toISOString() }] },
    );
    return this.saveStory(article, recleanArticle(article, rejectedIds(article), this.rules, this.now().toISOString()), args.revision, 'Boilerplate removed for this source');
  }

  async removeBoilerplate(args: Args<'removeBoilerplate'>): Promise<DeskSettings> {
    return this.desk.update((d) => ({ ...d, boilerplate: d.boilerplate.filter((b) => !(b.source === args.source && b.text === args.text)) }));
  }

  async recleanStory(args: Args<'recleanStory'>) {
    return this.change(args, (a) => recleanArticle(a, rejectedIds(a), this.rules, this.now().toISOString()), 'Cleaning run again');
  }

  async getDesk(): Promise<DeskSettings> {
    return this.desk.settings;
  }

  async saveGlossary(args: Args<'saveGlossary'>): Promise<DeskSettings> {
    return this.desk.update((d) => ({ ...d, glossary: args.terms }));
  }

  async saveRegistryEntry(args: Args<'saveRegistryEntry'>): Promise<DeskSettings> {
    return this.desk.update((d) => {
      const known = d.registry.find((r) => r.name === args.name);
      const entry = { ...args, stories: known?.stories ?? 0 };
      return { ...d, registry: known ? d.registry.map((r) => (r === known ? entry : r)) : [...d.registry, entry] };
    });
  }

  /** Reads the story (its deferred reading included), applies one decision and saves it at the given revision. */
  private async change(args: { id: string; revision: number }, decide: (a: Article) => Article, summary: string): Promise<Article> {
    const stored = await this.load(args.id);
    const article = withSuggestions(stored.analysed ? stored : analyseArticle(stored, this.rules));
    return this.saveStory(article, decide(article), args.revision, summary);
  }

  private async setChangeApplied(id: string, revision: number, changeId: string, applied: boolean): Promise<Article> {
    const article = await this.load(id);
    if (!article.changes.some((c) => c.id === changeId)) {
      throw new CopydeskError('not-found', `No cleaning change ${changeId} on this story`);
    }
    const rejected = rejectedIds(article);
    if (applied) rejected.delete(changeId);
    else rejected.add(changeId);
    const change = article.changes.find((c) => c.id === changeId);
    return this.saveStory(article, recleanArticle(article, rejected, this.rules, this.now().toISOString()), revision, `${applied ? 'Redid' : 'Undid'} cleaning change ${change?.rule ?? changeId}`);
  }
}

function withSuggestions(article: Article): Article {
  return { ...article, flags: withSpellingSuggestions(article.flags) };
}


/** The printed dateline is always rendered from its parts, so it can never disagree with them. */
function withRenderedDateline(article: Article, today: Date): Article {
  const { dateline } = article;
  return { ...article, dateline: { ...dateline, text: renderDatelineText(dateline, today) } };
}
