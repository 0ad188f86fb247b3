/**
 * The story's text and its history, for the service: body saves (a stale revision answered with both versions),
 * the revisions kept (list, read, compare word by word), revert, and the agency comparison.
 */
import type { Article } from '../domain/article.js';
import { applyBodyEdit } from '../domain/body-edit.js';
import { compareBodies, compareWithAgency, diffText } from '../domain/compare.js';
import { CopydeskError } from '../domain/errors.js';
import { parseDraft } from '../ingest/ingest.js';
import type { ArticleStore } from '../store/article-store.js';
import type { AgencyComparison, Args, BodyEdit, RevisionComparison, RevisionInfo, SaveBodyResult } from '../api/contract.js';
import { analyseArticle, withDeskFields, type DeskRules } from './story-pipeline.js';

/** What the service lends: its store, its rules and clock, and its own read and save of a story. */
export interface HistoryHost {
  readonly store: ArticleStore;
  rules(): DeskRules;
  now(): Date;
  load(id: string): Promise<Article>;
  getArticle(args: { id: string }): Promise<Article>;
  saveStory(before: Article, after: Article, revision: number, summary?: string): Promise<Article>;
}

export class StoryHistory {
  constructor(private readonly host: HistoryHost) {}

  /** The editor's text. A stale revision comes back as a conflict with both versions, so neither is lost. */
  async saveBody(args: Args<'saveBody'>): Promise<SaveBodyResult> {
    if (args.headline !== undefined && args.headline.trim() === '') {
      throw new CopydeskError('validation', 'A story needs a headline: it cannot be saved empty');
    }
    const stored = await this.host.load(args.id);
    const yours: BodyEdit = {
      ...(args.headline !== undefined ? { headline: args.headline } : {}),
      ...(args.abstract !== undefined ? { abstract: args.abstract } : {}),
      ...(args.blocks !== undefined ? { blocks: args.blocks } : {}),
    };
    const conflict = (theirs: Article, message: string): SaveBodyResult => ({ saved: false, conflict: { theirs, yours, yourRevision: args.revision, message } });
    if (stored.revision !== args.revision) {
      return conflict(await this.host.getArticle({ id: args.id }), staleMessage(stored, args.revision));
    }
    const article = stored.analysed ? stored : analyseArticle(stored, this.host.rules(), this.host.now().toISOString());
    const edited = analyseArticle(applyBodyEdit(article, yours), this.host.rules(), this.host.now().toISOString());
    try {
      return { saved: true, article: await this.host.saveStory(article, edited, args.revision, args.summary) };
    } catch (err) {
      // Another save landed between our read and our write.
      if (err instanceof CopydeskError && err.code === 'conflict') return conflict(await this.host.getArticle({ id: args.id }), err.message);
      throw err;
    }
  }

  async listRevisions(args: Args<'listRevisions'>): Promise<RevisionInfo[]> {
    const current = await this.host.store.get(args.id);
    const kept = await this.host.store.history.read(args.id);
    const list: RevisionInfo[] = kept.map(({ number, author, at, summary }) => ({ number, author, at, summary }));
    if (list.length === 0 || (list[list.length - 1]?.number ?? 0) < current.revision) {
      list.push({ number: current.revision, author: '', at: current.updatedAt, summary: current.revision === 1 ? 'Imported' : 'Saved before history was kept' });
    }
    return list;
  }

  async getRevision(args: Args<'getRevision'>): Promise<Article> {
    const kept = (await this.host.store.history.read(args.id)).find((r) => r.number === args.number);
    if (kept) return withDeskFields(kept.article, this.host.rules());
    const current = await this.host.load(args.id);
    if (current.revision === args.number) return current;
    throw new CopydeskError('not-found', `Story ${args.id} has no revision ${args.number} (it is at revision ${current.revision})`);
  }

  async compareRevisions(args: Args<'compareRevisions'>): Promise<RevisionComparison> {
    const [from, to] = [await this.getRevision({ id: args.id, number: args.from }), await this.getRevision({ id: args.id, number: args.to })];
    return {
      id: args.id,
      from: args.from,
      to: args.to,
      headline: diffText(from.headline, to.headline),
      abstract: diffText(from.abstract, to.abstract),
      blocks: compareBodies(from.paragraphs, to.paragraphs),
    };
  }

  /** A new revision with the text and fields of revision `to`; what was exported since stays recorded. */
  async revertStory(args: Args<'revertStory'>): Promise<Article> {
    const current = await this.host.load(args.id);
    const old = await this.getRevision({ id: args.id, number: args.to });
    const reverted: Article = { ...old, id: current.id, revision: current.revision, exports: current.exports, createdAt: current.createdAt };
    return this.host.saveStory(current, reverted, args.revision, `Reverted to revision ${args.to}`);
  }

  async compareWithAgency(args: Args<'compareWithAgency'>): Promise<AgencyComparison> {
    const article = await this.host.load(args.id);
    const agency = parseDraft(article.original).blocks;
    const machine = article.machine ?? article.paragraphs.map((p) => ({ id: p.id, text: p.text }));
    return { id: article.id, parts: compareWithAgency(agency, machine, article.paragraphs) };
  }

}

function staleMessage(stored: Article, yours: number): string {
  return `"${stored.headline}" was changed elsewhere (revision ${stored.revision}, you edited revision ${yours}): both versions are here to merge`;
}
