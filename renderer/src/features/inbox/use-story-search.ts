import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SearchPage, StoryHit } from '../../../../electron/api/contract';
import type { SearchFacets } from '../../../../electron/search/search-facets';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';
import { composeQuery, loadSearch, saveSearch, type InboxSearch } from './search-filters';

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
  const rows = useRef(new Map<number, StoryHit>());
  const asked = useRef(new Set<number>());
  const query = useMemo(() => composeQuery(search), [search]);
  const key = `${query}|${search.sort ?? ''}|${generation}`;
  const keyRef = useRef(key);

  const setSearch = useCallback((next: InboxSearch) => {
    setSearchState(next);
    saveSearch(next);
  }, []);

  useEffect(() => {
    keyRef.current = key;
    let current = true;
    // Debounced a little, so typing a word asks once rather than once a letter.
    const timer = setTimeout(() => {
      api.searchArticles({ query, ...(search.sort ? { sort: search.sort } : {}), offset: 0, limit: PAGE, facets: true }).then(
        (page) => {
          if (!current) return;
          rows.current = new Map(page.results.map((r, i) => [i, r]));
          asked.current = new Set([0]);
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
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, query, search.sort, report]);

  const row = useCallback(
    (index: number): StoryHit | undefined => {
      const hit = rows.current.get(index);
      if (hit) return hit;
      const page = Math.floor(index / PAGE);
      if (!asked.current.has(page)) {
        asked.current.add(page);
        const askedFor = keyRef.current;
        void api.searchArticles({ query, ...(search.sort ? { sort: search.sort } : {}), offset: page * PAGE, limit: PAGE }).then(
          (p) => {
            if (keyRef.current !== askedFor) return;
            p.results.forEach((r, i) => rows.current.set(page * PAGE + i, r));
            setLoadedPages((n) => n + 1);
          },
          (err: unknown) => report(err),
        );
      }
      return undefined;
    },
    [query, search.sort, report],
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
    refresh,
    problem,
  };
}
