import { TextField } from '../../ui/TextField';
import type { MetadataValues } from './metadata-draft';
import { YearWarning } from './YearWarning';

interface DatelineFieldsProps {
  readonly values: MetadataValues;
  readonly printed: string;
  /** ISO country of the place, from the offline gazetteer. */
  readonly country?: string | null;
  readonly yearInferred: boolean;
  /** When the story was imported: where an inferred year came from. */
  readonly importedAt: string;
  readonly busy: boolean;
  readonly set: <K extends keyof MetadataValues>(key: K, value: MetadataValues[K]) => void;
  readonly onConfirmYear: () => void;
}

export function DatelineFields({ values, printed, country, yearInferred, importedAt, busy, set, onConfirmYear }: DatelineFieldsProps) {
  return (
    <fieldset className="fieldset">
      <legend>Dateline</legend>
      <p className="field-hint">
        Printed as <span className="printed-dateline">{printed || '(no dateline)'}</span>
        {country && <span className="muted"> · country {country} (gazetteer)</span>}
      </p>
      <div className="field-row">
        <TextField label="Place" value={values.place} onChange={(v) => set('place', v)} />
        <TextField label="Date" type="date" value={values.date} onChange={(v) => set('date', v)} />
      </div>
      <TextField label="Agency in dateline" value={values.agency} onChange={(v) => set('agency', v)} />
      {yearInferred && values.date !== '' && <YearWarning date={values.date} importedAt={importedAt} busy={busy} onConfirm={onConfirmYear} />}
    </fieldset>
  );
}
