/**
 * ANPA-1312 and IPTC 7901 agency copy → a draft. Both frame a story with transmission codes: SYN/SOH, a header
 * line (selector and sequence, priority, category, format, slug with its keyword prefix and take key, word
 * count), STX, the text, ETX and a trailer. Paragraphs are indented by a tab (or spaces). Copy whose control
 * characters were stripped on the way keeps the same header line and is read the same way. AAP's tagged
 * variant (`TI#headline`, `AB#abstract`, `TX#` then the text) is read by tag.
 */
import type { Category } from '../../domain/article.js';
import type { WireDraft, WireMeta } from '../wire-draft.js';
import { compact, isoDate, nonEmpty } from './meta-helpers.js';
import { parsePlainText } from './plain-text.js';

/** ANPA-1312 priority letters, most urgent first: flash, bulletin, urgent, regular, deferred… */
const PRIORITY_LETTERS: Readonly<Record<string, number>> = { f: 1, b: 2, u: 3, r: 4, d: 5, a: 5, s: 5, w: 5 };

/** The common ANPA category codes; an unknown code is kept with its code as its name. */
const CATEGORIES: Readonly<Record<string, string>> = {
  a: 'Domestic news', b: 'Special events', e: 'Entertainment', f: 'Financial', i: 'International', k: 'Commentary',
  l: 'Lifestyle', p: 'Politics', q: 'Sports results', s: 'Sports', t: 'Travel', v: 'Advisories', w: 'Washington',
};

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/gu;

export function parseAnpa(text: string): WireDraft {
  const normal = text.replace(/\r\n?/gu, '\n');
  const soh = normal.indexOf('\u0001');
  const stx = normal.indexOf('\u0002');
  const etx = normal.indexOf('\u0003', Math.max(stx, 0));
  let header: string;
  let body: string;
  let created: string | undefined;
  if (stx >= 0) {
    header = normal.slice(soh >= 0 && soh < stx ? soh + 1 : 0, stx);
    body = normal.slice(stx + 1, etx > stx ? etx : undefined);
    created = trailerTime(etx > stx ? normal.slice(etx) : body.slice(-200));
  } else {
    // Stripped control characters: the header is the first line; a ZCZC opener is a line of its own.
    const lines = normal.replace(CONTROL, '').split('\n');
    while (lines.length > 0 && /^\s*(?:ZCZC.*)?$/iu.test(lines[0] ?? '')) lines.shift();
    // IPTC 7901 routing and format lines that follow ZCZC (`%MNETALL MFI MGD`, `$J`, `*X`, `:`) carry no copy.
    while (lines.length > 0 && /^[%$*:]/u.test(lines[0] ?? '')) lines.shift();
    header = /^\s*[a-z]{1,5}\d{3,6}\s/iu.test(lines[0] ?? '') ? (lines.shift() ?? '') : '';
    body = lines.join('\n');
  }
  body = body.replace(CONTROL, '').replace(/\n?\s*NNNN\s*$/u, '');
  const tagged = taggedDraft(body);
  if (tagged) return tagged;
  const headerMeta = readHeader(header.replace(CONTROL, ' '));
  const { blocks, meta } = readText(body);
  return { blocks, meta: compact({ ...headerMeta, ...meta, slugline: meta.slugline ?? headerMeta.slugline, created }) };
}

const ZONES: Readonly<Record<string, string>> = {
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  GMT: 'Z', UTC: 'Z', BST: '+01:00', CET: '+01:00', CEST: '+02:00',
};

/** The filing time in the trailer after ETX, as AP writes it: `AP-NY-03-12-26 1423EDT` (month-day-year, time, zone). */
function trailerTime(trailer: string): string | undefined {
  const m = /\b(\d{2})-(\d{2})-(\d{2})\s+(\d{2})(\d{2})\s*([A-Z]{3,4})\b/u.exec(trailer);
  if (!m) return undefined;
  const [, month, day, year, hour, minute, zone] = m;
  const offset = ZONES[zone ?? ''];
  if (offset === undefined) return undefined;
  return `20${year}-${month}-${day}T${hour}:${minute}:00${offset}`;
}

/** `a0123 r i BC-Iran-Iraq,1st Ld-Writethru 0512` or `eca00075 3 i 510    dpa 1003`. */
function readHeader(header: string): WireMeta {
  const tokens = header.trim().split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) return {};
  let priority: number | undefined;
  let category: Category[] = [];
  let slugline: string | undefined;
  let takeKey: string | undefined;
  let source: WireMeta['source'];
  let i = /^[a-z]{0,5}\d{3,6}$/iu.test(tokens[0] ?? '') ? 1 : 0;
  const p = tokens[i];
  if (p && /^[1-6]$/u.test(p)) {
    priority = Number(p);
    i++;
  } else if (p && p.length === 1 && PRIORITY_LETTERS[p.toLowerCase()] !== undefined) {
    priority = PRIORITY_LETTERS[p.toLowerCase()];
    i++;
  }
  const c = tokens[i];
  if (c && /^[a-z]{1,3}$/iu.test(c)) {
    category = [...c.toLowerCase()].slice(0, 1).map((code) => ({ code: c.toLowerCase(), name: CATEGORIES[code] ?? c.toLowerCase() }));
    i++;
  }
  const rest = tokens.slice(i).join(' ');
  const slug = /([A-Za-z]{2,3}-[^\s,]+)(?:[ ,]+(.*?))?(?:\s+\d{3,5})?\s*$/u.exec(rest);
  if (slug?.[1]) {
    slugline = slug[1];
    takeKey = nonEmpty(slug[2]?.replace(/,/gu, ' '));
  }
  const agency = /\b([a-z]{2,6})\s+\d{3,4}\s*$/iu.exec(rest);
  if (agency?.[1] && !slugline) source = { code: agency[1].toUpperCase(), credit: agency[1] };
  return compact({ priority, category, slugline, takeKey, source });
}

/**
 * The text's head, before the first indented line: a `/topic/path/` line holds keywords, `2ND LEAD`-style lines
 * the version, and the line ending in `=` closes the head — it is the headline, or the byline when it starts
 * with `By` (the headline is then the line above it). Without an `=` line, the head is left to cleaning, which
 * reads headlines from plain text.
 */
function readText(text: string): WireDraft {
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
  if (closing < 0) return parsePlainText(body);
  let headline: string | undefined;
  let byline: string | undefined;
  const closingLine = (head[closing]?.line ?? '').replace(/\s*=$/u, '');
  let headEnd = closing;
  if (/^By\s/u.test(closingLine)) {
    byline = closingLine.replace(/^By\s+/u, '');
    headline = head[closing - 1]?.line;
    headEnd = closing - 1;
  } else {
    headline = closingLine;
    const next = head[closing + 1];
    if (next && /^By\s/u.test(next.line)) byline = next.line.replace(/\s*=$/u, '').replace(/^By\s+/u, '');
  }
  const before = head.slice(0, Math.max(headEnd, 0)).map((h) => h.line);
  const keywords = before.filter((l) => /^\/.+\/$/u.test(l)).flatMap((l) => l.split('/').filter(Boolean));
  const versionKeys = before.filter((l) => /^(?:\d+(?:ST|ND|RD|TH)\s+\w+|LEAD|URGENT|CORRECTION|REFILE|UPDATE\s*\d*|WRITETHRU)$/iu.test(l));
  const slug = before.find((l) => !keywords.length || !/^\//u.test(l));
  const lastHead = head[byline && closing === headEnd ? closing + 1 : closing];
  const draft = parsePlainText(lines.slice((lastHead?.index ?? -1) + 1).join('\n'));
  return {
    blocks: draft.blocks,
    meta: compact({
      headline,
      byline,
      keywords,
      slugline: slug && !versionKeys.includes(slug) ? slug.replace(/:$/u, '') : undefined,
      takeKey: nonEmpty(versionKeys.join(' ')),
    }),
  };
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
