/**
 * A story's words written straight into FlexSearch's word map, the way its own `add` writes them for the options
 * this index uses (tokenize "strict", resolution 9, no context, no `fastupdate` register, no custom score): per
 * word, the list of its slot (how early in the story it stands) gets the story's number.
 *
 * Why not `add`: it takes one string and splits it again through the encoder, and checks each word against a
 * dictionary object it builds per story for repeats — work this index has already done (its words come folded,
 * split and each once). On 10,000 stories of generated copy (~250 distinct words each), `add` took 1.6–2.1 s and
 * this 0.54–0.60 s, for the same map: a third of the CLI import's main thread went to `add`.
 *
 * The map's shape is FlexSearch 0.8's own (package.json pins the version); `flexWriter` checks the instance has it
 * and returns null otherwise, and the caller then uses `add`. tests/unit/search/flex-insert.test.ts compares the
 * two on the same stories, word map and results, so an upgrade that changes the shape fails there, not in use.
 */
import type { Index } from 'flexsearch';

/** The parts of a FlexSearch 0.8 Index that `add` writes for this index's options. */
interface FlexParts {
  readonly map: Map<string, number[][]>;
  readonly reg: Set<number>;
  readonly resolution: number;
}

export type FlexWriter = (id: number, words: readonly string[]) => void;

/**
 * A writer for `index`'s word map, or null when the instance is not shaped as this module expects. `touched`, if
 * given, collects the words written to (their lists grow their slack at a push: see SearchIndex.trimTouched).
 */
export function flexWriter(index: Index, touched?: Set<string>): FlexWriter | null {
  const parts = index as unknown as Partial<FlexParts> & { depth?: unknown; fastupdate?: unknown; score?: unknown; tokenize?: unknown; rtl?: unknown; db?: unknown };
  if (!(parts.map instanceof Map) || !(parts.reg instanceof Set) || typeof parts.resolution !== 'number') return null;
  if (parts.depth || parts.fastupdate || parts.score || parts.rtl || parts.db || parts.tokenize !== 'strict') return null;
  const { map, reg, resolution } = parts as FlexParts;
  return (id, words) => {
    const count = words.length;
    for (let r = 0; r < count; r++) {
      const word = words[r] as string;
      touched?.add(word);
      let slots = map.get(word);
      if (slots === undefined) map.set(word, (slots = []));
      const slot = slotOf(resolution, count, r);
      (slots[slot] ??= []).push(id);
    }
    reg.add(id);
  };
}

/** FlexSearch's slot for the word at `at` of `count`: its place, scaled to the resolution when the story is longer. */
function slotOf(resolution: number, count: number, at: number): number {
  if (at === 0 || resolution <= 1) return 0;
  return count <= resolution ? at : (((resolution - 1) / count) * at + 1) | 0;
}

/** Stories' words gathered, then written into the map at once (flexBatch). */
export interface FlexBatch {
  readonly write: FlexWriter;
  /** Writes what was gathered: each list it adds to grows once, to its exact length. */
  readonly finish: () => void;
}

/**
 * A writer that gathers a batch of stories' words and adds them to each list in one step: a list read from a
 * snapshot has no room to spare, and a push grows it by half (copying it): a journal of 1,000 stories replayed
 * into a library of 100,000 copied most of the common words' lists and left them a third empty. Here each list
 * touched is copied once, at its new exact length. The same map as flexWriter writes (a unit test compares them).
 */
export function flexBatch(index: Index, touched?: Set<string>): FlexBatch | null {
  if (!flexWriter(index)) return null;
  const { map, reg, resolution } = index as unknown as FlexParts;
  const gathered = new Map<string, number[][]>();
  const ids: number[] = [];
  return {
    write: (id, words) => {
      const count = words.length;
      for (let r = 0; r < count; r++) {
        const word = words[r] as string;
        let slots = gathered.get(word);
        if (slots === undefined) gathered.set(word, (slots = []));
        (slots[slotOf(resolution, count, r)] ??= []).push(id);
      }
      ids.push(id);
    },
    finish: () => {
      for (const [word, added] of gathered) {
        touched?.add(word);
        let slots = map.get(word);
        if (slots === undefined) map.set(word, (slots = []));
        for (let s = 0; s < added.length; s++) {
          const more = added[s];
          if (more === undefined) continue;
          // A snapshot's lists come back from JSON with null for the slots they lack.
          const have = slots[s] as number[] | null | undefined;
          slots[s] = have === undefined || have === null ? more : have.concat(more);
        }
      }
      for (const id of ids) reg.add(id);
      gathered.clear();
      ids.length = 0;
    },
  };
}
