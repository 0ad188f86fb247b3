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

const SOURCES = ['Reuters', 'Agence France-Presse', 'Xinhua News Agency'];

/** `count` queries cycling through the kinds, drawn from stories of the first `size` (so they match something). */
export function benchQueries(size: number, count: number): BenchQuery[] {
  let seed = 11;
  const r = (): number => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const out: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const words = searchWords(generateStory(Math.floor(r() * size))).filter((w) => w.length > 3 && !/^\d+$/.test(w));
    const at = Math.floor(r() * (words.length - 2));
    const w = words[at] ?? 'officials';
    const kind = QUERY_KINDS[i % QUERY_KINDS.length] as QueryKind;
    switch (kind) {
      case 'word':
        out.push({ kind, words: [w], typed: w });
        break;
      case 'two words': {
        const other = words[Math.floor(r() * words.length)] ?? 'said';
        out.push({ kind, words: other === w ? [w] : [w, other], typed: `${w} ${other}` });
        break;
      }
      case 'phrase': {
        const next = words[at + 1] ?? 'said';
        out.push({ kind, words: [w, next], typed: `"${w} ${next}"` });
        break;
      }
      case 'prefix': {
        const prefix = w.slice(0, 4);
        out.push({ kind, words: [], prefix, typed: `${prefix}*` });
        break;
      }
      case 'word + source': {
        const source = SOURCES[i % SOURCES.length] as string;
        out.push({ kind, words: [w], source, typed: `${w} source:"${source}"` });
        break;
      }
    }
  }
  return out;
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
