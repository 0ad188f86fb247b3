/**
 * Builds the element tree from htmlparser2's tokenizer with a stack of our own, in time linear in the input.
 *
 * htmlparser2's Parser keeps its open elements in an array it `unshift`s and `indexOf`s, so each open tag costs
 * the depth of unclosed nesting: a page of a million unclosed `<b>` takes minutes. Here the stack grows at its
 * end, is never deeper than MAX_DEPTH (elements opened deeper are dropped, their text kept in the deepest one),
 * and an end tag is looked for among the last MATCH_WINDOW open elements only, so no token costs more than a
 * constant. The HTML rules kept are the ones that shape the tree of real pages: void elements, the start tags
 * that close an open `<p>`, `<li>`, `<td>`, `<tr>`, `<option>`, `<dd>`/`<dt>`, and self-closing tags inside SVG
 * and MathML (WHATWG HTML §13.2.6, simplified; no foster parenting, no adoption agency).
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { FormatError } from '../format-error.js';
import type { El } from './tree.js';

/** Limits that keep one hostile file from exhausting time or memory. */
export const MAX_DEPTH = 512;
export const MAX_ELEMENTS = 500_000;
/** How far down the stack an end tag is matched: mis-nested real markup is closed within a few levels. */
const MATCH_WINDOW = 64;

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DDT = new Set(['dd', 'dt']);
/** Start tag → the open elements it closes when one of them is the current element. */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th', 'td'])],
  ['td', new Set(['th', 'td'])],
  ['li', new Set(['li', 'p'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DDT],
  ['dt', DDT],
  ['tbody', new Set(['thead', 'tbody', 'tr', 'td', 'th'])],
  ['tfoot', new Set(['thead', 'tbody', 'tr', 'td', 'th'])],
  ['select', FORM],
  ['input', FORM],
  ['button', FORM],
  ['textarea', FORM],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul', 'p'].map(
    (t): [string, ReadonlySet<string>] => [t, P],
  ),
]);
const FOREIGN = new Set(['svg', 'math']);

export interface BuildOptions {
  readonly xml: boolean;
}

/**
 * A DOCTYPE's internal subset (`<!DOCTYPE x [<!ENTITY …>]>`) is blanked out, same length so offsets hold: the
 * tokenizer would end the declaration at its first `>` and read the rest as text. Its entities are never defined.
 */
function withoutInternalSubset(text: string): string {
  const m = /<!DOCTYPE[^[>]*\[[\s\S]*?\]\s*>/iu.exec(text.slice(0, 1 << 20));
  if (!m) return text;
  const decl = m[0];
  const open = decl.indexOf('[');
  const blank = `${decl.slice(0, open)}${' '.repeat(decl.length - open - 1)}>`;
  return text.slice(0, m.index) + blank + text.slice(m.index + decl.length);
}

export function buildTree(source: string, opts: BuildOptions): El {
  const text = withoutInternalSubset(source);
  const html = !opts.xml;
  const root: El = { name: '#root', local: '#root', attrs: {}, children: [] };
  const stack: El[] = [root];
  let count = 0;
  /** Start tags dropped for depth or count, whose end tags are still to come. */
  let dropped = 0;
  let foreign = 0;
  let tagName = '';
  let attrs: Record<string, string> | null = null;
  let attrName = '';
  let attrValue = '';

  const top = (): El => stack[stack.length - 1] ?? root;
  const addText = (data: string): void => {
    const t = top();
    const last = t.children[t.children.length - 1];
    if (typeof last === 'string') t.children[t.children.length - 1] = last + data;
    else t.children.push(data);
  };
  const pop = (): void => {
    const el = stack.pop();
    if (el && FOREIGN.has(el.local)) foreign--;
  };
  const open = (): El | null => {
    const name = tagName;
    const closes = html ? IMPLIES_CLOSE.get(name) : undefined;
    if (closes) while (stack.length > 1 && closes.has(top().name)) pop();
    if (count >= MAX_ELEMENTS) {
      // Never a story read in part without saying so.
      throw new FormatError(`the markup holds more than ${MAX_ELEMENTS.toLocaleString('en')} elements: refused rather than read in part`);
    }
    if (stack.length > MAX_DEPTH) {
      if (!(html && VOID.has(name))) dropped++;
      return null;
    }
    count++;
    const el: El = { name, local: name.slice(name.indexOf(':') + 1), attrs: attrs ?? {}, children: [] };
    top().children.push(el);
    if (!(html && VOID.has(name))) {
      stack.push(el);
      if (FOREIGN.has(el.local)) foreign++;
    }
    return el;
  };
  const close = (name: string): void => {
    if (html && VOID.has(name)) {
      // `</br>` is read as `<br>` (WHATWG HTML §13.2.6.4.7); other void end tags mean nothing.
      if (name === 'br' && count < MAX_ELEMENTS) {
        count++;
        top().children.push({ name: 'br', local: 'br', attrs: {}, children: [] });
      }
      return;
    }
    const floor = Math.max(1, stack.length - MATCH_WINDOW);
    for (let i = stack.length - 1; i >= floor; i--) {
      if (stack[i]?.name === name) {
        while (stack.length > i) pop();
        return;
      }
    }
    // Not open within reach: the end tag of a dropped (too deep) element, or a stray one, which is ignored.
    if (dropped > 0) dropped--;
  };

  const cbs: TokenizerCallbacks = {
    onopentagname(start, end) {
      tagName = text.slice(start, end).toLowerCase();
      attrs = {};
    },
    onattribname(start, end) {
      attrName = text.slice(start, end).toLowerCase();
    },
    onattribdata(start, end) {
      attrValue += text.slice(start, end);
    },
    onattribentity(cp) {
      attrValue += String.fromCodePoint(cp);
    },
    onattribend() {
      if (attrs && !Object.prototype.hasOwnProperty.call(attrs, attrName)) attrs[attrName] = attrValue;
      attrValue = '';
    },
    onopentagend() {
      open();
      attrs = null;
    },
    onselfclosingtag() {
      const el = open();
      attrs = null;
      // `<x/>` closes itself in XML and inside SVG or MathML; in HTML it is an ordinary start tag.
      if (el && (opts.xml || foreign > 0) && top() === el) pop();
    },
    onclosetag(start, end) {
      close(text.slice(start, end).toLowerCase());
    },
    ontext(start, end) {
      addText(text.slice(start, end));
    },
    ontextentity(cp) {
      addText(String.fromCodePoint(cp));
    },
    oncdata(start, end, offset) {
      addText(text.slice(start, end - offset));
    },
    oncomment() {
      /* comments carry no copy */
    },
    ondeclaration() {
      /* a DOCTYPE is never interpreted: no DTD entities, no external fetches */
    },
    onprocessinginstruction() {
      /* the XML declaration and processing instructions carry no copy */
    },
    onend() {
      /* unclosed elements simply stay in the tree */
    },
  };
  const tokenizer = new Tokenizer({ xmlMode: opts.xml, decodeEntities: true }, cbs);
  tokenizer.write(text);
  tokenizer.end();
  return root;
}
