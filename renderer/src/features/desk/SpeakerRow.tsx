import { useId, useState } from 'react';
import type { Paragraph } from '../../../../electron/domain/article';
import { Button } from '../../ui/Button';
import { paragraphLabel } from './speaker-options';

const NARRATION = '';

interface SpeakerRowProps {
  readonly index: number;
  readonly paragraph: Paragraph;
  readonly options: readonly string[];
  readonly busy: boolean;
  readonly onTag: (paragraph: number, speaker: string | null) => void;
}

/** One paragraph's speaker: the tagger's guess or the editor's tag, with a choice and a Confirm button. */
export function SpeakerRow({ index, paragraph, options, busy, onTag }: SpeakerRowProps) {
  const selectId = useId();
  const current = paragraph.speaker ?? NARRATION;
  const [choice, setChoice] = useState(current);
  const all = current && !options.includes(current) ? [current, ...options] : options;
  return (
    <li className="speaker-row" data-speaker-row={index}>
      <label htmlFor={selectId} className="speaker-para" title={paragraph.text}>
        {paragraphLabel(index)} <span className="muted">{paragraph.text.slice(0, 60)}…</span>
      </label>
      <div className="speaker-controls">
        <select id={selectId} value={choice} aria-label={`Speaker of paragraph ${index + 1}`} onChange={(e) => setChoice(e.target.value)}>
          <option value={NARRATION}>Agency narration</option>
          {all.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <Button disabled={busy} onClick={() => onTag(index, choice === NARRATION ? null : choice)}>
          {paragraph.speakerConfirmed && choice === current ? 'Confirmed' : 'Confirm'}
        </Button>
      </div>
    </li>
  );
}
