/**
 * The header of an ANPA-1312 message, read by the standard's fields rather than by one pattern over the line:
 *
 *   SYN SYN SOH  service level + selector code and message number (`a0105`, `eca00075`, `bsf025`)
 *                priority (one letter f b u r d…, or a digit 1–6)   category (1–3 letters: `i`, `s`, `ec`)
 *                format identifier (control codes DC2/DC4…, dropped)  the slug line: keyword, version (take key),
 *                reference (the filing date `11-13`) and word count (`0466`)   STX …
 *
 * The AP form of the slug line (`BC-LT--Argentina-Cancer Beauty,466`) carries a cycle (`BC`, `AM`, `PM`), a
 * selector prefix closed by `--`, the keyword, the version words and, after a comma, the word count: the
 * slugline is the keyword alone (`Argentina-Cancer`), the take key the version without the date.
 */
import type { Category, Subject } from '../../domain/article.js';
import { findAgency } from '../../domain/agencies.js';
import type { WireMeta } from '../wire-draft.js';
import { apSportSubjects } from './ap-sport-codes.js';
import { compact, nonEmpty } from './meta-helpers.js';

/** ANPA-1312 priority letters, most urgent first: flash, bulletin, urgent, regular, deferred… */
const PRIORITY_LETTERS: Readonly<Record<string, number>> = { f: 1, b: 2, u: 3, r: 4, d: 5, a: 5, s: 5, w: 5 };

/** The common ANPA category codes; an unknown code is kept with its code as its name. */
export const ANPA_CATEGORIES: Readonly<Record<string, string>> = {
  a: 'Domestic news', b: 'Special events', c: 'Crime', d: 'Advisories', e: 'Entertainment', f: 'Financial', i: 'International',
  j: 'Features', k: 'Commentary', l: 'Lifestyle', n: 'State news', o: 'Weather', p: 'Politics', q: 'Sports results',
  r: 'Regional', s: 'Sports', t: 'Travel', v: 'Advisories', w: 'Washington', y: 'Business',
};

export function anpaCategory(code: string): Category {
  // A one-letter code is ANPA's own; a longer one is the agency's (ANSA `ALR`, EFE `POL`) and is kept as sent.
  if (code.length > 1) return { code, name: ANPA_CATEGORIES[code.toLowerCase()] ?? code };
  const c = code.toLowerCase();
  return { code: c, name: ANPA_CATEGORIES[c] ?? c };
}

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;
const SELECTOR = /^[a-z]{1,4}\d{3,6}/iu;
/** The AP slug line: cycle, optional selector prefix closed by `--`, then keyword and version. */
const AP_SLUG = /^(?:(?:BC|AM|PM|AP|SN|ED)-)(?:([A-Za-z]{1,4})--)?(.+)$/u;

export interface SlugFields {
  readonly slugline?: string;
  readonly takeKey?: string;
  readonly wordCount?: number;
  /** The subject the slug's selector prefix names: AP's sports identifiers (`BKN` basketball). */
  readonly subjects?: readonly Subject[];
}

/** `BC-LT--Argentina-Cancer Beauty,466` → Argentina-Cancer, take key Beauty, 466 words. */
export function readSlugLine(field: string): SlugFields {
  const text = field.replace(CONTROLS, ' ').replace(/[<‹>]+\s*$/u, '').replace(/^\^/u, '').trim();
  const ap = AP_SLUG.exec(text);
  const body = ap?.[2] ?? text;
  const parts = body.split(',').map((p) => p.trim()).filter(Boolean);
  let wordCount: number | undefined;
  const words: string[] = [];
  for (const part of parts) {
    if (/^\d{2,5}$/u.test(part)) wordCount = Number(part);
    else words.push(part);
  }
  const [first = '', ...more] = words;
  const [keyword = '', ...version] = first.split(/\s+/u);
  // The reference field (the filing date, `11-13`) is not part of the version.
  const take = [...version, ...more].join(' ').replace(/\b\d{1,2}-\d{1,2}\b/gu, ' ').replace(/\s+/gu, ' ');
  return compact({ slugline: nonEmpty(keyword), takeKey: nonEmpty(take), wordCount, subjects: apSportSubjects(ap?.[1]) });
}

/** True for a line that is an AP slug line (cycle prefix, keyword), as AP repeats it as the text's first line. */
export function isSlugLine(line: string): boolean {
  const text = line.replace(/^\^/u, '').replace(/[<‹]+\s*$/u, '').trim();
  return /^(?:BC|AM|PM|AP|SN|ED)-[^\s,]+(?:[ ,].*)?$/u.test(text) && !/[.!?]$/u.test(text) && text.length < 90;
}

/** The header between SOH and STX (or the first line of copy whose control characters were stripped). */
export function readAnpaHeader(header: string): WireMeta {
  const tokens = header.replace(CONTROLS, ' ').trim().split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) return {};
  let i = 0;
  // The selector code and message number, possibly run together with the agency's own routing (`a0105KYODO`).
  while (i < tokens.length && SELECTOR.test(tokens[i] ?? '') && i < 2) i++;
  // Routing words before the priority (`koko-`) are skipped: the priority is the first single letter or digit.
  let j = i;
  while (j < tokens.length && j < i + 3 && !isPriority(tokens[j] ?? '')) j++;
  let priority: number | undefined;
  if (isPriority(tokens[j] ?? '')) {
    i = j;
    priority = priorityOf(tokens[i] ?? '');
    i++;
  }
  let category: Category[] = [];
  const c = tokens[i];
  if (c && /^[a-z]{1,3}$/iu.test(c)) {
    category = [anpaCategory(c)];
    i++;
  }
  const rest = tokens.slice(i);
  const slugAt = rest.findIndex((t) => /^(?:BC|AM|PM|AP|SN|ED)-/u.test(t));
  let slug: SlugFields = {};
  let wordCount: number | undefined;
  if (slugAt >= 0) {
    // The slug field runs to the reference (mm-dd) or the word count.
    const end = rest.findIndex((t, k) => k > slugAt && (/^\d{1,2}-\d{1,2}$/u.test(t) || /^\d{3,5}$/u.test(t)));
    slug = readSlugLine(rest.slice(slugAt, end < 0 ? undefined : end).join(' '));
    // The header's own word count field (four digits) closes the line, after the reference; without it, the count
    // AP writes after the slug's comma (`Beauty,466`).
    const after = end < 0 ? [] : rest.slice(end);
    const field = after.find((t) => /^\d{3,5}$/u.test(t));
    wordCount = field !== undefined ? Number(field) : slug.wordCount;
  }
  // Copy without an AP slug: `510    dpa 1003` — word count, the agency, the filing time.
  // Only a known agency's code counts: other words there are the service's own routing (`etf 967`).
  const agencyWord = slugAt < 0 ? rest.find((t, k) => k > 0 && /^[a-z]{2,6}$/iu.test(t) && /^\d{3,4}$/u.test(rest[k + 1] ?? '')) : undefined;
  const agency = agencyWord && findAgency(agencyWord) ? [agencyWord, agencyWord] : null;
  if (agency && agencyWord) {
    const before = rest[rest.indexOf(agencyWord) - 1] ?? '';
    if (/^\d{2,5}$/u.test(before)) wordCount = Number(before);
  }
  // IPTC 7901's closing fields, `71  lni 0000`: the word count, the (regional) service's code, its four-digit number.
  // A service the agency list does not know still marks the count before it; it is not taken for the source.
  if (slugAt < 0 && wordCount === undefined && rest.length >= 3) {
    const [count, service, number] = rest.slice(-3);
    if (/^\d{1,5}$/u.test(count ?? '') && /^[a-z]{2,6}$/iu.test(service ?? '') && /^\d{4}$/u.test(number ?? '')) wordCount = Number(count);
  }
  return compact({
    priority,
    category,
    slugline: slug.slugline,
    takeKey: slug.takeKey,
    subjects: slug.subjects,
    source: agency?.[1] ? { code: agency[1].toUpperCase(), credit: agency[1] } : undefined,
    wordCount,
  });
}

function isPriority(t: string): boolean {
  return /^[1-6]$/u.test(t) || (t.length === 1 && PRIORITY_LETTERS[t.toLowerCase()] !== undefined);
}

function priorityOf(t: string): number | undefined {
  return /^[1-6]$/u.test(t) ? Number(t) : PRIORITY_LETTERS[t.toLowerCase()];
}

/** A priority as other formats carry it: a digit 1–9, or an ANPA letter (`R`, `U`). */
export function anpaPriority(value: string): number | undefined {
  const v = value.trim();
  if (/^[1-9]$/u.test(v)) return Number(v);
  return v.length === 1 ? PRIORITY_LETTERS[v.toLowerCase()] : undefined;
}

/**
 * An AP slug as AP's JSON carries it (`BC-US--Film Review-And We Go Green`, `AP-US--Biden-Staff, 3rd Ld-Writethru`):
 * the cycle and selector prefix go, the version after the comma is the take key; the keyword keeps its spaces.
 */
export function readApSlug(slug: string): { slugline: string; takeKey?: string } {
  const m = /^(?:BC|AM|PM|AP|SN|ED)-(?:[A-Za-z]{1,4}(?:-[A-Za-z]{1,4})*--)?(.+)$/u.exec(slug.trim());
  if (!m?.[1]) return { slugline: slug.trim() };
  const [keyword = '', ...version] = m[1].split(',').map((p) => p.trim());
  const takeKey = version.filter((v) => !/^\d+$/u.test(v)).join(' ');
  return takeKey ? { slugline: keyword, takeKey } : { slugline: keyword };
}
