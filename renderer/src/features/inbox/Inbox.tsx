import type { ReactNode } from 'react';
import type { ImportReport } from '../../../../electron/api/contract';
import { Panel } from '../../ui/Panel';
import { ARTICLE_STATUSES, STATUS_LABELS } from '../../ui/status-labels';
import { ImportReportView } from './ImportReportView';
import { StoryList } from './StoryList';
import type { StatusFilter, StoryList as StoryListState } from './use-story-list';

interface InboxProps {
  readonly list: StoryListState;
  readonly selectedId: string | null;
  readonly report: ImportReport | null;
  readonly onDismissReport: () => void;
  readonly onOpen: (id: string) => void;
  readonly onOpenQuarantine: () => void;
  /** The import progress bar, shown above the report. */
  readonly progress?: ReactNode;
}

/** The left column: the last import's report, the status filter and the stories. */
export function Inbox({ list, selectedId, report, onDismissReport, onOpen, onOpenQuarantine, progress }: InboxProps) {
  const { stories, filter, setFilter } = list;
  const filterControl = (
    <label className="inline-field">
      <span>Status</span>
      <select value={filter} onChange={(e) => setFilter(e.target.value as StatusFilter)}>
        <option value="all">all</option>
        {ARTICLE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Panel title="Inbox" aside={filterControl} className="inbox">
      {progress}
      {report && <ImportReportView report={report} onOpen={onOpen} onDismiss={onDismissReport} onOpenQuarantine={onOpenQuarantine} />}
      {stories === null ? (
        <p className="muted">Loading stories…</p>
      ) : stories.length === 0 ? (
        <p className="empty-note">
          {filter === 'all'
            ? 'No stories yet. Import wire copy with “Import files…”, paste it, or drop files anywhere on the window.'
            : `No stories are ${STATUS_LABELS[filter]}.`}
        </p>
      ) : (
        <StoryList stories={stories} selectedId={selectedId} onOpen={onOpen} />
      )}
    </Panel>
  );
}
