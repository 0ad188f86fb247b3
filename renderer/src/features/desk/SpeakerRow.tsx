import { useId, useState } from 'react';
import type { Paragraph } from '../../../../electron/domain/article';
import { Button } from '../../ui/Button';
import { paragraphLabel } from './speaker-options';
import { chosenSpeaker, NARRATION, SpeakerSelect } from './SpeakerSelect';

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
  return (
    <li className="speaker-row" data-speaker-row={index}>
      <label htmlFor={selectId} className="speaker-para" title={paragraph.text}>
        {paragraphLabel(index)} <span className="muted">{paragraph.text.slice(0, 60)}…</span>
      </label>
      <div className="speaker-controls">
        <SpeakerSelect id={selectId} current={current} options={options} value={choice} onChange={setChoice} aria-label={`Speaker of paragraph ${index + 1}`} />
        <Button disabled={busy} onClick={() => onTag(index, chosenSpeaker(choice))}>
          {paragraph.speakerConfirmed && choice === current ? 'Confirmed' : 'Confirm'}
        </Button>
      </div>
    </li>
  );
}
