import { Button } from '../../ui/Button';
import { formatIsoDate } from '../../ui/format-date';

interface YearWarningProps {
  readonly date: string;
  readonly busy: boolean;
  readonly onConfirm: () => void;
}

/** The copy gave a day and month only; the year was taken from the import date and needs the editor's word. */
export function YearWarning({ date, busy, onConfirm }: YearWarningProps) {
  const year = date.slice(0, 4);
  return (
    <div className="year-warning" role="note">
      <p>
        <strong>Inferred year.</strong> The copy gave no year; {year} was assumed from the import date (
        {formatIsoDate(date)}). Check it, correct the date if needed, or confirm it.
      </p>
      <Button onClick={onConfirm} disabled={busy}>
        Confirm year
      </Button>
    </div>
  );
}
