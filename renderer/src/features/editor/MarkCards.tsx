import { useEffect, useId, useRef, useState } from 'react';
import type { Article } from '../../../../electron/domain/article';
import { Button } from '../../ui/Button';
import { speakerOptions } from '../desk/speaker-options';
import { chosenSpeaker, NARRATION, SpeakerSelect } from '../desk/SpeakerSelect';
import type { FlagMark } from './prose/desk-marks';

interface CardFrameProps {
  readonly at: DOMRect;
  readonly label: string;
  readonly onClose: () => void;
  readonly children: React.ReactNode;
}

/** A small card under the word or tag it is about; Escape or a click elsewhere closes it. */
function CardFrame({ at, label, onClose, children }: CardFrameProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) onClose();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onDown);
    };
  }, [onClose]);
  const top = Math.min(at.bottom + 6, window.innerHeight - 180);
  const left = Math.max(8, Math.min(at.left, window.innerWidth - 340));
  return (
    <div ref={ref} className="mark-card" role="dialog" aria-label={label} style={{ top, left }}>
      {children}
    </div>
  );
}

interface FlagCardProps {
  readonly flag: FlagMark;
  readonly at: DOMRect;
  readonly busy: boolean;
  readonly onAccept: () => void;
  readonly onDismiss: () => void;
  readonly onClose: () => void;
}

export function FlagCard({ flag, at, busy, onAccept, onDismiss, onClose }: FlagCardProps) {
  return (
    <CardFrame at={at} label={`${flag.label}: ${flag.exact}`} onClose={onClose}>
      <p className="mark-card-kind">
        {flag.label} · <mark>{flag.exact}</mark>
      </p>
      <p className="mark-card-reason">{flag.reason}</p>
      <div className="mark-card-actions">
        {flag.suggestion !== null && (
          <Button autoFocus onClick={onAccept} title="Alt+Enter in the word accepts too">
            Accept “{flag.suggestion}”
          </Button>
        )}
        <Button variant="quiet" disabled={busy} onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
      {flag.suggestion !== null && <p className="muted mark-card-hint">Enter accepts · Alt+Enter in the word accepts</p>}
    </CardFrame>
  );
}

interface SpeakerCardProps {
  readonly article: Article;
  readonly block: string;
  readonly at: DOMRect;
  readonly busy: boolean;
  readonly onConfirm: (speaker: string | null) => void;
  readonly onClose: () => void;
}


/** The speaker of one paragraph, changed or confirmed where it stands in the text. */
export function SpeakerCard({ article, block, at, busy, onConfirm, onClose }: SpeakerCardProps) {
  const selectId = useId();
  const index = article.paragraphs.findIndex((p) => p.id === block);
  const paragraph = article.paragraphs[index];
  const current = paragraph?.speaker ?? NARRATION;
  const [choice, setChoice] = useState(current);
  const options = speakerOptions(article);
  if (!paragraph) return null;
  return (
    <CardFrame at={at} label={`Speaker of paragraph ${index + 1}`} onClose={onClose}>
      <label htmlFor={selectId} className="mark-card-kind">
        Speaker of ¶{index + 1}
      </label>
      <div className="mark-card-actions">
        <SpeakerSelect id={selectId} autoFocus current={current} options={options} value={choice} onChange={setChoice} />
        <Button disabled={busy} onClick={() => onConfirm(chosenSpeaker(choice))}>
          Confirm
        </Button>
      </div>
    </CardFrame>
  );
}
