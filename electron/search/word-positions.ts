/**
 * Where each word stands in each story, per word: what a phrase is matched on. FlexSearch (search-index.ts) finds
 * and ranks the stories holding a phrase's words; this says in which of them the words stand together, in order.
 *
 * Kept per word, not per story: a phrase costs the positions of its own words, not a scan of every candidate's
 * text. Each story's words as 32-bit codes, scanned candidate by candidate, read ~145 MB a phrase at 100,000
 * stories of generated copy whose common pairs are in 85 % of the stories (75–95 ms a phrase, bound by memory).
 *
 * A word is known by its 32-bit code (FNV-1a of its letters; wordCode). Its list is bytes: per story holding it,
 * the story's number as a signed difference from the number before it in the list, the count of positions, then
 * the positions as differences, each a variable-length integer (seven bits a byte): about 2.3 bytes a word of text
 * where the codes took 4. Lists only grow: a story re-indexed under a new number leaves its old entries, and the
 * caller skips numbers it has retired (as it does FlexSearch's).
 *
 * Stories are added in batches, word by word: an added story waits as its codes until a phrase is asked, a snapshot
 * is taken or a batch is full; then the batch's words are sorted by code and each word's list grows once a batch.
 * Adding each story to its ~250 lists at once touched 250 places in memory a story: 65–135 µs a story, where the
 * batches cost ~40–60 in all (the sort itself ~10).
 *
 * An opened library's lists stay in its snapshot's codes file (word-list-file.ts): ~100 MB at 100,000 stories that
 * only phrases read. What stories indexed since add to a word is kept here and follows the file's bytes.
 */

import { WordListFile } from './word-list-file.js';

/** One word's list: its bytes (a view on a snapshot's block until it grows), their length, the last number in it. */
interface WordList {
  bytes: Uint8Array;
  length: number;
  last: number;
}

/** Bytes of scratch (numbers or list bytes) kept from one phrase to the next. */
const SCRATCH_KEPT = 1 << 20;

/** Stories waiting as codes before their batch is sorted into the lists. */
const BATCH_STORIES = 2000;

export class WordPositions {
  /** By word code (as a signed 32-bit integer, a small integer to V8's Map). */
  private readonly lists = new Map<number, WordList>();
  /**
   * The snapshot's lists, left on disk (load with a path): `lists` then holds only what stories indexed since added
   * to them, each word's list being the file's bytes followed by those (the differences run on from the file's last
   * number).
   */
  private file: WordListFile | null = null;
  /**
   * Reused by decode: a list's numbers (never more than its bytes; each below 2^32: a zigzagged difference of story
   * numbers, a count or a position's difference). A common word's list takes megabytes: past SCRATCH_KEPT the
   * scratch is let go after the phrase, so an opened library does not hold its longest list twice over for good.
   */
  private scratch = new Uint32Array(1024);
  /** Reused to read a list's bytes from the file (let go past SCRATCH_KEPT as well). */
  private bytes = new Uint8Array(4096);
  private pending: { n: number; codes: Uint32Array }[] = [];
  private pendingWords = 0;

  get words(): number {
    this.settle();
    const file = this.file;
    if (!file) return this.lists.size;
    let added = 0;
    for (const code of this.lists.keys()) if (file.find(code) < 0) added++;
    return file.size + added;
  }

  /** The byte length of a word's whole list (0: no story holds it). */
  private lengthOf(code: number): number {
    const entry = this.file ? this.file.find(code) : -1;
    return (this.lists.get(code)?.length ?? 0) + (entry >= 0 ? (this.file as WordListFile).length(entry) : 0);
  }

  /** The word of `phrase` with the shortest list (the fewest stories and positions): the one to look it up by. */
  rarest(phrase: readonly string[]): string {
    this.settle();
    let best = phrase[0] ?? '';
    let bestLength = Infinity;
    for (const word of phrase) {
      const length = this.lengthOf(wordCode(word) | 0);
      if (length < bestLength) {
        best = word;
        bestLength = length;
      }
    }
    return best;
  }

  /** Adds story `n`'s words, in order (all of them, repeats included). */
  add(n: number, words: readonly string[]): void {
    const codes = new Uint32Array(words.length);
    for (let i = 0; i < words.length; i++) codes[i] = wordCode(words[i] as string);
    this.pending.push({ n, codes });
    this.pendingWords += codes.length;
    if (this.pending.length >= BATCH_STORIES) this.settle();
  }

  /** Closes the snapshot's file the lists are read from (a phrase asked after fails, saying so). */
  closeFile(): void {
    this.file?.close();
  }

  clear(): void {
    this.file?.close();
    this.file = null;
    this.lists.clear();
    this.pending = [];
    this.pendingWords = 0;
  }

  /** Sorts the waiting stories' words into the lists: by code (two stable 16-bit passes), then a list at a time. */
  private settle(): void {
    const batch = this.pending;
    if (batch.length === 0) return;
    const total = this.pendingWords;
    this.pending = [];
    this.pendingWords = 0;
    // Six columns of the batch's size (code, story, position, and the sort's spares), let go after: ~10 MB a batch
    // of 2,000 stories, which a scratch kept for reuse would hold for the index's life.
    const columns = new Uint32Array(6 * total);
    const [code, story, position, c1, s1, p1] = [0, 1, 2, 3, 4, 5].map((k) => columns.subarray(k * total, (k + 1) * total)) as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
    let k = 0;
    for (let s = 0; s < batch.length; s++) {
      const codes = (batch[s] as { codes: Uint32Array }).codes;
      code.set(codes, k);
      for (let i = 0; i < codes.length; i++) {
        story[k + i] = s;
        position[k + i] = i;
      }
      k += codes.length;
    }
    sortByCode([code, story, position], [c1, s1, p1]);
    let run = new Uint8Array(4096);
    for (let at = 0; at < total; ) {
      const c = code[at] as number;
      let end = at + 1;
      while (end < total && code[end] === c) end++;
      // The word's entries for the batch are written to a scratch first (at most 5 bytes a number, at most three
      // numbers a position: a story's difference and count, the position), then appended at their exact size.
      if (run.length < 15 * (end - at)) run = new Uint8Array(Math.max(15 * (end - at), run.length * 2));
      let list = this.lists.get(c | 0);
      const onFile = list || !this.file ? -1 : this.file.find(c | 0);
      let last = list ? list.last : onFile >= 0 ? (this.file as WordListFile).last(onFile) : 0;
      let length = 0;
      for (let i = at; i < end; ) {
        const s = story[i] as number;
        let j = i + 1;
        while (j < end && story[j] === s) j++;
        const n = (batch[s] as { n: number }).n;
        length = writeVarint(run, length, zigzag(n - last));
        last = n;
        length = writeVarint(run, length, j - i);
        let before = 0;
        for (let q = i; q < j; q++) {
          const p = position[q] as number;
          length = writeVarint(run, length, p - before);
          before = p;
        }
        i = j;
      }
      if (!list) {
        list = { bytes: new Uint8Array(length), length: 0, last: 0 };
        this.lists.set(c | 0, list);
      }
      reserve(list, length);
      list.bytes.set(run.subarray(0, length), list.length);
      list.length += length;
      list.last = last;
      at = end;
    }
  }

  /**
   * The stories in which `phrase`'s words stand together, in order, as a mark per story number (`mark[n] ===
   * phrase.length`); `size` is one more than the highest number. A story the list names under a number since
   * retired is marked too: the caller keeps only the numbers it holds.
   */
  holding(phrase: readonly string[], size: number): Uint32Array {
    this.settle();
    const mark = new Uint32Array(size);
    const lists: number[] = [];
    for (const word of phrase) {
      const code = wordCode(word) | 0;
      if (this.lengthOf(code) === 0) return mark;
      lists.push(code);
    }
    if (lists.length === 0) return mark;
    // The first word's positions, per story: where the phrase may start.
    const start = new Int32Array(size);
    const count = new Int32Array(size);
    let values = this.decode(lists[0] as number);
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
      values = this.decode(lists[w] as number);
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
    if (this.scratch.byteLength > SCRATCH_KEPT) this.scratch = new Uint32Array(1024);
    if (this.bytes.byteLength > SCRATCH_KEPT) this.bytes = new Uint8Array(4096);
    return mark;
  }

  /** A word's list: its bytes (read from the file, then what was added since) and their length. */
  private listBytes(code: number): { bytes: Uint8Array; length: number } {
    const list = this.lists.get(code);
    const entry = this.file ? this.file.find(code) : -1;
    if (entry < 0) return list ? { bytes: list.bytes, length: list.length } : { bytes: this.bytes, length: 0 };
    const file = this.file as WordListFile;
    const length = file.length(entry) + (list?.length ?? 0);
    if (this.bytes.length < length) this.bytes = new Uint8Array(Math.max(length, this.bytes.length * 2));
    file.read(entry, this.bytes);
    if (list) this.bytes.set(list.bytes.subarray(0, list.length), file.length(entry));
    return { bytes: this.bytes, length };
  }

  /** A word's numbers, decoded in one tight pass (a phrase's cost is mostly this). */
  private decode(code: number): Uint32Array {
    const { bytes, length } = this.listBytes(code);
    const out = this.scratch.length >= length ? this.scratch : (this.scratch = new Uint32Array(Math.max(length, this.scratch.length * 2)));
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
   * Gives every list its exact size: lists grown batch by batch hold up to twice their bytes. Each is copied on its
   * own, not gathered into one block: a view keeps its whole block alive, and the lists that grow next would leave
   * the block held by the few that do not.
   */
  trim(): void {
    this.settle();
    for (const list of this.lists.values()) {
      // A list with room to spare, or a view into a snapshot's block (never at its start: a header comes first),
      // is copied out at its own size. (Asking a small array for its .buffer would give it one of its own.)
      if (list.bytes.length > list.length || list.bytes.byteOffset > 0) list.bytes = list.bytes.slice(0, list.length);
    }
  }

  /**
   * Every list in one block, for the snapshot: per word its code, its last number and its byte length (32-bit
   * little-endian each), then its bytes.
   */
  block(): Buffer {
    this.settle();
    const file = this.file;
    let size = 0;
    for (const list of this.lists.values()) size += 12 + list.length;
    if (file) for (let e = 0; e < file.size; e++) size += file.length(e) + (this.lists.has(file.code(e)) ? 0 : 12);
    const out = Buffer.alloc(size);
    let at = 0;
    // The file's words first, each with what was added to it since; then the words that are new.
    file?.eachList((e, bytes) => {
      const code = file.code(e);
      const list = this.lists.get(code);
      const length = bytes.length + (list?.length ?? 0);
      out.writeInt32LE(code, at);
      out.writeInt32LE(list ? list.last : file.last(e), at + 4);
      out.writeUInt32LE(length, at + 8);
      out.set(bytes, at + 12);
      if (list) out.set(list.bytes.subarray(0, list.length), at + 12 + bytes.length);
      at += 12 + length;
    });
    for (const [code, list] of this.lists) {
      if (file && file.find(code) >= 0) continue;
      out.writeInt32LE(code, at);
      out.writeInt32LE(list.last, at + 4);
      out.writeUInt32LE(list.length, at + 8);
      out.set(list.bytes.subarray(0, list.length), at + 12);
      at += 12 + list.length;
    }
    return out;
  }

  /**
   * Restores the lists from a block (block()), used in place: each list a view on it until it next grows. With the
   * path of the file the block was read from or written to, the lists stay in that file instead (word-list-file.ts)
   * and the block can go. Throws when the block is cut short or malformed (the caller rebuilds from the store).
   */
  /**
   * Restores the lists of a snapshot's codes file, left in the file (word-list-file.ts): only its directory is read,
   * a chunk at a time. Throws as load does. Nothing may be added while it loads (the index loads before it indexes).
   */
  async loadFile(path: string, bytes: number): Promise<void> {
    const file = await WordListFile.open(path, bytes);
    this.clear();
    this.file = file;
  }

  load(block: Buffer, path?: string): void {
    this.clear();
    if (path !== undefined) {
      this.file = WordListFile.adopt(block, path);
      return;
    }
    for (let at = 0; at < block.length; ) {
      if (at + 12 > block.length) throw new Error('the positions block is cut short');
      const code = block.readInt32LE(at);
      const last = block.readInt32LE(at + 4);
      const length = block.readUInt32LE(at + 8);
      at += 12;
      if (at + length > block.length) throw new Error('the positions block is cut short');
      if (this.lists.has(code)) throw new Error('the positions block names a word twice');
      this.lists.set(code, { bytes: block.subarray(at, at + length), length, last });
      at += length;
    }
  }
}

/** Room for `more` bytes: a list grows by half (a word's list grows once a batch, so the slack stays a third at most). */
function reserve(list: WordList, more: number): void {
  if (list.length + more <= list.bytes.length) return;
  const grown = new Uint8Array(Math.max(Math.ceil(list.bytes.length * 1.5), list.length + more));
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

/** A word's 32-bit code: FNV-1a of its UTF-16 units. */
export function wordCode(word: string): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < word.length; j++) h = Math.imul(h ^ word.charCodeAt(j), 0x01000193);
  return h >>> 0;
}

/**
 * Sorts `code` ascending and moves `story` and `position` with it, stably (so each word's entries stay in story
 * order, then position order): two passes of a 16-bit radix sort, the three columns moved together so that the
 * lists are then written from consecutive memory.
 */
function sortByCode(columns: readonly [Uint32Array, Uint32Array, Uint32Array], spare: readonly [Uint32Array, Uint32Array, Uint32Array]): void {
  const n = columns[0].length;
  const counts = new Uint32Array(65537);
  let [c0, s0, p0] = columns;
  let [c1, s1, p1] = spare;
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const bucket = (((c0[i] as number) >>> shift) & 0xffff) + 1;
      counts[bucket] = (counts[bucket] as number) + 1;
    }
    for (let b = 1; b <= 65536; b++) counts[b] = (counts[b] as number) + (counts[b - 1] as number);
    for (let i = 0; i < n; i++) {
      const c = c0[i] as number;
      const bucket = (c >>> shift) & 0xffff;
      const to = counts[bucket] as number;
      counts[bucket] = to + 1;
      c1[to] = c;
      s1[to] = s0[i] as number;
      p1[to] = p0[i] as number;
    }
    [c0, s0, p0, c1, s1, p1] = [c1, s1, p1, c0, s0, p0];
  }
  // Two passes: the sorted columns are back in the arrays the caller passed.
}
