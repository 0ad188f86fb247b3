/**
 * Anchors under random editing: 1,000 random sequences of edits (insert, delete, split a block, merge two, undo)
 * on agency copy written for this test. Every character carries an identity, so the test knows where each
 * decision's own words went. After every step (as after every save) each decision is attached again; it must
 * either sit on exactly its own words — the same characters, not a copy of them — or be reported orphaned. An
 * orphaned decision never comes back on its own.
 */
import { describe, expect, it } from 'vitest';
import { anchorAt, attach, type AnchoredText } from '../../../electron/domain/anchors.js';
import type { BodyAnchor } from '../../../electron/domain/story-body.js';
import { seededRandom } from '../../../scripts/seeded-random.js';

const COPY = [
  'NAIROBI, March 4 (Reuters) - Kenya\'s central bank held its benchmark lending rate at 10.5 percent on Tuesday, saying inflation was easing but the shilling remained under pressure.',
  'Governor Patrick Njoroge told reporters the bank would act if prices rose again. "We are watching food prices very closely," he said.',
  'Inflation fell to 6.3 percent in February from 6.9 percent in January, the statistics office said last week.',
  'Analysts polled by Reuters had expected the bank to hold the rate, citing the shilling\'s weakness against the dollar.',
  'The shilling traded at 157 per dollar on Tuesday, close to a record low, traders said.',
  'The bank said the economy grew 5.4 percent in the third quarter, helped by farming and tourism.',
  'It will next meet in May, the bank said.',
];

/** Words an editor types: some are the copy's own, so inserted text can repeat a decision's words. */
const VOCABULARY = ['the bank', 'said', 'shilling', ' percent', 'Njoroge', 'on Tuesday', ', he said.', 'inflation', 'rate', 'the ', ' ', 'Kenya\'s', '"', '.'];

interface Char {
  readonly ch: string;
  readonly uid: number;
}

interface Block {
  readonly id: string;
  readonly chars: readonly Char[];
}

interface Decision {
  anchor: BodyAnchor | null;
  readonly uids: readonly number[];
}


const textOf = (blocks: readonly Block[]): AnchoredText[] => blocks.map((b) => ({ id: b.id, text: b.chars.map((c) => c.ch).join('') }));

function run(seed: number): { attached: number; orphaned: number } {
  const rnd = seededRandom(seed);
  const pick = (n: number) => Math.floor(rnd() * n);
  let uid = 0;
  let made = 0;
  let blocks: Block[] = COPY.map((text, i) => ({ id: `p${i + 2}`, chars: [...text].map((ch) => ({ ch, uid: uid++ })) }));
  const history: Block[][] = [];

  // Decisions on random words of the copy: one to four words, like a flag's text or a fixed spelling.
  const decisions: Decision[] = [];
  for (let d = 0; d < 4; d++) {
    const texts = textOf(blocks);
    const b = pick(texts.length);
    const block = texts[b] as AnchoredText;
    const words = [...block.text.matchAll(/\S+/gu)];
    const first = pick(words.length);
    const last = Math.min(words.length - 1, first + pick(4));
    const start = words[first]?.index ?? 0;
    const end = (words[last]?.index ?? 0) + (words[last]?.[0].length ?? 0);
    decisions.push({ anchor: anchorAt(block, start, end), uids: (blocks[b] as Block).chars.slice(start, end).map((c) => c.uid) });
  }

  const steps = 3 + pick(12);
  let attachedCount = 0;
  let orphanedCount = 0;
  for (let s = 0; s < steps; s++) {
    const op = pick(5);
    const i = pick(blocks.length);
    const block = blocks[i] as Block;
    if (op === 4 && history.length > 0) {
      blocks = history.pop() as Block[];
    } else {
      history.push(blocks);
      const next = [...blocks];
      const at = pick(block.chars.length + 1);
      if (op === 0) {
        const word = VOCABULARY[pick(VOCABULARY.length)] ?? ' ';
        next[i] = { ...block, chars: [...block.chars.slice(0, at), ...[...word].map((ch) => ({ ch, uid: uid++ })), ...block.chars.slice(at)] };
      } else if (op === 1) {
        const end = Math.min(block.chars.length, at + 1 + pick(25));
        next[i] = { ...block, chars: [...block.chars.slice(0, at), ...block.chars.slice(end)] };
      } else if (op === 2) {
        next.splice(i, 1, { ...block, chars: block.chars.slice(0, at) }, { id: `b-split${String(made++).padStart(5, '0')}`, chars: block.chars.slice(at) });
      } else if (i + 1 < blocks.length) {
        const other = blocks[i + 1] as Block;
        next.splice(i, 2, { ...block, chars: [...block.chars, { ch: ' ', uid: uid++ }, ...other.chars] });
      }
      blocks = next;
    }

    // As after a save: every decision still attached is attached again; the orphaned stay orphaned.
    const texts = textOf(blocks);
    for (const d of decisions) {
      if (!d.anchor) continue;
      const found = attach(d.anchor, texts);
      if (!found) {
        d.anchor = null;
        continue;
      }
      const { exact } = found.anchor.quote;
      const sits = (blocks[found.index] as Block).chars.slice(found.anchor.start, found.anchor.start + exact.length).map((c) => c.uid);
      expect(found.anchor.block, `seed ${seed}, step ${s}: the block id`).toBe(blocks[found.index]?.id);
      expect(sits, `seed ${seed}, step ${s}: "${exact}" must sit on its own characters`).toEqual(d.uids);
      d.anchor = found.anchor;
    }
  }
  for (const d of decisions) {
    if (d.anchor) attachedCount++;
    else orphanedCount++;
  }
  return { attached: attachedCount, orphaned: orphanedCount };
}

describe('anchors under 1,000 random edit sequences', () => {
  it('re-attach every decision to its own words, or report it orphaned', () => {
    let attached = 0;
    let orphaned = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const r = run(seed);
      attached += r.attached;
      orphaned += r.orphaned;
    }
    // Both outcomes happen: the sequences really move and destroy words (so the test can fail either way).
    expect(attached + orphaned).toBe(4000);
    expect(attached).toBeGreaterThan(1000);
    expect(orphaned).toBeGreaterThan(100);
  });
});
