import type { CleaningRule } from '../rule.js';
import type { Edit } from '../working-copy.js';

/**
 * HTML tags and entities left in plain-text copy by a scraper or a careless feed. Block-level tags become a space
 * (so `</p><p>` never glues two sentences), inline ones vanish; entities inside a removed tag are not decoded
 * separately, so edits never overlap.
 */
const TAG = /<\/?(?:p|br|div|span|b|i|em|strong|font|a|u|small|big|center|hr|li|ul|ol|h[1-6]|blockquote|section|article|figure|figcaption|img|script|style|iframe)\b[^<>]*>/giu;
const BLOCK_TAG = /^<\/?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|section|article|figure|figcaption|hr)\b/iu;
const NAMED: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘',
  ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»', eacute: 'é', Eacute: 'É', egrave: 'è', agrave: 'à',
  ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', Uuml: 'Ü', Ouml: 'Ö', Auml: 'Ä', szlig: 'ß', ntilde: 'ñ', euro: '€',
  pound: '£', copy: '©',
};
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/giu;

function decodeEntity(m: RegExpMatchArray): string | null {
  const [, dec, hex, name] = m;
  const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : null;
  if (code !== null) return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code === 160 ? 32 : code) : null;
  return NAMED[name ?? ''] ?? NAMED[(name ?? '').toLowerCase()] ?? null;
}

/** What may follow a tag's name: nothing, or attributes written as attributes (`class="x"`, `size=2`, `hidden`). */
const ATTRIBUTES = /^(?:\s+[a-z][\w:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?)*\s*\/?$/u;
const UPPER_ATTRIBUTES = /^(?:\s+[A-Za-z][\w:-]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))*\s*\/?$/u;

/**
 * Whether a match of TAG is markup. Business wires write a company's ticker and an unlisted company's name in
 * angle brackets (`DU PONT <DD> WINS SUIT AGAINST PHILLIPS <P>`, `<B and R International Inc.>`): a bracketed name
 * whose words are not attributes is copy, and so is a bare capital tag standing as a word after a name (`PHILLIPS
 * <P>`, `USAIR <U> BUYOUT`), where a tag left by a scraper sits against the text it marks up.
 */
function isMarkup(text: string, at: number, tag: string): boolean {
  const inner = /^<\/?([a-z][a-z0-9]*)([\s\S]*)>$/iu.exec(tag);
  if (!inner) return true;
  const [, name = '', rest = ''] = inner;
  if (!ATTRIBUTES.test(rest) && !UPPER_ATTRIBUTES.test(rest)) return false;
  if (tag.startsWith('</') || rest.trim() !== '' || name !== name.toUpperCase()) return true;
  const before = text.slice(Math.max(0, at - 2), at);
  const after = text[at + tag.length] ?? '';
  const standsAsWord = /[\p{Lu}\p{N}.&')] $/u.test(before) && (after === '' || /[\s,.;:)]/u.test(after));
  return !standsAsWord;
}

export const strayMarkup: CleaningRule = {
  id: 'stray-markup',
  explanation: 'Removed HTML tags and decoded HTML entities left in the text',
  propose: (copy) =>
    copy.blocks.flatMap((b, block): Edit[] => {
      if (!b.text.includes('<') && !b.text.includes('&')) return [];
      const edits: Edit[] = [];
      const tagSpans: [number, number][] = [];
      for (const m of b.text.matchAll(TAG)) {
        if (!isMarkup(b.text, m.index, m[0])) continue;
        tagSpans.push([m.index, m.index + m[0].length]);
        edits.push({ block, start: m.index, end: m.index + m[0].length, replacement: BLOCK_TAG.test(m[0]) ? ' ' : '' });
      }
      for (const m of b.text.matchAll(ENTITY)) {
        if (tagSpans.some(([s, e]) => m.index >= s && m.index < e)) continue;
        const decoded = decodeEntity(m);
        if (decoded !== null) edits.push({ block, start: m.index, end: m.index + m[0].length, replacement: decoded });
      }
      return edits.sort((x, y) => x.start - y.start);
    }),
};
