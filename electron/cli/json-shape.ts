/**
 * The public JSON shape of `copydesk import --json` (documented in the README): the article without the kept
 * original text, which can be large and is always available from the library.
 */
import type { Article } from '../domain/article.js';

export function toJsonArticle(a: Article) {
  const { text: _text, ...original } = a.original;
  return {
    id: a.id,
    revision: a.revision,
    status: a.status,
    headline: a.headline,
    slugline: a.slugline,
    byline: a.byline,
    abstract: a.abstract,
    dateline: { ...a.dateline, country: a.dateline.country ?? null },
    source: a.source,
    language: a.language,
    paragraphs: a.paragraphs.map((p) => ({ ...p, speaker: p.speaker ?? null })),
    entities: a.entities,
    sources: a.sources,
    flags: a.flags.map(({ kind, paragraph, text, reason, suggestion, id, anchor }) => ({ kind, paragraph, block: anchor.block, text, reason, suggestion, id })),
    keywords: a.keywords,
    original,
    changes: a.changes,
    guid: a.guid,
    version: a.version,
    created: a.created,
    updated: a.updated,
    priority: a.priority,
    urgency: a.urgency,
    pubstatus: a.pubstatus,
    ednote: a.ednote,
    ...(a.deskNote ? { deskNote: a.deskNote } : {}),
    embargo: a.embargo,
    takeKey: a.takeKey,
    category: a.category,
    subjects: a.subjects,
    places: a.places,
    authors: a.authors,
    wordCount: a.wordCount,
    lineage: a.lineage,
    related: a.related,
  };
}
