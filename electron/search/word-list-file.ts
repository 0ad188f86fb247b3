/**
 * A snapshot's phrase block (word-positions.ts) left on disk: only where each word's list starts, how long it is and
 * the last story number in it stay in memory (16 bytes a word, in typed arrays), and a list's bytes are read from the
 * file when a phrase needs that word. At 100,000 stories of generated copy the block is ~100 MB that the opened
 * library held in memory for the phrases alone (issue 11: the main process within 600 MB); a phrase reads the lists
 * of its own words, a few hundred KB to a few MB, from the page cache.
 *
 * The file is held open from the moment it is adopted, so a newer snapshot that removes it (search-files.ts) does
 * not take it from under a search; reads are synchronous, as the search itself is: a phrase is decided in one go.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** The file is read this much at a time for its directory (a list's bytes are skipped, not kept). */
const CHUNK = 256 * 1024;

/** A word of the directory, in the file's order. */
interface Heading {
  readonly code: number;
  readonly last: number;
  readonly length: number;
  /** Where its bytes start in the file. */
  readonly start: number;
}

export class WordListFile {
  private fd: number | null;

  private constructor(
    readonly path: string,
    fd: number,
    /** Word codes (signed 32-bit), ascending; the other columns in the same order. */
    private readonly codes: Int32Array,
    private readonly starts: Float64Array,
    private readonly lengths: Uint32Array,
    private readonly lasts: Int32Array,
    /** The entries in the file's order: the lists are read from one end of the file to the other by eachList. */
    private readonly byFile: Uint32Array,
  ) {
    this.fd = fd;
  }

  /**
   * The directory of `block` (the file's bytes, as just written or read: per word its code, its last number and its
   * byte length, 32-bit little-endian each, then its bytes), with the file at `path` opened for the lists. Throws
   * when the block is cut short or names a word twice, as WordPositions.load does.
   */
  static adopt(block: Buffer, path: string): WordListFile {
    const headings: Heading[] = [];
    for (let at = 0; at < block.length; ) {
      if (at + 12 > block.length) throw new Error('the positions block is cut short');
      const length = block.readUInt32LE(at + 8);
      headings.push({ code: block.readInt32LE(at), last: block.readInt32LE(at + 4), length, start: at + 12 });
      at += 12 + length;
      if (at > block.length) throw new Error('the positions block is cut short');
    }
    return WordListFile.from(headings, path, openSync(path, 'r'));
  }

  /**
   * The directory of the file at `path`, which must hold `bytes` (the snapshot says), read a chunk at a time: the
   * lists' bytes are never all in memory, not even while it is read. Throws as adopt does.
   */
  static async open(path: string, bytes: number): Promise<WordListFile> {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size !== bytes) throw new Error(`${path}: ${size} bytes where the snapshot promises ${bytes}`);
      const headings: Heading[] = [];
      const chunk = Buffer.alloc(CHUNK);
      let chunkAt = 0;
      let filled = 0;
      for (let at = 0; at < size; ) {
        if (at + 12 > size) throw new Error('the positions block is cut short');
        if (at < chunkAt || at + 12 > chunkAt + filled) {
          chunkAt = at;
          filled = (await handle.read(chunk, 0, Math.min(CHUNK, size - at), at)).bytesRead;
          if (filled < 12) throw new Error(`${path}: the file ends before its positions do (it was changed on disk)`);
        }
        const o = at - chunkAt;
        const length = chunk.readUInt32LE(o + 8);
        headings.push({ code: chunk.readInt32LE(o), last: chunk.readInt32LE(o + 4), length, start: at + 12 });
        at += 12 + length;
        if (at > size) throw new Error('the positions block is cut short');
      }
      // A descriptor of its own for the synchronous reads (this handle closes).
      return WordListFile.from(headings, path, openSync(path, 'r'));
    } finally {
      await handle.close();
    }
  }

  /** The directory sorted by code, for a binary search (16 bytes a word, no object a word). */
  private static from(headings: readonly Heading[], path: string, fd: number): WordListFile {
    const count = headings.length;
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => (headings[a] as Heading).code - (headings[b] as Heading).code);
    const codes = new Int32Array(count);
    const starts = new Float64Array(count);
    const lengths = new Uint32Array(count);
    const lasts = new Int32Array(count);
    const byFile = new Uint32Array(count);
    for (let k = 0; k < count; k++) {
      byFile[order[k] as number] = k;
      const h = headings[order[k] as number] as Heading;
      codes[k] = h.code;
      if (k > 0 && codes[k] === codes[k - 1]) {
        closeSync(fd);
        throw new Error('the positions block names a word twice');
      }
      lasts[k] = h.last;
      lengths[k] = h.length;
      starts[k] = h.start;
    }
    return new WordListFile(path, fd, codes, starts, lengths, lasts, byFile);
  }

  /**
   * Every entry with its list's bytes, in the file's order, the file read a chunk at a time (a snapshot writes them
   * all again: one read a word would be one system call for each of the library's words). `bytes` is valid only
   * during the call.
   */
  eachList(visit: (entry: number, bytes: Uint8Array) => void, chunkBytes = 4 * 1024 * 1024): void {
    if (this.fd === null) throw new Error(`${this.path}: the phrase positions file is closed`);
    let chunk = Buffer.alloc(chunkBytes);
    let chunkAt = 0;
    let filled = 0;
    for (let i = 0; i < this.byFile.length; i++) {
      const entry = this.byFile[i] as number;
      const start = this.starts[entry] as number;
      const length = this.lengths[entry] as number;
      if (start < chunkAt || start + length > chunkAt + filled) {
        if (length > chunk.length) chunk = Buffer.alloc(length);
        chunkAt = start;
        filled = 0;
        // As much as the chunk holds (to the file's end): the next words' lists come with it.
        while (filled < chunk.length) {
          const got = readSync(this.fd, chunk, filled, chunk.length - filled, chunkAt + filled);
          if (got === 0) break;
          filled += got;
        }
        if (filled < length) throw new Error(`${this.path}: the phrase positions file ends before a word's list (it was changed on disk)`);
      }
      visit(entry, chunk.subarray(start - chunkAt, start - chunkAt + length));
    }
  }

  get size(): number {
    return this.codes.length;
  }

  /** The entry of a word code (signed 32-bit), or -1. */
  find(code: number): number {
    let lo = 0;
    let hi = this.codes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.codes[mid] as number;
      if (c < code) lo = mid + 1;
      else if (c > code) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  code(entry: number): number {
    return this.codes[entry] as number;
  }

  length(entry: number): number {
    return this.lengths[entry] as number;
  }

  last(entry: number): number {
    return this.lasts[entry] as number;
  }

  /** The entry's list bytes, read into `into` at `at` (which must have room). */
  read(entry: number, into: Uint8Array, at = 0): void {
    if (this.fd === null) throw new Error(`${this.path}: the phrase positions file is closed`);
    const length = this.lengths[entry] as number;
    let done = 0;
    while (done < length) {
      const got = readSync(this.fd, into, at + done, length - done, (this.starts[entry] as number) + done);
      if (got === 0) throw new Error(`${this.path}: the phrase positions file ends before a word's list (it was changed on disk)`);
      done += got;
    }
  }

  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}
