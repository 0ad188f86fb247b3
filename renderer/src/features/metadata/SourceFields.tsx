import { TextField } from '../../ui/TextField';
import type { MetadataValues } from './metadata-draft';

interface SourceFieldsProps {
  readonly values: MetadataValues;
  readonly set: <K extends keyof MetadataValues>(key: K, value: MetadataValues[K]) => void;
}

/** Who supplied the copy and how the story credits them. */
export function SourceFields({ values, set }: SourceFieldsProps) {
  return (
    <fieldset className="fieldset">
      <legend>Source</legend>
      <TextField label="Agency name" value={values.sourceName} onChange={(v) => set('sourceName', v)} />
      <div className="field-row">
        <TextField label="Agency code" value={values.sourceCode} onChange={(v) => set('sourceCode', v)} />
        <TextField label="Language" value={values.language} onChange={(v) => set('language', v)} />
      </div>
      <TextField label="Credit line" value={values.sourceCredit} onChange={(v) => set('sourceCredit', v)} />
    </fieldset>
  );
}
