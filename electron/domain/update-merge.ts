/**
 * An agency update written through to the copy the editor already worked on (issue 10): the new agency version
 * becomes the story, carrying the editor's work. write-through.ts does the three-way merge of the body (base =
 * the cleaned agency version the editor started from, ours = the editor's copy, theirs = the cleaned update); this
 * file turns it into the update's article and keeps what the editor still has to look at:
 *
 * - every change applied from the agency ("update 1 rewrote ¶4", "added ¶7"), each with an undo (and redo);
 * - every block both sides changed, the editor's text kept in place until they choose theirs, the agency's, both
 *   merged word by word, or their own words;
 * - every field the editor set that the agency changed too, the editor's value kept until they choose.
 *
 * Blocks take the update's own ids (so a later re-clean of the update merges as for any story); a block only the
 * editor's copy has keeps its id, renamed if the update uses it for another block. The editor's decisions follow
 * their blocks, and are attached again by their quotes afterwards (reattach.ts).
 */
import type { Article, EditableField, Paragraph } from './article.js';
import { EDITABLE_FIELDS } from './article.js';
import type { DeskDecisions } from './desk.js';
import type { BodyAnchor, MachineBlock } from './story-body.js';
import { alignAgencyVersion, mergeWriteThrough, resolveConflict, type AppliedChange, type BlockConflict, type MergeBlock } from './write-through.js';

export interface AppliedUpdateChange extends AppliedChange {
  /** The block before it in the editor's copy when the agency removed it: where an undo puts it back. */
  readonly afterBlock: string | null;
  readonly undone: boolean;
}

export interface FieldConflict {
  readonly field: EditableField;
  /** The editor's value (kept until they choose) and the agency's new one. */
  readonly ours: unknown;
  readonly theirs: unknown;
}

export interface UpdateMerge {
  /** The agency version the editor had worked on. */
  readonly from: string;
  /** "update 1": the version's place in the story's chain. */
  readonly label: string;
  readonly at: string;
  readonly applied: readonly AppliedUpdateChange[];
  readonly conflicts: readonly BlockConflict[];
  readonly fields: readonly FieldConflict[];
}

export interface MergeUpdateInput {
  /** The editor's copy of the previous agency version. */
  readonly previous: Article;
  /** The previous version as the agency sent it (its first revision), to tell the editor's fields from the wire's. */
  readonly previousAsImported: Article | null;
  /** The new agency version, as imported. */
  readonly update: Article;
  readonly label: string;
  readonly at: string;
}

const eq = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const asBlock = (p: Paragraph): MergeBlock => ({ id: p.id, type: p.type ?? 'paragraph', text: p.text, ...(p.marks && p.marks.length > 0 ? { marks: p.marks } : {}) });

/** True when the editor did anything with the story: then an update is merged into their copy, not beside it. */
export function hasEditorWork(a: Article): boolean {
  return a.revision > 1;
}

export function mergeUpdate(input: MergeUpdateInput): { article: Article; summary: string } {
  const { previous, update } = input;
  const ours = previous.paragraphs.map(asBlock);
  const base: MergeBlock[] = previous.machine
    ? previous.machine.map((m: MachineBlock) => ({ id: m.id, type: 'paragraph', text: m.text }))
    : previous.paragraphs.map((p) => ({ id: p.id, type: p.type ?? 'paragraph', text: p.text }));
  let minted = 0;
  const aligned = alignAgencyVersion(base, update.paragraphs.map((p) => { const { id: _id, ...rest } = asBlock(p); return rest; }), () => `\u0001new${minted++}`);
  // The update's own ids for its blocks, and for the base ids they were aligned to.
  const rename = new Map<string, string>();
  aligned.forEach((b, k) => rename.set(b.id, update.paragraphs[k]?.id ?? b.id));
  const theirs = aligned;
  const result = mergeWriteThrough(base, ours, theirs);
  const taken = new Set(update.paragraphs.map((p) => p.id));
  let fresh = 0;
  const finalId = new Map<string, string>();
  const idFor = (id: string): string => {
    const known = finalId.get(id);
    if (known) return known;
    let next = rename.get(id) ?? id;
    if (!rename.has(id) && taken.has(next)) next = `b-wt${(fresh++).toString(36).padStart(8, '0')}`;
    finalId.set(id, next);
    return next;
  };
  const oursById = new Map(previous.paragraphs.map((p) => [p.id, p]));
  const updateById = new Map(update.paragraphs.map((p) => [p.id, p]));
  const paragraphs: Paragraph[] = result.blocks.map((b) => {
    const id = idFor(b.id);
    const mine = oursById.get(b.id);
    const from = mine && mine.text === b.text ? mine : (updateById.get(id) ?? mine);
    const { marks: _m, ...rest } = from ?? { id, text: b.text };
    return { ...rest, id, text: b.text, ...(b.type && b.type !== 'paragraph' ? { type: b.type as Paragraph['type'] } : {}), ...(b.marks && b.marks.length > 0 ? { marks: b.marks as Paragraph['marks'] } : {}) };
  });
  const applied: AppliedUpdateChange[] = result.applied.map((c) => {
    const at = ours.findIndex((b) => b.id === c.blockId);
    return { ...c, blockId: idFor(c.blockId), afterBlock: c.kind === 'removed' && at > 0 ? idFor(ours[at - 1]!.id) : null, undone: false };
  });
  const conflicts = result.conflicts.map((c) => ({ ...c, blockId: idFor(c.blockId) }));

  // Fields: the editor's stay unless the agency changed that field too; then the editor's stays and both are offered.
  const fields: FieldConflict[] = [];
  const merged: Record<string, unknown> = {};
  for (const field of EDITABLE_FIELDS) {
    if (!previous.edited.includes(field)) continue;
    const mine = previous[field];
    const wire = update[field];
    const before = input.previousAsImported?.[field];
    merged[field] = mine;
    if (field === 'status' || eq(mine, wire) || (input.previousAsImported && eq(wire, before))) continue;
    fields.push({ field, ours: mine, theirs: wire });
  }
  const decisions = remapDecisions(previous.decisions, (id) => (oursById.has(id) ? idFor(id) : id));
  const writeThrough: UpdateMerge = { from: previous.id, label: input.label, at: input.at, applied, conflicts, fields };
  const article: Article = {
    ...update,
    ...(merged as Partial<Article>),
    paragraphs,
    edited: previous.edited,
    decisions,
    machine: update.paragraphs.map((p) => ({ id: p.id, text: p.text })),
    writeThrough,
  };
  return { article, summary: describeMerge(writeThrough, paragraphs) };
}

function remapDecisions(d: DeskDecisions, map: (id: string) => string): DeskDecisions {
  const anchor = (a: BodyAnchor): BodyAnchor => ({ ...a, block: map(a.block) });
  const flagId = (id: string): string => {
    const at = id.indexOf('@');
    const colon = id.indexOf(':', at);
    return at < 0 || colon < 0 ? id : `${id.slice(0, at + 1)}${map(id.slice(at + 1, colon))}${id.slice(colon)}`;
  };
  return {
    speakerTags: d.speakerTags.map((t) => ({ ...t, anchor: anchor(t.anchor) })),
    fixes: d.fixes.map((f) => ({ ...f, anchor: anchor(f.anchor) })),
    dismissedFlags: d.dismissedFlags.map(flagId),
    ...(d.dismissals ? { dismissals: d.dismissals.map((x) => ({ flagId: flagId(x.flagId), anchor: anchor(x.anchor) })) } : {}),
    ...(d.mentions ? { mentions: d.mentions.map((m) => ({ ...m, anchor: anchor(m.anchor) })) } : {}),
  };
}

/** ¶ number (1-based) of a block in the body, or null when it is not there. */
export function paragraphNumber(paragraphs: readonly { readonly id: string }[], blockId: string): number | null {
  const i = paragraphs.findIndex((p) => p.id === blockId);
  return i < 0 ? null : i + 1;
}

/** "Update 1 merged into your copy: rewrote ¶4, added ¶7; ¶2 to choose". */
export function describeMerge(m: UpdateMerge, paragraphs: readonly { readonly id: string }[]): string {
  const where = (id: string) => `¶${paragraphNumber(paragraphs, id) ?? '?'}`;
  const done = m.applied.map((c) => `${c.kind} ${c.kind === 'removed' ? 'a paragraph' : where(c.blockId)}`);
  const open = [...m.conflicts.map((c) => where(c.blockId)), ...m.fields.map((f) => f.field)];
  const label = m.label.charAt(0).toUpperCase() + m.label.slice(1);
  return `${label} merged into the editor's copy${done.length > 0 ? `: ${done.join(', ')}` : ': nothing to apply'}${open.length > 0 ? `; ${open.join(', ')} to choose` : ''}`;
}

export type BlockChoice = 'ours' | 'theirs' | 'merged' | { readonly text: string };

/** The editor's choice for a block both sides changed: the conflict goes, the chosen text stays. */
export function settleBlock(a: Article, blockId: string, choice: BlockChoice): Article {
  const m = a.writeThrough;
  const conflict = m?.conflicts.find((c) => c.blockId === blockId);
  if (!m || !conflict) return a;
  const asMerge = { blocks: a.paragraphs.map(asBlock), applied: [], conflicts: m.conflicts };
  const settled = resolveConflict(asMerge, blockId, choice);
  const byId = new Map(a.paragraphs.map((p) => [p.id, p]));
  let paragraphs: Paragraph[] = settled.blocks.map((b) => {
    const p = byId.get(b.id) ?? { id: b.id, text: b.text };
    const { marks: _m, ...rest } = p;
    return { ...rest, text: b.text, ...(b.marks && b.marks.length > 0 ? { marks: b.marks as Paragraph['marks'] } : {}) };
  });
  // A block the editor had deleted and now takes back from the agency: it goes where the agency has it.
  if (!byId.has(blockId) && conflict.theirs !== null && (choice === 'theirs' || typeof choice === 'object')) {
    const text = typeof choice === 'object' ? choice.text : conflict.theirs;
    const at = a.machine?.findIndex((b) => b.id === blockId) ?? -1;
    const after = at > 0 ? a.machine?.[at - 1]?.id : undefined;
    const pos = after ? paragraphs.findIndex((p) => p.id === after) + 1 : 0;
    paragraphs = [...paragraphs.slice(0, pos), { id: blockId, text }, ...paragraphs.slice(pos)];
  }
  return { ...a, paragraphs, writeThrough: { ...m, conflicts: m.conflicts.filter((c) => c.blockId !== blockId) } };
}

/** The editor's choice for a field both sides changed. */
export function settleField(a: Article, field: EditableField, choice: 'ours' | 'theirs'): Article {
  const m = a.writeThrough;
  const conflict = m?.fields.find((f) => f.field === field);
  if (!m || !conflict) return a;
  const value = choice === 'ours' ? conflict.ours : conflict.theirs;
  return { ...a, [field]: value, writeThrough: { ...m, fields: m.fields.filter((f) => f.field !== field) } } as Article;
}

/** Undoes (or redoes) one change applied from the agency: the block goes back to the editor's text. */
export function toggleApplied(a: Article, blockId: string, undo: boolean): Article {
  const m = a.writeThrough;
  const change = m?.applied.find((c) => c.blockId === blockId);
  if (!m || !change || change.undone === undo) return a;
  let paragraphs = [...a.paragraphs];
  const at = paragraphs.findIndex((p) => p.id === blockId);
  const put = (text: string | null, after: string | null) => {
    if (text === null) paragraphs = paragraphs.filter((p) => p.id !== blockId);
    else if (at >= 0) paragraphs[at] = { ...(paragraphs[at] as Paragraph), text };
    else {
      const pos = after ? paragraphs.findIndex((p) => p.id === after) + 1 : 0;
      paragraphs.splice(pos, 0, { id: blockId, text });
    }
  };
  // Undo puts back what stood before the update (`before`); redo what the agency sent (`after`).
  put(undo ? change.before : change.after, change.afterBlock ?? previousBlockOf(a, blockId));
  const applied = m.applied.map((c) => (c.blockId === blockId ? { ...c, undone: undo } : c));
  return { ...a, paragraphs, writeThrough: { ...m, applied } };
}

function previousBlockOf(a: Article, blockId: string): string | null {
  const at = a.machine?.findIndex((b) => b.id === blockId) ?? -1;
  return at > 0 ? (a.machine?.[at - 1]?.id ?? null) : null;
}
