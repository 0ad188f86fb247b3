/**
 * The search index on disk, in the library's search/ folder:
 * - snapshot.jsonl: a header, one record a line (the list's summaries and the facets' fields), an end line;
 * - words-<generation>.tsv: FlexSearch's exported parts, a line each (its key, a tab, its data as FlexSearch wrote
 *   it), and an end line: read a chunk and a line at a time and handed to FlexSearch as they come, never as one
 *   whole file;
 * - codes-<generation>.bin: the phrase block, where each word stands in each story (word-positions.ts), binary;
 * - journal.jsonl: one line per story indexed or re-recorded since the snapshot.
 * The records come first and apart so that opening shows the list before the words have loaded (library-search.ts),
 * and the codes are binary so that they are read in one piece and used in place, not parsed from text. Indexing a
 * story appends one journal line, so its cost does not grow with the library; the journal is folded into a new
 * snapshot once it is as large as the library, so a snapshot's cost is spread over the stories that made it due.
 *
 * A snapshot is written words and codes first, under a new generation, and snapshot.jsonl last (temp, fsync,
 * rename), which names that generation: a crash in between leaves the old snapshot with its own files. A snapshot
 * that cannot be read whole (torn, garbled, another format) is reported as damaged and the caller rebuilds the index
 * from the store; a torn journal line is skipped (the store's revisions catch what it missed).
 */
import { appendFile, readdir, readFile, rm, stat } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../store/durable-file.js';
import { forEachLineOf } from '../store/journal-lines.js';
import { SharedValues, type SearchRecord } from './search-record.js';

// 4: the phrase block holds each word's positions (word-positions.ts); 3 held each story's words as 32-bit codes,
// 2 as 16-bit ones. An older snapshot is rebuilt from the store.
const FORMAT = 'copydesk-search-4';
const END = '{"end":true}';
const END_BYTES = Buffer.from(END);

export interface JournalLine {
  readonly record: SearchRecord;
  /** The number the words were indexed under; absent when only the record changed. */
  readonly number?: number;
  /** The indexed text, when the words changed. */
  readonly text?: string;
}

/** A snapshot's codes file (the phrase positions), its size checked against the snapshot's header. */
export interface CodesFile {
  readonly path: string;
  readonly bytes: number;
}

/** The list's part of a snapshot: the records, and where its words and codes are. */
export interface SnapshotRecords {
  readonly records: readonly (readonly [number, SearchRecord])[];
  readonly next: number;
  readonly generation: string;
  readonly parts: number;
  readonly codeBytes: number;
}

export interface SnapshotState {
  readonly records: readonly (readonly [number, SearchRecord])[];
  readonly next: number;
  /** FlexSearch's exported parts. */
  readonly parts: readonly (readonly [string, string])[];
  /** The phrase block (word-positions.ts). */
  readonly codes: Buffer;
}

export class SnapshotDamaged extends Error {}

interface SnapshotHeader {
  readonly records: number;
  readonly next: number;
  readonly generation: string;
  readonly parts: number;
  readonly codeBytes: number;
}

/** The snapshot's first line, checked: its format, its counts, and the byte order its codes were written in. */
function snapshotHeader(path: string, line: string): SnapshotHeader {
  let header: { format?: unknown; records?: unknown; next?: unknown; generation?: unknown; parts?: unknown; codeBytes?: unknown; endian?: unknown };
  try {
    header = JSON.parse(line) as typeof header;
  } catch {
    throw new SnapshotDamaged(`${path}: not a Copydesk search snapshot (header ${line.slice(0, 80)})`);
  }
  if (header.format !== FORMAT) {
    throw new SnapshotDamaged(`${path}: a search snapshot of another format (${String(header.format).slice(0, 40)})`);
  }
  const { records, next, generation, parts, codeBytes } = header;
  if (typeof records !== 'number' || typeof next !== 'number' || typeof generation !== 'string' || !/^[0-9a-f]{12}$/.test(generation) || typeof parts !== 'number' || typeof codeBytes !== 'number') {
    throw new SnapshotDamaged(`${path}: a damaged snapshot header`);
  }
  if (header.endian !== endianness()) throw new SnapshotDamaged(`${path}: written on a machine of other byte order`);
  return { records, next, generation, parts, codeBytes };
}

export class SearchFiles {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  private get snapshotPath(): string {
    return join(this.dir, 'snapshot.jsonl');
  }

  private get journalPath(): string {
    return join(this.dir, 'journal.jsonl');
  }

  /** The last snapshot's records, or null when there is none yet; throws SnapshotDamaged when it cannot be read whole. */
  async readRecords(): Promise<SnapshotRecords | null> {
    const path = this.snapshotPath;
    let header: SnapshotHeader | null = null;
    const records: [number, SearchRecord][] = [];
    const shared = new SharedValues();
    let ended = false;
    try {
      // Read a chunk at a time, a line decoded at a time: the whole file as one string would cost its size again.
      await forEachLineOf(path, (bytes, start, end) => {
        if (!header) {
          header = snapshotHeader(path, bytes.toString('utf8', start, end));
          return;
        }
        if (ended) throw new SnapshotDamaged(`${path}: lines after its end`);
        if (end - start === END_BYTES.length && bytes.subarray(start, end).equals(END_BYTES)) {
          ended = true;
          return;
        }
        const record = JSON.parse(bytes.toString('utf8', start, end)) as [number, SearchRecord];
        if (typeof record[0] !== 'number' || typeof record[1]?.id !== 'string') throw new SnapshotDamaged(`${path}: a damaged record`);
        record[1] = shared.share(record[1]);
        records.push(record);
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !header) return null;
      if (err instanceof SnapshotDamaged) throw err;
      throw new SnapshotDamaged(`${path}: ${(err as Error).message}`);
    }
    const read = header as SnapshotHeader | null;
    if (!read) throw new SnapshotDamaged(`${path}: not a Copydesk search snapshot (header )`);
    if (!ended || records.length !== read.records) {
      throw new SnapshotDamaged(`${path}: ${records.length} records where the header promises ${read.records}${ended ? '' : ', and no end line'}: the file is incomplete`);
    }
    return { records, next: read.next, generation: read.generation, parts: read.parts, codeBytes: read.codeBytes };
  }

  /**
   * The words of the snapshot whose records were read, handed part by part to `part` as they are read, then its
   * codes; throws SnapshotDamaged when they do not match it (the caller drops what it was handed and rebuilds).
   * Null, having read no further, once `stop` says so (asked between chunks): a `copydesk list` printed from the
   * records exits without reading the 100 MB of words and 170 MB of codes of a 100,000-story library.
   */
  async readWords(of: SnapshotRecords, part: (key: string, data: string) => void): Promise<CodesFile>;
  async readWords(of: SnapshotRecords, part: (key: string, data: string) => void, stop: () => boolean): Promise<CodesFile | null>;
  async readWords(of: SnapshotRecords, part: (key: string, data: string) => void, stop: () => boolean = () => false): Promise<CodesFile | null> {
    const wordsPath = join(this.dir, `words-${of.generation}.tsv`);
    const codesPath = this.codesPath(of.generation);
    try {
      let parts = 0;
      let ended = false;
      await forEachLineOf(wordsPath, (bytes, start, end) => {
        if (ended) throw new SnapshotDamaged(`${wordsPath}: lines after its end`);
        if (end - start === END_BYTES.length && bytes.subarray(start, end).equals(END_BYTES)) {
          ended = true;
          return;
        }
        const tab = bytes.indexOf(9, start);
        if (tab <= start || tab >= end) throw new SnapshotDamaged(`${wordsPath}: a damaged index part (line ${parts + 1})`);
        part(bytes.toString('utf8', start, tab), bytes.toString('utf8', tab + 1, end));
        parts++;
      }, { stop });
      if (stop()) return null;
      if (!ended || parts !== of.parts) throw new SnapshotDamaged(`${wordsPath}: ${parts} parts${ended ? '' : ' and no end line'} where the snapshot promises ${of.parts}`);
      // Not read here: the index reads its directory and leaves the lists in the file (word-list-file.ts).
      const { size } = await stat(codesPath);
      if (size !== of.codeBytes) throw new SnapshotDamaged(`${codesPath}: ${size} bytes where the snapshot promises ${of.codeBytes}`);
      return { path: codesPath, bytes: size };
    } catch (err) {
      if (err instanceof SnapshotDamaged) throw err;
      throw new SnapshotDamaged(`${(err as NodeJS.ErrnoException).path ?? wordsPath}: ${(err as Error).message}`);
    }
  }

  /** The codes file of a snapshot's generation: the phrase positions, which the index may go on reading in place. */
  codesPath(generation: string): string {
    return join(this.dir, `codes-${generation}.bin`);
  }

  /**
   * Writes a snapshot (words and codes, then the records naming them), empties the journal, removes older files.
   * Returns the path of its codes file.
   */
  async writeSnapshot(state: SnapshotState): Promise<string> {
    const generation = randomBytes(6).toString('hex');
    for (const [key, data] of state.parts) {
      // FlexSearch's export is JSON text: never a raw line break, and keys are its own short names.
      if (/[\t\n]/.test(key) || data.includes('\n')) throw new Error(`search index: FlexSearch exported a part that cannot be a line (${key.slice(0, 40)})`);
    }
    await writeFileAtomic(join(this.dir, `words-${generation}.tsv`), [...state.parts.map(([key, data]) => `${key}\t${data}\n`), `${END}\n`]);
    const codesPath = this.codesPath(generation);
    await writeFileAtomic(codesPath, state.codes);
    const header = { format: FORMAT, records: state.records.length, next: state.next, generation, parts: state.parts.length, codeBytes: state.codes.length, endian: endianness() };
    const chunks: string[] = [JSON.stringify(header)];
    for (const record of state.records) chunks.push(JSON.stringify(record));
    chunks.push(END);
    await writeFileAtomic(this.snapshotPath, Buffer.from(`${chunks.join('\n')}\n`));
    await rm(this.journalPath, { force: true });
    for (const name of await readdir(this.dir)) {
      if (/^(words|codes)-[0-9a-f]{12}\.(tsv|bin)$/.test(name) && !name.includes(generation)) await rm(join(this.dir, name), { force: true });
    }
    return codesPath;
  }

  async readJournal(): Promise<JournalLine[]> {
    let text = '';
    try {
      text = await readFile(this.journalPath, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const lines: JournalLine[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        const parsed = JSON.parse(line) as JournalLine;
        if (typeof parsed.record?.id === 'string') lines.push(parsed);
      } catch {
        // A torn last line from a crash mid-append.
      }
    }
    return lines;
  }

  /** Appends lines without an fsync: a lost line is found again from the store's revisions on the next open. */
  async append(lines: readonly JournalLine[]): Promise<void> {
    if (lines.length > 0) await appendFile(this.journalPath, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  }
}

