/**
 * The facet fields of every indexed story as small numbers, one column per field: a search's facets count its
 * matches by indexing arrays, instead of a Map look-up per field per match, and a field term (`source:AFP`) is
 * decided once for each distinct value and then looked up per candidate. At 100,000 stories a common word matches
 * most of the library, and counting its matches in Maps was most of the search's facet time.
 *
 * The counts are countFacets' (search-facets.ts), which stays the definition: a unit test compares the two.
 */
import { DATE_BUCKETS, type FacetCount, type SearchFacets } from './search-facets.js';
import type { SearchRecord } from './search-record.js';

const MAX_VALUES = 30;
const DAY = 86_400_000;

/** Distinct values numbered in the order they are first met. */
class Values {
  private readonly numbers = new Map<string, number>();
  readonly names: string[] = [];

  number(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.names.length;
      this.numbers.set(value, n);
      this.names.push(value);
    }
    return n;
  }

  find(value: string): number | undefined {
    return this.numbers.get(value);
  }

  /** `test` of every value, by number (1: passes). */
  answers(test: (value: string) => boolean): Uint8Array {
    return Uint8Array.from(this.names, (v) => (test(v) ? 1 : 0));
  }
}

/** A story's values of a field that holds several (places), as numbers; null for none. */
type Many = readonly number[] | null;

export class FacetColumns {
  /** Sources and agency names share their numbers (a `source:` term matches either). */
  private readonly sources = new Values();
  private readonly statuses = new Values();
  private readonly languages = new Values();
  private readonly subjects = new Values();
  private readonly places = new Values();
  private readonly days = new Values();
  private readonly sourceOf: number[] = [];
  private readonly sourceNameOf: number[] = [];
  private readonly statusOf: number[] = [];
  private readonly languageOf: number[] = [];
  private readonly dayOf: number[] = [];
  private readonly subjectsOf: Many[] = [];
  private readonly placesOf: Many[] = [];

  set(n: number, r: SearchRecord): void {
    this.sourceOf[n] = this.sources.number(r.source);
    this.sourceNameOf[n] = this.sources.number(r.sourceName);
    this.statusOf[n] = this.statuses.number(r.status);
    this.languageOf[n] = this.languages.number(r.language);
    this.dayOf[n] = this.days.number(r.wireTime.slice(0, 10));
    this.subjectsOf[n] = r.subjects.length > 0 ? r.subjects.map((s) => this.subjects.number(s)) : null;
    this.placesOf[n] = r.places.length > 0 ? r.places.map((p) => this.places.number(p)) : null;
  }

  clear(): void {
    for (const list of [this.sourceOf, this.sourceNameOf, this.statusOf, this.languageOf, this.dayOf, this.subjectsOf, this.placesOf]) list.length = 0;
  }

  /**
   * A field term's test of story `n`, given the test of one value (its source or its agency's name, its language, any
   * of its places or subjects): the value test runs once for each distinct value, now; the stories are looked up.
   */
  fieldTest(field: 'source' | 'lang' | 'place' | 'subject', test: (value: string) => boolean): (n: number) => boolean {
    switch (field) {
      case 'source': {
        const yes = this.sources.answers(test);
        return (n) => yes[this.sourceOf[n] as number] === 1 || yes[this.sourceNameOf[n] as number] === 1;
      }
      case 'lang': {
        const yes = this.languages.answers(test);
        return (n) => yes[this.languageOf[n] as number] === 1;
      }
      case 'place':
        return anyOf(this.placesOf, this.places.answers(test));
      case 'subject':
        return anyOf(this.subjectsOf, this.subjects.answers(test));
    }
  }

  /**
   * The facets of the stories numbered `matched`, as of `now`. `records` and `wireMs` are the index's own columns;
   * `killed` says which stories a kill in force reaches besides those the agency's status kills.
   */
  count(matched: readonly number[], records: readonly (SearchRecord | undefined)[], wireMs: readonly number[], now: Date, killedIds?: ReadonlySet<string>): SearchFacets {
    const source = new Uint32Array(this.sources.names.length);
    const status = new Uint32Array(this.statuses.names.length);
    const language = new Uint32Array(this.languages.names.length);
    const subject = new Uint32Array(this.subjects.names.length);
    const nowMs = now.getTime();
    const nowIso = now.toISOString();
    const today = this.days.find(nowIso.slice(0, 10)) ?? -1;
    const dayAgo = nowMs - DAY;
    const weekAgo = nowMs - 7 * DAY;
    const killedSome = killedIds !== undefined && killedIds.size > 0;
    let todays = 0;
    let lastDay = 0;
    let thisWeek = 0;
    let older = 0;
    let flagged = 0;
    let embargoed = 0;
    let killed = 0;
    let edited = 0;
    let updated = 0;
    for (let i = 0; i < matched.length; i++) {
      const n = matched[i] as number;
      const r = records[n] as SearchRecord;
      bump(source, this.sourceOf[n] as number);
      bump(status, this.statusOf[n] as number);
      bump(language, this.languageOf[n] as number);
      const subjects = this.subjectsOf[n];
      if (subjects) for (let j = 0; j < subjects.length; j++) bump(subject, subjects[j] as number);
      if (this.dayOf[n] === today) todays++;
      const ms = wireMs[n] ?? 0;
      if (ms > dayAgo) lastDay++;
      if (ms > weekAgo) thisWeek++;
      else older++;
      if (r.openFlags > 0) flagged++;
      if (r.embargo !== null && r.embargo > nowIso) embargoed++;
      if (r.killed || (killedSome && killedIds.has(r.id))) killed++;
      if (r.edited) edited++;
      if (r.update?.merged) updated++;
    }
    const dates: Record<(typeof DATE_BUCKETS)[number], number> = { today: todays, 'last-24h': lastDay, 'this-week': thisWeek, older };
    return {
      source: top(source, this.sources.names, NONE),
      status: top(status, this.statuses.names),
      language: top(language, this.languages.names, NONE),
      subject: top(subject, this.subjects.names),
      date: DATE_BUCKETS.map((value) => ({ value, count: dates[value] })),
      flagged,
      embargoed,
      killed,
      edited,
      updated,
    };
  }
}

function anyOf(column: readonly Many[], yes: Uint8Array): (n: number) => boolean {
  return (n) => {
    const values = column[n];
    if (!values) return false;
    for (let i = 0; i < values.length; i++) if (yes[values[i] as number] === 1) return true;
    return false;
  };
}

function bump(counts: Uint32Array, at: number): void {
  counts[at] = (counts[at] ?? 0) + 1;
}

/** What the facets call an empty source or language, as countFacets does. */
const NONE = '(none)';

/**
 * The values counted at least once, biggest first, ties by value: countFacets' order. With `blank`, an empty value
 * is counted under that name (together with a value that is that name already).
 */
function top(counts: Uint32Array, names: readonly string[], blank?: string): FacetCount[] {
  const by = new Map<string, number>();
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    if (count === 0) continue;
    const value = blank !== undefined && names[i] === '' ? blank : (names[i] as string);
    by.set(value, (by.get(value) ?? 0) + count);
  }
  return [...by]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
    .slice(0, MAX_VALUES);
}
