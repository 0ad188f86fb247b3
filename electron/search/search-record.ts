/**
 * What the search index keeps of a story besides its words: the summary the list shows, and the fields the facets
 * count and the sorts order by. Small (a few hundred bytes), so 100,000 of them stay in memory.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../domain/article.js';
import type { StoryHit } from './story-hit.js';
import { summarize } from '../domain/article.js';
import { foldText } from './fold-text.js';

export interface SearchRecord extends StoryHit {
  /** A hash of the indexed text: a save that changed no words (a status, an embargo) re-indexes nothing. */
  readonly textKey: string;
}

/** Everything the full-text search reads of a story, one field after another. */
export function searchText(a: Article): string {
  // Entities are not added: they are found in the body, which is indexed whole, and adding them would re-index
  // (and re-rank) every story the first time it is opened, when its deferred reading runs.
  return [
    a.headline,
    a.slugline,
    a.byline,
    a.abstract,
    a.source.name,
    a.source.code ?? '',
    a.source.credit,
    a.dateline.place,
    a.ednote ?? '',
    (a.keywords ?? []).join(' '),
    ...a.paragraphs.map((p) => p.text),
  ].join('\n');
}

export function searchRecord(a: Article, text: string = searchText(a)): SearchRecord {
  // Stories stored before the desk's fields (or the wire's) existed lack them: read as empty, as the desk does.
  const dismissed = new Set(a.decisions?.dismissedFlags ?? []);
  const places = new Set<string>();
  if (a.dateline.place) places.add(a.dateline.place);
  for (const p of a.places ?? []) if (p.name) places.add(p.name);
  for (const p of a.entities?.places ?? []) places.add(p.name);
  const subjects = new Set<string>();
  for (const s of a.subjects ?? []) if (!s.suggested) subjects.add(s.name || s.code);
  return {
    ...summarize(a),
    sourceName: a.source.name,
    language: a.language,
    wireTime: a.updated ?? a.created ?? a.importedAt ?? a.createdAt,
    urgency: a.urgency ?? null,
    priority: a.priority ?? null,
    places: [...places],
    subjects: [...subjects],
    openFlags: (a.flags ?? []).filter((f) => !dismissed.has(f.id)).length,
    embargo: a.embargo ?? null,
    killed: a.pubstatus === 'canceled',
    edited: (a.edited ?? []).length > 0,
    update: updateMark(a),
    textKey: createHash('sha1').update(text).digest('base64').slice(0, 16),
  };
}

/**
 * Field values folded once: a field term compares with the folded value of every candidate, and a library holds
 * few distinct sources, languages, places and subjects. Folding (NFKD and two regular expressions) for each of
 * 20,000 candidates was most of a `source:` query's time.
 */
const FOLDED = new Map<string, string>();
const MAX_FOLDED = 50_000;

export function foldedValue(value: string): string {
  let f = FOLDED.get(value);
  if (f === undefined) {
    f = foldText(value);
    if (FOLDED.size >= MAX_FOLDED) FOLDED.clear();
    FOLDED.set(value, f);
  }
  return f;
}

/** The calendar day a date filter and the date facet use: the wire's, else the dateline's. */
export function recordDay(r: SearchRecord): string {
  return (r.wireTime || r.datelineDate || r.updatedAt).slice(0, 10);
}

/** The inbox's "update arrived" mark: the merge's label and open choices, else the wire's own update mark. */
function updateMark(a: Article): SearchRecord['update'] {
  const merge = a.writeThrough;
  if (merge) return { label: merge.label, open: merge.conflicts.length + merge.fields.length, merged: true };
  if (!a.lineage?.previous) return null;
  const relation = a.lineage.relation;
  return { label: relation.includes(':') ? relation.slice(relation.indexOf(':') + 1).trim() : relation, open: 0 };
}
