/**
 * What trails the story inside its container. Readability's sibling joining and conditional cleaning keep a
 * line that is nothing but a link back to a listing ("back to the list") and a box of short lines set beside
 * the text (a press contact, a topic teaser) when they share the story's container. Boilerplate detection by
 * text density (Kohlschütter et al., the method behind boilerpipe, and trafilatura's pruning) reads them as
 * page furniture: short, link-heavy or sentence-less blocks at the edge of the main text. Here only the tail is
 * trimmed — everything after the last block of prose, level by level down the container's last child — so a
 * heading, a standfirst or a short line between paragraphs is never touched.
 */
import { hasBlockChild, type PageStats } from './article-body.js';
import { attr, find, type El } from './tree.js';

/** A sentence end: a full stop, question or exclamation mark or ellipsis, maybe closed by a quote or a bracket; CJK stops. */
const SENTENCE_END = /[.!?…]["'”’»«)\]]*(?:\s|$)|[。！？]/u;
/** A block of prose is at least this long (Readability's sibling test reads 80 characters as a paragraph). */
const PROSE_LENGTH = 80;
/** A trailing box that holds more than this share of its container's text is part of the story, whatever it reads like. */
const BOX_SHARE = 0.25;
const BOXES = new Set(['div', 'section', 'p', 'span', 'font', 'center', 'dl']);

/** Whether the element holds a block of prose: a paragraph of 80 characters or more with a sentence end, not a run of links. */
export function hasProse(el: El, stats: PageStats): boolean {
  if (!hasBlockChild(el)) {
    const text = stats.textOf(el);
    return text.length >= PROSE_LENGTH && SENTENCE_END.test(text) && stats.linkDensity(el) < 0.5;
  }
  let loose = '';
  for (const c of el.children) {
    if (typeof c === 'string') loose += c;
    else if (hasProse(c, stats)) return true;
  }
  const text = loose.replace(/\s+/gu, ' ').trim();
  return text.length >= PROSE_LENGTH && SENTENCE_END.test(text);
}

/**
 * Whether a line of links leads back to a listing: its link goes to the site's front page or to a section one
 * step below it (`/presse`, `/news/`), the way "back to the list" does. A trailing link to a deeper page (a
 * related story, a product's help page, a court case) is a reference the story makes and stays.
 */
function leadsToListing(el: El): boolean {
  const link = el.local === 'a' ? el : find(el, 'a');
  if (!link) return false;
  const href = attr(link, 'href').trim();
  if (href === '' || href.startsWith('#') || /^(?:mailto|tel|javascript):/iu.test(href)) return false;
  const path = href.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/iu, '').replace(/[?#].*$/u, '');
  return path.split('/').filter((part) => part !== '' && part !== '.').length <= 1;
}

/** Whether any line of the element, links aside, ends a sentence: a closing line of copy, however short, does. */
function hasSentence(el: El, stats: PageStats): boolean {
  if (!hasBlockChild(el)) return stats.linkDensity(el) < 0.5 && SENTENCE_END.test(stats.textOf(el));
  let loose = '';
  for (const c of el.children) {
    if (typeof c === 'string') loose += c;
    else if (hasSentence(c, stats)) return true;
  }
  return SENTENCE_END.test(loose.replace(/\s+/gu, ' ').trim());
}

/** A trailing element that is furniture: a short line of links, or a small box of lines none of which is a sentence. */
function isTailFurniture(el: El, stats: PageStats, boxLimit: number): boolean {
  // Lengths are cached: the story's big last block is passed over without building its text.
  const length = stats.length(el);
  if (length === 0 || (length >= 100 && length > boxLimit)) return false;
  if ((el.local === 'a' || stats.linkDensity(el) >= 0.9) && length < 100 && leadsToListing(el)) return true;
  // A box of several lines (a card); a single short line closing the story may be its dateline or a credit.
  // Lines broken by <br> are lines of a box too: a "follow us" card, a label over the links to related stories.
  // (A short one is read with the lines around it, below.)
  const card = hasBlockChild(el) || (length >= PROSE_LENGTH && brokenLines(el) >= CARD_LINES);
  return BOXES.has(el.local) && card && length <= boxLimit && !hasSentence(el, stats);
}

/** A box written as lines with <br> between them is a card from this many lines. */
const CARD_LINES = 3;

/** How many non-empty lines the element's own <br> children break its content into. */
function brokenLines(el: El): number {
  let lines = 0;
  let open = false;
  for (const c of el.children) {
    if (typeof c !== 'string' && c.local === 'br') {
      open = false;
      continue;
    }
    if (open || (typeof c === 'string' && c.trim() === '')) continue;
    open = true;
    lines++;
  }
  return lines;
}

/** A single short line without a sentence: with another like it at the story's end, part of a card printed as lines. */
function isShortLine(el: El, stats: PageStats): boolean {
  return BOXES.has(el.local) && !hasBlockChild(el) && stats.length(el) < PROSE_LENGTH && !hasSentence(el, stats);
}

/** A label leading a line, up to its colon ("Related article:", "Read more:"), a word or three long. */
const LINE_LABEL = /^([^:.!?]{2,30}):\s/u;

/** Whether two sibling lines are the same kind of element led by the same label. */
function sameLabel(a: El, b: El | string | undefined, stats: PageStats): boolean {
  if (b === undefined || typeof b === 'string' || a.local !== b.local) return false;
  const label = LINE_LABEL.exec(stats.textOf(a))?.[1];
  return label !== undefined && label.toLowerCase() === LINE_LABEL.exec(stats.textOf(b))?.[1]?.toLowerCase();
}

/**
 * Removes, in place, the furniture after the story's last block of prose in `el`, then does the same inside the
 * last child that holds prose. Stops at loose text, which is copy written between the container's own tags.
 * Two or more short sentence-less lines ending the story together ("Contact:", a name and a phone number) are a
 * card written as lines and go too; one such line alone (a dateline, a credit) stays, and so do short lines whose
 * label a longer line before them shares: a list of links under one label is cut by no length.
 */
export function trimStoryTail(el: El, stats: PageStats): void {
  const boxLimit = stats.length(el) * BOX_SHARE;
  const lines: number[] = [];
  let lineLength = 0;
  const dropLines = (): void => {
    if (lines.length >= 2 && lineLength <= boxLimit) for (const i of lines) el.children.splice(i, 1);
  };
  for (let i = el.children.length - 1; i >= 0; i--) {
    const c = el.children[i];
    if (c === undefined) continue;
    if (typeof c === 'string') {
      if (c.trim() === '') continue;
      dropLines();
      return;
    }
    if (isTailFurniture(c, stats, boxLimit)) {
      el.children.splice(i, 1);
      for (let k = 0; k < lines.length; k++) lines[k] = (lines[k] ?? 0) - 1;
      continue;
    }
    // An empty element (a line break, an image) is passed over; the tail goes on before it.
    if (stats.length(c) === 0) continue;
    if (isShortLine(c, stats)) {
      lines.push(i);
      lineLength += stats.length(c);
      continue;
    }
    // A longer line under the same label ("Related article: …") makes the short ones a list the story ends with.
    if (lines.length > 0 && sameLabel(c, el.children[lines[lines.length - 1] ?? -1], stats)) return;
    dropLines();
    if (lines.length < 2 && hasBlockChild(c) && hasProse(c, stats)) trimStoryTail(c, stats);
    return;
  }
  dropLines();
}
