/**
 * A small, lenient element tree for XML and HTML, built on htmlparser2's streaming tokenizer.
 *
 * Safety by construction: a DOCTYPE is read as an opaque declaration and never interpreted, so DTD entities are
 * never defined, expanded or fetched (no billion laughs, no XXE). Only the XML predefined entities and numeric
 * character references are decoded in XML mode. Malformed markup never throws: unclosed elements are closed at
 * the end, stray end tags are ignored.
 */
import { buildTree } from './tree-builder.js';

export interface El {
  /** Lower-cased qualified name as written, e.g. `nitf:body` or `p`. */
  readonly name: string;
  /** The name without its namespace prefix. */
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (El | string)[];
}

export interface ParseTreeOptions {
  readonly xml: boolean;
}

/** Depth and element count are bounded while the tree is built, in linear time (see tree-builder.ts). */
export function parseTree(text: string, opts: ParseTreeOptions): El {
  return buildTree(text, opts);
}

export function isEl(n: El | string | undefined): n is El {
  return typeof n === 'object';
}

export function elements(el: El): El[] {
  return el.children.filter(isEl);
}

/** The first descendant (depth first, document order) whose local name is one of `names`. */
export function find(el: El, ...names: string[]): El | null {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (names.includes(c.local)) return c;
    const deeper = find(c, ...names);
    if (deeper) return deeper;
  }
  return null;
}

/** Every descendant with one of these local names (not descending into a match). */
export function findAll(el: El, ...names: string[]): El[] {
  const out: El[] = [];
  const walk = (e: El): void => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (names.includes(c.local)) out.push(c);
      else walk(c);
    }
  };
  walk(el);
  return out;
}

/** A direct child with this local name. */
export function child(el: El | null, ...names: string[]): El | null {
  if (!el) return null;
  for (const c of el.children) if (typeof c !== 'string' && names.includes(c.local)) return c;
  return null;
}

export function children(el: El | null, ...names: string[]): El[] {
  if (!el) return [];
  return el.children.filter((c): c is El => typeof c !== 'string' && names.includes(c.local));
}

/** The text content, white space collapsed. */
export function textOf(el: El | null): string {
  if (!el) return '';
  return rawText(el).replace(/\s+/gu, ' ').trim();
}

export function rawText(el: El): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : rawText(c);
  return s;
}

export function attr(el: El | null, name: string): string {
  if (!el) return '';
  // Callers almost always ask in lower case already: look that up before lower-casing.
  return el.attrs[name] ?? el.attrs[name.toLowerCase()] ?? '';
}

/** An attribute by local name, whatever its prefix (`xml:lang`, `lang`). */
export function attrLocal(el: El | null, local: string): string {
  if (!el) return '';
  for (const [k, v] of Object.entries(el.attrs)) if (k === local || k.endsWith(`:${local}`)) return v;
  return '';
}

const BLOCKS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'dd', 'dt', 'hl1', 'hl2', 'bq', 'block', 'section', 'article', 'td', 'figcaption']);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'media', 'figure', 'img', 'table', 'iframe', 'svg', 'object', 'head']);

/**
 * Paragraphs of a body: each block-level element (p, hl2, li…) becomes one paragraph; `br` breaks a line inside
 * one; text loose between blocks is a paragraph of its own. Media and tables are left out of the copy.
 */
/** HTML and NITF inline elements: never paragraphs of their own. */
const INLINE = new Set([
  'a', 'span', 'b', 'i', 'em', 'strong', 'u', 's', 'sub', 'sup', 'small', 'big', 'font', 'abbr', 'cite', 'code', 'q', 'mark', 'time',
  'person', 'org', 'location', 'city', 'country', 'chron', 'money', 'num', 'event', 'function', 'object.title', 'virtloc', 'classifier', 'pronounce', 'copyrite', 'lang',
]);

function isLeaf(el: El): boolean {
  return el.children.every((c) => typeof c === 'string') && el.local !== 'br';
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * `skip`: more elements (by local name) whose text is left out, beside scripts, styles and the like. `lineBreaks`:
 * a `br` ends a paragraph, for copy that parts its paragraphs with line breaks and has no blocks (Ritzau's content).
 */
export function paragraphsOf(el: El, skip: ReadonlySet<string> = NOTHING, lineBreaks = false): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = current.replace(/\s+/gu, ' ').trim();
    if (t) out.push(t);
    current = '';
  };
  const walk = (e: El): void => {
    // In a container with no text of its own, a text-only child of an unknown vocabulary (an agency's own
    // `<RUBRIK>`, `<ORT>`) is a block; inside running text (`<p>… <b>x</b> …</p>`) it stays inline.
    const structural = !BLOCKS.has(e.local) && !INLINE.has(e.local) && !e.children.some((c) => typeof c === 'string' && c.trim() !== '');
    for (const c of e.children) {
      if (typeof c === 'string') {
        current += c;
        continue;
      }
      if (SKIPPED.has(c.local) || skip.has(c.local)) continue;
      if (c.local === 'br') {
        if (lineBreaks) flush();
        else current += ' ';
        continue;
      }
      if (BLOCKS.has(c.local) || (structural && !INLINE.has(c.local) && isLeaf(c))) {
        flush();
        walk(c);
        flush();
      } else walk(c);
    }
  };
  walk(el);
  flush();
  return out;
}
