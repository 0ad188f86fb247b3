/**
 * Re-cleaning keeps the editor's work: a three-way merge of the body. The common ancestor is the machine's cleaned
 * copy the editor worked on (Article.machine), "ours" is the editor's body, "theirs" is the new cleaning (after
 * a rule change, an undo or redo of a cleaning change, "re-clean from the original").
 *
 * The bodies are merged as one sequence of words with a marker token opening each block, so the editor's splits,
 * merges, inserted and deleted blocks are changes like any other, and a block cleaning brings back (an undone
 * footer) lands where it stood. Where both changed the same words, the editor's words are kept and the merge says
 * which change of cleaning could not be applied.
 */
import { diffChars } from 'diff';
import type { Paragraph } from './article.js';
import { diff3Merge } from './diff3.js';
import type { InlineMark, MachineBlock } from './story-body.js';

export interface MergeConflict {
  /** The block (in the merged body) where cleaning's change was not applied. */
  readonly block: string;
  /** The editor's words kept there, and what cleaning would have made of the ancestor's words. */
  readonly kept: string;
  readonly skipped: string;
}

export interface MergedBody {
  readonly blocks: readonly Paragraph[];
  readonly conflicts: readonly MergeConflict[];
}

const MARK = '\u0000';

function tokens(blocks: readonly { readonly id: string; readonly text: string }[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    out.push(`${MARK}${b.id}`);
    const words = b.text.match(/\S+\s*|\s+/gu);
    if (words) for (const w of words) out.push(w);
  }
  return out;
}

export function mergeBodies(base: readonly MachineBlock[], ours: readonly Paragraph[], theirs: readonly MachineBlock[]): MergedBody {
  const regions = diff3Merge(tokens(ours), tokens(base), tokens(theirs));
  const built: { id: string; text: string }[] = [];
  const conflicts: { index: number; kept: string; skipped: string }[] = [];
  const push = (token: string) => {
    if (token.startsWith(MARK)) built.push({ id: token.slice(1), text: '' });
    else if (built.length > 0) built[built.length - 1] = { ...(built[built.length - 1] as { id: string; text: string }), text: (built[built.length - 1]?.text ?? '') + token };
    else built.push({ id: '', text: token });
  };
  for (const region of regions) {
    if ('ok' in region) region.ok.forEach(push);
    else {
      region.conflict.a.forEach(push);
      conflicts.push({ index: Math.max(0, built.length - 1), kept: plain(region.conflict.a), skipped: plain(region.conflict.b) });
    }
  }
  const byId = new Map(ours.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const blocks: Paragraph[] = [];
  const renamed = new Map<number, string>();
  built.forEach((b, i) => {
    const text = b.text.trim();
    // A block id twice (both sides brought the same block back): the later copy is a block of its own.
    const id = b.id !== '' && !seen.has(b.id) ? b.id : `b-merge${i.toString(36).padStart(6, '0')}`;
    seen.add(id);
    renamed.set(i, id);
    const own = byId.get(b.id);
    if (!own) {
      if (text !== '') blocks.push({ id, text });
      return;
    }
    const marks = own.marks && own.marks.length > 0 ? remapMarks(own.marks, own.text, text) : [];
    const { marks: _m, ...rest } = own;
    if (text !== '' || own.text === '') blocks.push({ ...rest, id, text, ...(marks.length > 0 ? { marks } : {}) });
  });
  return { blocks, conflicts: conflicts.map((c) => ({ block: renamed.get(c.index) ?? '', kept: c.kept, skipped: c.skipped })) };
}

function plain(list: readonly string[]): string {
  return list.map((t) => (t.startsWith(MARK) ? '\n' : t)).join('').trim();
}

/** Moves marks from one text to another through a character diff; a mark whose text is gone is dropped. */
export function remapMarks(marks: readonly InlineMark[], from: string, to: string): InlineMark[] {
  if (from === to) return [...marks];
  const map = offsetMap(from, to);
  return marks
    .map((m) => ({ ...m, start: map(m.start, 'after'), end: map(m.end, 'before') }))
    .filter((m) => m.end > m.start);
}

/**
 * Maps offsets of `from` to offsets of `to`: an offset inside deleted text goes to where the deletion was; at an
 * insertion, 'after' puts it past the inserted text (a mark's start), 'before' ahead of it (a mark's end).
 */
export function offsetMap(from: string, to: string): (offset: number, bias: 'before' | 'after') => number {
  const parts = diffChars(from, to);
  return (offset, bias) => {
    let a = 0;
    let b = 0;
    for (const part of parts) {
      const n = part.value.length;
      if (part.added) {
        if (offset === a && bias === 'before') return b;
        b += n;
      } else if (part.removed) {
        if (offset < a + n) return b;
        a += n;
      } else {
        if (offset < a + n || (offset === a + n && bias === 'before')) return b + (offset - a);
        a += n;
        b += n;
      }
    }
    return b;
  };
}
