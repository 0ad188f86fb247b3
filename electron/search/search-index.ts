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
import { WordPositions } from './word-positions.js';
import { flexBatch, flexWriter, type FlexWriter } from './flex-insert.js';

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
  /** The phrase block: where each word stands in each story (WordPositions.block; the snapshot's codes file). */
  readonly codes: Buffer;
  /** The index's change count when it was exported (compactWords). */
  readonly changes: number;
}

export class SearchIndex {
  private flex = newFlex();
  private readonly records: (SearchRecord | undefined)[] = [];
  private readonly wireMs: number[] = [];
  private readonly columns = new FacetColumns();
  /** Where each word stands in each story: phrases are matched on them without reading the stories. */
  private readonly positions = new WordPositions();
  /**
   * The snapshot's stories (numbered below this) have their records restored but not their positions, until
   * importCodesFile: a phrase reads them. A story indexed since has a number of its own above them.
   */
  private unpositionedBelow = 0;
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
  /** Words whose FlexSearch lists were pushed to since they were last trimmed (trimTouched). */
  private readonly touched = new Set<string>();
  /** Stories put since the last trim; past a tenth of the library the words are no longer tracked (trimsAll). */
  private putsSinceTrim = 0;
  /**
   * So many stories were indexed since the last trim that most lists grew: the next trim gives every list its exact
   * length, and the words are not tracked one by one meanwhile — a Set insert for every word of every story, a
   * quarter of the words' indexing on an import of 10,000 stories, to list what is then most of the map anyway.
   */
  private trimsAll = false;
  /** Journal stories whose records are in (importJournalRecords) and whose words are not yet. */
  private readonly unindexed = new Set<number>();
  /** importPart has started a new FlexSearch index that importCodesFile has not closed yet. */
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
    if (!this.trimsAll && ++this.putsSinceTrim > Math.max(TRACKED_PUTS, this.numberOf.size / 10)) {
      this.trimsAll = true;
      this.touched.clear();
    }
    const write = flexWriter(this.flex, this.trimsAll ? undefined : this.touched);
    return this.putWith(write ?? ((n, words) => this.flex.add(n, words.join(' '))), record, text, at);
  }

  /**
   * put for many stories at once (a drained batch, a journal replayed): their words are written into FlexSearch's
   * lists together, each list grown once to its exact length (flexBatch), not a push at a time.
   */
  putMany(items: readonly { readonly record: SearchRecord; readonly text: string | null; readonly at?: number }[]): { number: number; retired: number | null }[] {
    const batch = flexBatch(this.flex);
    if (!batch) return items.map((i) => this.put(i.record, i.text, i.at));
    try {
      return items.map((i) => this.putWith(batch.write, i.record, i.text, i.at));
    } finally {
      batch.finish();
    }
  }

  private putWith(write: FlexWriter, record: SearchRecord, text: string | null, at?: number): { number: number; retired: number | null } {
    const old = this.numberOf.get(record.id);
    this.orders.clear();
    // A record-only change, or a journal line replayed over the snapshot that already holds it (not one whose
    // record alone was read ahead of its words).
    if (old !== undefined && (text === null || (old === at && !this.unindexed.has(at)))) {
      this.setRecord(old, record);
      return { number: old, retired: null };
    }
    const number = at ?? this.next;
    this.next = Math.max(this.next, number + 1);
    if (old !== undefined && old !== number) this.retire(old);
    this.unindexed.delete(number);
    // Each word once, where it first occurs (the headline first): FlexSearch ranks by that position and counts no
    // repeats anyway, and a story's 500 words are about 250 distinct ones, so indexing does half the work.
    const all = searchWords(text ?? '');
    const words = [...new Set(all)];
    write(number, words);
    this.changes++;
    this.positions.add(number, all);
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
    const matched = this.kept(ranked ?? this.allNumbers(), fieldFilter(query, this.columns, now, killed), without, options.exclude);
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
    return { records, next: this.next, parts, codes: this.positions.block(), changes: at };
  }

  /**
   * After a snapshot: trims the lists, the positions by pointing them into the block just written when no word has
   * changed since (the block holds them all, so the lists grown story by story can go).
   */
  compactWords(state: IndexState, codesFile?: string): void {
    if (state.changes === this.changes) {
      this.positions.load(state.codes, codesFile);
      this.trimFlex();
    } else {
      this.trim();
    }
  }

  /**
   * Gives the lists their exact length. FlexSearch's lists of story numbers, grown one push at a time, hold up to
   * twice what they need: 20,000 stories of generated copy, 100 MB of lists, 57 MB trimmed in 0.14 s (rebuilding
   * them from an export, as compactWords did before, took seconds at 100,000 stories and left 76 MB). Made after a
   * snapshot, when stories have stopped arriving: trimmed while they arrive, a list grows its slack back at its next
   * push (and the collector was measured no better off at 30,000 stories).
   */
  trim(): void {
    this.trimFlex();
    this.positions.trim();
  }

  private trimFlex(): void {
    const map = (this.flex as unknown as { map?: Map<string, unknown> }).map;
    this.touched.clear();
    this.trimsAll = false;
    this.putsSinceTrim = 0;
    if (!(map instanceof Map)) return;
    for (const [word, slots] of map) if (Array.isArray(slots)) map.set(word, exactSlots(slots));
  }

  /**
   * Gives the lists pushed to since the last trim their exact length, and the positions' lists theirs. A list read
   * from a snapshot is exact, and its first push grows it by half: 1,000 stories indexed into a library of 100,000
   * (a journal replayed at open, a hot folder's arrivals) touch most of the common words' lists and left ~65 MB of
   * room in them, resident until the next snapshot. Made when the desk goes idle (library-search.ts).
   */
  trimTouched(): void {
    if (this.trimsAll) return this.trim();
    this.putsSinceTrim = 0;
    const map = (this.flex as unknown as { map?: Map<string, unknown> }).map;
    if (map instanceof Map) {
      for (const word of this.touched) {
        const slots = map.get(word);
        if (Array.isArray(slots)) map.set(word, exactSlots(slots));
      }
    }
    this.touched.clear();
    this.positions.trim();
  }

  /** Lets go of the file the phrase positions are read from (the library is closing): no phrase is asked after. */
  closeFiles(): void {
    this.positions.closeFile();
  }

  /** Forgets everything (a damaged snapshot, before the index is rebuilt from the store). */
  clear(): void {
    this.flex = newFlex();
    for (const list of [this.records, this.wireMs, this.langOf]) list.length = 0;
    this.positions.clear();
    this.unpositionedBelow = 0;
    this.columns.clear();
    this.numberOf.clear();
    this.unindexed.clear();
    this.touched.clear();
    this.trimsAll = false;
    this.putsSinceTrim = 0;
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
    this.unpositionedBelow = this.next;
    this.orders.clear();
  }

  /** A number for a story whose words will be indexed later (a journal line written ahead of the words). */
  reserveNumber(): number {
    return this.next++;
  }

  /**
   * The records of the journal's lines, read ahead of their words: the list shows the stories indexed since the
   * snapshot at once, before the snapshot's words have loaded. Each line's words follow through put(record, text,
   * number) once they have. A line of a record alone changes a story the index holds, as put would.
   */
  importJournalRecords(lines: readonly { readonly record: SearchRecord; readonly number?: number; readonly text?: string }[]): void {
    for (const line of lines) {
      const old = this.numberOf.get(line.record.id);
      if (line.text === undefined || line.number === undefined) {
        if (old !== undefined) this.setRecord(old, line.record);
        continue;
      }
      if (old !== undefined && old !== line.number) this.retire(old);
      this.numberOf.set(line.record.id, line.number);
      this.setRecord(line.number, line.record);
      this.unindexed.add(line.number);
      this.next = Math.max(this.next, line.number + 1);
    }
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

  /** Restores a snapshot's phrase positions from its codes file, left there (only their directory is read); ends importPart's run. */
  async importCodesFile(path: string, bytes: number): Promise<void> {
    await this.positions.loadFile(path, bytes);
    this.importing = false;
    this.codesRestored();
  }

  private codesRestored(): void {
    this.unpositionedBelow = 0;
    this.sortedVocabulary = null;
    this.orders.clear();
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
    fields: ((n: number, r: SearchRecord) => boolean) | null,
    without: ReadonlySet<number> | null,
    exclude: ReadonlySet<string> | undefined,
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
      if (fields !== null && !fields(n, r)) continue;
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
    this.retired++;
  }

  /**
   * Stories holding every word (ranked), and a word of each prefix; null when the query names no words at all. A
   * word with others of its stem in the vocabulary (sameStem) matches a story holding it as written, or holding one
   * of those in a language where they share the stem: the stories with the word as written rank first.
   */
  private candidates(query: ParsedQuery, expanded: readonly string[][], stemmed: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>): number[] | null {
    // A phrase is looked up by its rarest word alone: its positions (withPhrases) decide the rest, and FlexSearch's
    // intersection of a common pair's lists cost more than the phrase check itself.
    const exact = [...query.words.filter((w) => !stemmed.has(w)), ...query.phrases.filter((p) => p.length > 0).map((p) => this.positions.rarest(p))];
    const all = this.next + 1;
    const find = (words: string): number[] => this.flex.search(words, { limit: all }) as number[];
    let ranked: number[] | null = exact.length > 0 ? find(exact.join(' ')) : null;
    // Each group of words (a word and its other forms, a prefix's words) is one more condition: a story holding any.
    const groups: (readonly (readonly [string, string | null])[])[] = [];
    for (const [word, byLanguage] of stemmed) {
      const group: [string, string | null][] = [[word, null]];
      for (const [language, forms] of byLanguage) for (const form of forms) group.push([form, language]);
      groups.push(group);
    }
    for (const words of expanded) groups.push(words.map((w) => [w, null] as const));
    for (const group of groups) {
      const hits = new Uint8Array(all);
      const union: number[] = [];
      for (const [word, language] of group) {
        for (const n of find(word)) {
          if (hits[n] === 1 || (language !== null && this.langOf[n] !== language)) continue;
          hits[n] = 1;
          if (!ranked) union.push(n);
        }
      }
      ranked = ranked ? ranked.filter((n) => hits[n] === 1) : union;
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

  /**
   * Keeps the stories where each phrase's words stand together, in order (the word positions say; a story whose
   * positions are not restored yet is read from the store and checked word by word).
   */
  private async withPhrases(ranked: number[], phrases: readonly (readonly string[])[]): Promise<number[]> {
    const size = this.next + 1;
    const marks = phrases.map((p) => ({ length: p.length, mark: this.positions.holding(p, size) }));
    const kept: number[] = [];
    for (const n of ranked) {
      const r = this.records[n];
      if (!r) continue;
      if (n < this.unpositionedBelow) {
        const words = await this.loadWords(r.id);
        if (words && phrases.every((p) => containsWords(words, p))) kept.push(n);
        continue;
      }
      if (marks.every(({ length, mark }) => mark[n] === length)) kept.push(n);
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

/** A word's slot lists, each copied at its exact length (a list grown by pushes holds up to half again). */
function exactSlots(slots: readonly unknown[]): unknown[] {
  return slots.map((ids) => (Array.isArray(ids) ? ids.slice() : ids));
}

/** Stories put since the last trim whose words are tracked however small the library (see trimsAll). */
const TRACKED_PUTS = 200;

function newFlex(): Index {
  // The words come folded and split (fold-text.ts): FlexSearch only splits on the spaces between them.
  return new Index({ tokenize: 'strict', resolution: 9, encode: (text: string) => text.split(' ').filter(Boolean) });
}

/** Whether `run` stands in `words`, in order (a story read from the store). */
function containsWords(words: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The query's field terms and dates as one test of a story, made once a search (null: the query names no fields or
 * dates). A field term folds and compares each distinct value of the field once (FacetColumns.fieldTest), not each
 * candidate's: a library holds few distinct sources, languages, places and subjects.
 */
function fieldFilter(q: ParsedQuery, columns: FacetColumns, now: Date, killed: ReadonlySet<string> | null): ((n: number, r: SearchRecord) => boolean) | null {
  if (q.fields.length === 0 && !q.since && !q.until) return null;
  const tests = q.fields.map((term) => ({ negated: term.negated, test: termTest(term, columns, now, killed) }));
  return (n, r) => {
    for (const { negated, test } of tests) if (test(n, r) === negated) return false;
    if (q.since || q.until) {
      const day = recordDay(r);
      if (q.since && day < q.since) return false;
      if (q.until && day > q.until) return false;
    }
    return true;
  };
}

function termTest({ field, value }: FieldTerm, columns: FacetColumns, now: Date, killed: ReadonlySet<string> | null): (n: number, r: SearchRecord) => boolean {
  switch (field) {
    case 'status':
      return (_n, r) => r.status === value;
    case 'is': {
      if (value === 'flagged') return (_n, r) => r.openFlags > 0;
      const nowIso = now.toISOString();
      if (value === 'embargoed') return (_n, r) => r.embargo !== null && r.embargo > nowIso;
      // Killed by the agency's own status, or reached by a kill in force (the kill register).
      if (value === 'killed') return (_n, r) => r.killed || (killed !== null && killed.has(r.id));
      if (value === 'updated') return (_n, r) => r.update?.merged === true;
      return (_n, r) => r.edited;
    }
    case 'source':
    case 'place':
      return columns.fieldTest(field, (raw) => foldedValue(raw) === value);
    case 'lang':
      return columns.fieldTest('lang', (raw) => foldedValue(raw) === value || foldedValue(raw.split('-')[0] ?? '') === value);
    case 'subject':
      return columns.fieldTest('subject', (raw) => foldedValue(raw).startsWith(value));
  }
}
