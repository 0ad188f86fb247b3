import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SearchPage, StoryHit } from '../../../../electron/api/contract';
import type { SearchFacets } from '../../../../electron/search/search-facets';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';
import { composeQuery, loadSearch, saveSearch, type InboxSearch } from './search-filters';
import { RowPages } from './row-pages';

/** Rows fetched per call: a screenful or two, so a 100,000-story library never travels whole. */
export const PAGE = 100;

export interface StorySearch {
  readonly search: InboxSearch;
  readonly setSearch: (next: InboxSearch) => void;
  /** The query sent, typed text and picked facets together. */
  readonly query: string;
  readonly total: number | null;
  readonly matching: number | null;
  readonly facets: SearchFacets | null;
  readonly terms: readonly string[];
  /** The row at an index, once its page has come; asks for the page when it has not. */
  readonly row: (index: number) => StoryHit | undefined;
  /** Asks for the page holding a row about to be scrolled to, so that it has come when the row is shown. */
  readonly prefetch: (index: number) => void;
  /** Asks again (after an import, a save): rows, counts and facets. */
  readonly refresh: () => void;
  /** The query could not be read (a bad date…): shown under the search box. */
  readonly problem: string | null;
}

/** The inbox's list: a search over the library, fetched a page at a time as the list scrolls. */
export function useStorySearch(): StorySearch {
  const { report } = useErrors();
  const [search, setSearchState] = useState<InboxSearch>(loadSearch);
  const [generation, setGeneration] = useState(0);
  const [first, setFirst] = useState<SearchPage | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [, setLoadedPages] = useState(0);
  const pages = useRef(new RowPages<StoryHit>(PAGE));
  const query = useMemo(() => composeQuery(search), [search]);
  const searchKey = `${query}|${search.sort ?? ''}`;
  const key = `${searchKey}|${generation}`;
  const keyRef = useRef(key);
  /** The search (and refresh) whose first page `pages` holds: a refresh of it keeps the rows on screen until their pages come again. */
  const shown = useRef<{ readonly searchKey: string; readonly key: string } | null>(null);

  const setSearch = useCallback((next: InboxSearch) => {
    setSearchState(next);
    saveSearch(next);
  }, []);

  useEffect(() => {
    keyRef.current = key;
    let current = true;
    // Debounced a little, so typing a word asks once rather than once a letter; the first list of all is asked at once.
    const timer = setTimeout(() => {
      api.searchArticles({ query, ...(search.sort ? { sort: search.sort } : {}), offset: 0, limit: PAGE, facets: true }).then(
        (page) => {
          if (!current) return;
          if (shown.current?.searchKey === searchKey) pages.current.revalidate(page.results);
          else pages.current.replace(page.results);
          shown.current = { searchKey, key };
          setFirst(page);
          setProblem(null);
        },
        (err: unknown) => {
          if (!current) return;
          const message = err instanceof Error ? err.message : String(err);
          if (/^Search:/.test(message)) setProblem(message);
          else report(err);
        },
      );
    }, shown.current === null ? 0 : 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, searchKey, query, search.sort, report]);

  const prefetch = useCallback(
    (index: number): void => {
      // Until the first page of this search (or of its refresh) has come, its other pages are not asked for.
      if (shown.current?.key !== key) return;
      const page = pages.current.want(index);
      if (page === null) return;
      const askedFor = keyRef.current;
      void api.searchArticles({ query, ...(search.sort ? { sort: search.sort } : {}), offset: page * PAGE, limit: PAGE }).then(
        (p) => {
          if (keyRef.current !== askedFor) return;
          pages.current.fill(page, p.results);
          setLoadedPages((n) => n + 1);
        },
        (err: unknown) => report(err),
      );
    },
    [key, query, search.sort, report],
  );

  const row = useCallback(
    (index: number): StoryHit | undefined => {
      prefetch(index);
      return pages.current.row(index);
    },
    [prefetch],
  );

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  return {
    search,
    setSearch,
    query,
    total: first?.total ?? null,
    matching: first?.matching ?? null,
    facets: first?.facets ?? null,
    terms: first?.terms ?? [],
    row,
    prefetch,
    refresh,
    problem,
  };
}
