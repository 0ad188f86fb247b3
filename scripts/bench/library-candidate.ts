/**
 * What a search library must do to be measured in the comparison (search-libraries.ts): index the stories, answer
 * the five kinds of query with the first page and the number of matches (and the facet counts the inbox shows),
 * keep its index on disk and answer again from it in a new process.
 */
import type { BenchQuery, CorpusStory } from './library-corpus.js';

export interface SearchAnswer {
  /** How many stories match (the inbox shows the number). */
  readonly matching: number;
  /** The ids of the first page, best first. */
  readonly page: readonly string[];
  /** Facet counts, when asked: facet → value → count. */
  readonly facets: Readonly<Record<string, Readonly<Record<string, number>>>> | null;
}

export interface Candidate {
  add(stories: readonly CorpusStory[]): Promise<void>;
  /** Whatever makes the added stories searchable and durable (a commit, a snapshot). */
  persist(): Promise<void>;
  /** `now`: the moment the date facet counts from, the same for every library. */
  search(query: BenchQuery, facets: boolean, now: Date): Promise<SearchAnswer>;
  close(): Promise<void>;
}

export interface CandidateLibrary {
  readonly name: string;
  /** Can it run in Electron's main process as installed, without rebuilding a native module? And why. */
  readonly electronMain: string;
  /** What it keeps on disk, for the table's note. */
  readonly persisted: string;
  /** Throws a clear error naming the package when it is not installed. */
  create(dir: string): Promise<Candidate>;
  /** Opens what `persist` left in `dir`. */
  open(dir: string): Promise<Candidate>;
}

export const PAGE = 50;
