import { TextField } from '../../ui/TextField';
import type { MetadataValues } from './metadata-draft';

interface WireFieldsProps {
  readonly values: MetadataValues;
  readonly set: <K extends keyof MetadataValues>(key: K, value: MetadataValues[K]) => void;
  /** The agency's private note and Copydesk's word on the item (article.deskNote): read only, never exported. */
  readonly deskNote?: string;
  /** The story's word count, and the one its item declared (read only). */
  readonly words?: { readonly count: number; readonly declared?: number };
}

/** The length line: the agency's own count while it holds, the desk's once the text has changed. */
export function lengthLine(words: { readonly count: number; readonly declared?: number }): string {
  const n = words.count.toLocaleString('en');
  if (words.declared === undefined) return `${n} words`;
  if (words.declared === words.count) return `${n} words, as the agency declared them`;
  return `${n} words (the agency declared ${words.declared.toLocaleString('en')} for the text as it came)`;
}

/** What the wire sent beside the text, editable where the desk edits it. */
export function WireFields({ values, set, deskNote = '', words }: WireFieldsProps) {
  return (
    <fieldset className="fieldset">
      <legend>Wire</legend>
      {words && (
        <p className="field-hint" aria-label="Length">
          {lengthLine(words)}
        </p>
      )}
      <label className="field">
        <span className="field-label">Embargo (local time)</span>
        <input type="datetime-local" value={values.embargo} onChange={(e) => set('embargo', e.target.value)} />
        <span className="field-hint">Empty: no embargo.</span>
      </label>
      <div className="field-row">
        <TextField label="Urgency (1–9)" value={values.urgency} onChange={(v) => set('urgency', v)} />
        <TextField label="Priority (1–9)" value={values.priority} onChange={(v) => set('priority', v)} />
      </div>
      <TextField label="Keywords" value={values.keywords} onChange={(v) => set('keywords', v)} hint="Comma-separated; they go out as tags." />
      <TextField label="Contributors" value={values.contributors} onChange={(v) => set('contributors', v)} rows={2} hint="One per line, “role: name” (Writing by: …, Editing by: …)." />
      <TextField label="Editor's note" value={values.ednote} onChange={(v) => set('ednote', v)} rows={2} />
      {deskNote !== '' && (
        <div className="field" role="note" aria-label="For the desk only">
          <span className="field-label">For the desk only (never exported)</span>
          <p className="desk-note">{deskNote}</p>
        </div>
      )}
    </fieldset>
  );
}
