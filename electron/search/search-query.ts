/**
 * The desk's query language, parsed into what the index looks up:
 *   words            every word must occur (ranked by the index)
 *   "a phrase"       the words next to each other, in order
 *   prefix*          any word starting so
 *   field:value      source:AFP status:ready lang:fr place:Tehran subject:politics (quote a value with spaces:
 *                    place:"Abu Dhabi"); is:flagged is:embargoed is:killed is:edited is:updated
 *   dates            since:2026-01-01 until:2026-02-01 date:2026-01-01..2026-02-01 date:2026-01-05 (the wire
 *                    date, or the dateline's when the wire gave none; `until` includes its day)
 *   -word, -field:v  leaves out what matches
 * Everything is folded (fold-text.ts) before comparing. A value that cannot be read (a bad date, an unknown
 * status) is an error naming it, never silently ignored.
 */
import { ARTICLE_STATUSES } from '../domain/article.js';
import { CopydeskError } from '../domain/errors.js';
import { foldText, searchWords } from './fold-text.js';

export const QUERY_FIELDS = ['source', 'status', 'lang', 'place', 'subject', 'is'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];
export const IS_VALUES = ['flagged', 'embargoed', 'killed', 'edited', 'updated'] as const;
export type IsValue = (typeof IS_VALUES)[number];

export interface FieldTerm {
  readonly field: QueryField;
  /** Folded. */
  readonly value: string;
  readonly negated: boolean;
}

export interface ParsedQuery {
  /** Folded words every story must hold. */
  readonly words: readonly string[];
  /** Folded words no story may hold. */
  readonly without: readonly string[];
  /** Each a run of folded words, in order. */
  readonly phrases: readonly (readonly string[])[];
  /** Folded word starts. */
  readonly prefixes: readonly string[];
  readonly fields: readonly FieldTerm[];
  /** Inclusive ISO dates (YYYY-MM-DD). */
  readonly since: string | null;
  readonly until: string | null;
}

export const EMPTY_QUERY: ParsedQuery = { words: [], without: [], phrases: [], prefixes: [], fields: [], since: null, until: null };

/** True when the query asks for nothing: every story matches. */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return q.words.length + q.without.length + q.phrases.length + q.prefixes.length + q.fields.length === 0 && !q.since && !q.until;
}

// A token: an optional minus, an optional field name, then a quoted run or a bare run up to white space.
const TOKEN = /(-?)(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S*))/g;

export function parseQuery(input: string): ParsedQuery {
  const words: string[] = [];
  const without: string[] = [];
  const phrases: string[][] = [];
  const prefixes: string[] = [];
  const fields: FieldTerm[] = [];
  let since: string | null = null;
  let until: string | null = null;
  for (const match of input.matchAll(TOKEN)) {
    const negated = match[1] === '-';
    const name = match[2]?.toLowerCase();
    const quoted = match[3];
    const raw = quoted ?? match[4] ?? '';
    if (name !== undefined && isDateField(name)) {
      const range = parseDates(name, raw);
      if (range.since && (!since || range.since > since)) since = range.since;
      if (range.until && (!until || range.until < until)) until = range.until;
      continue;
    }
    if (name !== undefined && isField(name)) {
      fields.push({ field: name, value: fieldValue(name, raw), negated });
      continue;
    }
    // An unknown "name:" is text (a time like 10:30, a URL): the whole token is searched as words.
    const text = name !== undefined ? `${match[2]}:${raw}` : raw;
    if (quoted !== undefined) {
      const run = searchWords(text);
      if (run.length > 1) phrases.push(run);
      else if (run[0]) (negated ? without : words).push(run[0]);
      continue;
    }
    const run = searchWords(text);
    const last = run.pop();
    if (last === undefined) continue;
    (negated ? without : words).push(...run);
    if (text.endsWith('*') && !negated) prefixes.push(last);
    else (negated ? without : words).push(last);
  }
  return { words: unique(words), without: unique(without), phrases, prefixes: unique(prefixes), fields, since, until };
}

function isField(name: string): name is QueryField {
  return (QUERY_FIELDS as readonly string[]).includes(name);
}

function isDateField(name: string): name is 'since' | 'until' | 'date' {
  return name === 'since' || name === 'until' || name === 'date';
}

function fieldValue(field: QueryField, raw: string): string {
  const value = foldText(raw.trim());
  if (!value) throw new CopydeskError('validation', `Search: ${field}: needs a value (e.g. ${field}:${example(field)})`);
  if (field === 'status' && !(ARTICLE_STATUSES as readonly string[]).includes(value)) {
    throw new CopydeskError('validation', `Search: unknown status "${raw}" (one of ${ARTICLE_STATUSES.join(', ')})`);
  }
  if (field === 'is' && !(IS_VALUES as readonly string[]).includes(value)) {
    throw new CopydeskError('validation', `Search: unknown is:${raw} (one of ${IS_VALUES.map((v) => `is:${v}`).join(', ')})`);
  }
  return value;
}

function example(field: QueryField): string {
  const examples: Record<QueryField, string> = { source: 'AFP', status: 'ready', lang: 'fr', place: 'Tehran', subject: 'politics', is: 'flagged' };
  return examples[field];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDates(name: 'since' | 'until' | 'date', raw: string): { since: string | null; until: string | null } {
  if (name === 'date') {
    const [from, to, extra] = raw.split('..');
    if (extra !== undefined || from === undefined) throw badDate(name, raw);
    if (to === undefined) return { since: checkDate(name, from), until: checkDate(name, from) };
    return { since: from ? checkDate(name, from) : null, until: to ? checkDate(name, to) : null };
  }
  const date = checkDate(name, raw);
  return name === 'since' ? { since: date, until: null } : { since: null, until: date };
}

function checkDate(name: string, value: string): string {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw badDate(name, value);
  }
  return value;
}

function badDate(name: string, value: string): CopydeskError {
  return new CopydeskError('validation', `Search: ${name}:${value} is not a date (write ${name === 'date' ? 'date:2026-01-01..2026-02-01' : `${name}:2026-01-31`})`);
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
