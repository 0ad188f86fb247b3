import type { ArticleSummary } from '../../../../electron/domain/article';
import { formatIsoDate } from '../../ui/format-date';
import { StatusBadge } from '../../ui/StatusBadge';
import { DraftMark } from '../editor/DraftMark';

interface StoryListProps {
  readonly stories: readonly ArticleSummary[];
  readonly selectedId: string | null;
  readonly onOpen: (id: string) => void;
}

export function StoryList({ stories, selectedId, onOpen }: StoryListProps) {
  return (
    <ul className="story-list" aria-label="Stories">
      {stories.map((s) => (
        <li key={s.id}>
          <button
            type="button"
            className="story-item"
            aria-current={s.id === selectedId ? 'true' : undefined}
            onClick={() => onOpen(s.id)}
          >
            <span className="story-item-meta">
              <StatusBadge status={s.status} />
              <span className="story-item-source">{s.source || 'no source'}</span>
              <DraftMark storyId={s.id} />
              {s.datelineDate && (
                <time className="story-item-date" dateTime={s.datelineDate}>
                  {formatIsoDate(s.datelineDate)}
                </time>
              )}
            </span>
            <span className="story-item-headline">{s.headline || 'Untitled story'}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
