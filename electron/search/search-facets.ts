/**
 * Facet counts and sort orders over the stories a search matched. Counting walks the matched records once, so a
 * search's facets cost the same whatever the library's size beyond the matches themselves.
 */
import type { ArticleStatus } from '../domain/article.js';
import type { StoryHit as SearchRecord } from './story-hit.js';

export const SORT_KEYS = ['relevance', 'wire', 'dateline', 'urgency', 'headline', 'updated'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const DATE_BUCKETS = ['today', 'last-24h', 'this-week', 'older'] as const;
export type DateBucket = (typeof DATE_BUCKETS)[number];

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

export interface SearchFacets {
  readonly source: readonly FacetCount[];
  readonly status: readonly FacetCount[];
  readonly language: readonly FacetCount[];
  readonly subject: readonly FacetCount[];
  /** Wire date: today (UTC day), the last 24 hours, the last 7 days, older. Today and last-24h overlap. */
  readonly date: readonly FacetCount[];
  readonly flagged: number;
  readonly embargoed: number;
  readonly killed: number;
  readonly edited: number;
  /** An agency update arrived after the editor's work and was merged into their copy. */
  readonly updated: number;
}

const MAX_VALUES = 30;
const DAY = 86_400_000;

/** The facets of the matched stories, each list biggest first (at most 30 values), as of `now`. */
export function countFacets(records: Iterable<{ record: SearchRecord; wireMs: number }>, now: Date): SearchFacets {
  const source = new Map<string, number>();
  const status = new Map<ArticleStatus, number>();
  const language = new Map<string, number>();
  const subject = new Map<string, number>();
  const date = new Map<DateBucket, number>(DATE_BUCKETS.map((b) => [b, 0]));
  const nowMs = now.getTime();
  const today = now.toISOString().slice(0, 10);
  const nowIso = now.toISOString();
  let flagged = 0;
  let embargoed = 0;
  let killed = 0;
  let edited = 0;
  let updated = 0;
  const bump = <K>(m: Map<K, number>, k: K): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const { record: r, wireMs } of records) {
    bump(source, r.source || '(none)');
    bump(status, r.status);
    bump(language, r.language || '(none)');
    for (const s of r.subjects) bump(subject, s);
    if (r.wireTime.startsWith(today)) bump(date, 'today');
    if (wireMs > nowMs - DAY) bump(date, 'last-24h');
    if (wireMs > nowMs - 7 * DAY) bump(date, 'this-week');
    else bump(date, 'older');
    if (r.openFlags > 0) flagged++;
    if (r.embargo !== null && r.embargo > nowIso) embargoed++;
    if (r.killed) killed++;
    if (r.edited) edited++;
    if (r.update?.merged) updated++;
  }
  return {
    source: top(source),
    status: top(status),
    language: top(language),
    subject: top(subject),
    date: DATE_BUCKETS.map((value) => ({ value, count: date.get(value) ?? 0 })),
    flagged,
    embargoed,
    killed,
    edited,
    updated,
  };
}

function top(m: Map<string, number>): FacetCount[] {
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_VALUES)
    .map(([value, count]) => ({ value, count }));
}

/** Orders two records for a sort key (relevance is the index's own order and never reaches here). */
export function compareRecords(key: Exclude<SortKey, 'relevance'>, a: SearchRecord, b: SearchRecord): number {
  switch (key) {
    case 'wire':
      // Ties (a batch imported at once without the agency's times) in a fixed order, whatever is saved meanwhile.
      return desc(a.wireTime, b.wireTime) || nullsLast(a.datelineDate, b.datelineDate, desc) || asc(a.id, b.id);
    case 'dateline':
      return nullsLast(a.datelineDate, b.datelineDate, desc) || desc(a.wireTime, b.wireTime) || asc(a.id, b.id);
    case 'urgency':
      // 1 is a flash: the most urgent first; then priority, then the newest.
      return nullsLast(a.urgency, b.urgency, asc) || nullsLast(a.priority, b.priority, asc) || desc(a.wireTime, b.wireTime) || asc(a.id, b.id);
    case 'headline':
      return asc(a.headline.toLowerCase(), b.headline.toLowerCase()) || asc(a.id, b.id);
    case 'updated':
      return desc(a.updatedAt, b.updatedAt);
  }
}

function asc<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function desc<T extends string | number>(a: T, b: T): number {
  return asc(b, a);
}

function nullsLast<T extends string | number>(a: T | null, b: T | null, order: (x: T, y: T) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return order(a, b);
}
