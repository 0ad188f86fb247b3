/**
 * Boxes the first pass takes out once their insides are pruned, because what is left of them is furniture:
 * - the "By" of a byline whose name was taken into the metadata (`By <span itemprop="author">…</span>`);
 * - a line that is nothing but the story's date, marked up as one (`itemprop="datePublished"`, `<time>`):
 *   schema.org's date properties say what the element is, so a box holding little else is a date stamp;
 * - the heading or prompt just before the page's comment container ("Add a comment", "To post a comment, sign
 *   in…"): the container goes by its class name (Readability's list), its heading sits just outside it.
 */
import { attr, type El } from './tree.js';

/** The element's text when it is short (a byline, not a paragraph), else null; stops reading long elements early. */
export function shortText(el: El, max: number): string | null {
  let s = '';
  const walk = (e: El): boolean => {
    for (const c of e.children) {
      if (typeof c === 'string') s += c.replace(/\s+/gu, ' ');
      else if (!walk(c)) return false;
      if (s.length > max * 2) return false;
    }
    return true;
  };
  if (!walk(el)) return null;
  const t = s.replace(/\s+/gu, ' ').trim();
  return t.length > 0 && t.length < max ? t : null;
}

/** The word that leads a byline in the desk's languages, left alone when the name beside it is taken out. */
const BYLINE_WORD = /^(?:by|von|par|por|door|av|af|di|da|de|van|от|przez)\s*:?$/iu;
const DATE_PROPS = /^(?:datePublished|dateModified|dateCreated|uploadDate)$/u;
/** A date stamp is the date and a short label ("Published:", "Updated"), never a sentence around it. */
const DATE_LABEL = 30;
const DATE_LINE = 80;
/** Block boxes a date stamp is printed in; an inline <span> or <time> inside a sentence is never taken out. */
const BOXES = new Set(['div', 'p', 'section', 'header', 'li', 'dd', 'dt', 'small', 'address']);
/** A comment section's own heading or its prompt to write one, in the desk's languages. */
const COMMENT_PROMPT =
  /^\W*(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|komentarze|kommentarer)\b|\b(?:post|add|leave|write|submit|join|show|view)\b.{0,20}\b(?:comments?|conversation|discussion)\b/iu;
const COMMENT_PROMPT_TEXT = 400;

/** What the pruning walk learns about each kept element's subtree before deciding on it. */
export class Leftovers {
  private readonly dates = new Map<El, number>();
  private readonly heldByline = new Set<El>();

  /** `el` held the page's byline element, taken out into the metadata. */
  droppedByline(el: El): void {
    this.heldByline.add(el);
  }

  /** After `c`, a child of `el`, was walked and kept: a date inside `c` is a date inside `el`. */
  absorb(el: El, c: El): void {
    const longest = Math.max(ownDate(c), this.dates.get(c) ?? 0);
    if (longest > (this.dates.get(el) ?? 0)) this.dates.set(el, longest);
  }

  /** Whether the walked child `c` is a leftover to drop; `strict` is the first, strictest pass's rules. */
  isLeftover(c: El, strict: boolean): boolean {
    if (this.heldByline.has(c) && BYLINE_WORD.test(shortText(c, 16) ?? '')) return true;
    if (!strict || !BOXES.has(c.local)) return false;
    const date = Math.max(ownDate(c), this.dates.get(c) ?? 0);
    if (date === 0) return false;
    const text = shortText(c, DATE_LINE);
    return text !== null && text.length - date <= DATE_LABEL;
  }
}

/** The length of the element's text when it is marked up as the story's date, else 0. */
function ownDate(el: El): number {
  const marked = el.local === 'time' || attr(el, 'itemprop').split(/\s+/u).some((p) => DATE_PROPS.test(p));
  return marked ? (shortText(el, DATE_LINE)?.length ?? 0) : 0;
}

/**
 * The comment section's heading or prompt among the kept siblings just before a dropped comment container:
 * the last element kept, when it is a heading or a box (a story's closing paragraph is a bare <p>, and "declined
 * to comment" is not a prompt) whose short text names the comments or asks for one.
 */
export function isCommentPrompt(prev: El | undefined): boolean {
  if (!prev || !(/^h[1-6]$/u.test(prev.local) || prev.local === 'div' || prev.local === 'section' || prev.local === 'header')) return false;
  const text = shortText(prev, COMMENT_PROMPT_TEXT);
  return text !== null && COMMENT_PROMPT.test(text);
}
