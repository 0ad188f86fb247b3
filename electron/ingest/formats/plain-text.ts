/**
 * Plain-text wire copy → blocks. A block is a paragraph: lines separated by blank lines, with hard-wrapped
 * lines joined. An indented line also starts a new paragraph (the wire convention when there are no blank lines)
 * — unless every line is indented, when indentation says nothing, or it is indented deeper than the indented line
 * above it (a hanging indent: the wrapped rest of a bulleted line). A word broken at a wrap ("long-⏎awaited") is
 * joined without a space.
 *
 * A list item (`* …`, `• …`, and `1. …` in a list numbered from 1) starts a paragraph of its own, and so does the line after one that did not wrap (a
 * line well short of the copy's longest): the next item's text or the copy going on below the list. A sentence
 * ending well short of the wrap, with a capital opening the next line, ends its paragraph too: copy whose
 * paragraphs are neither indented nor set apart by blank lines.
 *
 * Copy whose lines are paragraphs (a quarter of them longer than any wrap column: 160 characters) is not wrapped at
 * all, and each line is a paragraph.
 *
 * Some lines are never joined to their neighbours: a table row (cells between `|` bars, as results tables come, or
 * columns set apart by runs of spaces, as racing fields come), a run of short `Label: value` lines, and a header line heading the copy above its first blank line, debris above the first words aside
 * (`Source: …`, `MEDIA RELEASE PR67276`, a bulletin's product code — see header-lines.ts). Under a product code,
 * the rest of the header stack (issuer, office) is one field a line, so each of its lines is a block as well.
 *
 * Agency copy is read by its structure at the top: among the first lines, a line opening with a dateline ends the
 * block above it, the headline, whether or not a blank line separates them (`SUGAR QUOTA IMPORTS DETAILED -- USDA⏎
 * WASHINGTON, Feb 26 - The U.S. …`); a dateline alone on its line (`LOUISVILLE, Ky., Feb 26 -`, the copy below it)
 * is a block of its own, never joined to the table or paragraph under it. A first line in capitals over a second
 * in upper and lower case is the headline too, when no dateline follows it.
 */
import { datelineLineKind, headerLineKind } from '../header-lines.js';
import type { WireDraft } from '../wire-draft.js';

const INDENTED = /^(?:[\t]| {2,})/;
const INDENT = /^[ \t]*/u;
/** Three letters: a line with words, not debris. */
const WORDS = /\p{L}\P{L}*\p{L}\P{L}*\p{L}/u;
/** Two bars or more: `1|TWO TIME|2|2|$2.80F||1.50|`. */
const TABLE_ROW = /\|[^|]*\|/u;
/** A sentence's end, maybe inside a closing quote or bracket; and a sentence's opening. */
const ENDS_SENTENCE = /[.!?]["”’)\]]?$/u;
const OPENS_SENTENCE = /^["“‘(]?\p{Lu}/u;
/** How many lines of copy at the top may hold the dateline: a headline of up to three lines, then the dateline. */
const TOP_LINES = 4;
/** A block that can stand above a dateline as its headline: short, not ending mid-sentence on a comma or colon. */
const HEADLINE_ABOVE = (text: string): boolean => text.length <= 200 && !/[,;:]$/u.test(text);
/** A line in capitals: three words or more (a slash parts them too), eight letters or more, nine in ten upper case. */
function shouting(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return letters >= 8 && upper / letters > 0.9 && text.split(/[\s/]+/u).length >= 3;
}
/** Longer than any column copy is wrapped at. */
const UNWRAPPED = 160;
/**
 * A row of a table laid out in columns (a racing service's fields: ` 1 _    2  Call Me Curtis  (1)    M J Dee`): two
 * gaps of two spaces or more inside the line, not after a sentence's end (copy typed with two spaces after a full
 * stop), one of them wider than two.
 */
function columnRow(line: string): boolean {
  const gaps = [...line.trim().matchAll(/([^\s.!?:;])( {2,})(?=\S)/gu)].map((m) => (m[2] ?? '').length);
  return gaps.length >= 2 && gaps.some((g) => g > 2);
}

/** A short `Label: value` line (`Track: Soft(5)`); two or more in a run are a list of fields, one a paragraph. */
const FIELD_LINE = /^\p{Lu}[\p{L} ]{1,20}:\s+\S.{0,30}$/u;

function fieldRuns(lines: readonly string[]): Set<number> {
  const marked = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && FIELD_LINE.test((lines[j] ?? '').trim())) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) marked.add(k);
    i = Math.max(i, j);
  }
  return marked;
}

/** A list item: `* bankruptcies fell by 0.1%`, `• …`. (A dash is not one: Nordic copy opens quotes with it.) */
const BULLET = /^[*•◦▪‣]\s+\S/u;

/** A numbered item: `1. MONTAUK: …`, `12. Sebring Sally: …`. */
const NUMBERED = /^\d{1,2}\.\s+\p{Lu}/u;

/** Whether lines numbered 1, 2 and 3 in that form stand in the copy, in order: a list, not a wrapped sentence's `3.`. */
function numberedList(lines: readonly string[]): boolean {
  let want = 1;
  for (const line of lines) {
    const m = NUMBERED.exec(line.trim()) ? /^(\d{1,2})\./u.exec(line.trim()) : null;
    if (m && Number(m[1]) === want) want++;
    if (want > 3) return true;
  }
  return false;
}

function indentWidth(line: string): number {
  const lead = INDENT.exec(line)?.[0] ?? '';
  let width = 0;
  for (const ch of lead) width += ch === '\t' ? 8 : 1;
  return width;
}

/**
 * A headlines ticker (AAP's `ticker_sample.txt`): one run of headlines in capitals parted by ` ** `, no copy
 * around them. Each headline is an item of its own; read as one paragraph, the first was cut mid-run as a headline.
 */
function tickerItems(text: string): string[] | null {
  // Three items need two ` ** ` partings: copy without a `**` is not a ticker (most copy: no work for it).
  if (!text.includes('**')) return null;
  const items = text.replace(/\s+/gu, ' ').trim().replace(/\s*\*\*$/u, '').split(/\s+\*\*\s+/u);
  if (items.length < 3 || !items.every((item) => WORDS.test(item) && item.length <= 120)) return null;
  return items.filter((item) => shouting(item)).length * 4 >= items.length * 3 ? items : null;
}

export function parsePlainText(text: string): WireDraft {
  const ticker = tickerItems(text);
  if (ticker) return { blocks: ticker, meta: {} };
  const lines = text.replace(/\r\n?|[\u2028\u2029]/g, '\n').split('\n').map((l) => l.replace(/[ \t]+$/u, ''));
  const content = lines.filter((l) => l.trim() !== '');
  const indentMarksParagraphs = content.some((l) => !INDENTED.test(l));
  const blocks: string[] = [];
  let current = '';
  /** Before the first blank line below the copy's first words (debris above them aside): where header lines stand. */
  let head = true;
  let sawWords = false;
  /** Under a product code: each line of the header stack is a field of its own. */
  let fieldStack = false;
  /** The indent of the line that opened the paragraph being read. */
  let paragraphIndent = 0;
  /** The paragraph being read is a list item, and its last line ended short of the wrap: it is complete. */
  let itemEnded = false;
  /** The last line ended a sentence well short of the wrap: a paragraph's last line. */
  let sentenceEnded = false;
  /** Lines of copy read so far, header lines aside: the dateline is looked for among the first TOP_LINES. */
  let topLines = 0;
  /** Lines joined into the paragraph being read. */
  let lineCount = 0;
  const longest = content.reduce((n, l) => Math.max(n, l.trim().length), 0);
  // A numbered list (`1. MONTAUK: …`, `2. ESTIKHRAAJ: …`, a results table's placings): its items are paragraphs,
  // when the copy numbers them from 1 on, each on a line of its own.
  const numbered = numberedList(content);
  // Copy laid out one paragraph a line (a release system's export): no line was wrapped at a column, since even the
  // widest teleprinter or terminal wraps under 100 characters; each line break ends a paragraph.
  const unwrapped = longest > UNWRAPPED && content.filter((l) => l.trim().length > UNWRAPPED).length * 4 >= content.length;
  const flush = (): void => {
    if (current !== '') blocks.push(current);
    current = '';
  };
  const fields = fieldRuns(lines);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') {
      flush();
      if (sawWords) head = false;
      fieldStack = false;
      continue;
    }
    const piece = line.trim();
    if (head && !sawWords) sawWords = WORDS.test(piece);
    const kind = head ? headerLineKind(piece) : null;
    const row = columnRow(line);
    if (kind !== null || fieldStack || (line.includes('|') && TABLE_ROW.test(line)) || fields.has(index) || row) {
      // A block of its own: the line after it starts a new one too. A row that goes on from a label line wrapped
      // above it (`Winning Numbers` over `(drawn order):   [8]   [9]`) keeps the label.
      const label = row && lineCount === 1 && current.length <= 30 && !/[.!?:;]$/u.test(current) && /^[(\p{Ll}]/u.test(piece);
      if (label) current = `${current} ${piece}`;
      flush();
      if (!label) blocks.push(piece);
      if (kind === 'product-code') fieldStack = true;
      continue;
    }
    if (topLines < TOP_LINES) {
      topLines++;
      const dateline = datelineLineKind(piece);
      if (dateline === 'alone') {
        flush();
        blocks.push(piece);
        itemEnded = sentenceEnded = false;
        continue;
      }
      if (dateline === 'lead' && current !== '' && HEADLINE_ABOVE(current)) flush();
      // A headline in capitals over copy in upper and lower case ends where the case changes, dateline or not.
      else if (topLines === 2 && current !== '' && HEADLINE_ABOVE(current) && shouting(current) && !shouting(piece) && /\p{Ll}{3}/u.test(piece)) flush();
    }
    // A heading in capitals on a line of its own (`PLEASE BE AWARE`, `SITUATION AT 1800UTC`) over a line of copy in
    // upper and lower case: the heading is a paragraph of its own, anywhere in the copy.
    if (lineCount === 1 && current.length <= 60 && shouting(current) && !shouting(piece) && /^\p{Lu}/u.test(piece) && /\p{Ll}{3}/u.test(piece)) flush();
    const indented = indentMarksParagraphs && INDENTED.test(line);
    const indent = indented ? indentWidth(line) : 0;
    const hanging = (paragraphIndent > 0 || BULLET.test(current)) && indent > paragraphIndent;
    if (indented && current !== '' && !hanging) flush();
    const bullet = BULLET.test(piece) || (numbered && NUMBERED.test(piece));
    // A line indented deeper than the item's first is its wrapped rest (a hanging indent).
    if (bullet || unwrapped || (itemEnded && indent <= paragraphIndent) || (sentenceEnded && OPENS_SENTENCE.test(piece))) flush();
    if (current === '' || bullet) itemEnded = false;
    if (current === '') {
      paragraphIndent = indent;
      current = piece;
      lineCount = 1;
    } else if (/\p{L}-$/u.test(current) && /^\p{Ll}/u.test(piece)) {
      current += piece;
      lineCount++;
    } else {
      current += ` ${piece}`;
      lineCount++;
    }
    if (BULLET.test(current)) itemEnded = piece.length < longest * 0.75;
    sentenceEnded = piece.length < longest * 0.75 && ENDS_SENTENCE.test(piece);
  }
  flush();
  return { blocks, meta: {} };
}
