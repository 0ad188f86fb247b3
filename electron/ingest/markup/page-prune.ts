/**
 * The first pass of article extraction: the page's tree pruned of what can never be copy, in one walk that also
 * records every element's parent. Follows the published method of Mozilla Readability (its "unlikely candidate"
 * and class-weight name lists, hidden-node and byline removal), written here for our own element tree.
 */
import { isCommentPrompt, Leftovers, shortText } from './prune-leftovers.js';
import { attr, textOf, type El } from './tree.js';

/**
 * Class or id names of page furniture (Readability's published list): dropped unless they also name content.
 * Its `comment` read in the desk's other languages too — as the plural of a thread (`kommentare`, `komentarze`,
 * `comentarios`, `reacties`), since a German `kommentar` in the singular names an opinion piece, which is copy.
 * Added to it: the appeals set into a story, a newsletter sign-up (`newsletter-cleverreach`) and a call for
 * donations (`donate-box`) — lines of copy in their own right, but the publisher's, not the story's.
 */
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|kommentare|komentarz|comentarios|reacties|community|cover-wrap|disqus|donate|donation|extra|footer|gdpr|header|legends|menu|newsletter|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/iu;
const MAYBE_CONTENT = /and|article|body|column|content|main|mathjax|shadow/iu;
/**
 * Boxes of the page, not the story, by the names CMSs give them as whole name parts: the writer's profile printed
 * beside the copy (`author-bio`, `author-dropdown`, `about-the-author`; the byline itself is found before this
 * runs), and readers' contributions (`ugc-…`, user-generated content: upload and sign-in prompts).
 */
const PAGE_BOXES = /(?:^|[\s_-])(?:author[-_]?(?:bio|box|card|description|dropdown|profile)|about[-_]?(?:the[-_]?)?author|ugc)(?:$|[\s_-])/iu;
/** Advertising slots by their usual class names (`ad-slot`, `ads`, `advert-box`, `sponsored`), as whole name parts. */
const ADS = /(?:^|[\s_-])(?:ads?|adv|advert\w*|adslot|dfp|sponsored)(?:$|[\s_-])/iu;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/iu;
export const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/iu;
/**
 * Class or id names of a byline: Readability's list, the word for author in the desk's other languages (`autor`
 * in Spanish, Portuguese, German and Polish, `autore` in Italian, `auteur` in French and Dutch, `firma`, the
 * signature line, in Spanish and Italian), and Drupal's
 * `submitted` line ("Submitted by … on …"), the byline and date its templates print under every node's title.
 */
const BYLINE_NAMES = /byline|author|autor|auteur|firma|dateline|writtenby|p-author|submitted|(?:^|[\s_-])editor(?:$|[\s_])/iu;

/** Never copy: code, styling, embedded media and controls. */
const DROPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'button',
  'input', 'select', 'textarea', 'link', 'meta', 'head', 'nav', 'footer', 'aside', 'dialog', 'menu', 'map', 'area', 'title', 'base',
]);

export interface PruneFlags {
  readonly stripUnlikely: boolean;
  readonly weightClasses: boolean;
  readonly cleanConditionally: boolean;
}

export const ALL_FLAGS: PruneFlags = { stripUnlikely: true, weightClasses: true, cleanConditionally: true };

export interface Pruned {
  readonly parents: Map<El, El>;
  /** The page's own byline element's text, when one was taken out of the copy. */
  readonly byline?: string;
  /** A section label set over the headline (a kicker, TT's `vignette`), taken out of the copy. */
  readonly label?: string;
  /** An element marked as the story's source that names a known agency (`<p class="source">TT</p>`), taken out. */
  readonly credit?: string;
  /** The deck printed under the headline, marked up as schema.org's `alternativeHeadline`, taken out of the copy. */
  readonly deck?: string;
}

/** Class or id name parts of a section label printed over a headline: kicker, vignette, overline, eyebrow, rubrik… */
const LABEL_NAMES = /(?:^|[\s_-])(?:kicker|vignette|overline|eyebrow|rubrik|dachzeile|surtitre|antetitulo|section-label|category-label)(?:$|[\s_-])/iu;
/** Elements a deck is printed in (a `<meta itemprop>` holds no copy), and its length: a line or two, not a paragraph. */
const DECK_BOXES = /^(?:h[1-6]|p|div)$/u;
const DECK_TEXT = 300;
/** Class or id names of the element that credits the story's source. */
const SOURCE_NAMES = /^(?:source|credit|article-source|story-source|news-source|agency)$/iu;

export function namesOf(el: El): string {
  return `${attr(el, 'class')} ${attr(el, 'id')}`;
}

/** Readability's class weight: +25 for names of content, −25 for names of furniture, by class and by id. */
export function classWeight(el: El, flags: PruneFlags): number {
  if (!flags.weightClasses) return 0;
  let w = 0;
  for (const name of [attr(el, 'class'), attr(el, 'id')]) {
    if (!name) continue;
    if (NEGATIVE.test(name)) w -= 25;
    if (POSITIVE.test(name)) w += 25;
  }
  return w;
}

function isHidden(el: El): boolean {
  if ('hidden' in el.attrs) return true;
  if (attr(el, 'aria-hidden') === 'true' && !/fallback-image/u.test(attr(el, 'class'))) return true;
  const style = attr(el, 'style');
  return style !== '' && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu.test(style);
}

const COMMENT_NAMES = /comment|reply|respond|discussion/iu;

/** Not rendered, so never a byline; a byline in an <aside> or a header is still the page's byline. */
const UNSEEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'select', 'textarea', 'button']);

function findFirst(el: El, test: (e: El) => boolean, avoid: (e: El) => boolean): El | null {
  for (const c of el.children) {
    if (typeof c === 'string' || UNSEEN.has(c.local) || avoid(c)) continue;
    if (test(c)) return c;
    const d = findFirst(c, test, avoid);
    if (d) return d;
  }
  return null;
}

/** The element of `root`'s tree whose children hold `el` (`root` itself when they do). */
function parentWithin(root: El, el: El): El | null {
  for (const c of root.children) {
    if (c === el) return root;
    if (typeof c === 'string') continue;
    const p = parentWithin(c, el);
    if (p) return p;
  }
  return null;
}

export interface Byline {
  readonly el: El;
  readonly text: string;
}

const foldText = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The chain of elements from `el` down to the first <h1> or <h2> that prints `headline` (folded), or null. */
function headlinePath(el: El, headline: string): El[] | null {
  for (const c of el.children) {
    if (typeof c === 'string' || UNSEEN.has(c.local)) continue;
    if ((c.local === 'h1' || c.local === 'h2') && foldText(textOf(c)) === headline) return [el, c];
    const below = headlinePath(c, headline);
    if (below) return [el, ...below];
  }
  return null;
}

/**
 * The page's own byline element: first one marked up as the author (`rel=author`, `itemprop=author`), else one
 * whose class or id names the byline or author (Readability's list) — never inside the comments. Inside a
 * schema.org author, its `itemprop=name` is the name (without the date or the job title beside it).
 * When the page prints its headline (`headline`, the story's title), the byline nearest to it wins: the search
 * widens from the headline's own box outwards, so the bylines of the teasers in a menu or a rail above the story
 * (`By <a rel="author">…</a>` under each) are passed over for the one under the headline.
 */
export function findByline(body: El, headline?: string): Byline | null {
  const avoid = (e: El): boolean => COMMENT_NAMES.test(namesOf(e)) || isHidden(e);
  const marked = (e: El): boolean => attr(e, 'rel') === 'author' || /\bauthor\b/iu.test(attr(e, 'itemprop'));
  const named = (e: El): boolean => BYLINE_NAMES.test(namesOf(e));
  const nameIn = (el: El): string | null => {
    const name = findFirst(el, (e) => attr(e, 'itemprop') === 'name', () => false);
    return (name && shortText(name, 100)) || shortText(el, 100);
  };
  const bylineIn = (el: El, within: El): Byline | null => {
    const text = nameIn(el);
    if (!text) return null;
    // Co-writers marked up one by one (`<a rel="author">A</a> / <a rel="author">B</a>`, schema.org `author`
    // spans): every marked sibling is a name of the byline, and their short box is the byline's element.
    const box = marked(el) ? parentWithin(within, el) : null;
    const marks = box ? box.children.filter((c): c is El => typeof c !== 'string' && marked(c)) : [];
    if (!box || marks.length < 2 || shortText(box, 200) === null) return { el, text };
    const names = marks.map(nameIn).filter((n): n is string => Boolean(n));
    return { el: box, text: names.join(', ') };
  };
  const folded = headline ? foldText(headline) : '';
  const path = folded ? headlinePath(body, folded) : null;
  if (path) {
    for (let i = path.length - 2; i >= 0; i--) {
      const level = path[i];
      if (!level) continue;
      for (const test of [marked, named]) {
        const is = (e: El): boolean => test(e) && shortText(e, 100) !== null;
        for (const c of level.children) {
          if (typeof c === 'string' || c === path[i + 1] || UNSEEN.has(c.local) || avoid(c)) continue;
          const el = is(c) ? c : findFirst(c, is, avoid);
          const found = el ? bylineIn(el, level) : null;
          if (found) return found;
        }
      }
    }
    return null;
  }
  for (const test of [marked, named]) {
    const el = findFirst(body, (e) => test(e) && shortText(e, 100) !== null, avoid);
    if (!el) continue;
    const found = bylineIn(el, body);
    if (found) return found;
  }
  return null;
}

/** A heading or box marked up as the story's `alternativeHeadline`: the deck, a line or two under the headline. */
function findDeck(body: El): Byline | null {
  const avoid = (e: El): boolean => COMMENT_NAMES.test(namesOf(e)) || isHidden(e);
  const isDeck = (e: El): boolean => DECK_BOXES.test(e.local) && attr(e, 'itemprop').split(/\s+/u).includes('alternativeHeadline');
  const el = findFirst(body, (e) => isDeck(e) && shortText(e, DECK_TEXT) !== null, avoid);
  const text = el ? shortText(el, DECK_TEXT) : null;
  return el && text ? { el, text } : null;
}

/** The first short element (under `max` characters) whose class or id passes `names`, outside the comments. */
function findMarked(body: El, names: (n: string) => boolean, max: number): Byline | null {
  const avoid = (e: El): boolean => COMMENT_NAMES.test(namesOf(e)) || isHidden(e);
  const el = findFirst(body, (e) => (names(attr(e, 'class').trim()) || names(attr(e, 'id').trim())) && shortText(e, max) !== null, avoid);
  const text = el ? shortText(el, max) : null;
  return el && text ? { el, text } : null;
}

function lastElement(kept: readonly (El | string)[]): El | undefined {
  for (let i = kept.length - 1; i >= 0; i--) {
    const k = kept[i];
    if (typeof k !== 'string') return k;
    if (k.trim() !== '') return undefined;
  }
  return undefined;
}

/** An unlikely-named element holding more than this share of the page's text wraps the page. */
const WRAPPER_SHARE = 0.5;

/** The length of an element's text (white space counted as it stands), counting stopped once past `max`. */
function textLength(el: El, max: number): number {
  let n = 0;
  const walk = (e: El): boolean => {
    for (const c of e.children) {
      if (typeof c === 'string') n += c.length;
      else if (c.local !== 'script' && c.local !== 'style' && !walk(c)) return false;
      if (n > max) return false;
    }
    return true;
  };
  walk(el);
  return n;
}

/** Prunes `body` in place; returns each kept element's parent and the byline, label, credit and deck taken out. */
export function prune(body: El, flags: PruneFlags, isAgency: (name: string) => boolean = () => false, headline?: string): Pruned {
  const parents = new Map<El, El>();
  const found = findByline(body, headline);
  const byline = found?.text;
  const label = findMarked(body, (n) => n !== '' && LABEL_NAMES.test(n), 40);
  const source = findMarked(body, (n) => SOURCE_NAMES.test(n), 40);
  const credit = source && isAgency(source.text) ? source : null;
  const deck = findDeck(body);
  const leftovers = new Leftovers();
  // An element named like a box (`subbanner`, `header-wrap`) that holds most of the page's text is the page's
  // wrapper, not a box: stripping it would take the story with it. Its children are read instead.
  const pageText = textLength(body, Infinity);
  const wrapsPage = (c: El): boolean => pageText > 0 && textLength(c, pageText * WRAPPER_SHARE) > pageText * WRAPPER_SHARE;
  const walk = (el: El, inTable: boolean): void => {
    const kept: (El | string)[] = [];
    for (const c of el.children) {
      if (typeof c === 'string') {
        kept.push(c);
        continue;
      }
      const tag = c.local;
      if (DROPPED_TAGS.has(tag) || isHidden(c)) continue;
      if (c === found?.el) leftovers.droppedByline(el);
      if (c === found?.el || c === label?.el || c === credit?.el || c === deck?.el) continue;
      if (flags.stripUnlikely && tag !== 'body' && tag !== 'a' && tag !== 'article' && tag !== 'main' && !inTable) {
        const names = namesOf(c);
        if (names.length > 1 && UNLIKELY.test(names) && !MAYBE_CONTENT.test(names) && !wrapsPage(c)) {
          // The comment section's heading or prompt stands just outside its container.
          const prev = lastElement(kept);
          if (prev && COMMENT_NAMES.test(names) && isCommentPrompt(prev)) kept.splice(kept.lastIndexOf(prev), 1);
          continue;
        }
        // Unless they also name content: a sponsored story's own body (`sponsored article-body`) is the story.
        if (ADS.test(names) && !MAYBE_CONTENT.test(names)) continue;
        if (PAGE_BOXES.test(names)) continue;
        if (UNLIKELY_ROLES.has(attr(c, 'role'))) continue;
      }
      parents.set(c, el);
      walk(c, inTable || tag === 'table' || tag === 'code' || tag === 'pre');
      if (leftovers.isLeftover(c, flags.stripUnlikely && !inTable)) continue;
      leftovers.absorb(el, c);
      kept.push(c);
    }
    // Copied back one by one: a spread of a hundred thousand children would overflow the call stack.
    el.children.length = 0;
    for (const k of kept) el.children.push(k);
  };
  walk(body, false);
  return {
    parents,
    ...(byline === undefined ? {} : { byline }),
    ...(label ? { label: label.text } : {}),
    ...(credit ? { credit: credit.text } : {}),
    ...(deck ? { deck: deck.text } : {}),
  };
}
