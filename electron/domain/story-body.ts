/**
 * The story's body as the editor edits it: a flat list of blocks in reading order, each with a stable id, and the
 * anchors that pin the desk's decisions to the words they are about.
 *
 * Ids: a block cleaning made from block n of the parsed original is `p<n>`, so re-running cleaning (or undoing one
 * of its changes) gives the same block the same id; a block the editor makes (a split, Enter, a pasted paragraph)
 * carries an id minted by the editor, `b-` and 10 to 32 lower-case letters or digits.
 *
 * Anchors follow the W3C Web Annotation TextQuoteSelector (exact text with a little context before and after),
 * plus the block id and an offset hint: after an edit an anchor re-attaches to the same words or is reported
 * orphaned, never moved onto other words.
 */

/** Consecutive `bullet`, `ordered` or `quote` blocks render as one list or one block quote. */
export const BLOCK_TYPES = ['paragraph', 'subhead', 'bullet', 'ordered', 'quote'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

export const MARK_TYPES = ['bold', 'italic', 'link'] as const;
export type MarkType = (typeof MARK_TYPES)[number];

/** An inline mark over [start, end) of the block's text (UTF-16 offsets). `href` only on links: http(s) or mailto. */
export interface InlineMark {
  readonly type: MarkType;
  readonly start: number;
  readonly end: number;
  readonly href?: string;
}

/** A block as the editor sends it. */
export interface BlockInput {
  readonly id: string;
  readonly type: BlockType;
  readonly text: string;
  readonly marks?: readonly InlineMark[];
}

/** Ids cleaning gives: the block's index in the parsed original. */
export const MACHINE_BLOCK_ID = /^p\d{1,7}$/;
/** Ids the editor mints for blocks it creates. */
export const EDITOR_BLOCK_ID = /^b-[a-z0-9]{10,32}$/;

export function machineBlockId(origin: number): string {
  return `p${origin}`;
}

/** W3C Web Annotation TextQuoteSelector: the words, and up to QUOTE_CONTEXT characters on each side. */
export interface TextQuote {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

export const QUOTE_CONTEXT = 32;

/** Where a decision applies: the block, the quoted words, and where they were last seen in that block. */
export interface BodyAnchor {
  readonly block: string;
  readonly quote: TextQuote;
  /** Offset of `quote.exact` in the block when last attached: a hint, checked against the quote before use. */
  readonly start: number;
}

/** A block of the machine's cleaned copy: the common ancestor a re-run of cleaning merges the editor's edits from. */
export interface MachineBlock {
  readonly id: string;
  readonly text: string;
}

export const ORPHAN_KINDS = ['speaker', 'fix', 'dismissal', 'edit', 'entity'] as const;
export type OrphanKind = (typeof ORPHAN_KINDS)[number];

/** A decision or edit that no longer applies to the text: kept and shown to the editor, never moved elsewhere. */
export interface OrphanedDecision {
  readonly kind: OrphanKind;
  readonly anchor: BodyAnchor;
  /** What the editor had decided, in words: "speaker: Ali Shamkhani", "fix: counties' → countries'". */
  readonly detail: string;
  /** When it stopped applying (ISO 8601). */
  readonly at: string;
}
