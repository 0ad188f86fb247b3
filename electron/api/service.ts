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
import { ingestFile, type IncomingFile } from '../ingest/ingest.js';
import { sourceKey, type DeskSettings } from '../domain/desk.js';
import type { ArticleStore } from '../store/article-store.js';
import { DeskStore } from '../store/desk-store.js';
import { deskRules, dismissFlag, fixFlag, rememberSources, setSpeaker } from './desk-actions.js';
import type { Args, CopydeskApi, ExportedFile, ExportReport, ImportDuplicate, ImportError, ImportReport } from './contract.js';
import { analyseArticle, buildArticle, recleanArticle, rejectedIds, withDeskFields } from './story-pipeline.js';

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
}

export class CopydeskService implements CopydeskApi {
  private readonly now: () => Date;
  private readonly maxFileBytes: number;
  readonly desk: DeskStore;
  private readonly analyseOnImport: boolean;

  constructor(
    readonly store: ArticleStore,
    options: ServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_BYTES;
    this.desk = options.desk ?? DeskStore.inMemory();
    this.analyseOnImport = options.analyseOnImport ?? false;
  }

  /** A stored story, with the desk's fields filled in for one saved before the desk existed. */
  private async load(id: string): Promise<Article> {
    return withDeskFields(await this.store.get(id));
  }

  private get rules() {
    return deskRules(this.desk.settings);
  }

  async listArticles(args: Args<'listArticles'>) {
    return this.store.list(args.status ? { status: args.status } : {});
  }

  /** Opening a story runs the desk's reading the import deferred, once, and remembers its sources. */
  async getArticle(args: Args<'getArticle'>) {
    const article = await this.load(args.id);
    if (article.analysed) return article;
    const read = analyseArticle(article, this.rules);
    await this.desk.update((d) => rememberSources(d, read));
    return this.store.save(read, article.revision);
  }

  async importFiles(args: Args<'importFiles'>): Promise<ImportReport> {
    return this.importBytes(args.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') })));
  }

  async importText(args: Args<'importText'>): Promise<ImportReport> {
    return this.importBytes([{ name: args.name?.trim() || 'pasted text', bytes: Buffer.from(args.text, 'utf8') }]);
  }

  /** Imports a batch: each bad file gets its own error and the rest go on; nothing already stored is touched. */
  async importBytes(files: readonly IncomingFile[]): Promise<ImportReport> {
    const errors: ImportError[] = [];
    const duplicates: ImportDuplicate[] = [];
    const fresh: { article: Article; bytes: Uint8Array }[] = [];
    const seen = new Map<string, string>();
    for (const file of files) {
      try {
        const outcome = ingestFile(file, { maxBytes: this.maxFileBytes });
        if (!outcome.ok) {
          errors.push({ fileName: file.name, reason: outcome.reason });
          continue;
        }
        const sha = outcome.items[0]?.original.sha256 ?? '';
        const existing = this.store.idForOriginal(sha) ?? seen.get(sha);
        if (existing) {
          duplicates.push({ fileName: file.name, id: existing });
          continue;
        }
        // A file may carry several stories (a NewsML-G2 message, a feed): each becomes an article.
        for (const item of outcome.items) {
          const article = buildArticle(item.original, item.draft, this.now(), this.rules, { analyse: this.analyseOnImport });
          if (!seen.has(sha)) seen.set(sha, article.id);
          fresh.push({ article, bytes: file.bytes });
        }
      } catch (err) {
        errors.push({ fileName: file.name, reason: `could not be read: ${errorMessage(err)}` });
      }
    }
    if (this.analyseOnImport && fresh.length > 0) {
      await this.desk.update((d) => fresh.reduce((acc, f) => rememberSources(acc, f.article), d));
    }
    try {
      await this.store.insert(fresh);
    } catch (err) {
      throw new CopydeskError('io', `Could not store the imported stories: ${errorMessage(err)}`);
    }
    return { articles: fresh.map((f) => f.article), duplicates, errors };
  }

  async saveArticle(args: Args<'saveArticle'>) {
    const current = await this.load(args.id);
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

  async setSpeaker(args: Args<'setSpeaker'>) {
    return this.change(args, (a) => setSpeaker(a, args.paragraph, args.speaker, this.rules));
  }

  async fixFlag(args: Args<'fixFlag'>) {
    return this.change(args, (a) => fixFlag(a, args.flagId, this.rules));
  }

  async dismissFlag(args: Args<'dismissFlag'>) {
    return this.change(args, (a) => dismissFlag(a, args.flagId, this.rules));
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
    return this.store.save(recleanArticle(article, rejectedIds(article), this.rules), args.revision);
  }

  async removeBoilerplate(args: Args<'removeBoilerplate'>): Promise<DeskSettings> {
    return this.desk.update((d) => ({ ...d, boilerplate: d.boilerplate.filter((b) => !(b.source === args.source && b.text === args.text)) }));
  }

  async recleanStory(args: Args<'recleanStory'>) {
    return this.change(args, (a) => recleanArticle(a, rejectedIds(a), this.rules));
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
  private async change(args: { id: string; revision: number }, decide: (a: Article) => Article): Promise<Article> {
    const stored = await this.load(args.id);
    const article = stored.analysed ? stored : analyseArticle(stored, this.rules);
    return this.store.save(decide(article), args.revision);
  }

  private async setChangeApplied(id: string, revision: number, changeId: string, applied: boolean): Promise<Article> {
    const article = await this.load(id);
    if (!article.changes.some((c) => c.id === changeId)) {
      throw new CopydeskError('not-found', `No cleaning change ${changeId} on this story`);
    }
    const rejected = rejectedIds(article);
    if (applied) rejected.delete(changeId);
    else rejected.add(changeId);
    return this.store.save(recleanArticle(article, rejected, this.rules), revision);
  }
}

/** The printed dateline is always rendered from its parts, so it can never disagree with them. */
function withRenderedDateline(article: Article, today: Date): Article {
  const { dateline } = article;
  return { ...article, dateline: { ...dateline, text: renderDatelineText(dateline, today) } };
}
