/**
 * The story's container → its paragraphs as plain text, in reading order. Only text leaves the page: no markup,
 * no attribute, no script survives, so nothing an outside page carries can run or load in the editor.
 *
 * Paragraphs, headings, list items, quotes, captions and definition terms are a block each; a table row is a
 * block of its cells (` | ` between them); two `<br>` in a row break a paragraph (Readability reads them as one), one is a space.
 */
import type { El } from './tree.js';

const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'li', 'ul', 'ol', 'dl', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote',
  'pre', 'figure', 'figcaption', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'caption', 'address', 'details', 'summary', 'center', 'hr', 'form', 'fieldset',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface BlockOptions {
  /** The headline: a heading that repeats it is not copy. */
  readonly title?: string;
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A deck printed as a heading under the headline is a line, not a paragraph. */
const DECK_LENGTH = 120;

/** Readability's test for a heading that repeats the title: more than this share of it is the title's words. */
const TITLE_LIKE = 0.75;

/**
 * Whether a top heading (`<h1>`, `<h2>`) repeats the headline, by Readability's text similarity: the share of the
 * heading's text (its words, joined) made of words the title has. The headline printed again without its kicker
 * (`Linde: Gasekonzern muss …` over a heading `Gasekonzern muss …`) is the headline; a subheading is not.
 */
function repeatsTitle(heading: string, titleWords: ReadonlySet<string>): boolean {
  const words = heading.split(' ').filter(Boolean);
  const all = words.join(' ').length;
  if (all === 0 || titleWords.size === 0) return false;
  const unknown = words.filter((w) => !titleWords.has(w)).join(' ').length;
  return 1 - unknown / all > TITLE_LIKE;
}

export function blocksOf(parts: readonly El[], opts: BlockOptions = {}): string[] {
  const out: string[] = [];
  const title = opts.title ? fold(opts.title) : '';
  const titleWords = new Set(title.split(' ').filter(Boolean));
  let similarHeading = title !== '';
  let afterHeadline = false;
  let current = '';
  let brs = 0;
  const flush = (): void => {
    const t = current.replace(/\s+/gu, ' ').trim();
    if (t) out.push(t);
    current = '';
  };
  const cellRow = (tr: El): string => {
    const cells: string[] = [];
    const walkCells = (e: El): void => {
      for (const c of e.children) {
        if (typeof c === 'string') continue;
        if (c.local === 'td' || c.local === 'th') cells.push(inlineText(c));
        else if (c.local !== 'table') walkCells(c);
      }
    };
    walkCells(tr);
    return cells.filter(Boolean).join(' | ');
  };
  const walk = (e: El): void => {
    for (const c of e.children) {
      if (typeof c === 'string') {
        if (c.trim() !== '') brs = 0;
        current += c;
        continue;
      }
      if (c.local === 'br') {
        if (++brs >= 2) flush();
        else current += ' ';
        continue;
      }
      brs = 0;
      if (c.local === 'tr' && !hasNestedTable(c)) {
        flush();
        current = cellRow(c);
        flush();
        continue;
      }
      if (HEADINGS.has(c.local)) {
        flush();
        const t = inlineText(c);
        if (!t) continue;
        if (title !== '' && fold(t) === title) {
          afterHeadline = out.length === 0;
          continue;
        }
        // A short heading straight under the headline, before any copy, is its deck (`<h1>…</h1><h2>…</h2>`).
        if (afterHeadline && out.length === 0 && (c.local === 'h2' || c.local === 'h3') && t.length <= DECK_LENGTH && !/[.!?。]$/u.test(t)) {
          afterHeadline = false;
          continue;
        }
        // As in Readability, only the first heading so like the title is taken for it, and only where a headline
        // is printed, over the copy: one after a paragraph is a subhead sharing the headline's words.
        if (similarHeading && out.length === 0 && (c.local === 'h1' || c.local === 'h2') && repeatsTitle(fold(t), titleWords)) {
          similarHeading = false;
          continue;
        }
        out.push(t);
        continue;
      }
      if (BLOCKS.has(c.local) || c.local === 'td' || c.local === 'th') {
        flush();
        walk(c);
        flush();
      } else walk(c);
    }
  };
  for (const part of parts) {
    flush();
    walk(part);
  }
  flush();
  return out;
}

function inlineText(el: El): string {
  let s = '';
  const walk = (e: El): void => {
    for (const c of e.children) {
      if (typeof c === 'string') s += c;
      else if (c.local === 'br') s += ' ';
      else {
        if (BLOCKS.has(c.local) || c.local === 'td') s += ' ';
        walk(c);
      }
    }
  };
  walk(el);
  return s.replace(/\s+/gu, ' ').trim();
}

function hasNestedTable(el: El): boolean {
  return el.children.some((c) => typeof c !== 'string' && (c.local === 'table' || hasNestedTable(c)));
}
