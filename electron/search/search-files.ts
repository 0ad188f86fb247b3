/**
 * The search index on disk, in the library's search/ folder: a snapshot (snapshot.jsonl: a header, FlexSearch's
 * exported parts, then one record a line, then an end line) and a journal of what was indexed since
 * (journal.jsonl: one line per story indexed or re-recorded). Indexing a story appends one line, so its cost does
 * not grow with the library; the journal is folded into a new snapshot once it is a quarter of the library's size,
 * so a snapshot's cost is spread over the stories that made it due.
 *
 * A snapshot that cannot be read whole (torn, garbled, another format) is reported as damaged and the caller
 * rebuilds the index from the store; a torn journal line is skipped (the store's revisions catch what it missed).
 */
import { appendFile, readFile, rm } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../store/durable-file.js';
import type { IndexState } from './search-index.js';
import type { SearchRecord } from './search-record.js';

const FORMAT = 'copydesk-search-1';

export interface JournalLine {
  readonly record: SearchRecord;
  /** The number the words were indexed under; absent when only the record changed. */
  readonly number?: number;
  /** The indexed text, when the words changed. */
  readonly text?: string;
}

export class SnapshotDamaged extends Error {}

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

  /** The last snapshot, or null when there is none yet; throws SnapshotDamaged when it cannot be read whole. */
  async readSnapshot(): Promise<IndexState | null> {
    let text: string;
    try {
      text = await readFile(this.snapshotPath, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    const lines = text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    try {
      const header = JSON.parse(lines[0] ?? '') as { format?: unknown; parts?: unknown; records?: unknown; next?: unknown };
      if (header.format !== FORMAT || typeof header.parts !== 'number' || typeof header.records !== 'number' || typeof header.next !== 'number') {
        throw new SnapshotDamaged(`${this.snapshotPath}: not a Copydesk search snapshot (header ${lines[0]?.slice(0, 80)})`);
      }
      if (lines.length !== 2 + header.parts + header.records || lines.at(-1) !== '{"end":true}') {
        throw new SnapshotDamaged(`${this.snapshotPath}: ${lines.length} lines where the header promises ${2 + header.parts + header.records}: the file is incomplete`);
      }
      const parts = lines.slice(1, 1 + header.parts).map((l) => JSON.parse(l) as [string, string]);
      const records = lines.slice(1 + header.parts, -1).map((l) => JSON.parse(l) as [number, SearchRecord, string?]);
      for (const [key, data] of parts) if (typeof key !== 'string' || typeof data !== 'string') throw new SnapshotDamaged(`${this.snapshotPath}: a damaged index part`);
      for (const [n, r] of records) if (typeof n !== 'number' || typeof r?.id !== 'string') throw new SnapshotDamaged(`${this.snapshotPath}: a damaged record`);
      return { parts, records, next: header.next };
    } catch (err) {
      if (err instanceof SnapshotDamaged) throw err;
      throw new SnapshotDamaged(`${this.snapshotPath}: ${(err as Error).message}`);
    }
  }

  /** Writes a snapshot (temp file, fsync, rename) and then empties the journal it includes. */
  async writeSnapshot(state: IndexState): Promise<void> {
    const chunks: string[] = [JSON.stringify({ format: FORMAT, parts: state.parts.length, records: state.records.length, next: state.next })];
    for (const part of state.parts) chunks.push(JSON.stringify(part));
    for (const record of state.records) chunks.push(JSON.stringify(record));
    chunks.push('{"end":true}');
    await writeFileAtomic(this.snapshotPath, Buffer.from(`${chunks.join('\n')}\n`));
    await rm(this.journalPath, { force: true });
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

  /** Removes both files (a damaged snapshot is replaced by a rebuild). */
  async clear(): Promise<void> {
    await rm(this.snapshotPath, { force: true });
    await rm(this.journalPath, { force: true });
  }
}
