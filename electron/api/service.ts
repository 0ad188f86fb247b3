/**
 * The one implementation of the API contract, over the domain. The Electron preload, the HTTP host and the CLI
 * all reach the domain through this class; none of them repeats its logic.
 */
import { applyPatch, type Article, type ArticlePatch } from '../domain/article.js';
import { renderDatelineText } from '../domain/dateline-style.js';
import { CopydeskError, errorMessage } from '../domain/errors.js';
import type { ExportFormat } from '../domain/export-format.js';
import { renderExport } from '../export/export-article.js';
import { writeExportFiles } from '../export/write-files.js';
import { DEFAULT_MAX_BYTES } from '../ingest/decode.js';
import type { IncomingFile } from '../ingest/ingest.js';
import type { ArticleStore } from '../store/article-store.js';
import type {
  Args,
  CopydeskApi,
  ExportedFile,
  ExportReport,
  HotFolderStatus,
  ImportJob,
  ImportReport,
  QuarantineEntry,
  StoryLinks,
} from './contract.js';
import { importBatch, RELATED_THRESHOLD, type BatchContext, type BatchInput } from './bulk-import.js';
import { ImportJobs } from './import-jobs.js';
import { importStream, type StreamOptions, type StreamResult } from './import-stream.js';
import { LibrarySides } from './library-sides.js';
import { HotFolder } from './hot-folder-service.js';
import { runPathImport } from './path-import.js';
import { recleanArticle, rejectedIds } from './story-pipeline.js';

export interface ServiceOptions {
  /** The clock: the import date a missing dateline year is inferred from. */
  readonly now?: () => Date;
  readonly maxFileBytes?: number;
  /** Milliseconds between hot-folder scans. */
  readonly hotFolderIntervalMs?: number;
}

export class CopydeskService implements CopydeskApi {
  private readonly now: () => Date;
  private readonly maxFileBytes: number;
  private readonly sides: LibrarySides;
  private readonly jobs = new ImportJobs();
  private readonly hotFolder: HotFolder;

  constructor(
    readonly store: ArticleStore,
    options: ServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_BYTES;
    this.sides = new LibrarySides(store.dir);
    this.hotFolder = new HotFolder({
      sides: this.sides,
      intervalMs: options.hotFolderIntervalMs ?? 2000,
      startJob: (label) => this.jobs.create(label, 'paths', null, this.now()),
      discardJob: (jobId) => this.jobs.discard(jobId),
      stream: (inputs, opts) => this.importStream(inputs, opts),
      now: this.now,
    });
  }

  /** Lists the newest version of each story: earlier versions are reached from it (storyLinks). */
  async listArticles(args: Args<'listArticles'>) {
    const { index } = await this.sides.get();
    return this.store.list(args.status ? { status: args.status } : {}).filter((s) => !index.isSuperseded(s.id));
  }

  async getArticle(args: Args<'getArticle'>) {
    return this.store.get(args.id);
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
    return { versions, related };
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
    this.jobs.cancelAll(this.now());
    await this.hotFolder.stop();
  }

  private async batchContext(): Promise<BatchContext> {
    const { index, quarantine } = await this.sides.get();
    return { store: this.store, index, quarantine, now: this.now(), maxFileBytes: this.maxFileBytes };
  }

  async saveArticle(args: Args<'saveArticle'>) {
    const current = await this.store.get(args.id);
    return this.store.save(withRenderedDateline(applyPatch(current, args.patch as ArticlePatch), this.now()), args.revision);
  }

  async undoChange(args: Args<'undoChange'>) {
    return this.setChangeApplied(args.id, args.revision, args.changeId, false);
  }

  async redoChange(args: Args<'redoChange'>) {
    return this.setChangeApplied(args.id, args.revision, args.changeId, true);
  }

  async exportArticles(args: Args<'exportArticles'>): Promise<ExportReport> {
    return this.exportTo(args.ids, args.format, null);
  }

  /**
   * Renders each story; when `dir` is given (Electron's folder dialog, the CLI) writes the files there atomically.
   * Every exported story records the export and becomes `exported`.
   */
  async exportTo(ids: readonly string[], format: ExportFormat, dir: string | null): Promise<ExportReport> {
    const files: ExportedFile[] = [];
    const errors: { articleId: string; reason: string }[] = [];
    for (const id of ids) {
      try {
        const article = await this.store.get(id);
        const rendered = renderExport(article, format);
        let name = rendered.name;
        if (dir) {
          const [path] = await writeExportFiles(dir, [rendered]);
          name = path?.split(/[\\/]/).pop() ?? name;
        }
        const record = { format, fileName: name, at: this.now().toISOString(), revision: article.revision };
        await this.store.save({ ...article, status: 'exported', exports: [...article.exports, record] }, article.revision);
        // Reported done only once the story records it: a story is never listed as both exported and failed.
        files.push({ articleId: id, ...rendered, name });
      } catch (err) {
        errors.push({ articleId: id, reason: errorMessage(err) });
      }
    }
    return { files, errors, writtenTo: dir };
  }

  private async setChangeApplied(id: string, revision: number, changeId: string, applied: boolean): Promise<Article> {
    const article = await this.store.get(id);
    if (!article.changes.some((c) => c.id === changeId)) {
      throw new CopydeskError('not-found', `No cleaning change ${changeId} on this story`);
    }
    const rejected = rejectedIds(article);
    if (applied) rejected.delete(changeId);
    else rejected.add(changeId);
    return this.store.save(recleanArticle(article, rejected), revision);
  }
}

/** The printed dateline is always rendered from its parts, so it can never disagree with them. */
function withRenderedDateline(article: Article, today: Date): Article {
  const { dateline } = article;
  return { ...article, dateline: { ...dateline, text: renderDatelineText(dateline, today) } };
}
