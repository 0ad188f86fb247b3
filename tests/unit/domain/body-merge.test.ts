import { describe, expect, it } from 'vitest';
import { mergeBodies, offsetMap, remapMarks } from '../../../electron/domain/body-merge.js';
import { compareBodies, compareWithAgency } from '../../../electron/domain/compare.js';

const BASE = [
  { id: 'p2', text: 'Ferries left the main port on Wednesday for the first time in four days.' },
  { id: 'p3', text: 'Dock workers ended the strike after a pay deal.' },
  { id: 'p4', text: 'Unions said the deal runs for two years.' },
];

describe('mergeBodies (re-cleaning over the editor’s edits)', () => {
  it('keeps the editor’s split, merge, new subhead and typo fix while taking cleaning’s own changes', () => {
    const ours = [
      { id: 'p2', text: 'Ferries left the main port on Wednesday' },
      { id: 'b-split000001', text: 'for the first time in four days.' },
      { id: 'b-subhead0001', type: 'subhead' as const, text: 'The deal' },
      { id: 'p3', text: 'Dock workers ended the strike after a pay deal. Unions said the deal runs for two years.', marks: [{ type: 'italic' as const, start: 0, end: 4 }] },
    ];
    // Cleaning now gives the dateline back at the lead and restores a footer block.
    const theirs = [{ id: 'p2', text: `PIRAEUS (ANA) - ${BASE[0]?.text}` }, BASE[1], BASE[2], { id: 'p6', text: 'Follow us on X' }].map((b) => b as { id: string; text: string });
    const { blocks, conflicts } = mergeBodies(BASE, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(blocks.map((b) => [b.id, b.text])).toEqual([
      ['p2', 'PIRAEUS (ANA) - Ferries left the main port on Wednesday'],
      ['b-split000001', 'for the first time in four days.'],
      ['b-subhead0001', 'The deal'],
      ['p3', 'Dock workers ended the strike after a pay deal. Unions said the deal runs for two years.'],
      ['p6', 'Follow us on X'],
    ]);
    expect(blocks[2]?.type).toBe('subhead');
    expect(blocks[3]?.marks).toEqual([{ type: 'italic', start: 0, end: 4 }]);
  });

  it('keeps the editor’s words where cleaning changed the same words, and says so', () => {
    const ours = [{ id: 'p2', text: 'Ferries sailed from the main port on Wednesday for the first time in four days.' }, BASE[1], BASE[2]].map((b) => b as { id: string; text: string });
    const theirs = [{ id: 'p2', text: 'Ferries left Greece’s main port on Wednesday for the first time in four days.' }, BASE[1], BASE[2]].map((b) => b as { id: string; text: string });
    const { blocks, conflicts } = mergeBodies(BASE, ours, theirs);
    expect(blocks[0]?.text).toBe('Ferries sailed from the main port on Wednesday for the first time in four days.');
    expect(conflicts).toEqual([{ block: 'p2', kept: 'sailed from the', skipped: 'left Greece’s' }]);
  });

  it('drops a block cleaning now removes when the editor left it alone, keeps it when the editor edited it', () => {
    const theirs = [BASE[0], BASE[1]].map((b) => b as { id: string; text: string });
    expect(mergeBodies(BASE, BASE, theirs).blocks.map((b) => b.id)).toEqual(['p2', 'p3']);
    const edited = [BASE[0], BASE[1], { id: 'p4', text: 'Unions said the deal runs for three years.' }].map((b) => b as { id: string; text: string });
    const merged = mergeBodies(BASE, edited, theirs);
    expect(merged.blocks.map((b) => b.text).join(' ')).toContain('three years');
    expect(merged.conflicts.length).toBeGreaterThan(0);
  });
});

describe('offset maps and marks', () => {
  it('moves offsets through inserted and deleted text, with a bias at an insertion point', () => {
    const map = offsetMap('the big dog', 'the very big cat');
    expect(map(4, 'after')).toBe(9);
    expect(map(4, 'before')).toBe(4);
    expect(map(7, 'before')).toBe(12);
    expect(remapMarks([{ type: 'bold', start: 4, end: 7 }, { type: 'italic', start: 8, end: 11 }], 'the big dog', 'the very big cat')).toEqual([
      { type: 'bold', start: 9, end: 12 },
    ]);
  });
});

describe('comparisons', () => {
  it('lists blocks in the later order, deleted ones where they stood, with word-level parts', () => {
    const diff = compareBodies(BASE, [{ id: 'p2', text: BASE[0]?.text ?? '' }, { id: 'b-new0000001', text: 'New.' }, { id: 'p4', text: 'Unions said the deal runs for three years.' }]);
    expect(diff.map((b) => [b.id, b.status])).toEqual([['p2', 'same'], ['p3', 'deleted'], ['b-new0000001', 'inserted'], ['p4', 'changed']]);
    expect(diff[3]?.parts).toEqual([
      { kind: 'same', text: 'Unions said the deal runs for ' },
      { kind: 'deleted', text: 'two' },
      { kind: 'inserted', text: 'three' },
      { kind: 'same', text: ' years.' },
    ]);
  });

  it('shows against the agency’s copy what cleaning removed and what the editor changed, each as its own kind', () => {
    const agency = ['Ferry strike ends', 'PIRAEUS (ANA) - Ferries left port.', 'Follow us on X'];
    const machine = [{ id: 'p1', text: 'Ferries left port.' }];
    const parts = compareWithAgency(agency, machine, [{ id: 'p1', text: 'Ferries sailed from port.' }]);
    expect(parts.filter((p) => p.kind === 'machine-deleted').map((p) => p.text).join('')).toContain('PIRAEUS (ANA) -');
    expect(parts.filter((p) => p.kind === 'machine-deleted').map((p) => p.text).join('')).toContain('Follow us on X');
    expect(parts).toContainEqual({ kind: 'editor-deleted', text: 'left' });
    expect(parts).toContainEqual({ kind: 'editor-inserted', text: 'sailed from' });
    // Reading only the kept and inserted text gives the editor's body back.
    expect(parts.filter((p) => p.kind === 'same' || p.kind === 'machine-inserted' || p.kind === 'editor-inserted').map((p) => p.text).join('')).toBe('Ferries sailed from port.');
  });
});
