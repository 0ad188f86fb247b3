/**
 * The full-text index over the library: FlexSearch 0.8 (pure JavaScript, so it runs in Electron's main process
 * without a native rebuild; see BENCHMARKS.md for the comparison) finds and ranks the words, and the records beside
 * it (search-record.ts) answer field terms, dates, facets and sorts.
 *
 * Stories are numbered as they are indexed. A save that changes a story's words gives it a new number and retires
 * the old one, instead of removing it from FlexSearch (without its `fastupdate` register, which doubles the
 * index's memory, a removal scans the whole index); retired numbers are skipped in results. A save that changes
 * no words (a status, an embargo) only replaces the record.
 */
import { Index } from 'flexsearch';
import { searchWords } from './fold-text.js';
import { type FieldTerm, type ParsedQuery } from './search-query.js';
import { foldedValue, recordDay, type SearchRecord } from './search-record.js';
import { compareRecords, type SearchFacets, type SortKey } from './search-facets.js';
import { FacetColumns } from './facet-columns.js';
import { baseLanguage, MIN_STEMMED, stemsLanguage, WordStems } from './word-stems.js';

/** A prefix stands for at most this many words (the commonest first would need counts; these are the first in order). */
const MAX_PREFIX_WORDS = 300;
/** Above this many matches a sort walks the library's cached order instead of sorting the matches. */
const SORT_DIRECT = 20_000;

export interface SearchOptions {
  readonly sort?: SortKey;
  readonly offset?: number;
  readonly limit?: number;
  readonly facets?: boolean;
  /** Stories to leave out (earlier versions of an updated story): left out of the total too. */
  readonly exclude?: ReadonlySet<string>;
  /** Stories a kill in force reaches (the kill register): killed as much as those the agency's own status kills. */
  readonly killed?: ReadonlySet<string>;
  readonly now?: Date;
}

export interface SearchOutcome {
  readonly total: number;
  readonly matching: number;
  readonly records: readonly SearchRecord[];
  readonly facets: SearchFacets | null;
  /** The folded words a result can be highlighted with: the query's words, phrases' words and prefixes' words. */
  readonly terms: readonly string[];
}

/** Reads a story's searchable words, for checking a phrase's words stand together (null: the story is gone). */
export type WordsLoader = (id: string) => Promise<readonly string[] | null>;

/** The index's state for the snapshot (search-files.ts): records, FlexSearch's parts and the codes block. */
export interface IndexState {
  readonly records: readonly (readonly [number, SearchRecord])[];
  readonly next: number;
  readonly parts: readonly (readonly [string, string])[];
  /** Per story with codes: its number and count as two 32-bit words, then its codes (codeBlock). */
  readonly codes: Buffer;
  /** The index's change count when it was exported (compactWords). */
  readonly changes: number;
}

export class SearchIndex {
  private flex = newFlex();
  private readonly records: (SearchRecord | undefined)[] = [];
  private readonly wireMs: number[] = [];
  private readonly columns = new FacetColumns();
  /** Each story's words in order as 32-bit codes (wordCodes): phrases are matched on them without reading the story. */
  private readonly codes: (Uint32Array | undefined)[] = [];
  private readonly numberOf = new Map<string, number>();
  /** Each story's language (its base code), and the languages of the library that Snowball stems. */
  private readonly langOf: string[] = [];
  private readonly languages = new Set<string>();
  private readonly stems = new WordStems();
  /** FlexSearch's own words, sorted for prefix look-ups when it has grown since (no second copy is kept). */
  private sortedVocabulary: string[] | null = null;
  private sortedAt = -1;
  private readonly orders = new Map<string, number[]>();
  private next = 0;
  private retired = 0;
  /** Counts every change to the words, so that compactWords can tell the state it is given is still the index's. */
  private changes = 0;
  /** importPart has started a new FlexSearch index that importCodes has not closed yet. */
  private importing = false;

  /**
   * `stemming: false` matches words only as written: the library comparison (scripts/bench) runs the product's index
   * that way, so that every library answers the same question.
   */
  constructor(
    private readonly loadWords: WordsLoader,
    private readonly options: { readonly stemming?: boolean } = {},
  ) {}

  get size(): number {
    return this.numberOf.size;
  }

  /** Numbers retired by saves that changed a story's words: still in FlexSearch, skipped in results. */
  get retiredCount(): number {
    return this.retired;
  }

  record(id: string): SearchRecord | undefined {
    const n = this.numberOf.get(id);
    return n === undefined ? undefined : this.records[n];
  }

  ids(): IterableIterator<string> {
    return this.numberOf.keys();
  }

  /**
   * Indexes a story, or replaces its record. `text` null keeps its words (the caller checked textKey); returns the
   * number its words are indexed under and the one it retired, for the journal.
   */
  put(record: SearchRecord, text: string | null, at?: number): { number: number; retired: number | null } {
    const old = this.numberOf.get(record.id);
    this.orders.clear();
    // A record-only change, or a journal line replayed over the snapshot that already holds it.
    if (old !== undefined && (text === null || old === at)) {
      this.setRecord(old, record);
      return { number: old, retired: null };
    }
    const number = at ?? this.next;
    this.next = Math.max(this.next, number + 1);
    if (old !== undefined) this.retire(old);
    // Each word once, where it first occurs (the headline first): FlexSearch ranks by that position and counts no
    // repeats anyway, and a story's 500 words are about 250 distinct ones, so indexing does half the work.
    const all = searchWords(text ?? '');
    const words = [...new Set(all)];
    this.flex.add(number, words.join(' '));
    this.changes++;
    this.codes[number] = wordCodes(all);
    this.numberOf.set(record.id, number);
    this.setRecord(number, record);
    return { number, retired: old ?? null };
  }

  remove(id: string): void {
    const n = this.numberOf.get(id);
    if (n === undefined) return;
    this.retire(n);
    this.numberOf.delete(id);
    this.orders.clear();
  }

  async search(query: ParsedQuery, options: SearchOptions = {}): Promise<SearchOutcome> {
    const now = options.now ?? new Date();
    const expanded = query.prefixes.map((p) => this.expand(p));
    const stemmed = new Map<string, Map<string, string[]>>();
    for (const w of query.words) {
      const forms = this.sameStem(w);
      if (forms) stemmed.set(w, forms);
    }
    let ranked = this.candidates(query, expanded, stemmed);
    if (ranked && query.phrases.length > 0) ranked = await this.withPhrases(ranked, query.phrases);
    const without = query.without.length > 0 ? new Set(query.without.flatMap((w) => this.flex.search(w, { limit: this.next + 1 }) as number[])) : null;
    const killed = options.killed && options.killed.size > 0 ? options.killed : null;
    const view = (r: SearchRecord): SearchRecord => (killed && !r.killed && killed.has(r.id) ? { ...r, killed: true } : r);
    const matched = this.kept(ranked ?? this.allNumbers(), fieldFilter(query, now), without, options.exclude, view);
    // Without words the newest filed come first; 'updated' would reorder the list under the editor's cursor, as
    // opening a story saves its deferred reading.
    const sort = options.sort ?? (ranked && query.words.length + query.prefixes.length + query.phrases.length > 0 ? 'relevance' : 'wire');
    const ordered = sort === 'relevance' ? matched : this.sorted(matched, sort);
    const offset = options.offset ?? 0;
    const limit = options.limit ?? 100;
    const page = ordered.slice(offset, offset + limit).map((n) => view(this.records[n] as SearchRecord));
    const facets = options.facets ? this.columns.count(matched, this.records, this.wireMs, now, killed ?? undefined) : null;
    const sameStem = [...stemmed.values()].flatMap((byLanguage) => [...byLanguage.values()].flat());
    const terms = [...query.words, ...sameStem, ...query.phrases.flat(), ...expanded.flat()];
    return { total: this.size - this.countIn(options.exclude), matching: matched.length, records: page, facets, terms: [...new Set(terms)] };
  }

  /** The index's state, for the snapshot files. */
  async exportState(): Promise<IndexState> {
    const at = this.changes;
    const parts: [string, string][] = [];
    await this.flex.export((key: string, data: string) => {
      parts.push([key, data]);
    });
    const records: [number, SearchRecord][] = [];
    for (const n of this.numberOf.values()) {
      const r = this.records[n];
      if (r) records.push([n, r]);
    }
    return { records, next: this.next, parts, codes: codeBlock(records.map(([n]) => [n, this.codes[n]])), changes: at };
  }

  /**
   * Rebuilds FlexSearch from a state just exported (compact lists), and points the codes into its block, when no
   * word has changed since.
   */
  compactWords(state: IndexState): void {
    if (state.changes !== this.changes) return;
    const flex = newFlex();
    for (const [key, data] of state.parts) flex.import(key, data);
    this.flex = flex;
    // The codes too: the block just written holds them all, so the story's own arrays can go.
    this.pointCodes(state.codes);
  }

  /** Forgets everything (a damaged snapshot, before the index is rebuilt from the store). */
  clear(): void {
    this.flex = newFlex();
    for (const list of [this.records, this.wireMs, this.codes, this.langOf]) list.length = 0;
    this.columns.clear();
    this.numberOf.clear();
    this.orders.clear();
    this.sortedVocabulary = null;
    this.sortedAt = -1;
    this.next = 0;
    this.retired = 0;
    this.importing = false;
    this.changes++;
  }

  /**
   * Restores the records of a snapshot: enough for the list, the field terms, facets and sorts. The words follow
   * with importWords; until then a search with words must wait (library-search.ts does).
   */
  importRecords(records: readonly (readonly [number, SearchRecord])[], next: number): void {
    for (const [n, r] of records) {
      this.numberOf.set(r.id, n);
      this.setRecord(n, r);
    }
    this.next = Math.max(this.next, next);
    this.orders.clear();
  }

  /** Restores one of FlexSearch's exported parts (a snapshot's words are read and handed over part by part). */
  importPart(key: string, data: string): void {
    if (!this.importing) {
      this.flex = newFlex();
      this.importing = true;
    }
    this.changes++;
    this.flex.import(key, data);
  }

  /** Restores the phrase codes of a snapshot, used in place (views on the block, not copies); ends importPart's run. */
  importCodes(codes: Buffer): void {
    this.importing = false;
    this.pointCodes(codes);
    this.sortedVocabulary = null;
    this.orders.clear();
  }

  /** Each story's codes as a view on the block (one allocation for the library instead of one per story). */
  private pointCodes(codes: Buffer): void {
    for (let at = 0; at + 8 <= codes.length; ) {
      const n = codes.readUInt32LE(at);
      const count = codes.readUInt32LE(at + 4);
      if (at + 8 + count * 4 > codes.length) throw new Error('the codes block is cut short');
      if (this.records[n]) this.codes[n] = new Uint32Array(codes.buffer, codes.byteOffset + at + 8, count);
      at += 8 + count * 4;
    }
  }

  private setRecord(n: number, r: SearchRecord): void {
    this.records[n] = r;
    const language = baseLanguage(r.language);
    this.langOf[n] = language;
    if (!this.languages.has(language) && stemsLanguage(language)) this.languages.add(language);
    const ms = Date.parse(r.wireTime);
    this.wireMs[n] = Number.isNaN(ms) ? 0 : ms;
    this.columns.set(n, r);
  }

  /**
   * The candidates a search keeps: indexed now, not excluded or ruled out by a `-word`, and matching the field
   * terms and dates. Each test is made only when the query or the desk asks for it: a common word's candidates are
   * most of the library, and this runs once for each.
   */
  private kept(
    candidates: readonly number[],
    fields: ((r: SearchRecord) => boolean) | null,
    without: ReadonlySet<number> | null,
    exclude: ReadonlySet<string> | undefined,
    view: (r: SearchRecord) => SearchRecord,
  ): number[] {
    const leftOut = exclude && exclude.size > 0 ? exclude : null;
    const records = this.records;
    const out: number[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const n = candidates[i] as number;
      const r = records[n];
      if (r === undefined) continue;
      if (without !== null && without.has(n)) continue;
      if (leftOut !== null && leftOut.has(r.id)) continue;
      if (fields !== null && !fields(view(r))) continue;
      out.push(n);
    }
    return out;
  }

  /** How many of `ids` the index holds. */
  private countIn(ids: ReadonlySet<string> | undefined): number {
    let count = 0;
    if (ids) for (const id of ids) if (this.numberOf.has(id)) count++;
    return count;
  }

  private retire(n: number): void {
    this.records[n] = undefined;
    this.codes[n] = undefined;
    this.retired++;
  }

  /**
   * Stories holding every word (ranked), and a word of each prefix; null when the query names no words at all. A
   * word with others of its stem in the vocabulary (sameStem) matches a story holding it as written, or holding one
   * of those in a language where they share the stem: the stories with the word as written rank first.
   */
  private candidates(query: ParsedQuery, expanded: readonly string[][], stemmed: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>): number[] | null {
    const exact = [...query.words.filter((w) => !stemmed.has(w)), ...query.phrases.flat()];
    const all = this.next + 1;
    const find = (words: string): number[] => this.flex.search(words, { limit: all }) as number[];
    let ranked: number[] | null = exact.length > 0 ? find(exact.join(' ')) : null;
    for (const [word, byLanguage] of stemmed) {
      const hits = new Set(find(word));
      for (const [language, forms] of byLanguage) {
        for (const form of forms) for (const n of find(form)) if (this.langOf[n] === language) hits.add(n);
      }
      ranked = ranked ? ranked.filter((n) => hits.has(n)) : [...hits];
    }
    for (const group of expanded) {
      const hits = new Set<number>();
      for (const w of group) for (const n of find(w)) hits.add(n);
      ranked = ranked ? ranked.filter((n) => hits.has(n)) : [...hits];
    }
    return ranked;
  }

  /**
   * The vocabulary's other words sharing `word`'s stem, per language of the library that Snowball stems (null: none).
   * Only the words beginning as the stem does are stemmed (expand), so a query costs a few hundred stems at most.
   */
  private sameStem(word: string): Map<string, string[]> | null {
    if (this.options.stemming === false || word.length < MIN_STEMMED || /^\d+$/.test(word)) return null;
    let byLanguage: Map<string, string[]> | null = null;
    for (const language of this.languages) {
      const stem = this.stems.stem(language, word);
      const forms = this.expand(WordStems.reach(word, stem)).filter((w) => w !== word && this.stems.stem(language, w) === stem);
      if (forms.length > 0) (byLanguage ??= new Map()).set(language, forms);
    }
    return byLanguage;
  }

  private expand(prefix: string): string[] {
    const map = (this.flex as unknown as { map: Map<string, unknown> }).map;
    const words = this.sortedVocabulary && this.sortedAt === map.size ? this.sortedVocabulary : this.sortVocabulary(map);
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((words[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < words.length && out.length < MAX_PREFIX_WORDS && (words[i] as string).startsWith(prefix); i++) out.push(words[i] as string);
    return out;
  }

  /**
   * Brings the sorted vocabulary up to FlexSearch's words. Words are only ever added (a retired story's stay), and a
   * Map keeps its insertion order, so the words since the last sort are those past its count: they are sorted alone
   * and merged in, instead of sorting the whole vocabulary again after every import.
   */
  private sortVocabulary(map: Map<string, unknown>): string[] {
    const before = this.sortedVocabulary;
    if (!before || map.size < this.sortedAt) {
      this.sortedVocabulary = [...map.keys()].sort();
      this.sortedAt = map.size;
      return this.sortedVocabulary;
    }
    const added: string[] = [];
    let i = 0;
    for (const key of map.keys()) if (i++ >= this.sortedAt) added.push(key);
    added.sort();
    const merged: string[] = new Array<string>(before.length + added.length);
    let a = 0;
    let b = 0;
    let k = 0;
    while (a < before.length && b < added.length) merged[k++] = (before[a] as string) <= (added[b] as string) ? (before[a++] as string) : (added[b++] as string);
    while (a < before.length) merged[k++] = before[a++] as string;
    while (b < added.length) merged[k++] = added[b++] as string;
    this.sortedVocabulary = merged;
    this.sortedAt = map.size;
    return merged;
  }

  /** Keeps the stories where each phrase's words stand together, in order. */
  private async withPhrases(ranked: number[], phrases: readonly (readonly string[])[]): Promise<number[]> {
    const kept: number[] = [];
    const coded = phrases.map(wordCodes);
    for (const n of ranked) {
      const r = this.records[n];
      if (!r) continue;
      // A phrase's word codes must stand together, in order (wordCodes says how rarely another word's code fools
      // it); a story without codes (none yet) is read from the store and checked word by word.
      const codes = this.codes[n];
      if (codes) {
        if (coded.every((c) => containsRun(codes, c))) kept.push(n);
        continue;
      }
      const words = await this.loadWords(r.id);
      if (words && phrases.every((p) => containsWords(words, p))) kept.push(n);
    }
    return kept;
  }

  private allNumbers(): number[] {
    return [...this.numberOf.values()];
  }

  private sorted(matched: number[], key: Exclude<SortKey, 'relevance'>): number[] {
    const cmp = (a: number, b: number): number => compareRecords(key, this.records[a] as SearchRecord, this.records[b] as SearchRecord);
    if (matched.length <= SORT_DIRECT) return [...matched].sort(cmp);
    let order = this.orders.get(key);
    if (!order) {
      order = this.allNumbers().sort(cmp);
      this.orders.set(key, order);
    }
    const wanted = new Uint8Array(this.next + 1);
    for (const n of matched) wanted[n] = 1;
    return order.filter((n) => wanted[n] === 1);
  }
}

function newFlex(): Index {
  // The words come folded and split (fold-text.ts): FlexSearch only splits on the spaces between them.
  return new Index({ tokenize: 'strict', resolution: 9, encode: (text: string) => text.split(' ').filter(Boolean) });
}

/**
 * The codes of many stories in one block: per story its number and count (32-bit little-endian), its codes in the
 * machine's byte order (the snapshot's header records it), four bytes each, so that every story's codes can be
 * read in place as a Uint32Array.
 */
function codeBlock(stories: readonly (readonly [number, Uint32Array | undefined])[]): Buffer {
  let size = 0;
  for (const [, codes] of stories) if (codes) size += 8 + codes.length * 4;
  const block = Buffer.alloc(size);
  let at = 0;
  for (const [n, codes] of stories) {
    if (!codes) continue;
    block.writeUInt32LE(n, at);
    block.writeUInt32LE(codes.length, at + 4);
    block.set(new Uint8Array(codes.buffer, codes.byteOffset, codes.byteLength), at + 8);
    at += 8 + codes.length * 4;
  }
  return block;
}

/**
 * Four bytes per word (FNV-1a of its letters): 2 KB for a 500-word story. Sixteen bits were not enough: a phrase's
 * candidates already hold both its words, so a false match only needs another word of the story to share the first
 * word's code, and over the 10,000 candidates of a common pair at 100,000 stories that happened about once a query
 * (the library comparison's brute-force check caught 16 stories counted for 15). At 32 bits it is once in ~65,000
 * such queries.
 */
function wordCodes(words: readonly string[]): Uint32Array {
  const codes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    let h = 0x811c9dc5;
    for (let j = 0; j < w.length; j++) h = Math.imul(h ^ w.charCodeAt(j), 0x01000193);
    codes[i] = h >>> 0;
  }
  return codes;
}

/** Whether `run` stands in `words` in order; the first code is looked for by the typed array's own indexOf. */
function containsRun(words: Uint32Array, run: Uint32Array): boolean {
  const first = run[0];
  if (first === undefined) return true;
  for (let i = words.indexOf(first); i >= 0 && i + run.length <= words.length; i = words.indexOf(first, i + 1)) {
    let j = 1;
    while (j < run.length && words[i + j] === run[j]) j++;
    if (j === run.length) return true;
  }
  return false;
}

/** The same over a story's words read from the store. */
function containsWords(words: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The query's field terms and dates as one test of a record, made once a search: a term compares folded values,
 * and a library holds few distinct sources, languages, places and subjects, so each distinct value is folded and
 * compared once a search instead of once a candidate (null: the query names no fields or dates).
 */
function fieldFilter(q: ParsedQuery, now: Date): ((r: SearchRecord) => boolean) | null {
  if (q.fields.length === 0 && !q.since && !q.until) return null;
  const tests = q.fields.map((term) => ({ negated: term.negated, test: termTest(term, now) }));
  return (r) => {
    for (const { negated, test } of tests) if (test(r) === negated) return false;
    if (q.since || q.until) {
      const day = recordDay(r);
      if (q.since && day < q.since) return false;
      if (q.until && day > q.until) return false;
    }
    return true;
  };
}

function termTest({ field, value }: FieldTerm, now: Date): (r: SearchRecord) => boolean {
  switch (field) {
    case 'status':
      return (r) => r.status === value;
    case 'is': {
      if (value === 'flagged') return (r) => r.openFlags > 0;
      const nowIso = now.toISOString();
      if (value === 'embargoed') return (r) => r.embargo !== null && r.embargo > nowIso;
      if (value === 'killed') return (r) => r.killed;
      if (value === 'updated') return (r) => r.update?.merged === true;
      return (r) => r.edited;
    }
    case 'source': {
      const same = onceEach((raw) => foldedValue(raw) === value);
      return (r) => same(r.source) || same(r.sourceName);
    }
    case 'lang': {
      const same = onceEach((raw) => foldedValue(raw) === value || foldedValue(raw.split('-')[0] ?? '') === value);
      return (r) => same(r.language);
    }
    case 'place': {
      const same = onceEach((raw) => foldedValue(raw) === value);
      return (r) => r.places.some(same);
    }
    case 'subject': {
      const same = onceEach((raw) => {
        const v = foldedValue(raw);
        return v === value || v.startsWith(value);
      });
      return (r) => r.subjects.some(same);
    }
  }
}

/** A test of a field's raw value, worked out once for each distinct value. */
function onceEach(test: (raw: string) => boolean): (raw: string) => boolean {
  const known = new Map<string, boolean>();
  return (raw) => {
    let answer = known.get(raw);
    if (answer === undefined) {
      answer = test(raw);
      known.set(raw, answer);
    }
    return answer;
  };
}
