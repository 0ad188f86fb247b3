/**
 * Teaser cards: another story's headline as a link, a line break, and a sentence or two of its summary — the
 * "read next" boxes a CMS sets between a story's paragraphs (`<span class="news_preview"><p><b><a>Headline</a></b>
 * <br>Summary…</p></span>`) and the lists of latest stories under it (`<p><span><a>Kicker Headline</a></span><br>
 * Summary…</p>`). The summary ends sentences, so neither Readability's conditional cleaning nor the trim of the
 * story's tail (story-tail.ts) reads the card as furniture; its shape does: copy never opens a paragraph with a
 * linked line of its own. A paragraph whose first words are a link running on in the same line stays.
 */
import { attr, type El } from './tree.js';

const CARDS = new Set(['p', 'div', 'span', 'li']);
/** Wrappers a card's headline link is set in. */
const HEAD_WRAPPERS = new Set(['b', 'strong', 'span', 'em', 'h2', 'h3', 'h4', 'h5', 'h6', 'font']);
/** A card is short: a headline and a summary. */
const MAX_CARD = 600;
/** Its summary is at least a sentence's worth. */
const MIN_SUMMARY = 40;
/** Cards never take more than this share of the story's text: a page of teasers is an index, left to the scorer. */
const MAX_SHARE = 0.5;

const meaningful = (n: El | string): boolean => typeof n !== 'string' || n.trim() !== '';

function textLength(n: El | string): number {
  if (typeof n === 'string') return n.replace(/\s+/gu, ' ').trim().length;
  let len = 0;
  for (const c of n.children) len += textLength(c);
  return len;
}

function textOf(n: El | string): string {
  if (typeof n === 'string') return n;
  return n.children.map((c) => (typeof c === 'string' ? c : ` ${textOf(c)} `)).join('');
}

/** The link an element is nothing but (through wrappers), or null. */
function soleLink(el: El): El | null {
  if (el.local === 'a') return el;
  if (!HEAD_WRAPPERS.has(el.local)) return null;
  const kids = el.children.filter(meaningful);
  const only = kids.length === 1 ? kids[0] : undefined;
  return only !== undefined && typeof only !== 'string' ? soleLink(only) : null;
}

/** A headline's worth of words: three or more (eight characters of Han or kana count as much). */
function isHeadline(text: string): boolean {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.split(' ').length >= 3 || (t.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length >= 8;
}

/** Whether `el` is a card: a linked headline first, a line break, then a summary. */
export function isTeaserCard(el: El): boolean {
  if (!CARDS.has(el.local)) return false;
  const kids = el.children.filter(meaningful);
  const head = kids[0];
  const br = kids[1];
  if (head === undefined || typeof head === 'string' || br === undefined || typeof br === 'string' || br.local !== 'br') return false;
  const link = soleLink(head);
  if (!link) return false;
  const href = attr(link, 'href').trim();
  if (href === '' || href.startsWith('#') || /^javascript:/iu.test(href)) return false;
  if (!isHeadline(textOf(link))) return false;
  const total = textLength(el);
  const summary = kids.slice(2).reduce((n, k) => n + textLength(k), 0);
  return total <= MAX_CARD && summary >= MIN_SUMMARY;
}

/** Removes, in place, the teaser cards inside the story's parts, unless they would be half its text. */
export function removeTeaserCards(parts: readonly El[]): void {
  const found: { parent: El; card: El }[] = [];
  const walk = (el: El): void => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (isTeaserCard(c)) found.push({ parent: el, card: c });
      else walk(c);
    }
  };
  for (const part of parts) walk(part);
  if (found.length === 0) return;
  const total = parts.reduce((n, p) => n + textLength(p), 0);
  const cards = found.reduce((n, f) => n + textLength(f.card), 0);
  if (cards > total * MAX_SHARE) return;
  for (const { parent, card } of found) {
    const i = parent.children.indexOf(card);
    if (i >= 0) parent.children.splice(i, 1);
  }
}
