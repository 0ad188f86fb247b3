/**
 * An agency's update applied to the copy the editor already worked on: a three-way merge at block level, then at
 * word level inside a block both sides changed.
 *
 *   base   = the cleaned agency version the editor started from (its blocks carry the ids the editor's copy kept)
 *   theirs = the cleaned new agency version, aligned to base first (alignAgencyVersion) so that a paragraph the
 *            agency rewrote keeps its id and one it added gets a new one
 *   ours   = the editor's copy
 *
 * What only the agency changed is applied and listed ("rewrote", "added", "removed"); what only the editor changed
 * stays; where both changed the same block, the block stays as the editor had it and a conflict holds both texts
 * (and, where the two changed different words, both merged word by word) for the editor to choose. The block sequence is merged with node-diff3 over block
 * ids; the words with node-diff3 over word tokens; the alignment with jsdiff over normalised paragraph texts.
 */
import { diffArrays } from 'diff';
import { diff3Merge } from 'node-diff3';

export interface MergeBlock {
  readonly id: string;
  readonly type?: string;
  readonly text: string;
  /** Inline marks, compared as they are: a block whose marks the editor changed counts as changed by the editor. */
  readonly marks?: readonly unknown[];
}

export interface AppliedChange {
  readonly kind: 'rewrote' | 'added' | 'removed';
  readonly blockId: string;
  readonly before: string | null;
  readonly after: string | null;
}

export interface BlockConflict {
  readonly blockId: string;
  readonly base: string | null;
  /** The editor's text; null when the editor deleted the block the agency changed. */
  readonly ours: string | null;
  /** The agency's new text; null when the agency removed the block the editor changed. */
  readonly theirs: string | null;
  /**
   * Both texts merged word by word, when the two sides changed different words: offered as a third choice, never
   * applied by itself — a sentence both the editor and the agency rewrote is the editor's to read.
   */
  readonly merged: string | null;
}

export interface WriteThrough {
  /** The merged copy; a block in conflict holds the editor's text (or the agency's, if the editor had deleted it). */
  readonly blocks: readonly MergeBlock[];
  readonly applied: readonly AppliedChange[];
  readonly conflicts: readonly BlockConflict[];
}

const normalised = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

function words(text: string): Set<string> {
  return new Set(normalised(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0));
}

/** Share of words two paragraphs have in common (Jaccard): a rewrite of one paragraph keeps most of its words. */
export function wordSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

/** A rewritten paragraph shares at least this share of its words with the one it replaces. */
export const REWRITE_SIMILARITY = 0.35;

/**
 * Gives the new agency version the ids of the base version: the same paragraph keeps its id, a rewritten one (in
 * the same place, sharing enough words, or the one paragraph in place of one) keeps it too, a new one gets
 * `newId()`.
 */
export function alignAgencyVersion(
  base: readonly MergeBlock[],
  next: readonly Omit<MergeBlock, 'id'>[],
  newId: () => string,
): MergeBlock[] {
  const parts = diffArrays(base.map((b) => normalised(b.text)), next.map((b) => normalised(b.text)));
  const out: MergeBlock[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (!part.added && !part.removed) {
      for (let n = 0; n < part.count; n++) out.push({ ...next[j++]!, id: base[i++]!.id });
      continue;
    }
    // A run of removed base blocks and the run of added blocks beside it (jsdiff may give either first): pair them
    // in order by their words.
    const following = parts[k + 1];
    const pair = following && !following.added !== !part.added && (following.added || following.removed) ? following : null;
    if (pair) k++;
    const removedCount = part.removed ? part.count : pair?.removed ? pair.count : 0;
    const addedCount = part.added ? part.count : pair?.added ? pair.count : 0;
    const removed = base.slice(i, i + removedCount);
    i += removedCount;
    const added = next.slice(j, j + addedCount);
    j += addedCount;
    let r = 0;
    // One paragraph replaced by one in the same place is a rewrite, whatever words it kept: the editor's copy of
    // that paragraph then meets the agency's new one as a choice, never as a deletion beside an addition.
    if (removed.length === 1 && added.length === 1) {
      out.push({ ...added[0]!, id: removed[0]!.id });
      continue;
    }
    for (const block of added) {
      let match = -1;
      for (let t = r; t < removed.length; t++) {
        if (wordSimilarity(removed[t]!.text, block.text) >= REWRITE_SIMILARITY) {
          match = t;
          break;
        }
      }
      if (match >= 0) {
        out.push({ ...block, id: removed[match]!.id });
        r = match + 1;
      } else out.push({ ...block, id: newId() });
    }
  }
  return out;
}

const same = (a: MergeBlock | undefined, b: MergeBlock | undefined): boolean =>
  a !== undefined && b !== undefined && a.text === b.text && (a.type ?? 'paragraph') === (b.type ?? 'paragraph') &&
  JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);

/** Words and the spaces between them, so a merged text keeps its spacing. */
const tokens = (text: string): string[] => text.split(/(\s+)/u).filter((t) => t !== '');

/** A word-level three-way merge of one block's text; null when the editor and the agency changed the same words. */
export function mergeWords(base: string, ours: string, theirs: string): string | null {
  const regions = diff3Merge(tokens(ours), tokens(base), tokens(theirs), { excludeFalseConflicts: true });
  let text = '';
  for (const region of regions) {
    if (region.conflict) return null;
    text += (region.ok ?? []).join('');
  }
  return text;
}

export function mergeWriteThrough(base: readonly MergeBlock[], ours: readonly MergeBlock[], theirs: readonly MergeBlock[]): WriteThrough {
  const byId = (blocks: readonly MergeBlock[]) => new Map(blocks.map((b) => [b.id, b]));
  const o = byId(base);
  const a = byId(ours);
  const b = byId(theirs);

  // The sequence of blocks: node-diff3 over ids. Where both sides reshaped the same stretch, the editor's blocks
  // come first and the agency's new ones after them, so neither side's block is dropped.
  const order: string[] = [];
  const regions = diff3Merge(ours.map((x) => x.id), base.map((x) => x.id), theirs.map((x) => x.id), { excludeFalseConflicts: true });
  for (const region of regions) {
    if (region.ok) order.push(...region.ok);
    else if (region.conflict) {
      order.push(...region.conflict.a);
      for (const id of region.conflict.b) if (!order.includes(id)) order.push(id);
    }
  }

  const blocks: MergeBlock[] = [];
  const applied: AppliedChange[] = [];
  const conflicts: BlockConflict[] = [];
  // Blocks the merged order dropped: one side removed it. Removing what the other side changed is a conflict.
  for (const id of o.keys()) {
    if (order.includes(id)) continue;
    const inOurs = a.get(id);
    const inTheirs = b.get(id);
    const origin = o.get(id)!;
    if (inOurs && !inTheirs) {
      if (same(inOurs, origin)) applied.push({ kind: 'removed', blockId: id, before: origin.text, after: null });
      else {
        conflicts.push({ blockId: id, base: origin.text, ours: inOurs.text, theirs: null, merged: null });
        insertNear(order, id, ours);
      }
    } else if (inTheirs && !inOurs && !same(inTheirs, origin)) {
      conflicts.push({ blockId: id, base: origin.text, ours: null, theirs: inTheirs.text, merged: null });
      insertNear(order, id, theirs);
    }
  }
  for (const id of order) {
    const origin = o.get(id);
    const mine = a.get(id);
    const agency = b.get(id);
    if (!origin) {
      // New on one side only (or on both with one id, which cannot happen: new ids are minted apart).
      const block = mine ?? agency!;
      if (!mine) applied.push({ kind: 'added', blockId: id, before: null, after: block.text });
      blocks.push(block);
    } else if (!mine || !agency) {
      blocks.push((mine ?? agency)!);
    } else if (same(mine, agency) || same(agency, origin)) {
      blocks.push(mine);
    } else if (same(mine, origin)) {
      applied.push({ kind: 'rewrote', blockId: id, before: origin.text, after: agency.text });
      blocks.push(agency);
    } else {
      const merged = (mine.marks?.length ?? 0) === 0 && mine.type === agency.type ? mergeWords(origin.text, mine.text, agency.text) : null;
      conflicts.push({ blockId: id, base: origin.text, ours: mine.text, theirs: agency.text, merged });
      blocks.push(mine);
    }
  }
  return { blocks, applied, conflicts };
}

/** Puts a block one side removed back where it stood, after the nearest block before it that the order kept. */
function insertNear(order: string[], id: string, side: readonly MergeBlock[]): void {
  const at = side.findIndex((x) => x.id === id);
  for (let k = at - 1; k >= 0; k--) {
    const pos = order.indexOf(side[k]!.id);
    if (pos >= 0) {
      order.splice(pos + 1, 0, id);
      return;
    }
  }
  order.unshift(id);
}

/** The editor's choice for one conflict: their own text, the agency's, both merged, or a text of their own. */
export function resolveConflict(result: WriteThrough, blockId: string, choice: 'ours' | 'theirs' | 'merged' | { readonly text: string }): WriteThrough {
  const conflict = result.conflicts.find((c) => c.blockId === blockId);
  if (!conflict) return result;
  const text = choice === 'ours' ? conflict.ours : choice === 'theirs' ? conflict.theirs : choice === 'merged' ? (conflict.merged ?? conflict.ours) : choice.text;
  const blocks = text === null
    ? result.blocks.filter((b) => b.id !== blockId)
    : result.blocks.map((b) => (b.id === blockId ? { ...b, text, marks: choice === 'ours' ? (b.marks ?? []) : [] } : b));
  return { ...result, blocks, conflicts: result.conflicts.filter((c) => c.blockId !== blockId) };
}

/** Metadata the same way: what only the agency changed is taken, the editor's own values stay, both → a choice. */
export function mergeFields<T extends Record<string, unknown>>(base: T, ours: T, theirs: T): { merged: T; applied: (keyof T)[]; conflicts: (keyof T)[] } {
  const merged: Record<string, unknown> = { ...ours };
  const applied: (keyof T)[] = [];
  const conflicts: (keyof T)[] = [];
  const eq = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  for (const key of Object.keys(theirs) as (keyof T & string)[]) {
    if (eq(theirs[key], base[key]) || eq(theirs[key], ours[key])) continue;
    if (eq(ours[key], base[key])) {
      merged[key] = theirs[key];
      applied.push(key);
    } else conflicts.push(key);
  }
  return { merged: merged as T, applied, conflicts };
}
