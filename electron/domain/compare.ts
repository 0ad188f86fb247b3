/**
 * Pictures of change, word by word (jsdiff's diffWords): one revision against another, block by block; and the
 * agency's copy against cleaning's and the editor's, in one sequence where each kind of change keeps its colour.
 */
import { diffWords } from 'diff';
import type { Paragraph } from './article.js';
import type { MachineBlock } from './story-body.js';

export interface DiffPart {
  readonly kind: 'same' | 'inserted' | 'deleted';
  readonly text: string;
}

export interface BlockDiff {
  readonly id: string;
  readonly type: NonNullable<Paragraph['type']>;
  readonly status: 'same' | 'changed' | 'inserted' | 'deleted';
  readonly parts: readonly DiffPart[];
}

export function diffText(from: string, to: string): DiffPart[] {
  if (from === to) return from === '' ? [] : [{ kind: 'same', text: from }];
  return diffWords(from, to).map((p) => ({ kind: p.added ? 'inserted' : p.removed ? 'deleted' : 'same', text: p.value }));
}

/** Blocks in the order of `to`; a block only `from` had is placed after the block that preceded it there. */
export function compareBodies(from: readonly Paragraph[], to: readonly Paragraph[]): BlockDiff[] {
  const before = new Map(from.map((p) => [p.id, p]));
  const after = new Set(to.map((p) => p.id));
  const out: BlockDiff[] = [];
  const deletedAfter = new Map<string, Paragraph[]>();
  let last = '';
  for (const p of from) {
    if (after.has(p.id)) last = p.id;
    else deletedAfter.set(last, [...(deletedAfter.get(last) ?? []), p]);
  }
  const pushDeleted = (key: string) => {
    for (const p of deletedAfter.get(key) ?? []) out.push({ id: p.id, type: p.type ?? 'paragraph', status: 'deleted', parts: [{ kind: 'deleted', text: p.text }] });
  };
  pushDeleted('');
  for (const p of to) {
    const was = before.get(p.id);
    const type = p.type ?? 'paragraph';
    if (!was) out.push({ id: p.id, type, status: 'inserted', parts: [{ kind: 'inserted', text: p.text }] });
    else {
      const same = was.text === p.text && (was.type ?? 'paragraph') === type && JSON.stringify(was.marks ?? []) === JSON.stringify(p.marks ?? []);
      out.push({ id: p.id, type, status: same ? 'same' : 'changed', parts: diffText(was.text, p.text) });
    }
    pushDeleted(p.id);
  }
  return out;
}

export interface AgencyPart {
  readonly kind: 'same' | 'machine-deleted' | 'machine-inserted' | 'editor-deleted' | 'editor-inserted';
  readonly text: string;
}

const SEPARATOR = '\n\n';

/**
 * The agency's text against cleaning's (what the machine removed or added) and cleaning's against the editor's
 * (what the editor removed or added), laid over one another along cleaning's text.
 */
export function compareWithAgency(agencyBlocks: readonly string[], machine: readonly MachineBlock[], body: readonly Paragraph[]): AgencyPart[] {
  const agency = agencyBlocks.map((b) => b.trim()).filter((b) => b !== '').join(SEPARATOR);
  const cleaned = machine.map((b) => b.text).join(SEPARATOR);
  const edited = body.map((b) => b.text).join(SEPARATOR);
  // The editor's changes as spans of cleaning's text they delete, and insertions at a point of it.
  const deleted: [number, number][] = [];
  const inserted = new Map<number, string>();
  let at = 0;
  for (const p of diffWords(cleaned, edited)) {
    if (p.added) inserted.set(at, (inserted.get(at) ?? '') + p.value);
    else if (p.removed) {
      deleted.push([at, at + p.value.length]);
      at += p.value.length;
    } else at += p.value.length;
  }
  const out: AgencyPart[] = [];
  const emit = (kind: AgencyPart['kind'], text: string) => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last && last.kind === kind) out[out.length - 1] = { kind, text: last.text + text };
    else out.push({ kind, text });
  };
  // Positions only grow, so one pointer walks the deleted spans.
  let d = 0;
  const isDeleted = (pos: number) => {
    while (d < deleted.length && (deleted[d]?.[1] ?? 0) <= pos) d++;
    const span = deleted[d];
    return span !== undefined && pos >= span[0];
  };
  let pos = 0;
  for (const p of diffWords(agency, cleaned)) {
    if (p.removed) {
      emit('machine-deleted', p.value);
      continue;
    }
    const kind = p.added ? 'machine-inserted' : 'same';
    for (let i = 0; i < p.value.length; i++, pos++) {
      const insert = inserted.get(pos);
      if (insert !== undefined) emit('editor-inserted', insert);
      emit(isDeleted(pos) ? 'editor-deleted' : kind, p.value[i] ?? '');
    }
  }
  const tail = inserted.get(pos);
  if (tail !== undefined) emit('editor-inserted', tail);
  return out;
}
