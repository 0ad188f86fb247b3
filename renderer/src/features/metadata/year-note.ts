import { formatIsoDate } from '../../ui/format-date';

/**
 * The inferred-year note. The year comes from the import date (the story's importedAt), so the note names that
 * date, not the dateline's own day and month, which the copy did give.
 */
export function inferredYearNote(datelineDate: string, importedAt: string): string {
  const year = datelineDate.slice(0, 4);
  const imported = importedAt.slice(0, 10);
  return `The copy gave a day and month but no year; ${year} was assumed from the import date (${formatIsoDate(imported)}). Check it, correct the date if needed, or confirm it.`;
}
