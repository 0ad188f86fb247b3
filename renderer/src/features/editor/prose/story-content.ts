/**
 * What the editor edits, in the shape the body-edit contract carries: the headline, the abstract and the body as
 * a flat list of blocks with stable ids, each with its text and its inline marks (UTF-16 offsets into the text).
 * Consecutive list items or quotes of one kind are one list or one block quote on screen.
 */
import type { Article } from '../../../../../electron/domain/article';
import type { BlockType, InlineMark } from '../../../../../electron/domain/story-body';

export type { BlockType, InlineMark };

export interface StoryBlock {
  readonly id: string;
  readonly type: BlockType;
  readonly text: string;
  readonly marks: readonly InlineMark[];
}

export interface StoryContent {
  readonly headline: string;
  readonly abstract: string;
  readonly blocks: readonly StoryBlock[];
}

function sameMarks(a: readonly InlineMark[], b: readonly InlineMark[]): boolean {
  return a.length === b.length && a.every((m, i) => {
    const n = b[i];
    return n !== undefined && m.type === n.type && m.start === n.start && m.end === n.end && (m.href ?? '') === (n.href ?? '');
  });
}

/** The article's editable text, as the editor starts from it. */
export function contentOfArticle(article: Article): StoryContent {
  return {
    headline: article.headline,
    abstract: article.abstract,
    blocks: article.paragraphs.map((p) => ({ id: p.id, type: p.type ?? 'paragraph', text: p.text, marks: p.marks ?? [] })),
  };
}

export function sameBlock(a: StoryBlock, b: StoryBlock): boolean {
  return a.id === b.id && a.type === b.type && a.text === b.text && sameMarks(a.marks, b.marks);
}

export function sameBlocks(a: readonly StoryBlock[], b: readonly StoryBlock[]): boolean {
  return a.length === b.length && a.every((block, i) => b[i] !== undefined && sameBlock(block, b[i]));
}

export function sameContent(a: StoryContent, b: StoryContent): boolean {
  return a.headline === b.headline && a.abstract === b.abstract && sameBlocks(a.blocks, b.blocks);
}

/**
 * A three-way merge, field by field and block by block: where the editor has not touched a field or a block since
 * `base`, the store's newer `theirs` wins (a metadata save of the headline, a cleaning undo in one paragraph, another
 * window's edit); where the editor has, the editor's typing is kept; blocks the editor added stay where the editor
 * put them. A block both changed keeps the editor's text (theirs stays in the revision history). Nothing the editor
 * typed is dropped.
 */
export function mergeContent(base: StoryContent, mine: StoryContent, theirs: StoryContent): StoryContent {
  return {
    headline: mine.headline === base.headline ? theirs.headline : mine.headline,
    abstract: mine.abstract === base.abstract ? theirs.abstract : mine.abstract,
    blocks: sameBlocks(mine.blocks, base.blocks) ? theirs.blocks : mergeBlocks(base.blocks, mine.blocks, theirs.blocks),
  };
}

export function mergeBlocks(base: readonly StoryBlock[], mine: readonly StoryBlock[], theirs: readonly StoryBlock[]): StoryBlock[] {
  const baseById = new Map(base.map((b) => [b.id, b]));
  const mineById = new Map(mine.map((b) => [b.id, b]));
  const out: StoryBlock[] = [];
  for (const t of theirs) {
    const m = mineById.get(t.id);
    const b = baseById.get(t.id);
    if (m) out.push(b && sameBlock(m, b) ? t : m);
    // The editor deleted it: gone, unless they changed it meanwhile.
    else if (!b || !sameBlock(b, t)) out.push(t);
  }
  // The editor's new blocks, after the block that stands before them in the editor's text.
  const placed = new Set(out.map((o) => o.id));
  mine.forEach((m, i) => {
    if (baseById.has(m.id) || placed.has(m.id)) return;
    placed.add(m.id);
    const before = mine[i - 1];
    const at = before ? out.findIndex((o) => o.id === before.id) : -1;
    out.splice(at + 1, 0, m);
  });
  return out;
}

/** A summary of what an edit changed, for the revision's one line ("2 paragraphs edited, 1 added"). */
export function describeEdit(before: StoryContent, after: StoryContent): string {
  const parts: string[] = [];
  if (before.headline !== after.headline) parts.push('headline');
  if (before.abstract !== after.abstract) parts.push('abstract');
  const old = new Map(before.blocks.map((b) => [b.id, b]));
  const now = new Set(after.blocks.map((b) => b.id));
  let edited = 0;
  let added = 0;
  for (const b of after.blocks) {
    const was = old.get(b.id);
    if (!was) added++;
    else if (!sameBlock(was, b)) edited++;
  }
  const removed = before.blocks.filter((b) => !now.has(b.id)).length;
  const count = (n: number, what: string) => n > 0 && parts.push(`${n} ${what}`);
  count(edited, edited === 1 ? 'block edited' : 'blocks edited');
  count(added, 'added');
  count(removed, 'removed');
  return parts.length === 0 ? 'no change' : parts.join(', ');
}
