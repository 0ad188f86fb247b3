/**
 * ANPA-1312 and IPTC 7901 agency copy → a draft. Both frame a story with transmission codes: SYN/SOH, a header
 * line (selector and sequence, priority, category, format, slug with its keyword prefix and take key, word
 * count), STX, the text, ETX and a trailer. Paragraphs are indented by a tab (or spaces). Copy whose control
 * characters were stripped on the way keeps the same header line and is read the same way. AAP's tagged
 * variant (`TI#headline`, `AB#abstract`, `TX#` then the text) is read by tag.
 */
import type { WireDraft } from '../wire-draft.js';
import { isSlugLine, readAnpaHeader, readSlugLine } from './anpa-header.js';
import { headingLine, readApText } from './ap-text-head.js';
import { headingMarks, readIptc7901Head, routedCopy } from './iptc-7901-head.js';
import { compact, isoDate, nonEmpty } from './meta-helpers.js';
import { parsePlainText } from './plain-text.js';
import { readResultsHeader } from './results-header.js';
import { hasTypesettingCodes, readTypesettingCodes } from './typesetting-codes.js';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/gu;
const SEPARATORS = /[ \t]*[\u001c-\u001f][ \t]*/gu;

export function parseAnpa(text: string): WireDraft {
  const normal = text.replace(/\r\n?/gu, '\n');
  const soh = normal.indexOf('\u0001');
  const stx = normal.indexOf('\u0002');
  const etx = normal.indexOf('\u0003', Math.max(stx, 0));
  let header: string;
  let body: string;
  let created: string | undefined;
  /** The message opened with ZCZC (the teleprinter's start of message). */
  let framed = false;
  // AAP's racing results open with a header of fields parted by US (meeting, race, state, day): read it first,
  // before the separators are folded into spaces.
  const results = stx < 0 ? readResultsHeader(normal.slice(soh >= 0 ? soh + 1 : 0).split('\n')[0] ?? '') : null;
  if (stx >= 0) {
    header = normal.slice(soh >= 0 && soh < stx ? soh + 1 : 0, stx);
    body = normal.slice(stx + 1, etx > stx ? etx : undefined);
    created = trailerTime(etx > stx ? normal.slice(etx) : body.slice(-200));
  } else {
    // Stripped control characters: the header is the first line; a ZCZC opener is a line of its own.
    // The information separators (FS, GS, RS, US) part a header's fields (`CANTERBURY␟6␟N␟N␟NSW␟Wednesday`):
    // stripped like the other control codes they ran the fields together (`CANTERBURY6NNNSWWednesday`).
    const lines = normal.replace(SEPARATORS, ' ').replace(CONTROL, '').split('\n');
    while (lines.length > 0 && /^\s*(?:ZCZC.*)?$/iu.test(lines[0] ?? '')) if (/ZCZC/iu.test(lines.shift() ?? '')) framed = true;
    if (results) lines.shift();
    header = strippedHeader(lines);
    const trailer = strippedTrailer(lines);
    created = trailer.created;
    body = trailer.lines.join('\n');
  }
  body = body.replace(/\u0000/gu, '').replace(/\n?\s*NNNN\s*$/u, '');
  const tagged = taggedDraft(body.replace(CONTROL, ''));
  if (tagged) return tagged;
  // IPTC 7901 as AAP sends it: after ZCZC, one line per header field, each opened by its tag character.
  // (ANPA's STX framing has its own head: AP's `^…<` lines, read by readText.)
  // AP's heading lines (`^…<`, `^…=`) open with IPTC's headline tag too: copy that lost its STX and opens with them
  // is AP's text, not a tagged header.
  const bodyLines = body.replace(CONTROL, '').split('\n');
  const apText = headingLine(bodyLines.find((l) => l.trim() !== '') ?? '') !== null;
  const iptc = stx < 0 && !apText ? readIptc7901Head(bodyLines) : null;
  const headerMeta = readAnpaHeader(header);
  let copy = iptc ? iptc.rest.join('\n') : body.replace(/\u0003[\s\S]*$/u, '').replace(CONTROL, '');
  // After ZCZC, the routing line (a doubled priority letter and the destinations) belongs to the header even when
  // no tagged field follows it: `YY RFG INTERNET (3RR) NC(ATD)` over `RACING : Caulfield FIELDS Saturday` is not
  // the headline. (Under tagged fields readIptc7901Head has already passed it.)
  let serviceCategory: string | undefined;
  if (!iptc && framed) ({ copy, category: serviceCategory } = routedCopy(copy));
  copy = headingMarks(copy);
  if (hasTypesettingCodes(copy)) copy = readTypesettingCodes(copy);
  const { blocks, meta } = readText(copy);
  const fromHead = iptc?.meta ?? {};
  return {
    blocks,
    meta: compact({
      ...headerMeta,
      ...fromHead,
      ...meta,
      headline: results?.meta.headline ?? fromHead.headline ?? meta.headline,
      ednote: results?.meta.ednote ?? meta.ednote ?? fromHead.ednote ?? headerMeta.ednote,
      slugline: headerMeta.slugline ?? fromHead.slugline ?? meta.slugline,
      takeKey: headerMeta.takeKey ?? fromHead.takeKey ?? meta.takeKey,
      // The header's own field first: the standard's; AP repeats a count of its own after the slug's comma.
      wordCount: headerMeta.wordCount ?? meta.wordCount,
      category: headerMeta.category ?? fromHead.category,
      subjects: fromHead.subjects ?? headerMeta.subjects ?? meta.subjects,
      keywords: serviceCategory ? [serviceCategory, ...(meta.keywords ?? [])] : meta.keywords,
      created,
    }),
  };
}

/** The selector code and message number, run together with the service's routing when the US between them went. */
const SELECTOR_LINE = /^\s*[a-z]{1,5}\d{3,6}[^\s]*\s*$/iu;
/** The header's second line: priority, category, the slug field (keyword, version), the reference (mm-dd), the word count. */
const FIELDS_LINE = /^\s*[0-9a-z]\s+[a-z]{1,3}\s+\S.*\s\d{3,5}\s*$/iu;

/**
 * The header of copy whose control characters were stripped: one line (`eca0124 3 i 93  dpa 1888`), or the two
 * lines SOH's header spans when the format codes between them went (`z6715-----` over
 * `r z BC-BKN--Heat-Hawks 1stLd-Writethru   02-20 0500`). Shifted off `lines`; '' when the copy has none.
 */
function strippedHeader(lines: string[]): string {
  const first = lines[0] ?? '';
  if (SELECTOR_LINE.test(first) && FIELDS_LINE.test(lines[1] ?? '')) return `${lines.shift() ?? ''} ${lines.shift() ?? ''}`;
  return /^\s*[a-z]{1,5}\d{3,6}\s/iu.test(first) ? (lines.shift() ?? '') : '';
}

/** AP's trailer, the service and filing time after ETX (`AP-WF-02-20-16 0337GMT<`), closing copy that lost its ETX. */
const AP_TRAILER = /^\s*\^?AP-[A-Z]{2}-\d{2}-\d{2}-\d{2}\s+\d{4}[A-Z]{3,4}[<‹]?\s*$/u;
/** The European agencies' filing time after ETX, alone on the last line of copy that lost its ETX (`251037 Sep 24`). */
const EU_TRAILER = /^\s*\d{6}\s+(?:[A-Z]{3,4}\s+)?\p{L}{3}\p{L}*\.?\s+\d{2}\s*$/u;

function strippedTrailer(lines: readonly string[]): { lines: readonly string[]; created?: string } {
  let last = lines.length - 1;
  while (last >= 0 && (lines[last] ?? '').trim() === '') last--;
  const line = lines[last] ?? '';
  if (last < 0 || !(AP_TRAILER.test(line) || EU_TRAILER.test(line))) return { lines };
  const created = trailerTime(line);
  if (!created && !AP_TRAILER.test(line)) return { lines };
  return created ? { lines: lines.slice(0, last), created } : { lines: lines.slice(0, last) };
}

const ZONES: Readonly<Record<string, string>> = {
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  GMT: 'Z', UTC: 'Z', BST: '+01:00', CET: '+01:00', CEST: '+02:00',
};

const MONTHS: Readonly<Record<string, string>> = {
  jan: '01', feb: '02', fev: '02', fév: '02', mar: '03', mär: '03', mrz: '03', apr: '04', avr: '04', abr: '04', may: '05', mai: '05', mag: '05',
  jun: '06', jui: '06', giu: '06', jul: '07', lug: '07', aug: '08', aoû: '08', aou: '08', ago: '08', sep: '09', set: '09', oct: '10', okt: '10',
  ott: '10', nov: '11', dec: '12', déc: '12', dez: '12', dic: '12', des: '12',
};

/**
 * The time stamp after ETX. AP writes month-day-year, time and zone (`AP-NY-03-12-26 1423EDT`); European agencies
 * day, hour and minute, then the month and year (`101137 GMT Dez 18`, `091223 dec 18`).
 */
function trailerTime(trailer: string): string | undefined {
  const ap = /\b(\d{2})-(\d{2})-(\d{2})\s+(\d{2})(\d{2})\s*([A-Z]{3,4})\b/u.exec(trailer);
  if (ap) {
    const [, month, day, year, hour, minute, zone] = ap;
    const offset = ZONES[zone ?? ''];
    if (offset === undefined) return undefined;
    return `20${year}-${month}-${day}T${hour}:${minute}:00${offset}`;
  }
  const eu = /(?:^|\s)(\d{2})(\d{2})(\d{2})\s+(?:([A-Z]{3,4})\s+)?(\p{L}{3})\p{L}*\.?\s+(\d{2})\b/u.exec(trailer);
  if (!eu) return undefined;
  const [, day, hour, minute, zone, mon, year] = eu;
  const month = MONTHS[(mon ?? '').toLowerCase()];
  if (!month || Number(day) > 31 || Number(hour) > 23 || Number(minute) > 59) return undefined;
  const offset = zone ? ZONES[zone] : '';
  return `20${year}-${month}-${day}T${hour}:${minute}:00${offset ?? ''}`;
}

const VERSION_WORDS = /^(?:\d+(?:ST|ND|RD|TH)\s+\w+|LEAD|URGENT|CORRECTION|REFILE|UPDATE\s*\d*|WRITETHRU)$/iu;
/** A version line's form: a short note in brackets, or up to three words in capitals (no lower case letter). */
const VERSION_FORM = /^(?:\([^()]{1,30}\)|(?=[^\p{Ll}]*\p{Lu})[^\p{Ll}\s]+(?:\s+[^\p{Ll}\s]+){0,2})$/u;

/**
 * The text's head, before the first indented line: a `/topic/path/` line holds keywords, `2ND LEAD`-style lines
 * the version, and the line ending in `=` closes the head — it is the headline, or the byline when it starts
 * with `By` (the headline is then the line above it). Without an `=` line, the head is left to cleaning, which
 * reads headlines from plain text.
 */
function readText(text: string): WireDraft {
  const ap = readApText(text);
  if (ap) {
    if (ap.blocks) return { blocks: ap.blocks, meta: ap.meta };
    const rest = readText(ap.rest);
    return { blocks: rest.blocks, meta: compact({ ...rest.meta, ...ap.meta, keywords: rest.meta.keywords }) };
  }
  // ANPA-1312: a tab (or an indent of three spaces) opens every paragraph, even when all of them are indented.
  const body = text.replace(/\n(?=\t| {3,}\S)/gu, '\n\n');
  const lines = body.split('\n');
  const head: { line: string; index: number }[] = [];
  for (let i = 0; i < lines.length && head.length < 12; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    if (/^(?:\t| {2,})\S/u.test(raw)) break;
    head.push({ line: raw.trim(), index: i });
  }
  const closing = head.findIndex((h) => /\s=$|^[^=]*\S=$/u.test(h.line));
  if (closing < 0) return headBeforeIndent(lines, head) ?? parsePlainText(body);
  let byline: string | undefined;
  const units = headUnits(head.slice(0, closing + 1).map((h) => h.line));
  const last = units.length - 1;
  if (units[last]) units[last] = units[last].replace(/\s*=$/u, '');
  // Under the headline, before the `=`: the byline (`By …`, dpa's `Von …`) and notes in brackets for the desk
  // (dpa's `(Foto Produktion)`), each on a line of its own.
  const trailing: string[] = [];
  let end = last;
  while (end > 0 && isBracketNote(units[end] ?? '')) trailing.unshift(units[end--] ?? '');
  let headEnd: number;
  let bylineBelow = false;
  if (BY_LINE.test(units[end] ?? '') && end > 0) {
    byline = (units[end] ?? '').replace(BY_LINE, '');
    headEnd = end - 1;
  } else {
    headEnd = end;
    const next = head[closing + 1];
    if (next && /^By\s/u.test(next.line)) {
      byline = next.line.replace(/\s*=$/u, '').replace(/^By\s+/u, '');
      bylineBelow = true;
    }
  }
  // A headline may wrap over lines: the lines above the byline back to the head's keyword, version or note lines.
  let headStart = headEnd;
  while (headStart > 0 && isTitleLine(units[headStart - 1] ?? '')) headStart--;
  const headline = units.slice(headStart, headEnd + 1).join(' ') || undefined;
  const before = units.slice(0, Math.max(headStart, 0));
  // Over the headline, a longer note in brackets (dpa's `(Berichtigung: …)`, a correction) is for the desk too.
  const notes = [...before.filter((l) => isBracketNote(l) && !VERSION_FORM.test(l)), ...trailing];
  const keywords = before.filter((l) => /^\/.+\/$/u.test(l)).flatMap((l) => l.split('/').filter(Boolean));
  const slug = before.find((l) => (!keywords.length || !/^\//u.test(l)) && !isBracketNote(l));
  const slugAt = slug === undefined ? -1 : before.indexOf(slug);
  const keywordAt = before.findLastIndex((l) => KEYWORD_LINE.test(l));
  const anchor = Math.max(slugAt, keywordAt);
  // The version lines between the keyword line and the headline: the known words anywhere, and under the keyword
  // any line of the version's form — a note in brackets (`(Achtung)`) or a word or two in capitals (`EXTRA`).
  const versionKeys = before.filter((l, k) => VERSION_WORDS.test(l) || (anchor >= 0 && k > anchor && VERSION_FORM.test(l)));
  const lastHead = head[bylineBelow ? closing + 1 : closing];
  const draft = parsePlainText(lines.slice((lastHead?.index ?? -1) + 1).join('\n'));
  return {
    blocks: draft.blocks,
    meta: compact({
      headline,
      byline,
      keywords,
      slugline: slug && !versionKeys.includes(slug) ? slug.replace(/:$/u, '') : undefined,
      takeKey: nonEmpty(versionKeys.join(' ')),
      ednote: nonEmpty(notes.join('; ')),
    }),
  };
}

/** A keyword line: `/politics/Britain/EU/` (dpa's English service) or `Partei/Deutschland/Grüne/` (its German). */
const KEYWORD_LINE = /^\/?(?:[^/\s][^/]{0,40}\/)+$/u;
/** A byline line in the head: `By Helen Maguire, dpa`, dpa's German `Von Marco Krefting und Sunrita Sen, dpa`. */
const BY_LINE = /^(?:By|Von)\s+(?=\p{Lu})/u;

/** A note in brackets on a line (or lines) of its own: `(Foto Produktion)`, `(Berichtigung: In einer …)`. */
function isBracketNote(line: string): boolean {
  return /^\([^()]+\)$/u.test(line.trim());
}

/**
 * A line of a headline that wraps: not a keyword, version, byline or bracket line, and long, as a line the
 * teleprinter broke at its width is (`dpa-Tagesvorschau Politik Deutschland für Dienstag, 24. September` over
 * `2024 =`).
 */
function isTitleLine(line: string): boolean {
  return line.length >= 45 && /\s/u.test(line) && !KEYWORD_LINE.test(line) && !isBracketNote(line) && !BY_LINE.test(line)
    && !VERSION_WORDS.test(line) && !/[.!?:]$/u.test(line);
}

/** The head's lines, a note in brackets that wraps over lines (`(Berichtigung: …` … `… 1997.)`) joined into one. */
function headUnits(lines: readonly string[]): string[] {
  const units: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (line.startsWith('(') && !line.includes(')')) {
      let j = i + 1;
      while (j < lines.length && j - i <= 6 && !(lines[j] ?? '').includes(')')) j++;
      const last = (lines[j] ?? '').replace(/\s*=$/u, '');
      if (j < lines.length && last.endsWith(')') && !last.slice(0, -1).includes(')')) {
        line = lines.slice(i, j + 1).join(' ');
        i = j;
      }
    }
    units.push(line);
  }
  return units;
}

/** AAP's tagged form: `XX#value` lines, `TX#` followed by the text. */
function taggedDraft(body: string): WireDraft | null {
  const lines = body.split('\n');
  if (lines.filter((l) => /^[A-Z]{2}#/u.test(l)).length < 3) return null;
  const tags = new Map<string, string>();
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^([A-Z]{2})#(.*)$/u.exec(lines[i] ?? '');
    if (!m?.[1]) continue;
    tags.set(m[1], (m[2] ?? '').trim());
    if (m[1] === 'TX') {
      i++;
      break;
    }
  }
  const text = [tags.get('TX') ?? '', ...lines.slice(i)].join('\n');
  const source = nonEmpty(tags.get('KN')) ?? nonEmpty(tags.get('SO'));
  return {
    blocks: parsePlainText(text.replace(/\n(?=\S)/gu, '\n\n')).blocks,
    meta: compact({
      headline: nonEmpty(tags.get('TI')),
      abstract: nonEmpty(tags.get('AB')),
      byline: nonEmpty(tags.get('BY')),
      guid: nonEmpty(tags.get('AN')),
      created: isoDate(tags.get('PD')),
      keywords: nonEmpty(tags.get('KY'))?.split(/\s+/u),
      source: source ? { name: source, credit: source } : undefined,
    }),
  };
}

/**
 * Copy with no `=` to close its head (Kyodo's, for one): the slug line repeated first, then one or two lines of
 * headline, then the indented paragraphs. A head of more lines than that is left to the plain-text reader.
 */
function headBeforeIndent(lines: readonly string[], head: readonly { line: string; index: number }[]): WireDraft | null {
  const firstIndented = lines.findIndex((l) => /^(?:\t| {2,})\S/u.test(l));
  if (firstIndented < 0 || head.length === 0) return null;
  const inHead = head.filter((h) => h.index < firstIndented);
  const slugAt = inHead.findIndex((h) => isSlugLine(h.line));
  const titleLines = inHead.filter((_, k) => k !== slugAt);
  if (slugAt !== 0 || titleLines.length === 0 || titleLines.length > 2) return null;
  const slug = readSlugLine(inHead[0]?.line ?? '');
  // Kyodo closes a headline with `+`.
  const headline = titleLines.map((h) => h.line).join(' ').replace(/\s*\+$/u, '');
  const draft = parsePlainText(lines.slice(firstIndented).join('\n').replace(/\n(?=\t| {3,}\S)/gu, '\n\n'));
  return { blocks: draft.blocks, meta: compact({ headline, slugline: slug.slugline, takeKey: slug.takeKey, wordCount: slug.wordCount }) };
}
