/**
 * The house dateline: `TEHRAN, July 23 (IRNA) —`. Months follow AP style (Jan., Feb., Aug., Sept., Oct., Nov.,
 * Dec. abbreviated with a date; March to July spelled out); the year is printed only when it is not the current one,
 * as AP does.
 */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export interface DatelineParts {
  readonly place: string;
  readonly date: string | null;
  readonly agency: string | null;
}

export function renderDatelineText(parts: DatelineParts, today: Date = new Date()): string {
  const place = parts.place.trim();
  if (place === '') return '';
  let text = place.toUpperCase();
  const date = parseIsoDate(parts.date);
  if (date) {
    text += `, ${AP_MONTHS[date.month - 1]} ${date.day}`;
    if (date.year !== today.getFullYear()) text += `, ${date.year}`;
  }
  if (parts.agency) text += ` (${parts.agency})`;
  return `${text} —`;
}

export function parseIsoDate(iso: string | null): { year: number; month: number; day: number } | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return null;
  return { year, month, day };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
