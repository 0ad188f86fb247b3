/**
 * The story's container in a pruned page, found by Mozilla Readability's published scoring: every paragraph of
 * 25 characters or more scores 1 + its commas + one per 100 characters (at most 3), added whole to its parent,
 * half to its grandparent and a third per level above, up to five levels; each container starts from a weight
 * for its tag and its class names; a container's final score is discounted by its link density. The best one,
 * moved up where its ancestors hold as much prose, is joined by the siblings that score near it or read as
 * prose, then cleaned of lists, tables and boxes that look like furniture ("conditional cleaning").
 */
import { classWeight, namesOf, type PruneFlags } from './page-prune.js';
import { attr, findAll, type El } from './tree.js';

const SCORED = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that make a `<div>` a container rather than a paragraph written as a div. */
const BLOCK_CHILDREN = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'select', 'tbody', 'tr',
]);

interface Counts {
  /** Characters with white space runs counted as one. */
  readonly length: number;
  readonly commas: number;
}

function countsOfString(s: string): Counts {
  let length = 0;
  let commas = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0) {
      if (!space) length++;
      space = true;
      continue;
    }
    space = false;
    length++;
    if (c === 0x2c || c === 0x060c || c === 0xfe50 || c === 0xfe10 || c === 0xfe11 || c === 0x2e41 || c === 0x2e34 || c === 0x2e32 || c === 0xff0c) commas++;
  }
  return { length, commas };
}

/**
 * Text lengths, comma counts and link lengths of the page's elements, each computed once bottom-up and cached:
 * containers are asked many times, and building their text at every level would cost the depth over again.
 */
export class PageStats {
  private readonly counts = new Map<El, Counts>();
  private readonly links = new Map<El, number>();
  private readonly controls = new Map<El, number>();

  countsOf(el: El): Counts {
    let c = this.counts.get(el);
    if (c === undefined) {
      let length = 0;
      let commas = 0;
      for (const k of el.children) {
        const kc = typeof k === 'string' ? countsOfString(k) : this.countsOf(k);
        length += kc.length;
        commas += kc.commas;
      }
      c = { length, commas };
      this.counts.set(el, c);
    }
    return c;
  }

  length(el: El): number {
    return this.countsOf(el).length;
  }

  /** The text of a small element (a paragraph), white space collapsed; not cached. */
  textOf(el: El): string {
    let s = '';
    const walk = (e: El): void => {
      for (const c of e.children) {
        if (typeof c === 'string') s += c;
        else {
          s += ' ';
          walk(c);
          s += ' ';
        }
      }
    };
    walk(el);
    return s.replace(/\s+/gu, ' ').trim();
  }

  /** Share of the text inside links; fragment links (`#…`) count for 0.3, as in-page navigation is often prose. */
  linkDensity(el: El): number {
    const len = this.length(el);
    if (len === 0) return 0;
    return Math.min(1, this.linkLength(el) / len);
  }

  /**
   * Length of the text inside controls: links that go nowhere but run a script (`href="#"`, `javascript:`), the
   * way star ratings, tabs and "show more" buttons are written. A link to a fragment (`#section-2`) is not one.
   */
  controlLength(el: El): number {
    let n = this.controls.get(el);
    if (n === undefined) {
      n = 0;
      for (const c of el.children) {
        if (typeof c === 'string') continue;
        if (c.local === 'a' && isControlHref(attr(c, 'href'))) n += this.length(c);
        else n += this.controlLength(c);
      }
      this.controls.set(el, n);
    }
    return n;
  }

  private linkLength(el: El): number {
    let n = this.links.get(el);
    if (n === undefined) {
      n = 0;
      for (const c of el.children) {
        if (typeof c === 'string') continue;
        if (c.local === 'a') n += this.length(c) * (attr(c, 'href').startsWith('#') ? 0.3 : 1);
        else n += this.linkLength(c);
      }
      this.links.set(el, n);
    }
    return n;
  }
}

function isControlHref(href: string): boolean {
  const h = href.trim();
  return h === '#' || /^javascript:/iu.test(h);
}

function tagWeight(el: El): number {
  switch (el.local) {
    case 'div':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

export function hasBlockChild(el: El): boolean {
  return el.children.some((c) => typeof c !== 'string' && BLOCK_CHILDREN.has(c.local));
}

export interface Selection {
  /** The story's parts in reading order: the top candidate and the siblings joined to it. */
  readonly parts: readonly El[];
  readonly scores: ReadonlyMap<El, number>;
}

/** Scores the pruned body and returns the story's container(s); empty when nothing scores. */
export function selectArticle(body: El, parents: ReadonlyMap<El, El>, stats: PageStats, flags: PruneFlags): Selection {
  const scores = new Map<El, number>();
  const candidates: El[] = [];
  const credit = (el: El, points: number, level: number): void => {
    if (!scores.has(el)) {
      scores.set(el, tagWeight(el) + classWeight(el, flags));
      candidates.push(el);
    }
    const share = level === 0 ? 1 : level === 1 ? 2 : level * 3;
    scores.set(el, (scores.get(el) ?? 0) + points / share);
  };
  const scoreParagraph = (counts: Counts, parent: El | undefined): void => {
    if (counts.length < 25 || !parent) return;
    const points = 1 + counts.commas + Math.min(Math.floor(counts.length / 100), 3);
    // Up to five levels; <body> is the last one, so a page of bare paragraphs still has a candidate.
    let a: El | undefined = parent;
    for (let level = 0; a && level < 5; level++, a = a === body ? undefined : parents.get(a)) credit(a, points, level);
  };
  const walk = (el: El): void => {
    let looseLength = 0;
    let looseCommas = 0;
    const flushLoose = (): void => {
      scoreParagraph({ length: looseLength, commas: looseCommas }, el);
      looseLength = 0;
      looseCommas = 0;
    };
    for (const c of el.children) {
      const counts = typeof c === 'string' ? countsOfString(c) : null;
      if (typeof c === 'string') {
        looseLength += counts?.length ?? 0;
        looseCommas += counts?.commas ?? 0;
        continue;
      }
      const divLike = c.local === 'div' || c.local === 'section' || c.local === 'article' || c.local === 'main';
      if (SCORED.has(c.local) || (divLike && !hasBlockChild(c))) {
        // A div of inline content only is a paragraph written as a div (Readability turns it into a <p>).
        scoreParagraph(stats.countsOf(c), parents.get(c));
        if (c.local === 'section' || c.local === 'td') walk(c);
        continue;
      }
      if (BLOCK_CHILDREN.has(c.local)) {
        flushLoose();
        walk(c);
      } else if (hasBlockChild(c)) {
        // Blocks inside an inline wrapper (`<font><p>…</p></font>`, common on old pages) are scored as blocks.
        walk(c);
      } else {
        const k = stats.countsOf(c);
        looseLength += k.length;
        looseCommas += k.commas;
      }
    }
    // Text loose in a container of blocks is a paragraph of that container.
    flushLoose();
  };
  walk(body);
  for (const el of candidates) scores.set(el, (scores.get(el) ?? 0) * (1 - stats.linkDensity(el)));
  const ranked = [...candidates].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  let top = ranked[0];
  if (!top) return { parts: [], scores };
  if (top === body) return { parts: [body], scores };
  top = climb(top, ranked, body, parents, scores);
  const article = narrowToArticle(top, stats);
  // The page's own mark of the story is trusted: what sits beside its <article> is not joined back to it.
  if (article !== top) return { parts: [article], scores };
  return { parts: withSiblings(top, body, parents, scores, stats), scores };
}

/**
 * HTML5's own mark of the story: a container holding one <article> that carries most of its text stands
 * for that article, and what sits beside it (a site notice, a welcome box) is not copy. With several articles
 * (a listing) or a small one (a teaser), the container stays as scored.
 */
/** The share of the container's text the one <article> must carry to stand for it: two thirds. */
const ARTICLE_SHARE = 2 / 3;

function narrowToArticle(top: El, stats: PageStats): El {
  if (top.local === 'article') return top;
  const articles = findAll(top, 'article');
  const only = articles.length === 1 ? articles[0] : undefined;
  return only && stats.length(only) >= ARTICLE_SHARE * stats.length(top) ? only : top;
}

function contains(outer: El, inner: El, parents: ReadonlyMap<El, El>): boolean {
  for (let a: El | undefined = inner; a; a = parents.get(a)) if (a === outer) return true;
  return false;
}

/** Readability's moves up the tree: to an ancestor shared by near-equal candidates, to a parent scoring more. */
function climb(start: El, ranked: readonly El[], body: El, parents: ReadonlyMap<El, El>, scores: ReadonlyMap<El, number>): El {
  let top = start;
  const topScore = scores.get(top) ?? 0;
  const close = ranked.slice(1, 5).filter((c) => (scores.get(c) ?? 0) / Math.max(topScore, 1e-9) >= 0.75);
  if (close.length >= 3) {
    for (let a = parents.get(top); a && a !== body; a = parents.get(a)) {
      if (close.filter((c) => contains(a as El, c, parents)).length >= 3) {
        top = a;
        break;
      }
    }
  }
  let last = scores.get(top) ?? 0;
  const floor = last / 3;
  for (let p = parents.get(top); p && p !== body; p = parents.get(p)) {
    const s = scores.get(p);
    if (s === undefined) continue;
    if (s < floor) break;
    if (s > last) {
      top = p;
      break;
    }
    last = s;
  }
  // A container that is its parent's only child stands for the parent.
  for (let p = parents.get(top); p && p !== body && p.children.filter((c) => typeof c !== 'string').length === 1; p = parents.get(p)) top = p;
  return top;
}

/** Readability's sibling joining: a story split by an ad or a photo box into siblings is put back together. */
function withSiblings(top: El, body: El, parents: ReadonlyMap<El, El>, scores: ReadonlyMap<El, number>, stats: PageStats): El[] {
  const parent = parents.get(top);
  if (!parent) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = attr(top, 'class');
  const parts: El[] = [];
  for (const s of parent.children) {
    if (typeof s === 'string') continue;
    if (s === top) {
      parts.push(s);
      continue;
    }
    if (parent === body && !scores.has(s) && s.local !== 'p') continue;
    const bonus = topClass !== '' && attr(s, 'class') === topClass ? topScore * 0.2 : 0;
    const score = scores.get(s);
    if (score !== undefined && score + bonus >= threshold) {
      parts.push(s);
      continue;
    }
    if (s.local === 'p' || (s.local === 'div' && !hasBlockChild(s))) {
      const text = stats.textOf(s);
      const ld = stats.linkDensity(s);
      if ((text.length > 80 && ld < 0.25) || (text.length > 0 && text.length <= 80 && ld === 0 && /\.( |$)/u.test(text))) parts.push(s);
    }
  }
  return parts;
}

const CONDITIONAL = new Set(['form', 'fieldset', 'table', 'ul', 'ol', 'div', 'section', 'dl']);

/**
 * Readability's conditional cleaning, deepest first: a list, table, form or box inside the story is dropped when
 * its class names weigh below zero, or, with fewer than ten commas, when it reads as furniture — more images than prose, more
 * list items than paragraphs, form inputs, mostly links, embedded players — unless it is a data table.
 */
export function cleanConditionally(container: El, stats: PageStats, flags: PruneFlags): void {
  if (!flags.cleanConditionally) return;
  /** Cleans `el`'s children; returns CHANGED when something inside went, DROP when `el` itself goes too. */
  const walk = (el: El, inFigure: boolean): number => {
    const kept: (El | string)[] = [];
    let changed = false;
    for (const c of el.children) {
      if (typeof c === 'string') {
        kept.push(c);
        continue;
      }
      const inner = walk(c, inFigure || c.local === 'figure');
      if (inner === DROP || (CONDITIONAL.has(c.local) && looksLikeFurniture(c, stats, flags, inFigure))) {
        changed = true;
        continue;
      }
      if (inner === CHANGED) changed = true;
      kept.push(c);
    }
    el.children.length = 0;
    for (const k of kept) el.children.push(k);
    if (!changed) return KEPT;
    // What cleaning left of a box is only the label of what it took out ("Valorar:" over a star rating).
    return CONDITIONAL.has(el.local) && isDanglingLabel(el) ? DROP : CHANGED;
  };
  walk(container, false);
}

const KEPT = 0;
const CHANGED = 1;
const DROP = 2;

/** A label up to its colon, a word or three, with nothing after it. */
const LABEL_ONLY = /^[^.!?:]{1,30}:$/u;

/** Whether the element's whole text is a label ending in a colon (its lengths cached before cleaning are not used). */
function isDanglingLabel(el: El): boolean {
  let s = '';
  const walkText = (e: El): boolean => {
    for (const c of e.children) {
      if (typeof c === 'string') s += c;
      else if (!walkText(c)) return false;
      if (s.length > 80) return false;
    }
    return true;
  };
  return walkText(el) && LABEL_ONLY.test(s.replace(/\s+/gu, ' ').trim());
}

function count(el: El, tags: ReadonlySet<string>): number {
  let n = 0;
  for (const c of el.children) if (typeof c !== 'string') n += (tags.has(c.local) ? 1 : 0) + count(c, tags);
  return n;
}

const T_P = new Set(['p']);
const T_IMG = new Set(['img']);
const T_LI = new Set(['li']);
const T_INPUT = new Set(['input']);
const T_EMBED = new Set(['object', 'embed', 'iframe']);
const T_HEAD = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const T_DATA = new Set(['th', 'thead', 'tfoot', 'caption', 'colgroup', 'col']);
const T_ROW = new Set(['tr']);
const T_LISTS = new Set(['ul', 'ol']);

function isDataTable(el: El): boolean {
  if (el.local !== 'table') return false;
  if (attr(el, 'role') === 'presentation') return false;
  if (attr(el, 'summary') !== '' || count(el, T_DATA) > 0) return true;
  const rows = count(el, T_ROW);
  return rows >= 10;
}

function looksLikeFurniture(el: El, stats: PageStats, flags: PruneFlags, inFigure: boolean): boolean {
  if (isDataTable(el)) return false;
  // Mostly controls (a star rating, tabs): buttons written as links, never copy.
  const total = stats.length(el);
  if (total > 0 && stats.controlLength(el) / total > 0.5) return true;
  // By class weight alone: a list's own paragraph score is negative by its tag, and lists of copy are copy.
  const weight = classWeight(el, flags);
  if (weight < 0) return true;
  const { length: len, commas } = stats.countsOf(el);
  if (commas >= 10) return false;
  const isList = el.local === 'ul' || el.local === 'ol' || (len > 0 && countText(el, T_LISTS, stats) / len > 0.9);
  const p = count(el, T_P);
  const img = count(el, T_IMG);
  const li = count(el, T_LI) - 100;
  const input = count(el, T_INPUT);
  const embeds = count(el, T_EMBED);
  const headingLen = countText(el, T_HEAD, stats);
  const headingDensity = len === 0 ? 0 : headingLen / len;
  const ld = stats.linkDensity(el);
  if (img > 1 && p / img < 0.5 && !inFigure) return true;
  if (!isList && li > p) return true;
  if (input > Math.floor(p / 3)) return true;
  if (!isList && headingDensity < 0.9 && len < 25 && (img === 0 || img > 2) && ld > 0) return true;
  if (!isList && weight < 25 && ld > 0.2) return true;
  if (weight >= 25 && ld > 0.5) return true;
  if ((embeds === 1 && len < 75) || embeds > 1) return true;
  // Short boxes named for sharing tools (Readability removes `share` elements under 500 characters).
  return /share|sharedaddy/iu.test(namesOf(el)) && len < 500;
}

function countText(el: El, tags: ReadonlySet<string>, stats: PageStats): number {
  let n = 0;
  for (const c of el.children) if (typeof c !== 'string') n += tags.has(c.local) ? stats.length(c) : countText(c, tags, stats);
  return n;
}
