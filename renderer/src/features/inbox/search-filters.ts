/**
 * The inbox's search: the words the editor typed, the facet values picked in the rail and the sort, turned into
 * one query of the search language (electron/search/search-query.ts) so that the list, the counts and "export the
 * stories of this search" all ask for exactly the same stories.
 */
import type { SortKey } from '../../../../electron/search/search-facets';

export type FacetField = 'source' | 'status' | 'lang' | 'date' | 'is';

export interface InboxSearch {
  readonly text: string;
  readonly sort: SortKey | null;
  /** Picked facet values by field (one value a field). */
  readonly picked: Readonly<Partial<Record<FacetField, string>>>;
}

export const EMPTY_SEARCH: InboxSearch = { text: '', sort: null, picked: {} };

const DAY = 86_400_000;

/** The query the inbox sends: the typed text and a field term for each picked facet value. */
export function composeQuery(search: InboxSearch, now: Date = new Date()): string {
  const terms: string[] = [search.text.trim()];
  for (const [field, value] of Object.entries(search.picked) as [FacetField, string][]) {
    if (field === 'date') terms.push(dateTerm(value, now));
    else terms.push(`${field}:${/[\s"]/.test(value) ? `"${value.replace(/"/g, '')}"` : value}`);
  }
  return terms.filter(Boolean).join(' ');
}

function dateTerm(bucket: string, now: Date): string {
  const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  switch (bucket) {
    case 'today':
      return `since:${day(now.getTime())}`;
    case 'last-24h':
      return `since:${day(now.getTime() - DAY)}`;
    case 'this-week':
      return `since:${day(now.getTime() - 7 * DAY)}`;
    default:
      return `until:${day(now.getTime() - 7 * DAY)}`;
  }
}

const STORAGE_KEY = 'copydesk.inbox.search';

/** The search the editor left the inbox with, so a reload comes back to it. */
export function loadSearch(): InboxSearch {
  try {
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<InboxSearch> | null;
    if (!raw || typeof raw !== 'object') return EMPTY_SEARCH;
    return {
      text: typeof raw.text === 'string' ? raw.text : '',
      sort: typeof raw.sort === 'string' ? raw.sort : null,
      picked: raw.picked && typeof raw.picked === 'object' ? raw.picked : {},
    };
  } catch {
    return EMPTY_SEARCH;
  }
}

export function saveSearch(search: InboxSearch): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(search));
  } catch {
    // Storage full or denied: the search still works, it is just not remembered.
  }
}
