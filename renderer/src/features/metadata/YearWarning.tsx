import { Button } from '../../ui/Button';
import { inferredYearNote } from './year-note';

interface YearWarningProps {
  readonly date: string;
  readonly importedAt: string;
  readonly busy: boolean;
  readonly onConfirm: () => void;
}

/** The copy gave a day and month only; the year was taken from the import date and needs the editor's word. */
export function YearWarning({ date, importedAt, busy, onConfirm }: YearWarningProps) {
  return (
    <div className="year-warning" role="note">
      <p>
        <strong>Inferred year.</strong> {inferredYearNote(date, importedAt)}
      </p>
      <Button onClick={onConfirm} disabled={busy}>
        Confirm year
      </Button>
    </div>
  );
}
