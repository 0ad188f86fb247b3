/**
 * The stories and queries every search library in the comparison gets (search-libraries.ts): the generated copy
 * (generate.ts) run through the product's own import (ingest, clean, enrich) and reduced to what the product's
 * index keeps of it (search-record.ts: the record and the searchable text), written once to a JSON-lines file
 * that each library's process reads, so every library indexes exactly the same stories.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { buildArticle } from '../../electron/desk/story-pipeline.js';
import { ingestFile } from '../../electron/ingest/ingest.js';
import { searchWords } from '../../electron/search/fold-text.js';
import { searchRecord, searchText, type SearchRecord } from '../../electron/search/search-record.js';
import { generateStory } from './generate.js';

export interface CorpusStory {
  readonly record: SearchRecord;
  readonly text: string;
}

/** The five kinds of query the issue names; `words` are folded, as the product's parser leaves them. */
export type QueryKind = 'word' | 'two words' | 'phrase' | 'prefix' | 'word + source';
export const QUERY_KINDS: readonly QueryKind[] = ['word', 'two words', 'phrase', 'prefix', 'word + source'];

export interface BenchQuery {
  readonly kind: QueryKind;
  readonly words: readonly string[];
  /** For `prefix`: the word start. */
  readonly prefix?: string;
  /** For `word + source`: the agency's name as the record's sourceName holds it. */
  readonly source?: string;
  /** The query as an editor types it in the product's search box. */
  readonly typed: string;
}

/**
 * `count` queries cycling through the kinds, each drawn from one of the first `size` stories of the corpus as the
 * import left it (so the words are the indexed ones: a dateline or footer the import took out is not searched for):
 * a word of four letters or more, two words of the story, two words standing together, the first four letters of
 * a word, a word with the story's own agency.
 */
export async function benchQueries(corpus: string, size: number, count: number): Promise<BenchQuery[]> {
  let seed = 11;
  const r = (): number => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const picks = Array.from({ length: count }, () => Math.floor(r() * size));
  const wanted = new Set(picks);
  const stories = new Map<number, CorpusStory>();
  let n = 0;
  for await (const chunk of readCorpus(corpus, Math.max(...picks) + 1)) {
    for (const story of chunk) {
      if (wanted.has(n)) stories.set(n, story);
      n++;
    }
  }
  return picks.map((pick, i) => {
    const story = stories.get(pick) as CorpusStory;
    const all = searchWords(story.text);
    const long = (w: string | undefined): w is string => w !== undefined && w.length > 3 && !/^\d+$/.test(w);
    // A position whose word (and the next, for a phrase) is a long one.
    let at = Math.floor(r() * (all.length - 1));
    for (let k = 0; k < all.length && !(long(all[at]) && long(all[at + 1])); k++) at = (at + 1) % (all.length - 1);
    const w = all[at] ?? 'officials';
    const kind = QUERY_KINDS[i % QUERY_KINDS.length] as QueryKind;
    switch (kind) {
      case 'word':
        return { kind, words: [w], typed: w };
      case 'two words': {
        const longWords = all.filter(long);
        const other = longWords[Math.floor(r() * longWords.length)] ?? w;
        return { kind, words: other === w ? [w] : [w, other], typed: `${w} ${other}` };
      }
      case 'phrase': {
        const next = all[at + 1] ?? 'said';
        return { kind, words: [w, next], typed: `"${w} ${next}"` };
      }
      case 'prefix': {
        const prefix = w.slice(0, 4);
        return { kind, words: [], prefix, typed: `${prefix}*` };
      }
      case 'word + source':
        return { kind, words: [w], source: story.record.sourceName, typed: `${w} source:"${story.record.sourceName}"` };
    }
  });
}

/**
 * Writes stories 0 … size-1 as the product's import leaves them (the desk's reading deferred, as an import runs
 * it). Returns the stories per second of that preparation, for the record; it is not any library's figure.
 */
export async function writeCorpus(path: string, size: number): Promise<number> {
  const out = createWriteStream(path);
  const start = Date.now();
  const t0 = performance.now();
  for (let i = 0; i < size; i++) {
    const outcome = ingestFile({ name: `story-${i}.txt`, bytes: Buffer.from(generateStory(i)) });
    const item = outcome.ok ? outcome.items[0] : undefined;
    if (!item) throw new Error(`story-${i}.txt (generated): the import did not read it${outcome.ok ? '' : `: ${outcome.reason}`}`);
    const article = buildArticle(item.original, item.draft, new Date(), {}, { analyse: false });
    const text = searchText(article);
    // The generated copy carries no wire time, so every story would be "today": a desk's library fills over days,
    // one story every 30 seconds over the last four weeks (repeating), so the date facet has real work to do.
    const record = { ...searchRecord(article, text), wireTime: new Date(start - (i % 80_640) * 30_000).toISOString() };
    const line: CorpusStory = { record, text };
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return size / ((performance.now() - t0) / 1000);
}

/** The first `size` stories of the file, `chunk` at a time (so a library's process never holds the whole copy). */
export async function* readCorpus(path: string, size: number, chunk = 1000): AsyncGenerator<CorpusStory[]> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let batch: CorpusStory[] = [];
  let read = 0;
  for await (const line of lines) {
    if (read >= size) break;
    batch.push(JSON.parse(line) as CorpusStory);
    read++;
    if (batch.length === chunk) {
      yield batch;
      batch = [];
    }
  }
  lines.close();
  if (batch.length > 0) yield batch;
  if (read < size) throw new Error(`${path}: holds ${read} stories, ${size} asked for`);
}
