/**
 * The header lines of an IPTC 7901 message as AAP sends it: after ZCZC (and the service's routing lines), one
 * line per field, each opened by its tag character, then the copy.
 *
 *   %  routing / selector codes          #  keyword (the slugline)         $ or ^  headline
 *   :  take key (the version or part)    =  take key, when no `:` gave one  &  ANPA category (one letter)
 *   *  or +  IPTC subject reference (8 digits; `*X` = none)                 @  state   ~  service
 *
 * A tag whose value is a single letter (`$J`, `*X`) is a format or routing code, not a field value.
 */
import type { Category, Subject } from '../../domain/article.js';
import type { WireMeta } from '../wire-draft.js';
import { anpaCategory } from './anpa-header.js';
import { compact, nonEmpty } from './meta-helpers.js';

const TAG_LINE = /^([%#$^:=&*+@~])(.*)$/u;
/** A service's routing line before the tags: `YY TDR`, `YY RFG INTERNET (3RR) INET(3RR) NC(ATD)`. */
const ROUTING = /^[A-Z]{2}(?:\s+[A-Z0-9()]+)+\s*$/u;

/**
 * A routing line that stands without tagged fields under it: a priority letter written twice (`YY`, `HH`: the
 * teleprinter convention), then the destination codes, upper case or not (`HH TDCom`). Doubled, so that a
 * headline in capitals (`US STOCKS RISE`) is never taken for one.
 */
const BARE_ROUTING = /^([A-Z])\1(?:\s+[A-Za-z0-9()]+)+\s*$/u;

/**
 * The service's category in front of a message's title, in capitals and parted by a spaced colon
 * (`RACING : Caulfield FIELDS Saturday`, `GREYHOUNDS : …`): the desk the message is routed to, not the title's words.
 */
const SERVICE_CATEGORY = /^(\p{Lu}{3,}(?:\s\p{Lu}{3,})?)\s+:\s+(\S.*)$/u;

export interface RoutedCopy {
  readonly copy: string;
  /** The service's category the title opened with, taken off it. */
  readonly category?: string;
}

/**
 * A ZCZC message's copy (see anpa.ts) when it opens with a service's routing line and no tagged fields: without the
 * routing line, and with the line under it set apart as the message's title (`Caulfield FIELDS Saturday` over a
 * fields table that is not set apart by blank lines), its service category taken off. Other copy is returned as it is.
 */
export function routedCopy(copy: string): RoutedCopy {
  const lines = copy.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !BARE_ROUTING.test((lines[first] ?? '').trim())) return { copy };
  const title = lines.findIndex((l, k) => k > first && l.trim() !== '');
  if (title < 0) return { copy: lines.slice(0, first).join('\n') };
  const line = lines[title] ?? '';
  const prefixed = SERVICE_CATEGORY.exec(line.trim());
  const rest = [...lines.slice(0, first), prefixed?.[2] ?? line, '', ...lines.slice(title + 1)].join('\n');
  return prefixed?.[1] ? { copy: rest, category: prefixed[1] } : { copy: rest };
}

/**
 * The heading marks of AAP's teleprinter racing copy (`viwhtn01…`: weights, fields): a heading line (the message's
 * title, a race's name, the `(Weights for …)` line) is closed by `=!` or `<!` and may be opened by `<`, where the
 * typesetting system switched the heading style on and off. They are framing, never words: the marks go and the
 * heading they close stands as a paragraph of its own above the table it heads, which runs on without blank lines.
 */
const HEADING_MARKS = /^<?(\S.*?)\s*[<=]!\s*$/u;

export function headingMarks(copy: string): string {
  if (!copy.includes('!')) return copy;
  return copy
    .split('\n')
    .flatMap((line) => {
      const m = HEADING_MARKS.exec(line);
      return m ? ['', (m[1] ?? '').replace(/\s+/gu, ' '), ''] : [line];
    })
    .join('\n');
}

/** A header field whose value has its field's form: a copy line that opens with `*` or `$` has not. */
const FIELD_FORM: Readonly<Record<string, RegExp>> = {
  ':': /^\(?[\p{L}\p{N} .,'/-]{1,40}\)?$/u,
  '&': /^[A-Za-z]{1,8}(?:\\[\p{L}.]+)?$/u,
  '*': /^(?:\d{8}|[A-Za-z])$/u,
  '+': /^\d{8}$/u,
  '@': /^[A-Za-z]{2,4}$/u,
  '~': /^[A-Za-z]{1,8}$/u,
};

/** At least two header fields of their field's form from line `at` on (blank lines between them aside). */
function fieldsFollow(lines: readonly string[], at: number): boolean {
  let count = 0;
  for (let k = at; k < lines.length; k++) {
    const line = (lines[k] ?? '').trim();
    if (line === '') continue;
    const m = TAG_LINE.exec(line);
    const form = m ? FIELD_FORM[m[1] ?? ''] : undefined;
    if (!m || !form || !form.test((m[2] ?? '').trim())) break;
    count++;
  }
  return count >= 2;
}

export interface Iptc7901Head {
  readonly meta: WireMeta;
  /** The lines after the header: the copy. */
  readonly rest: readonly string[];
}

export function readIptc7901Head(lines: readonly string[]): Iptc7901Head | null {
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  const routed = ROUTING.test(lines[i] ?? '') && TAG_LINE.test(lines[i + 1] ?? '');
  if (routed) i++;
  const start = i;
  let headline: string | undefined;
  let slugline: string | undefined;
  const takes: string[] = [];
  let fallbackTake: string | undefined;
  const category: Category[] = [];
  const subjects: Subject[] = [];
  for (; i < lines.length; i++) {
    // A blank line inside the header (a stray carriage return after the headline) when more fields follow it.
    if ((lines[i] ?? '').trim() === '' && i > start && fieldsFollow(lines, i + 1)) continue;
    const m = TAG_LINE.exec((lines[i] ?? '').trimEnd());
    if (!m) break;
    const tag = m[1] ?? '';
    const value = (m[2] ?? '').trim();
    const code = value.length <= 1;
    switch (tag) {
      case '#':
        slugline ??= nonEmpty(value);
        break;
      case '$':
      case '^':
        if (!code) headline ??= value;
        break;
      case ':':
        // `:POTTED :Eagle Farm MARKET DAY` — one line may carry several parts.
        for (const part of value.split(/\s+:/u)) if (part.trim()) takes.push(part.trim());
        break;
      case '=':
        fallbackTake ??= nonEmpty(value);
        break;
      case '&':
        if (/^[A-Za-z]$/u.test(value)) category.push(anpaCategory(value));
        break;
      case '*':
      case '+':
        if (/^\d{8}$/u.test(value)) subjects.push({ code: value, scheme: 'iptc-subjectcode', name: '' });
        else if (/^[A-Za-z]$/u.test(value) && tag === '*' && category.length === 0) category.push(anpaCategory(value));
        break;
      default:
        break;
    }
  }
  // One stray tag-like line is not a header (a copy line may start with `$` or `*`), unless a routing line led in.
  if (i - start < (routed ? 1 : 2)) return null;
  return {
    meta: compact({ headline, slugline, takeKey: nonEmpty(takes[0] ?? fallbackTake), category, subjects }),
    rest: lines.slice(i),
  };
}
