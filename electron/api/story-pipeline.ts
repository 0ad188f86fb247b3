/**
 * The path of a story, composed: ingest → clean → enrich → an Article ready to store. Undo and redo run the same
 * path again from the kept original, without the rejected changes, and keep every field the editor set by hand.
 */
import { randomUUID } from 'node:crypto';
import type { Article, EditableField, Original, Paragraph } from '../domain/article.js';
import { clean, rulesFor } from '../clean/engine.js';
import { enrich } from '../enrich/enrich.js';
import { applyWireMeta } from '../enrich/wire-meta.js';
import { parseDraft } from '../ingest/ingest.js';
import type { WireDraft } from '../ingest/wire-draft.js';

export function buildArticle(original: Original, draft: WireDraft, now: Date): Article {
  const cleaned = clean(draft, { importedAt: now }, new Set(), rulesFor(draft));
  const { fields, keywords, wire } = applyWireMeta(enrich(cleaned, now), draft.meta, now);
  const at = now.toISOString();
  return {
    id: randomUUID(),
    revision: 1,
    status: 'new',
    ...fields,
    keywords,
    ...wire,
    wordCount: countWords(fields.paragraphs),
    createdAt: at,
    updatedAt: at,
    importedAt: at,
    original,
    changes: cleaned.changes,
    edited: [],
    exports: [],
  };
}

/** Runs cleaning again with this set of rejected changes; fields in `article.edited` keep the editor's values. */
export function recleanArticle(article: Article, rejected: ReadonlySet<string>): Article {
  const importedAt = new Date(article.importedAt);
  const draft = parseDraft(article.original);
  const cleaned = clean(draft, { importedAt }, rejected, rulesFor(draft));
  const { fields } = applyWireMeta(enrich(cleaned, importedAt), draft.meta, importedAt);
  const { paragraphs, ...meta } = fields;
  const next: Article = { ...article, ...meta, paragraphs, changes: cleaned.changes };
  return keepEdited(next, article, article.edited);
}

/** Copies the editor's hand-set fields from `from` onto `to`. */
function keepEdited(to: Article, from: Article, fields: readonly EditableField[]): Article {
  return fields.reduce<Article>((acc, f) => ({ ...acc, [f]: from[f] }), to);
}

export function rejectedIds(article: Article): Set<string> {
  return new Set(article.changes.filter((c) => !c.applied).map((c) => c.id));
}

export function countWords(paragraphs: readonly Paragraph[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return n;
}
