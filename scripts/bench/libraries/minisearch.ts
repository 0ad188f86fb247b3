/**
 * MiniSearch 7.2.0 (pure JavaScript), fed the product's folded words and keeping the product's records beside it
 * for the page and the facets (counted by the product's countFacets). MiniSearch keeps no word positions, so a
 * phrase is searched as its words ANDed: its phrase counts are larger than the others' (the table says so).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { searchWords } from '../../../electron/search/fold-text.js';
import { countFacets } from '../../../electron/search/search-facets.js';
import type { SearchRecord } from '../../../electron/search/search-record.js';
import { foldText } from '../../../electron/search/fold-text.js';
import { PAGE, type Candidate, type CandidateLibrary, type SearchAnswer } from '../library-candidate.js';
import type { BenchQuery, CorpusStory } from '../library-corpus.js';

type MiniSearchClass = typeof import('minisearch').default;
type MiniSearchIndex = InstanceType<MiniSearchClass> & { addAll(docs: readonly Doc[]): void };
type Plain = ReturnType<MiniSearchIndex['toJSON']>;

interface Header {
  readonly header: Omit<Plain, 'index'>;
  readonly terms: number;
  readonly records: number;
}

interface Doc {
  readonly n: number;
  readonly words: string;
}

// The words arrive folded and split (fold-text.ts), as the product gives them to FlexSearch.
const OPTIONS = { idField: 'n', fields: ['words'], tokenize: (text: string) => text.split(' '), processTerm: (term: string) => term || null };

async function load(): Promise<MiniSearchClass> {
  try {
    return (await import('minisearch')).default;
  } catch (err) {
    throw new Error(`minisearch is not installed (${err instanceof Error ? err.message : String(err)}): npm install --save-exact -D minisearch@7.2.0`, { cause: err });
  }
}

class MiniIndex implements Candidate {
  constructor(
    private readonly mini: MiniSearchIndex,
    private readonly records: SearchRecord[],
    private readonly path: string,
  ) {}

  add(stories: readonly CorpusStory[]): Promise<void> {
    const docs: Doc[] = stories.map((s) => {
      this.records.push(s.record);
      return { n: this.records.length - 1, words: searchWords(s.text).join(' ') };
    });
    this.mini.addAll(docs);
    return Promise.resolve();
  }

  /** One JSON line for the index's header, then one a term, then one a record: a 100,000-story index is too big for one string. */
  async persist(): Promise<void> {
    const { index, ...header } = this.mini.toJSON();
    const out = createWriteStream(this.path);
    const write = async (value: unknown): Promise<void> => {
      if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
    };
    await write({ header, terms: index.length, records: this.records.length });
    for (const term of index) await write(term);
    for (const record of this.records) await write(record);
    out.end();
    await once(out, 'finish');
  }

  search(q: BenchQuery, facets: boolean, now: Date): Promise<SearchAnswer> {
    const source = q.source ? foldText(q.source) : null;
    const filter = source
      ? (hit: { id: number }) => {
          const r = this.records[hit.id];
          return r !== undefined && (foldText(r.source) === source || foldText(r.sourceName) === source);
        }
      : undefined;
    const text = q.kind === 'prefix' ? (q.prefix ?? '') : q.words.join(' ');
    const hits = this.mini.search(text, { combineWith: 'AND', prefix: q.kind === 'prefix', fuzzy: false, ...(filter ? { filter } : {}) });
    const page = hits.slice(0, PAGE).map((h) => (this.records[h.id as number] as SearchRecord).id);
    if (!facets) return Promise.resolve({ matching: hits.length, page, facets: null });
    const records = this.records;
    const counted = countFacets(
      (function* () {
        for (const h of hits) {
          const record = records[h.id as number] as SearchRecord;
          yield { record, wireMs: Date.parse(record.wireTime) || 0 };
        }
      })(),
      now,
    );
    const list = (xs: readonly { value: string; count: number }[]): Record<string, number> => Object.fromEntries(xs.map((x) => [x.value, x.count]));
    return Promise.resolve({
      matching: hits.length,
      page,
      facets: { source: list(counted.source), status: list(counted.status), language: list(counted.language), subject: list(counted.subject), date: list(counted.date), flagged: { flagged: counted.flagged } },
    });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

const file = (dir: string): string => join(dir, 'minisearch.jsonl');

export const miniSearch: CandidateLibrary = {
  name: 'MiniSearch 7.2.0',
  electronMain: 'yes: pure JavaScript',
  persisted: 'its toJSON() as JSON lines + the records',
  async create(dir) {
    const MiniSearch = await load();
    await mkdir(dir, { recursive: true });
    return new MiniIndex(new MiniSearch(OPTIONS) as MiniSearchIndex, [], file(dir));
  },
  async open(dir) {
    const MiniSearch = await load();
    const lines = createInterface({ input: createReadStream(file(dir)), crlfDelay: Infinity });
    const header: Header[] = [];
    const index: Plain['index'] = [];
    const records: SearchRecord[] = [];
    for await (const line of lines) {
      const head = header[0];
      if (!head) header.push(JSON.parse(line) as Header);
      else if (index.length < head.terms) index.push(JSON.parse(line) as Plain['index'][number]);
      else records.push(JSON.parse(line) as SearchRecord);
    }
    const head = header[0];
    if (!head || records.length !== head.records) throw new Error(`${file(dir)}: torn (${records.length} of ${head?.records ?? '?'} records)`);
    return new MiniIndex(MiniSearch.loadJS({ ...head.header, index }, OPTIONS) as MiniSearchIndex, records, file(dir));
  },
};
