import { useCallback, useMemo, type RefObject } from 'react';
import type { Article, ArticleStatus } from '../../../../electron/domain/article';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';
import { STATUS_LABELS } from '../../ui/status-labels';
import type { StoryListHandle } from '../inbox/StoryList';
import type { StorySearch } from '../inbox/use-story-search';
import type { DeskAction } from './desk-actions';
import { STATUS_KEYS, useDeskKeys } from './use-desk-keys';
import type { ThemeChoice } from './use-theme';

export interface DeskCommandDeps {
  readonly list: StorySearch;
  readonly listRef: RefObject<StoryListHandle | null>;
  readonly searchRef: RefObject<HTMLInputElement | null>;
  readonly article: Article | null;
  /** Where the open story sits in the list (-1: not in it, or none open). */
  readonly cursor: number;
  readonly open: (id: string, index: number) => void;
  readonly onArticle: (a: Article) => void;
  readonly toggleTick: (id: string) => void;
  readonly dialogs: {
    readonly importFiles: () => void;
    readonly paste: () => void;
    readonly exportStories: () => void;
    readonly imports: () => void;
    readonly hotFolder: () => void;
    readonly killed: () => void;
    readonly palette: () => void;
    readonly shortcuts: () => void;
  };
  readonly setTheme: (t: ThemeChoice) => void;
}

/** Every action of the desk, by name (the command palette lists them all), and the keys bound to them. */
export function useDeskCommands(d: DeskCommandDeps): readonly DeskAction[] {
  const { report } = useErrors();
  const { list, listRef, searchRef, article, cursor, open, onArticle, toggleTick, dialogs, setTheme } = d;

  const move = useCallback(
    (step: number) => {
      const count = list.matching ?? 0;
      if (count === 0) return;
      const from = listRef.current?.currentRow() ?? cursor;
      const to = Math.min(count - 1, Math.max(0, from < 0 ? 0 : from + step));
      const hit = list.row(to);
      listRef.current?.focusRow(to);
      if (hit) open(hit.id, to);
    },
    [list, listRef, cursor, open],
  );

  const setStatus = useCallback(
    (status: ArticleStatus) => {
      if (!article) return;
      api.saveArticle({ id: article.id, revision: article.revision, patch: { status } }).then(onArticle, (err: unknown) => report(err));
    },
    [article, onArticle, report],
  );

  const backToList = useCallback(() => {
    if (cursor >= 0) listRef.current?.focusRow(cursor);
    // Nothing open yet: the list itself takes focus, so the first j opens the first story.
    else (document.querySelector<HTMLElement>('.story-scroller') ?? searchRef.current)?.focus();
  }, [cursor, listRef, searchRef]);

  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, [searchRef]);

  const actions = useMemo<DeskAction[]>(
    () => [
      { id: 'next', name: 'Next story', keys: 'j / ↓', run: () => move(1) },
      { id: 'previous', name: 'Previous story', keys: 'k / ↑', run: () => move(-1) },
      { id: 'open', name: 'Open the focused story', keys: 'Enter', run: () => undefined, enabled: false },
      { id: 'list', name: 'Back to the list', keys: 'Esc', run: backToList },
      { id: 'search', name: 'Search stories', keys: '/', run: focusSearch },
      ...STATUS_KEYS.map(([key, status]) => ({ id: `status-${status}`, name: `Set status: ${STATUS_LABELS[status]}`, keys: key, run: () => setStatus(status), enabled: article !== null })),
      { id: 'tick', name: 'Tick the story for export', keys: 'x', run: () => article && toggleTick(article.id), enabled: article !== null },
      { id: 'export', name: 'Export the stories of this search…', run: dialogs.exportStories },
      { id: 'import', name: 'Import files…', run: dialogs.importFiles },
      { id: 'paste', name: 'Paste copy…', run: dialogs.paste },
      { id: 'imports', name: 'Imports and quarantine', run: dialogs.imports },
      { id: 'hot-folder', name: 'Hot folder…', run: dialogs.hotFolder },
      { id: 'killed', name: 'Killed stories', run: dialogs.killed },
      { id: 'clear-search', name: 'Clear the search', run: () => list.setSearch({ text: '', sort: null, picked: {} }) },
      { id: 'theme-dark', name: 'Theme: dark', run: () => setTheme('dark') },
      { id: 'theme-light', name: 'Theme: light', run: () => setTheme('light') },
      { id: 'theme-system', name: 'Theme: follow the system', run: () => setTheme('system') },
      { id: 'palette', name: 'Command palette', keys: 'Ctrl+K', run: dialogs.palette },
      { id: 'shortcuts', name: 'Keyboard shortcuts', keys: '?', run: dialogs.shortcuts },
    ],
    [move, backToList, focusSearch, setStatus, article, toggleTick, dialogs, list, setTheme],
  );

  useDeskKeys({
    next: () => move(1),
    previous: () => move(-1),
    openFocused: () => {
      const row = (document.activeElement?.closest('[data-row]') as HTMLElement | null)?.dataset.row;
      if (row === undefined || !document.activeElement?.classList.contains('story-item')) return false;
      const index = Number(row);
      const hit = list.row(index);
      if (hit) open(hit.id, index);
      // The story's first paragraph or heading takes focus, so Tab goes on from the story.
      setTimeout(() => document.querySelector<HTMLElement>('.story-column h2, .story-column [tabindex]')?.focus(), 50);
      return true;
    },
    backToList,
    focusSearch,
    setStatus,
    tick: () => article && toggleTick(article.id),
    palette: dialogs.palette,
    shortcuts: dialogs.shortcuts,
  });
  return actions;
}
