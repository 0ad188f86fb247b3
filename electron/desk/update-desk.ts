/**
 * Agency updates on the desk: when an import stores a new version of a story the editor has already worked on,
 * the update is merged into the editor's copy (domain/update-merge.ts) and saved as the update's next revision,
 * so history, compare and revert show it like any other. Then the editor settles what is left: a block or a field
 * both sides changed, and any change applied from the agency they want undone.
 */
import type { Article, EditableField } from '../domain/article.js';
import { CopydeskError, errorMessage } from '../domain/errors.js';
import { hasEditorWork, mergeUpdate, paragraphNumber, settleBlock, settleField, toggleApplied, type BlockChoice } from '../domain/update-merge.js';
import type { FingerprintIndex } from '../store/fingerprint-index.js';
import type { ArticleStore } from '../store/article-store.js';
import { killNoticeOf } from './kill-desk.js';
import { analyseArticle, type DeskRules } from './story-pipeline.js';

export interface UpdateHost {
  readonly store: ArticleStore;
  rules(): DeskRules;
  now(): Date;
  load(id: string): Promise<Article>;
  saveStory(before: Article, after: Article, revision: number, summary?: string): Promise<Article>;
  log(line: string): void;
}

/** The author of a merge's revision: the machine, on the editor's behalf. */
const MERGE_AUTHOR = 'Copydesk (agency update)';

export class UpdateDesk {
  constructor(private readonly host: UpdateHost) {}

  /**
   * Merges each newly stored update into the editor's copy of the version before it, when the editor worked on
   * that one. A merge that fails leaves the update as the agency sent it (and says why in the log): the import
   * itself never fails for it, and the editor's copy is untouched either way.
   */
  async stored(articles: readonly Article[], index: FingerprintIndex): Promise<void> {
    for (const update of articles) {
      const previousId = update.lineage?.previous;
      // A kill is not copy to merge: it marks the story (kill-desk.ts) and the editor's copy stays as it is.
      // Nor is a better agency copy of the same version, held beside the editor's story (bulk-import.ts): it stays as
      // the agency sent it, for the editor to open.
      if (!previousId || killNoticeOf(update) || index.get(update.id)?.held) continue;
      try {
        const previous = await this.host.load(previousId);
        if (!hasEditorWork(previous)) continue;
        const first = (await this.host.store.history.read(previous.id)).find((r) => r.number === 1)?.article ?? null;
        const chain = index.versions(update.id).map((k) => k.id);
        const place = chain.indexOf(update.id);
        const label = `update ${place > 0 ? place : 1}`;
        const at = this.host.now().toISOString();
        const { article, summary } = mergeUpdate({ previous, previousAsImported: first, update, label, at });
        const read = analyseArticle(article, this.host.rules(), at);
        await this.host.store.save(read, update.revision, { author: MERGE_AUTHOR, summary });
      } catch (err) {
        this.host.log(`update ${update.id} of ${previousId} was not merged into the editor's copy: ${errorMessage(err)}`);
      }
    }
  }

  /** The editor's choice for a block or a field both their copy and the agency's update changed. */
  async settle(args: { id: string; revision: number; block?: string; field?: EditableField; choice: 'ours' | 'theirs' | 'merged'; text?: string }): Promise<Article> {
    const article = await this.host.load(args.id);
    const merge = this.mergeOf(article);
    if (args.block !== undefined) {
      const conflict = merge.conflicts.find((c) => c.blockId === args.block);
      if (!conflict) throw new CopydeskError('not-found', `No choice is open on block ${args.block} of this story`);
      const choice: BlockChoice = args.text !== undefined ? { text: args.text } : args.choice;
      if (choice === 'merged' && conflict.merged === null) throw new CopydeskError('validation', 'The two versions change the same words: there is no merged text to take; choose one or write your own');
      const n = paragraphNumber(article.paragraphs, args.block) ?? paragraphNumber(article.machine ?? [], args.block);
      const words = typeof choice === 'object' ? 'your own words' : choice === 'ours' ? "the editor's text" : choice === 'theirs' ? "the agency's text" : 'both merged';
      return this.host.saveStory(article, this.read(settleBlock(article, args.block, choice)), args.revision, `${cap(merge.label)}: ¶${n ?? '?'} settled with ${words}`);
    }
    if (args.field !== undefined) {
      if (!merge.fields.some((f) => f.field === args.field)) throw new CopydeskError('not-found', `No choice is open on the ${args.field} of this story`);
      if (args.choice === 'merged') throw new CopydeskError('validation', `A field takes one value: choose ours or theirs for the ${args.field}`);
      return this.host.saveStory(article, settleField(article, args.field, args.choice), args.revision, `${cap(merge.label)}: ${args.field} settled with ${args.choice === 'ours' ? "the editor's value" : "the agency's"}`);
    }
    throw new CopydeskError('validation', 'settleUpdate: name the block or the field to settle');
  }

  /** Undoes (or redoes) one change the update applied. */
  async toggle(args: { id: string; revision: number; block: string; redo?: boolean }): Promise<Article> {
    const article = await this.host.load(args.id);
    const merge = this.mergeOf(article);
    const change = merge.applied.find((c) => c.blockId === args.block);
    if (!change) throw new CopydeskError('not-found', `${cap(merge.label)} applied no change to block ${args.block}`);
    const undo = !args.redo;
    if (change.undone === undo) return article;
    const next = this.read(toggleApplied(article, args.block, undo));
    // The paragraph's number where it stands: before an undo takes it out, after a redo puts it back.
    const n = paragraphNumber(article.paragraphs, args.block) ?? paragraphNumber(next.paragraphs, args.block);
    const what = `${change.kind}${change.kind === 'removed' ? ' a paragraph' : ` ¶${n ?? '?'}`}`;
    return this.host.saveStory(article, next, args.revision, `${undo ? 'Undid' : 'Redid'} "${merge.label} ${what}"`);
  }

  private mergeOf(article: Article) {
    if (!article.writeThrough) throw new CopydeskError('not-found', `"${article.headline}" has no agency update merged into it`);
    return article.writeThrough;
  }

  private read(a: Article): Article {
    return analyseArticle(a, this.host.rules(), this.host.now().toISOString());
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
