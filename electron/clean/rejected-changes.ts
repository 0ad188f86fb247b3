/**
 * Undoing one cleaning change must change only what that change did. So the rules always run on the copy with
 * every change made (the "view"), and the text of the rejected changes is put back into the output afterwards:
 * a kept headline line no longer hides the dateline from the dateline rule, and the dateline and source stay.
 *
 * This tracker follows each rejected change's span through the later rules' edits (and the trim after each
 * rule). A later edit that overlaps a rejected span is not carried into the output there: it worked on text the
 * editor asked to keep. A block a rejected change removed whole comes back as it was, at its place.
 */
import type { Edit, WorkingBlock, WorkingCopy } from './working-copy.js';

/** A span of a view block whose output text is `before` (the text the rejected change replaced). */
interface Restore {
  readonly start: number;
  readonly end: number;
  readonly before: string;
}

export class RejectedChanges {
  /** Pending restorations by the origin of their block. */
  private readonly spans = new Map<number, Restore[]>();
  /** Blocks a rejected change removed from the view, by origin. */
  private readonly removed = new Map<number, string>();

  /**
   * Called once per rule with the view before and after its edits: maps the pending spans through `all` (every
   * edit the rule made) and adds a span for each edit in `rejected`.
   */
  step(before: WorkingCopy, after: WorkingCopy, all: readonly Edit[], rejected: ReadonlySet<Edit>): void {
    if (rejected.size === 0 && this.spans.size === 0) return;
    const byBlock = new Map<number, Edit[]>();
    for (const e of all) {
      if (!before.blocks[e.block]) continue;
      const list = byBlock.get(e.block) ?? [];
      list.push(e);
      byBlock.set(e.block, list);
    }
    const survivors = new Map<number, WorkingBlock>(after.blocks.map((b) => [b.origin, b]));
    before.blocks.forEach((block, index) => {
      const edits = (byBlock.get(index) ?? []).sort((a, b) => a.start - b.start);
      const pending = this.spans.get(block.origin) ?? [];
      const ownRejected = edits.filter((e) => rejected.has(e));
      if (edits.length === 0) return;
      const restores = [...pending, ...ownRejected.map((e) => ({ start: e.start, end: e.end, before: block.text.slice(e.start, e.end), fresh: e }))];
      const survivor = survivors.get(block.origin);
      if (!survivor) {
        // Gone from the view: back whole if a rejected change of this rule took it, else the accepted removal wins.
        this.spans.delete(block.origin);
        if (ownRejected.length > 0) this.removed.set(block.origin, restoreText(block.text, pending));
        return;
      }
      const mapped = mapRestores(block.text, edits, restores, rejected);
      const raw = applySorted(block.text, edits);
      const lead = raw.length - raw.trimStart().length;
      const length = survivor.text.length;
      const shifted = mapped.map((r) => ({ ...r, start: clamp(r.start - lead, length), end: clamp(r.end - lead, length) }));
      if (shifted.length > 0) this.spans.set(block.origin, shifted);
      else this.spans.delete(block.origin);
    });
  }

  /** One view block's text with the rejected changes made in it so far undone: what the editor chose to keep. */
  kept(block: WorkingBlock): string {
    return restoreText(block.text, this.spans.get(block.origin) ?? []).trim();
  }

  /** The output blocks: the view's blocks with the rejected text put back, and the blocks removed whole put back. */
  output(view: readonly WorkingBlock[]): WorkingBlock[] {
    if (this.spans.size === 0 && this.removed.size === 0) return [...view];
    const blocks = view.map((b) => ({ text: restoreText(b.text, this.spans.get(b.origin) ?? []).trim(), origin: b.origin }));
    for (const [origin, text] of this.removed) blocks.push({ text: text.trim(), origin });
    return blocks.filter((b) => b.text !== '').sort((a, b) => a.origin - b.origin);
  }
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}

function applySorted(text: string, ascending: readonly Edit[]): string {
  let out = text;
  for (let i = ascending.length - 1; i >= 0; i--) {
    const e = ascending[i];
    if (e) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  }
  return out;
}

/** The text with each span replaced by what it held before the rejected change. */
function restoreText(text: string, restores: readonly Restore[]): string {
  let out = text;
  for (const r of [...restores].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.before + out.slice(r.end);
  return out;
}

/**
 * Maps restorations through one rule's edits of a block. Restorations and the edits overlapping them form groups;
 * a group's output text is the pre-edit text of its region with the restorations applied (its accepted edits are
 * left out there), placed at the region's image in the edited text.
 */
function mapRestores(text: string, ascending: readonly Edit[], restores: readonly (Restore & { fresh?: Edit })[], rejected: ReadonlySet<Edit>): Restore[] {
  type Item = { start: number; end: number; restore?: Restore & { fresh?: Edit }; edit?: Edit };
  const items: Item[] = [
    ...restores.map((r) => ({ start: r.start, end: r.end, restore: r })),
    // A rejected edit is represented by its fresh restoration; only the accepted ones need mapping as edits.
    ...ascending.filter((e) => !rejected.has(e)).map((e) => ({ start: e.start, end: e.end, edit: e })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: Item[][] = [];
  let current: Item[] = [];
  let reach = -1;
  for (const item of items) {
    if (current.length > 0 && item.start < reach) {
      current.push(item);
      reach = Math.max(reach, item.end);
    } else {
      if (current.length > 0) groups.push(current);
      current = [item];
      reach = item.end;
    }
  }
  if (current.length > 0) groups.push(current);

  const out: Restore[] = [];
  for (const group of groups) {
    const inGroup = group.flatMap((g) => (g.restore ? [g.restore] : []));
    if (inGroup.length === 0) continue;
    const start = Math.min(...group.map((g) => g.start));
    const end = Math.max(...group.map((g) => g.end));
    const own = new Set<Edit>(group.flatMap((g) => [g.edit, g.restore?.fresh].filter((e): e is Edit => e !== undefined)));
    const growth = (e: Edit) => e.replacement.length - (e.end - e.start);
    // Every edit before the region (an insertion at its start included) shifts it; the group's own edits grow it.
    const shift = ascending.filter((e) => !own.has(e) && e.end <= start).reduce((n, e) => n + growth(e), 0);
    const grown = [...own].reduce((n, e) => n + growth(e), 0);
    const before = restoreText(text.slice(start, end), inGroup.map((r) => ({ start: r.start - start, end: r.end - start, before: r.before })));
    out.push({ start: start + shift, end: end + shift + grown, before });
  }
  return out;
}
