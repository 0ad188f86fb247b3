import { useCallback, useState } from 'react';
import { EMPTY_SEARCH, type InboxSearch } from './search-filters';

/** A saved search shown in the left rail ("AFP today", "Ready", "Embargoed"). */
export interface DeskView {
  readonly name: string;
  readonly search: InboxSearch;
  readonly builtIn?: boolean;
}

export const BUILT_IN_VIEWS: readonly DeskView[] = [
  { name: 'All stories', search: EMPTY_SEARCH, builtIn: true },
  { name: 'New', search: { ...EMPTY_SEARCH, picked: { status: 'new' } }, builtIn: true },
  { name: 'Ready', search: { ...EMPTY_SEARCH, picked: { status: 'ready' } }, builtIn: true },
  { name: 'Flagged', search: { ...EMPTY_SEARCH, picked: { is: 'flagged' } }, builtIn: true },
  { name: 'Embargoed', search: { ...EMPTY_SEARCH, picked: { is: 'embargoed' } }, builtIn: true },
];

const KEY = 'copydesk.inbox.views';

function load(): DeskView[] {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? (raw as DeskView[]).filter((v) => typeof v?.name === 'string' && v.search && typeof v.search === 'object') : [];
  } catch {
    return [];
  }
}

/** The desk's saved searches, remembered in this browser profile. */
export function useDeskViews() {
  const [saved, setSaved] = useState<DeskView[]>(load);
  const persist = (next: DeskView[]) => {
    setSaved(next);
    try {
      localStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Not remembered; still usable this session.
    }
  };
  const save = useCallback((name: string, search: InboxSearch) => {
    const views = load().filter((v) => v.name !== name);
    persist([...views, { name, search }]);
  }, []);
  const remove = useCallback((name: string) => persist(load().filter((v) => v.name !== name)), []);
  return { views: [...BUILT_IN_VIEWS, ...saved], save, remove };
}

export function sameSearch(a: InboxSearch, b: InboxSearch): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
