/**
 * The choice of who a paragraph is attributed to: the agency's own narration, the story's people and
 * organisations, and the current speaker even when the reading no longer lists it. The value '' is narration.
 */
export const NARRATION = '';

interface SpeakerSelectProps {
  readonly id: string;
  /** The paragraph's speaker as it stands ('' for narration): kept among the choices. */
  readonly current: string;
  readonly options: readonly string[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly autoFocus?: boolean;
  readonly 'aria-label'?: string;
}

export function SpeakerSelect({ id, current, options, value, onChange, autoFocus, 'aria-label': label }: SpeakerSelectProps) {
  const all = current && !options.includes(current) ? [current, ...options] : options;
  return (
    <select id={id} autoFocus={autoFocus} value={value} aria-label={label} onChange={(e) => onChange(e.target.value)}>
      <option value={NARRATION}>Agency narration</option>
      {all.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </select>
  );
}

/** The speaker a choice names: null for the agency's narration. */
export function chosenSpeaker(value: string): string | null {
  return value === NARRATION ? null : value;
}
