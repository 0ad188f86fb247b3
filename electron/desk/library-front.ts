/**
 * What the inbox's first page is answered from: the search index's records, the fingerprint index (which stories
 * are superseded by a later version) and the kill register. None of them needs the article store, so `serve` opens
 * them first and answers the page's first list while the store's own index (index.jsonl: 45 MB at 100,000
 * stories, ~0.4 s of parsing and as much again in collections) is still loading behind them (issue 11: a usable
 * list within 1.5 s of a cold start). The service then takes these same parts over: nothing is loaded twice.
 */
import type { Args, SearchPage } from '../api/contract.js';
import { LibrarySearch, type StoreSource } from '../search/library-search.js';
import type { SortKey } from '../search/search-facets.js';
import type { SearchOptions } from '../search/search-index.js';
import type { ArticleStore } from '../store/article-store.js';
import { KillRegister } from '../store/kill-register.js';
import { join } from 'node:path';
import { LibrarySides } from './library-sides.js';

export interface FrontOptions {
  readonly log?: (line: string) => void;
  /** The search index's words wait for this before loading (the store's opening, when both are on the way). */
  readonly wordsAfter?: Promise<unknown>;
  /** Stories stored are journaled without loading the search's words (LibrarySearch's deferWords: `copydesk import`). */
  readonly deferSearchWords?: boolean;
}

/** A front opened ahead of its store: what `serve` and the app open a library with. */
export interface FrontAhead {
  readonly front: LibraryFront;
  /** The store, opened once the front has read what a first page needs (or failed to). */
  readonly store: Promise<ArticleStore>;
}

export class LibraryFront {
  /**
   * Opens the front first (the search records, the fingerprint and the kill indexes), then the store with
   * `openStore`, then the search's words: the order that answers a first page soonest.
   */
  static openAhead(dir: string, openStore: () => Promise<ArticleStore>): FrontAhead {
    let storeMayOpen: () => void = () => undefined;
    const store = new Promise<void>((resolve) => (storeMayOpen = resolve)).then(openStore);
    // Awaited by whoever needs the store; a failure meanwhile is not an unhandled rejection.
    store.catch(() => undefined);
    const front = new LibraryFront(dir, store, { wordsAfter: store });
    void Promise.allSettled([front.search.recordsRead(), front.sides.get(), front.kills()]).then(() => storeMayOpen());
    return { front, store };
  }

  readonly sides: LibrarySides;
  readonly search: LibrarySearch;
  private killStore: Promise<KillRegister> | undefined;

  /** `store` may still be opening, or be opened only if needed: see LibrarySearch. */
  constructor(
    readonly dir: string,
    store: StoreSource,
    options: FrontOptions = {},
  ) {
    this.sides = new LibrarySides(dir);
    this.search = new LibrarySearch(store, join(dir, 'search'), options.log, {
      ...(options.wordsAfter ? { wordsAfter: options.wordsAfter } : {}),
      ...(options.deferSearchWords ? { deferWords: true } : {}),
    });
  }

  /**
   * For a front used alone (`copydesk list`): stops the search loading, and closes the store if it had to be
   * opened. A service closes the parts it took over itself.
   */
  async close(): Promise<void> {
    await this.search.close();
    const store = this.search.openedStore();
    if (store) await (await store).close();
  }

  kills(): Promise<KillRegister> {
    this.killStore ??= KillRegister.open(this.dir);
    return this.killStore;
  }

  /** Starts loading what a first page needs (the search records first), without waiting for it. */
  prepare(): void {
    void this.search.openList().catch(() => undefined);
    void this.sides.get().catch(() => undefined);
    void this.kills().catch(() => undefined);
  }

  /** A page of the newest versions of the stories a query matches, with facet counts when asked. */
  async searchPage(args: Args<'searchArticles'>, now: Date): Promise<SearchPage> {
    const offset = args.offset ?? 0;
    const outcome = await this.search.search(args.query ?? '', {
      ...(await this.inForce(now)),
      ...(args.sort ? { sort: args.sort } : {}),
      offset,
      limit: args.limit ?? 100,
      facets: args.facets ?? false,
    });
    const results = outcome.records.map(({ textKey: _textKey, ...hit }) => hit);
    return { total: outcome.total, matching: outcome.matching, offset, results, facets: outcome.facets, terms: outcome.terms };
  }

  /** The ids of every story a query matches, in `sort` order (export "the stories of this search"). */
  async searchIds(query: string, now: Date, sort?: SortKey): Promise<string[]> {
    const outcome = await this.search.search(query, { ...(await this.inForce(now)), ...(sort ? { sort } : {}), limit: Number.MAX_SAFE_INTEGER });
    return outcome.records.map((r) => r.id);
  }

  /** What every search leaves out or marks as of `now`: earlier versions superseded, stories a kill in force reaches. */
  private async inForce(now: Date): Promise<Pick<SearchOptions, 'exclude' | 'killed' | 'now'>> {
    const { index } = await this.sides.get();
    return { exclude: index.superseded(), killed: (await this.kills()).activeIds(), now };
  }
}
