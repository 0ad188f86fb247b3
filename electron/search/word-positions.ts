/**
 * Where each word stands in each story, per word: what a phrase is matched on. FlexSearch (search-index.ts) finds
 * and ranks the stories holding a phrase's words; this says in which of them the words stand together, in order.
 *
 * Kept per word, not per story: a phrase costs the positions of its own words, not a scan of every candidate's
 * text. Each story's words as 32-bit codes, scanned candidate by candidate, read ~145 MB a phrase at 100,000
 * stories of generated copy whose common pairs are in 85 % of the stories (75–95 ms a phrase, bound by memory).
 *
 * A word's list is bytes: per story holding it, the story's number as a signed difference from the number before
 * it in the list, the count of positions, then the positions as differences, each a variable-length integer (seven
 * bits a byte). About 2.3 bytes a word of text where the codes took 4. Lists only grow: a story re-indexed under a
 * new number leaves its old entries, and the caller skips numbers it has retired (as it does FlexSearch's).
 */

/** One word's list: its bytes (a view on a snapshot's block until it grows), their length, the last number in it. */
interface WordList {
  bytes: Uint8Array;
  length: number;
  last: number;
}

const FIRST_SIZE = 16;

export class WordPositions {
  private readonly lists = new Map<string, WordList>();
  /** Reused by decode: a list's numbers (never more than its bytes). */
  private scratch = new Float64Array(1024);

  get words(): number {
    return this.lists.size;
  }

  /** The word of `phrase` with the shortest list (the fewest stories and positions): the one to look it up by. */
  rarest(phrase: readonly string[]): string {
    let best = phrase[0] ?? '';
    let bestLength = Infinity;
    for (const word of phrase) {
      const length = this.lists.get(word)?.length ?? 0;
      if (length < bestLength) {
        best = word;
        bestLength = length;
      }
    }
    return best;
  }

  /** Adds story `n`'s words, in order (all of them, repeats included). */
  add(n: number, words: readonly string[]): void {
    const at = new Map<string, number[]>();
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      const list = at.get(w);
      if (list) list.push(i);
      else at.set(w, [i]);
    }
    for (const [word, positions] of at) {
      let list = this.lists.get(word);
      if (!list) {
        list = { bytes: new Uint8Array(FIRST_SIZE), length: 0, last: 0 };
        this.lists.set(word, list);
      }
      // At most 5 bytes a number: the story's difference, the count, each position's difference.
      reserve(list, 5 * (positions.length + 2));
      list.length = writeVarint(list.bytes, list.length, zigzag(n - list.last));
      list.last = n;
      list.length = writeVarint(list.bytes, list.length, positions.length);
      let before = 0;
      for (const p of positions) {
        list.length = writeVarint(list.bytes, list.length, p - before);
        before = p;
      }
    }
  }

  clear(): void {
    this.lists.clear();
  }

  /**
   * The stories in which `phrase`'s words stand together, in order, as a mark per story number (`mark[n] ===
   * phrase.length`); `size` is one more than the highest number. A story the list names under a number since
   * retired is marked too: the caller keeps only the numbers it holds.
   */
  holding(phrase: readonly string[], size: number): Uint32Array {
    const mark = new Uint32Array(size);
    const lists: WordList[] = [];
    for (const word of phrase) {
      const list = this.lists.get(word);
      if (!list) return mark;
      lists.push(list);
    }
    if (lists.length === 0) return mark;
    // The first word's positions, per story: where the phrase may start.
    const start = new Int32Array(size);
    const count = new Int32Array(size);
    let values = this.decode(lists[0] as WordList);
    const flat = new Int32Array(values.length);
    let used = 0;
    for (let i = 0, n = 0; i < values.length; ) {
      n += unzigzag(values[i++] as number);
      const c = values[i++] as number;
      if (n >= size) {
        i += c;
        continue;
      }
      start[n] = used;
      count[n] = c;
      for (let k = 0, p = 0; k < c; k++) flat[used++] = p += values[i++] as number;
      mark[n] = 1;
    }
    // Each next word keeps the starts it stands after at its own distance.
    for (let w = 1; w < lists.length; w++) {
      values = this.decode(lists[w] as WordList);
      for (let i = 0, n = 0; i < values.length; ) {
        n += unzigzag(values[i++] as number);
        const c = values[i++] as number;
        const end = i + c;
        if (n >= size || mark[n] !== w) {
          i = end;
          continue;
        }
        const s = start[n] as number;
        const starts = count[n] as number;
        let kept = 0;
        let p = 0;
        // Both ascending: one pass over the starts and this word's positions.
        for (let k = 0; k < starts; k++) {
          const want = (flat[s + k] as number) + w;
          while (i < end && p < want) p += values[i++] as number;
          if (p === want) flat[s + kept++] = want - w;
        }
        i = end;
        count[n] = kept;
        if (kept > 0) mark[n] = w + 1;
      }
    }
    return mark;
  }

  /** A list's numbers, decoded in one tight pass (a phrase's cost is mostly this). */
  private decode(list: WordList): Float64Array {
    const bytes = list.bytes;
    const length = list.length;
    const out = this.scratch.length >= length ? this.scratch : (this.scratch = new Float64Array(Math.max(length, this.scratch.length * 2)));
    let k = 0;
    for (let at = 0; at < length; ) {
      let b = bytes[at++] as number;
      let value = b & 0x7f;
      let scale = 0x80;
      while (b >= 0x80) {
        b = bytes[at++] as number;
        value += (b & 0x7f) * scale;
        scale *= 0x80;
      }
      out[k++] = value;
    }
    return out.subarray(0, k);
  }

  /**
   * Every list in one block, for the snapshot: per word its UTF-8 length, the word, its last number, its byte
   * length (32-bit little-endian each), then its bytes.
   */
  block(): Buffer {
    const words = [...this.lists.keys()].map((w) => Buffer.from(w, 'utf8'));
    let size = 0;
    let i = 0;
    for (const list of this.lists.values()) size += 12 + (words[i++] as Buffer).length + list.length;
    const out = Buffer.alloc(size);
    let at = 0;
    i = 0;
    for (const list of this.lists.values()) {
      const word = words[i++] as Buffer;
      out.writeUInt32LE(word.length, at);
      word.copy(out, at + 4);
      at += 4 + word.length;
      out.writeInt32LE(list.last, at);
      out.writeUInt32LE(list.length, at + 4);
      out.set(list.bytes.subarray(0, list.length), at + 8);
      at += 8 + list.length;
    }
    return out;
  }

  /**
   * Restores the lists from a block (block()), used in place: each list a view on it until it next grows. Throws
   * when the block is cut short or malformed (the caller rebuilds from the store).
   */
  load(block: Buffer): void {
    this.lists.clear();
    for (let at = 0; at < block.length; ) {
      if (at + 4 > block.length) throw new Error('the positions block is cut short');
      const wordLength = block.readUInt32LE(at);
      if (at + 12 + wordLength > block.length) throw new Error('the positions block is cut short');
      const word = block.toString('utf8', at + 4, at + 4 + wordLength);
      at += 4 + wordLength;
      const last = block.readInt32LE(at);
      const length = block.readUInt32LE(at + 4);
      at += 8;
      if (at + length > block.length) throw new Error('the positions block is cut short');
      this.lists.set(word, { bytes: block.subarray(at, at + length), length, last });
      at += length;
    }
  }
}

function reserve(list: WordList, more: number): void {
  if (list.length + more <= list.bytes.length) return;
  const grown = new Uint8Array(Math.max(list.bytes.length * 2, list.length + more));
  grown.set(list.bytes.subarray(0, list.length));
  list.bytes = grown;
}

function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  let v = value;
  while (v >= 0x80) {
    bytes[at++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  bytes[at++] = v;
  return at;
}

function zigzag(v: number): number {
  return v >= 0 ? v * 2 : -v * 2 - 1;
}

function unzigzag(v: number): number {
  return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
}
