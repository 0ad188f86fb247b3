/**
 * SQLite FTS5, the same schema and SQL through two drivers: better-sqlite3 12.11.1 (native) and node-sqlite3-wasm
 * 0.8.60 (SQLite compiled to WebAssembly, with file access). A table of the fields the product's record keeps and a
 * contentless FTS5 table of the story's words: the product keeps the stories themselves in its article store, so
 * the index needs their words (with positions, for phrases), not a second copy of the text. The words are folded
 * and split by the product's own fold-text.ts, as FlexSearch gets them, so both libraries search the same words.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { foldText, searchWords } from '../../../electron/search/fold-text.js';
import { PAGE, type Candidate, type CandidateLibrary, type SearchAnswer } from '../library-candidate.js';
import type { BenchQuery, CorpusStory } from '../library-corpus.js';

type Param = string | number | null;
type Row = Record<string, unknown>;

/** The little a driver must offer; each statement is prepared once. */
export interface SqlDriver {
  exec(sql: string): void;
  run(sql: string, params: readonly Param[]): void;
  all(sql: string, params: readonly Param[]): Row[];
  close(): void;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS story (
    n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, status TEXT NOT NULL, source_key TEXT NOT NULL,
    source_name_key TEXT NOT NULL, source TEXT NOT NULL, language TEXT NOT NULL, wire_time TEXT NOT NULL,
    subjects TEXT NOT NULL, open_flags INTEGER NOT NULL, record TEXT NOT NULL);
  CREATE VIRTUAL TABLE IF NOT EXISTS story_words USING fts5(words, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');`;

const INSERT_STORY = 'INSERT INTO story (n, id, status, source_key, source_name_key, source, language, wire_time, subjects, open_flags, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
const INSERT_WORDS = 'INSERT INTO story_words (rowid, words) VALUES (?, ?)';
const MATCHED = 'FROM story_words w JOIN story s ON s.n = w.rowid WHERE story_words MATCH ?';
const BY_SOURCE = ' AND (s.source_key = ? OR s.source_name_key = ?)';
const DAY = 86_400_000;

/** The query in FTS5's syntax: quoted words (folded, letters and digits only), a quoted phrase, a quoted prefix*. */
export function ftsMatch(q: BenchQuery): string {
  switch (q.kind) {
    case 'phrase':
      return `"${q.words.join(' ')}"`;
    case 'prefix':
      return `"${q.prefix ?? ''}"*`;
    case 'word':
    case 'two words':
    case 'word + source':
      return q.words.map((w) => `"${w}"`).join(' ');
  }
}

class SqliteIndex implements Candidate {
  private next = 0;

  constructor(private readonly db: SqlDriver) {
    db.exec(SCHEMA);
    const max = db.all('SELECT max(n) AS n FROM story', [])[0]?.n;
    this.next = typeof max === 'number' ? max + 1 : 0;
  }

  add(stories: readonly CorpusStory[]): Promise<void> {
    // One transaction a batch, as the product's import stores a batch at a time.
    this.db.exec('BEGIN');
    for (const { record: r, text } of stories) {
      const n = this.next++;
      this.db.run(INSERT_STORY, [n, r.id, r.status, foldText(r.source), foldText(r.sourceName), r.source || '(none)', r.language || '(none)', r.wireTime, JSON.stringify(r.subjects), r.openFlags, JSON.stringify(r)]);
      this.db.run(INSERT_WORDS, [n, searchWords(text).join(' ')]);
    }
    this.db.exec('COMMIT');
    return Promise.resolve();
  }

  persist(): Promise<void> {
    // Everything is committed already; the checkpoint moves the WAL into the database file, so the size on disk
    // and the cold open are the database's own.
    this.db.all('PRAGMA wal_checkpoint(TRUNCATE)', []);
    return Promise.resolve();
  }

  search(q: BenchQuery, facets: boolean, at: Date): Promise<SearchAnswer> {
    const params: Param[] = [ftsMatch(q)];
    let where = MATCHED;
    if (q.source) {
      const key = foldText(q.source);
      where += BY_SOURCE;
      params.push(key, key);
    }
    const rows = this.db.all(`SELECT s.id AS id, s.record AS record ${where} ORDER BY w.rank LIMIT ${PAGE}`, params);
    // The list renders the records, as the product's search returns them.
    const page = rows.map((r) => (JSON.parse(String(r.record)) as { id: string }).id);
    if (!facets) {
      const count = Number(this.db.all(`SELECT count(*) AS c ${where}`, params)[0]?.c ?? 0);
      return Promise.resolve({ matching: count, page, facets: null });
    }
    const counted = this.facets(where, params, at.getTime());
    const matching = Object.values(counted.status ?? {}).reduce((a, b) => a + b, 0);
    return Promise.resolve({ matching, page, facets: counted });
  }

  /** The product's facets (search-facets.ts) with GROUP BY over the matches, computed once (MATERIALIZED). */
  private facets(where: string, params: readonly Param[], now: number): Record<string, Record<string, number>> {
    const iso = (ms: number): string => new Date(ms).toISOString();
    const sql = `WITH m AS MATERIALIZED (SELECT s.source, s.status, s.language, s.subjects, s.wire_time, s.open_flags ${where})
      SELECT 'source' AS f, source AS v, count(*) AS c FROM m GROUP BY source
      UNION ALL SELECT 'status', status, count(*) FROM m GROUP BY status
      UNION ALL SELECT 'language', language, count(*) FROM m GROUP BY language
      UNION ALL SELECT 'subject', j.value, count(*) FROM m, json_each(m.subjects) AS j GROUP BY j.value
      UNION ALL SELECT 'date', 'today', coalesce(sum(substr(wire_time, 1, 10) = ?), 0) FROM m
      UNION ALL SELECT 'date', 'last-24h', coalesce(sum(wire_time > ?), 0) FROM m
      UNION ALL SELECT 'date', 'this-week', coalesce(sum(wire_time > ?), 0) FROM m
      UNION ALL SELECT 'date', 'older', coalesce(sum(wire_time <= ?), 0) FROM m
      UNION ALL SELECT 'flagged', 'flagged', count(*) FROM m WHERE open_flags > 0`;
    const week = iso(now - 7 * DAY);
    const out: Record<string, Record<string, number>> = {};
    for (const row of this.db.all(sql, [...params, iso(now).slice(0, 10), iso(now - DAY), week, week])) {
      const facet = (out[String(row.f)] ??= {});
      facet[String(row.v)] = Number(row.c);
    }
    return out;
  }

  close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }
}

function notInstalled(pkg: string, err: unknown): Error {
  return new Error(`${pkg} is not installed or did not load (${err instanceof Error ? err.message : String(err)}): npm install --save-exact -D ${pkg}`, { cause: err });
}

/** better-sqlite3's statements, each prepared once. */
async function betterSqlite(path: string): Promise<SqlDriver> {
  let Database: typeof import('better-sqlite3');
  try {
    Database = (await import('better-sqlite3')).default;
  } catch (err) {
    throw notInstalled('better-sqlite3@12.11.1', err);
  }
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Positional parameters only.
  type Prepared = { run(...params: Param[]): unknown; all(...params: Param[]): unknown[] };
  const statements = new Map<string, Prepared>();
  const statement = (sql: string): Prepared => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql) as unknown as Prepared));
    return s;
  };
  return {
    exec: (sql) => void db.exec(sql),
    run: (sql, params) => void statement(sql).run(...params),
    all: (sql, params) => statement(sql).all(...params) as Row[],
    close: () => db.close(),
  };
}

/** node-sqlite3-wasm's statements, each prepared once and finalized on close (its memory is not garbage-collected). */
async function wasmSqlite(path: string): Promise<SqlDriver> {
  let mod: typeof import('node-sqlite3-wasm');
  try {
    mod = await import('node-sqlite3-wasm');
  } catch (err) {
    throw notInstalled('node-sqlite3-wasm@0.8.60', err);
  }
  const Database = mod.Database ?? (mod as unknown as { default: typeof import('node-sqlite3-wasm') }).default.Database;
  const db = new Database(path);
  // Its file system layer has no shared memory, so WAL needs exclusive locking (one process owns the library,
  // as the app's main process does); in the default locking mode it stays in rollback-journal mode.
  db.all('PRAGMA locking_mode = EXCLUSIVE');
  const mode = db.all('PRAGMA journal_mode = WAL')[0]?.journal_mode;
  if (mode !== 'wal') throw new Error(`node-sqlite3-wasm: journal_mode is ${String(mode)}, not wal`);
  db.all('PRAGMA synchronous = FULL');
  const statements = new Map<string, ReturnType<typeof db.prepare>>();
  const statement = (sql: string): ReturnType<typeof db.prepare> => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  return {
    exec: (sql) => db.exec(sql),
    run: (sql, params) => void statement(sql).run([...params]),
    all: (sql, params) => statement(sql).all([...params]) as Row[],
    close: () => {
      for (const s of statements.values()) s.finalize();
      db.close();
    },
  };
}

function file(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return join(dir, 'library.sqlite');
}

export const betterSqliteFts5: CandidateLibrary = {
  name: 'SQLite FTS5, better-sqlite3 12.11.1',
  electronMain: "no: a native module built for Node 20's ABI; Electron needs it rebuilt for its own (electron-builder install-app-deps, with internet)",
  persisted: 'one SQLite file (WAL checkpointed)',
  create: async (dir) => new SqliteIndex(await betterSqlite(file(dir))),
  open: async (dir) => new SqliteIndex(await betterSqlite(file(dir))),
};

export const wasmSqliteFts5: CandidateLibrary = {
  name: 'SQLite FTS5, node-sqlite3-wasm 0.8.60',
  electronMain: 'yes: WebAssembly + JavaScript file access, no native module',
  persisted: 'one SQLite file (WAL, exclusive lock, checkpointed)',
  create: async (dir) => new SqliteIndex(await wasmSqlite(file(dir))),
  open: async (dir) => new SqliteIndex(await wasmSqlite(file(dir))),
};
