import { forwardRef, useState, type ReactNode, type RefObject } from 'react';
import type { ImportReport } from '../../../../electron/api/contract';
import { Button } from '../../ui/Button';
import { sameSearch, useDeskViews } from './desk-views';
import { FacetRail } from './FacetRail';
import { ImportReportView } from './ImportReportView';
import { SearchBar } from './SearchBar';
import { StoryList, type StoryListHandle } from './StoryList';
import type { StorySearch } from './use-story-search';

interface InboxProps {
  readonly list: StorySearch;
  readonly listRef: RefObject<StoryListHandle | null>;
  readonly selectedId: string | null;
  readonly report: ImportReport | null;
  readonly onDismissReport: () => void;
  readonly onOpen: (id: string, index?: number) => void;
  readonly onOpenQuarantine: () => void;
  readonly ticked: ReadonlySet<string>;
  readonly onTick: (id: string) => void;
  /** The import progress bar, shown above the report. */
  readonly progress?: ReactNode;
}

/** The left column: desk views, the search with its counts and facets, the last import's report, the stories. */
export const Inbox = forwardRef<HTMLInputElement, InboxProps>(function Inbox(
  { list, listRef, selectedId, report, onDismissReport, onOpen, onOpenQuarantine, ticked, onTick, progress },
  searchRef,
) {
  const { views, save, remove } = useDeskViews();
  const [naming, setNaming] = useState<string | null>(null);
  const count = list.matching ?? 0;
  return (
    <section className="inbox" aria-label="Inbox">
      <div className="inbox-top">
        <nav className="desk-views" aria-label="Desk views">
          <ul>
            {views.map((v) => (
              <li key={v.name}>
                <button type="button" className="desk-view" aria-current={sameSearch(v.search, list.search) ? 'true' : undefined} onClick={() => list.setSearch(v.search)}>
                  {v.name}
                </button>
                {!v.builtIn && (
                  <button type="button" className="desk-view-remove" aria-label={`Remove the view ${v.name}`} onClick={() => remove(v.name)}>
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
          {naming === null ? (
            <Button variant="quiet" onClick={() => setNaming('')}>
              Save this search…
            </Button>
          ) : (
            <form
              className="desk-view-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (naming.trim()) save(naming.trim(), list.search);
                setNaming(null);
              }}
            >
              <label className="visually-hidden" htmlFor="view-name">
                Name of the view
              </label>
              <input id="view-name" autoFocus value={naming} placeholder="e.g. AFP today" onChange={(e) => setNaming(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setNaming(null)} />
              <Button type="submit" variant="primary" disabled={!naming.trim()}>
                Save
              </Button>
            </form>
          )}
        </nav>
        <SearchBar ref={searchRef} search={list.search} onSearch={list.setSearch} total={list.total} matching={list.matching} problem={list.problem} />
        <FacetRail facets={list.facets} search={list.search} onSearch={list.setSearch} />
        {progress}
        {report && <ImportReportView report={report} onOpen={onOpen} onDismiss={onDismissReport} onOpenQuarantine={onOpenQuarantine} />}
      </div>
      {list.total === null ? (
        <p className="muted inbox-note">Loading stories…</p>
      ) : list.total === 0 ? (
        <p className="empty-note inbox-note">No stories yet. Import wire copy with “Import files…”, paste it, or drop files anywhere on the window.</p>
      ) : count === 0 ? (
        <p className="empty-note inbox-note">No story matches this search.</p>
      ) : (
        <StoryList ref={listRef} list={list} count={count} selectedId={selectedId} onOpen={onOpen} ticked={ticked} onTick={onTick} />
      )}
    </section>
  );
});
