import { TextField } from '../../ui/TextField';
import type { MetadataValues } from './metadata-draft';

interface WireFieldsProps {
  readonly values: MetadataValues;
  readonly set: <K extends keyof MetadataValues>(key: K, value: MetadataValues[K]) => void;
  /** The agency's private note and Copydesk's word on the item (article.deskNote): read only, never exported. */
  readonly deskNote?: string;
}

/** What the wire sent beside the text, editable where the desk edits it. */
export function WireFields({ values, set, deskNote = '' }: WireFieldsProps) {
  return (
    <fieldset className="fieldset">
      <legend>Wire</legend>
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
