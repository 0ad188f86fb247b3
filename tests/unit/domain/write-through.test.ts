/** The write-through merge on copy written here: an agency update applied to the editor's copy, block by block. */
import { describe, expect, it } from 'vitest';
import { alignAgencyVersion, mergeFields, mergeWords, mergeWriteThrough, resolveConflict, type MergeBlock } from '../../../electron/domain/write-through.js';

const BASE: MergeBlock[] = [
  { id: 'p0', text: 'Floods forced thousands of people from their homes in Kessel on Monday, officials said.' },
  { id: 'p1', text: 'The river rose two metres overnight after three days of heavy rain.' },
  { id: 'p2', text: 'Rescue teams used boats to reach people trapped in the lower town.' },
  { id: 'p3', text: 'The mayor said 1,200 people had spent the night in shelters.' },
  { id: 'p4', text: 'Schools in the district will stay closed until Wednesday.' },
  { id: 'p5', text: 'Forecasters expect more rain later in the week.' },
];

let n = 0;
const newId = () => `b-new${++n}`;

/** The update as the agency sends it: no ids, ¶2 and ¶4 rewritten, a seventh paragraph added. */
const UPDATE = [
  BASE[0]!.text,
  'The river rose nearly three metres overnight after four days of heavy rain, the water authority said.',
  BASE[2]!.text,
  'The mayor said 2,400 people had spent the night in shelters, twice the first estimate.',
  BASE[4]!.text,
  BASE[5]!.text,
  'The army has sent 300 soldiers to help build sandbag walls.',
].map((text) => ({ text }));

describe('aligning a new agency version to the one the editor started from', () => {
  it('keeps the ids of unchanged and rewritten paragraphs and gives a new one to an added paragraph', () => {
    const aligned = alignAgencyVersion(BASE, UPDATE, newId);
    expect(aligned.map((b) => b.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', expect.stringMatching(/^b-new/)]);
    expect(aligned[3]!.text).toContain('2,400');
  });

  it('reads one paragraph put in place of one as its rewrite, whatever its words; in a longer run, only by shared words', () => {
    // One for one in the same place: a rewrite (the editor's copy of it meets the new one as a choice).
    const inPlace = alignAgencyVersion(BASE.slice(0, 3), [{ text: BASE[0]!.text }, { text: 'Police arrested two men.' }, { text: BASE[2]!.text }], newId);
    expect(inPlace.map((b) => b.id)).toEqual(['p0', 'p1', 'p2']);
    // Two paragraphs replaced by one with other words entirely: a new paragraph, the two removed.
    const replaced = alignAgencyVersion(BASE.slice(0, 4), [{ text: BASE[0]!.text }, { text: 'Police arrested two men.' }, { text: BASE[3]!.text }], newId);
    expect(replaced[1]!.id).toMatch(/^b-new/);
    expect(replaced.map((b) => b.id)).not.toContain('p1');
  });
});

describe('the write-through merge', () => {
  it('applies what only the agency changed, keeps what only the editor changed, and makes a choice where both did', () => {
    // The editor rewrote ¶2 (p1) and fixed a word in ¶1.
    const ours = BASE.map((b) =>
      b.id === 'p1' ? { ...b, text: 'The Kessel river rose two metres overnight after three days of torrential rain.' }
      : b.id === 'p0' ? { ...b, text: b.text.replace('Monday', 'Monday night') } : b,
    );
    const theirs = alignAgencyVersion(BASE, UPDATE, newId);
    const result = mergeWriteThrough(BASE, ours, theirs);
    expect(result.blocks.map((b) => b.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', theirs[6]!.id]);
    expect(result.blocks[0]!.text).toContain('Monday night');
    expect(result.blocks[3]!.text).toContain('2,400');
    expect(result.blocks[6]!.text).toContain('300 soldiers');
    expect(result.applied.map((c) => [c.kind, c.blockId])).toEqual([['rewrote', 'p3'], ['added', theirs[6]!.id]]);
    expect(result.conflicts).toEqual([{
      blockId: 'p1', base: BASE[1]!.text, ours: ours[1]!.text, theirs: theirs[1]!.text,
      // The two changed different words: both merged is offered as a third choice, not applied.
      merged: 'The Kessel river rose nearly three metres overnight after four days of torrential rain, the water authority said.',
    }]);
    // In place, the editor's text waits for the choice.
    expect(result.blocks[1]!.text).toBe(ours[1]!.text);

    const chosen = resolveConflict(result, 'p1', 'theirs');
    expect(chosen.conflicts).toEqual([]);
    expect(chosen.blocks[1]!.text).toBe(theirs[1]!.text);
    expect(resolveConflict(result, 'p1', { text: 'Edited by hand.' }).blocks[1]!.text).toBe('Edited by hand.');
    expect(resolveConflict(result, 'p1', 'merged').blocks[1]!.text).toContain('Kessel river rose nearly three metres');
  });

  it('merges the words where the editor and the agency changed different words, and not where they changed the same', () => {
    expect(mergeWords('The mayor said 1,200 people left.', 'The mayor said 1,200 residents left.', 'The mayor said 2,400 people left.')).toBe(
      'The mayor said 2,400 residents left.',
    );
    expect(mergeWords('The mayor said 1,200 people left.', 'The mayor said 1,300 people left.', 'The mayor said 2,400 people left.')).toBeNull();
  });

  it('keeps blocks the editor added, and drops what the agency removed only when the editor had not touched it', () => {
    const ours: MergeBlock[] = [...BASE.slice(0, 3), { id: 'b-mine1', type: 'subhead', text: 'Shelters full' }, ...BASE.slice(3)];
    ours[5] = { ...ours[5]!, text: 'Schools in the district will stay closed until Thursday, the council said.' };
    const theirs = BASE.filter((b) => b.id !== 'p4' && b.id !== 'p5');
    const result = mergeWriteThrough(BASE, ours, theirs);
    expect(result.blocks.map((b) => b.id)).toEqual(['p0', 'p1', 'p2', 'b-mine1', 'p3', 'p4']);
    expect(result.applied).toEqual([{ kind: 'removed', blockId: 'p5', before: BASE[5]!.text, after: null }]);
    expect(result.conflicts).toEqual([{ blockId: 'p4', base: BASE[4]!.text, ours: ours[5]!.text, theirs: null, merged: null }]);
  });

  it('changes nothing when the update is the same copy', () => {
    const result = mergeWriteThrough(BASE, BASE, alignAgencyVersion(BASE, BASE, newId));
    expect(result).toEqual({ blocks: BASE, applied: [], conflicts: [] });
  });
});

describe('metadata', () => {
  it('takes a field only the agency changed, keeps the editor\'s, and asks where both changed it', () => {
    const base = { headline: 'Floods in Kessel', byline: 'Ana Ruiz', slugline: 'floods' };
    const ours = { headline: 'Thousands flee Kessel floods', byline: 'Ana Ruiz', slugline: 'kessel-floods' };
    const theirs = { headline: 'Floods in Kessel: army called in', byline: 'Ana Ruiz and Li Wei', slugline: 'floods' };
    expect(mergeFields(base, ours, theirs)).toEqual({
      merged: { headline: 'Thousands flee Kessel floods', byline: 'Ana Ruiz and Li Wei', slugline: 'kessel-floods' },
      applied: ['byline'],
      conflicts: ['headline'],
    });
  });
});

describe('the write-through merge, on 300 random edit and update pairs', () => {
  // A small seeded generator, so a failure can be replayed.
  let seed = 7;
  const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const WORDS = ['river', 'council', 'rain', 'army', 'shelter', 'mayor', 'bridge', 'school', 'town', 'water', 'night', 'week'];
  const sentence = () => Array.from({ length: 6 + Math.floor(rand() * 8) }, () => pick(WORDS)).join(' ') + '.';

  function edit(blocks: readonly MergeBlock[], prefix: string): MergeBlock[] {
    const out = [...blocks];
    for (let k = 0; k < 3; k++) {
      const at = Math.floor(rand() * out.length);
      const roll = rand();
      if (roll < 0.4 && out[at]) out[at] = { ...out[at]!, text: `${out[at]!.text} ${pick(WORDS)}` };
      else if (roll < 0.7) out.splice(at, 0, { id: `${prefix}${++n}`, text: sentence() });
      else if (out.length > 1) out.splice(at, 1);
    }
    return out;
  }

  it('never loses a block only one side added or changed, and never invents text', () => {
    for (let run = 0; run < 300; run++) {
      const base = Array.from({ length: 3 + Math.floor(rand() * 6) }, (_, i) => ({ id: `p${i}`, text: sentence() }));
      const ours = edit(base, 'b-ours');
      const theirs = edit(base, 'b-agency');
      const result = mergeWriteThrough(base, ours, theirs);
      const ids = new Set(result.blocks.map((b) => b.id));
      const original = new Map(base.map((b) => [b.id, b.text]));
      const agency = new Map(theirs.map((b) => [b.id, b.text]));
      const texts = new Set([...ours, ...theirs].map((b) => b.text));
      for (const b of ours) if (!original.has(b.id)) expect(ids.has(b.id)).toBe(true);
      for (const b of theirs) if (!original.has(b.id)) expect(ids.has(b.id)).toBe(true);
      for (const b of ours) {
        if (original.has(b.id) && b.text !== original.get(b.id)) expect(result.blocks.some((x) => x.id === b.id)).toBe(true);
      }
      for (const b of result.blocks) expect(texts.has(b.text)).toBe(true);
      for (const [id, text] of agency) {
        const mine = ours.find((b) => b.id === id);
        if (original.has(id) && mine?.text === original.get(id) && text !== original.get(id)) {
          expect(result.blocks.find((b) => b.id === id)?.text).toBe(text);
        }
      }
      expect(new Set(result.blocks.map((b) => b.id)).size).toBe(result.blocks.length);
    }
  });
});
