import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { formatIsoDate } from '../../ui/format-date';
import { StatusBadge } from '../../ui/StatusBadge';
import { Highlighted } from './Highlighted';
import { PAGE, type StorySearch } from './use-story-search';
import { DraftMark } from '../editor/DraftMark';

interface StoryListProps {
  readonly list: StorySearch;
  readonly count: number;
  readonly selectedId: string | null;
  readonly onOpen: (id: string, index: number) => void;
  /** Stories ticked for a batch export. */
  readonly ticked: ReadonlySet<string>;
  readonly onTick: (id: string) => void;
}

export interface StoryListHandle {
  readonly scrollTo: (index: number) => void;
  /** Focuses a row: at once if it is in the page, else once the list has scrolled it in and its page has come (up to a second). */
  readonly focusRow: (index: number) => void;
  /**
   * The row the keyboard is on: the one last asked for while its focus is still to come, else the focused row, else
   * null. Keys pressed faster than the list paints (a held j) each step from the one before, none lost.
   */
  readonly currentRow: () => number | null;
}

const ROW_HEIGHT = 64;

/**
 * The inbox's stories, virtualised: only the rows in view (and a few around) are in the page, so 100,000 stories
 * scroll as smoothly as 100 and opening one re-renders a screenful, not the library.
 */
export const StoryList = forwardRef<StoryListHandle, StoryListProps>(function StoryList({ list, count, selectedId, onOpen, ticked, onTick }, ref) {
  const scroller = useRef<HTMLDivElement>(null);
  const pendingRow = useRef<number | null>(null);
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const terms = useMemo(() => new Set(list.terms), [list.terms]);
  const items = virtualizer.getVirtualItems();
  const firstShown = items[0]?.index ?? 0;
  const lastShown = items.at(-1)?.index ?? 0;
  // Half a page ahead either way, so that scrolling at a reading pace never meets a row still loading.
  const { prefetch } = list;
  useEffect(() => {
    prefetch(Math.min(count - 1, lastShown + PAGE / 2));
    prefetch(firstShown - PAGE / 2);
  }, [prefetch, firstShown, lastShown, count]);
  useImperativeHandle(
    ref,
    () => ({
      scrollTo: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
      focusRow: (index) => {
        pendingRow.current = index;
        virtualizer.scrollToIndex(index, { align: 'auto' });
        let frames = 0;
        const attempt = () => {
          if (pendingRow.current !== index) return; // a later request has taken over
          const el = scroller.current?.querySelector<HTMLElement>(`[data-row="${index}"] button.story-item`);
          if (el) el.focus();
          if (el || ++frames >= 60) pendingRow.current = null;
          else requestAnimationFrame(attempt);
        };
        const now = scroller.current?.querySelector<HTMLElement>(`[data-row="${index}"] button.story-item`);
        if (now) {
          now.focus();
          pendingRow.current = null;
        } else requestAnimationFrame(attempt);
      },
      currentRow: () => {
        if (pendingRow.current !== null) return pendingRow.current;
        const row = (document.activeElement?.closest('[data-row]') as HTMLElement | null)?.dataset.row;
        return row === undefined || !scroller.current?.contains(document.activeElement) ? null : Number(row);
      },
    }),
    [virtualizer],
  );
  return (
    <div ref={scroller} className="story-scroller" tabIndex={-1}>
      <ul className="story-list" aria-label="Stories" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const s = list.row(item.index);
          return (
            <li key={item.key} data-row={item.index} className="story-row" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
              {s ? (
                <>
                  <input
                    type="checkbox"
                    className="story-tick"
                    aria-label={`Select ${s.headline || 'Untitled story'}`}
                    checked={ticked.has(s.id)}
                    onChange={() => onTick(s.id)}
                    tabIndex={-1}
                  />
                  <button type="button" className="story-item" aria-current={s.id === selectedId ? 'true' : undefined} onClick={() => onOpen(s.id, item.index)}>
                    <span className="story-item-meta">
                      <StatusBadge status={s.status} />
                      <span className="story-item-source">{s.source || 'no source'}</span>
                      <DraftMark storyId={s.id} />
                      {s.update && (
                        <span className={`update-mark${s.update.open > 0 ? ' update-mark-open' : ''}`} title={s.update.open > 0 ? `${s.update.label} arrived: ${s.update.open} to choose` : `${s.update.label} arrived`}>
                          {s.update.label} arrived{s.update.open > 0 ? ` · ${s.update.open} to choose` : ''}
                        </span>
                      )}
                      {s.openFlags > 0 && <span className="story-item-flags">{s.openFlags} {s.openFlags === 1 ? 'flag' : 'flags'}</span>}
                      {s.datelineDate && (
                        <time className="story-item-date" dateTime={s.datelineDate}>
                          {formatIsoDate(s.datelineDate)}
                        </time>
                      )}
                    </span>
                    <span className="story-item-headline" dir="auto">
                      <Highlighted text={s.headline || 'Untitled story'} terms={terms} />
                    </span>
                  </button>
                </>
              ) : (
                <span className="story-item story-item-loading muted">Loading…</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
});
