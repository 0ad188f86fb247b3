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
import type { ArticleStore } from '../store/article-store.js';
import type { Args, CopydeskApi, ExportedFile, ExportReport, ImportDuplicate, ImportError, ImportReport } from './contract.js';
import { buildArticle, recleanArticle, rejectedIds } from './story-pipeline.js';

export interface ServiceOptions {
  /** The clock: the import date a missing dateline year is inferred from. */
  readonly now?: () => Date;
  readonly maxFileBytes?: number;
}

export class CopydeskService implements CopydeskApi {
  private readonly now: () => Date;
  private readonly maxFileBytes: number;

  constructor(
    readonly store: ArticleStore,
    options: ServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_BYTES;
  }

  async listArticles(args: Args<'listArticles'>) {
    return this.store.list(args.status ? { status: args.status } : {});
  }

  async getArticle(args: Args<'getArticle'>) {
    return this.store.get(args.id);
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
          const article = buildArticle(item.original, item.draft, this.now());
          if (!seen.has(sha)) seen.set(sha, article.id);
          fresh.push({ article, bytes: file.bytes });
        }
      } catch (err) {
        errors.push({ fileName: file.name, reason: `could not be read: ${errorMessage(err)}` });
      }
    }
    try {
      await this.store.insert(fresh);
    } catch (err) {
      throw new CopydeskError('io', `Could not store the imported stories: ${errorMessage(err)}`);
    }
    return { articles: fresh.map((f) => f.article), duplicates, errors };
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
