/**
 * The state cleaning works on: the story's blocks (each remembering which block of the parsed original it came
 * from) and what the rules have lifted out of the text into metadata.
 */
import type { Author } from '../domain/article.js';
import type { DatelineLead } from '../enrich/dateline.js';

export interface WorkingBlock {
  readonly text: string;
  /** Index of the block in the parsed original, for change positions. */
  readonly origin: number;
}

export interface CreditLine {
  readonly label: string;
  readonly value: string;
}

export interface Extracted {
  readonly headline: string | null;
  readonly byline: string | null;
  readonly dateline: DatelineLead | null;
  readonly credit: CreditLine | null;
  /** Wire prefixes lifted off the headline: "UPDATE 2", "REFILE", "EXCLUSIVE"… */
  readonly wirePrefixes?: readonly string[];
  /**
   * Header lines lifted off the top of the copy that tell the desk what it holds: a release's kind and number
   * ("MEDIA RELEASE PR67276"), a bulletin's product code, office and handling ("IDN38100", "New South Wales").
   */
  readonly notes?: readonly string[];
  /** People named in a "(Reporting by …; Editing by …)" trailer. */
  readonly contributors?: readonly Author[];
}

export interface WorkingCopy {
  readonly blocks: readonly WorkingBlock[];
  readonly extracted: Extracted;
}

/**
 * The block number of an edit to the headline the format gave apart from the text (CleaningContext.headline), not
 * to a block: it lifts metadata out of that headline (its wire marks) and changes no text of the copy.
 */
export const FORMAT_HEADLINE = -1;

/** One proposed change: replace [start, end) of a block with `replacement`, optionally lifting metadata out. */
export interface Edit {
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly extract?: Partial<Extracted>;
  /** Overrides the rule's general explanation with a specific one. */
  readonly explanation?: string;
}

export function wholeBlock(copy: WorkingCopy, block: number, replacement = '', extract?: Partial<Extracted>): Edit {
  const text = copy.blocks[block]?.text ?? '';
  return extract ? { block, start: 0, end: text.length, replacement, extract } : { block, start: 0, end: text.length, replacement };
}

/** Three letters anywhere: stops at the third, instead of collecting every letter of a long paragraph. */
const THREE_LETTERS = /\p{L}\P{L}*\p{L}\P{L}*\p{L}/u;

/**
 * The first block with real text (three letters or more): debris the editor chose to keep stays above it and
 * must not hide the headline or the dateline.
 */
export function firstTextBlock(copy: WorkingCopy, from = 0): number {
  for (let i = from; i < copy.blocks.length; i++) {
    if (THREE_LETTERS.test(copy.blocks[i]?.text ?? '')) return i;
  }
  return -1;
}

/**
 * A summary bullet: Reuters (and others) open a story with two to four one-line points (`* Spot gold may edge
 * up`, `• Dollar index down`) above the byline and the dateline. They are the story's summary, kept as copy,
 * but the lead (byline, dateline, first paragraph) is looked for below them.
 */
const SUMMARY_BULLET = /^[*•▪■]\s+\S/u;

export function isSummaryBullet(text: string): boolean {
  return SUMMARY_BULLET.test(text) && text.length <= 200;
}

/** The first text block below any summary bullets: where a byline or a dateline opens the story. */
export function leadTextBlock(copy: WorkingCopy): number {
  const first = firstTextBlock(copy);
  for (let i = first; i >= 0 && i < copy.blocks.length; i++) {
    const text = copy.blocks[i]?.text ?? '';
    if (!isSummaryBullet(text)) return firstTextBlock(copy, i);
  }
  return first;
}

/** Applies accepted edits; edits within one block are applied from the end so earlier offsets stay valid. */
export function applyEdits(copy: WorkingCopy, edits: readonly Edit[]): WorkingCopy {
  const texts = copy.blocks.map((b) => b.text);
  const ordered = editOrder(edits);
  for (const e of ordered) {
    const t = texts[e.block];
    if (t === undefined) continue;
    texts[e.block] = t.slice(0, e.start) + e.replacement + t.slice(e.end);
  }
  const extracted = liftExtracts(copy.extracted, ordered.filter((e) => e.block < texts.length));
  const blocks = copy.blocks
    .map((b, i) => ({ text: (texts[i] ?? '').trim(), origin: b.origin }))
    .filter((b) => b.text !== '');
  return { blocks, extracted };
}

/** The order edits are applied in: block by block, from the end of each block, so earlier offsets stay valid. */
export function editOrder(edits: readonly Edit[]): Edit[] {
  return [...edits].sort((a, b) => a.block - b.block || b.start - a.start);
}

/** What these edits lift out of the text, in application order. Notes accumulate; every other field is set by the edit that lifts it. */
export function liftExtracts(from: Extracted, ordered: readonly Edit[]): Extracted {
  let extracted = from;
  const notes = [...(from.notes ?? [])];
  for (const e of ordered) {
    if (!e.extract) continue;
    const { notes: lifted, ...fields } = e.extract;
    if (Object.keys(fields).length > 0) extracted = { ...extracted, ...fields };
    if (lifted) notes.push(...lifted);
  }
  if (notes.length > (from.notes?.length ?? 0)) extracted = { ...extracted, notes };
  return extracted;
}
