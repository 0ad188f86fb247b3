/**
 * Anchors: a decision pinned to words of the body by block id and a TextQuoteSelector (W3C Web Annotation Data
 * Model §4.2.4: exact text, with a little context before and after). After an edit, a re-run of cleaning or a
 * revert, an anchor re-attaches to the same words or is reported orphaned: it is never moved onto other words.
 *
 * Re-attaching, in order: the words at the offset hint in the anchor's block; else the occurrence of the words in
 * that block whose context fits best (only when one fits best); else, when the block is gone or no longer holds
 * the words, an occurrence elsewhere whose full context fits, when there is exactly one.
 */
import { QUOTE_CONTEXT, type BodyAnchor, type TextQuote } from './story-body.js';

export interface AnchoredText {
  readonly id: string;
  readonly text: string;
}

export interface Attached {
  /** Index of the block in the body. */
  readonly index: number;
  readonly anchor: BodyAnchor;
}

export function quoteAt(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

export function anchorAt(block: AnchoredText, start: number, end: number): BodyAnchor {
  return { block: block.id, quote: quoteAt(block.text, start, end), start };
}

/** A block-level anchor: the block's opening words (what a speaker tag is about). */
export function blockAnchor(block: AnchoredText): BodyAnchor {
  return anchorAt(block, 0, Math.min(block.text.length, 80));
}

/** Where the anchor's words are now, or null (orphaned). `byId` maps block ids to indexes (built once per body). */
export function attach(anchor: BodyAnchor, blocks: readonly AnchoredText[], byId: ReadonlyMap<string, number> = indexById(blocks)): Attached | null {
  const { exact } = anchor.quote;
  if (exact === '') return null;
  const home = byId.get(anchor.block);
  const own = home === undefined ? undefined : blocks[home];
  if (own && home !== undefined) {
    if (own.text.startsWith(exact, anchor.start) && contextFit(own.text, anchor.start, anchor.quote) !== 'none') return attached(home, own, anchor.start, exact.length);
    const best = bestOccurrence(own.text, anchor.quote, 'one-side');
    if (best !== null) return attached(home, own, best, exact.length);
  }
  // Elsewhere only with its whole context, and only when that picks one place.
  let found: Attached | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block || i === home || !block.text.includes(exact)) continue;
    const at = bestOccurrence(block.text, anchor.quote, 'both');
    if (at === null) continue;
    if (found) return null;
    found = attached(i, block, at, exact.length);
  }
  return found;
}

export function indexById(blocks: readonly AnchoredText[]): Map<string, number> {
  return new Map(blocks.map((b, i) => [b.id, i]));
}

function attached(index: number, block: AnchoredText, start: number, length: number): Attached {
  return { index, anchor: anchorAt(block, start, start + length) };
}

type Fit = 'none' | 'one-side' | 'both';

/**
 * How much of the quote's context surrounds the words at `at`: all of it, one side of it, or neither. A side
 * fits when its whole context is there; a context shorter than QUOTE_CONTEXT reached the edge of the block, so it
 * fits only where the words again sit that close to the edge.
 */
function contextFit(text: string, at: number, quote: TextQuote): Fit {
  const end = at + quote.exact.length;
  const before = text.slice(Math.max(0, at - QUOTE_CONTEXT), at);
  const after = text.slice(end, end + QUOTE_CONTEXT);
  const prefixFits = quote.prefix.length < QUOTE_CONTEXT ? before === quote.prefix : before.endsWith(quote.prefix);
  const suffixFits = quote.suffix.length < QUOTE_CONTEXT ? after === quote.suffix : after.startsWith(quote.suffix);
  return prefixFits && suffixFits ? 'both' : prefixFits || suffixFits ? 'one-side' : 'none';
}

/**
 * The occurrence of the quote's words whose context fits best, among those whose context fits at least as `need`
 * says; null when none does or two fit equally well.
 */
function bestOccurrence(text: string, quote: TextQuote, need: Exclude<Fit, 'none'>): number | null {
  let best = -1;
  let bestScore = -1;
  let tie = false;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const fit = contextFit(text, at, quote);
    if (fit === 'none' || (need === 'both' && fit !== 'both')) continue;
    const before = commonSuffix(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix);
    const end = at + quote.exact.length;
    const score = before + commonPrefix(text.slice(end, end + quote.suffix.length), quote.suffix);
    if (score > bestScore) {
      best = at;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) {
      tie = true;
    }
  }
  return best < 0 || tie ? null : best;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
