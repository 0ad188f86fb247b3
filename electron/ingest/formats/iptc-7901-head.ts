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
