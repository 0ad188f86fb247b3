/**
 * FlexSearch 0.8.212 as the product runs it: the product's SearchIndex (words in FlexSearch, records, phrase word
 * codes) fed the product's records, queried through the product's parser, kept on disk as the product's snapshot
 * (SearchFiles). The figure is the product's, not a toy's.
 */
import { SearchFiles } from '../../../electron/search/search-files.js';
import { SearchIndex } from '../../../electron/search/search-index.js';
import { parseQuery } from '../../../electron/search/search-query.js';
import type { SearchFacets } from '../../../electron/search/search-facets.js';
import { PAGE, type Candidate, type CandidateLibrary, type SearchAnswer } from '../library-candidate.js';
import type { BenchQuery, CorpusStory } from '../library-corpus.js';

class ProductIndex implements Candidate {
  constructor(
    private readonly index: SearchIndex,
    private readonly files: SearchFiles,
  ) {}

  add(stories: readonly CorpusStory[]): Promise<void> {
    for (const s of stories) this.index.put(s.record, s.text);
    return Promise.resolve();
  }

  async persist(): Promise<void> {
    await this.files.writeSnapshot(await this.index.exportState());
  }

  async search(query: BenchQuery, facets: boolean, now: Date): Promise<SearchAnswer> {
    const found = await this.index.search(parseQuery(query.typed), { limit: PAGE, facets, now });
    return { matching: found.matching, page: found.records.map((r) => r.id), facets: found.facets ? facetCounts(found.facets) : null };
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

function facetCounts(f: SearchFacets): Record<string, Record<string, number>> {
  const list = (xs: readonly { value: string; count: number }[]): Record<string, number> => Object.fromEntries(xs.map((x) => [x.value, x.count]));
  return { source: list(f.source), status: list(f.status), language: list(f.language), subject: list(f.subject), date: list(f.date), flagged: { flagged: f.flagged } };
}

// Every story has its word codes in the index, so the phrase check never needs to read a story back. Stemming is
// off: the other libraries match words as written, and the comparison asks every library the same question.
const noWords = (): Promise<null> => Promise.resolve(null);

export const flexsearchProduct: CandidateLibrary = {
  name: 'FlexSearch 0.8.212 (product)',
  electronMain: 'yes: pure JavaScript',
  persisted: "the product's snapshot (records as JSON lines, FlexSearch's export a part a line, each word's positions in one binary block)",
  create(dir) {
    return Promise.resolve(new ProductIndex(new SearchIndex(noWords, { stemming: false }), new SearchFiles(dir)));
  },
  async open(dir) {
    const files = new SearchFiles(dir);
    const records = await files.readRecords();
    if (!records) throw new Error(`${dir}: no search snapshot to open`);
    const index = new SearchIndex(noWords, { stemming: false });
    index.importRecords(records.records, records.next);
    const codes = await files.readWords(records, (key, data) => index.importPart(key, data));
    await index.importCodesFile(codes.path, codes.bytes);
    return new ProductIndex(index, files);
  },
};
