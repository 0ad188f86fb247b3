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

const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day (YYYY-MM-DD) at `instant` in the IANA zone `timeZone`, or null when the instant has no time and
 * offset to place it (a bare date is already a day) or the zone is unknown to the platform.
 */
export function calendarDayIn(instant: string, timeZone: string): string | null {
  if (!/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/u.test(instant)) return null;
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  let format = DAY_FORMATS.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      return null;
    }
    DAY_FORMATS.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(ms));
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const [year, month, day] = [part('year'), part('month'), part('day')];
  return isValidDate(year, month, day) ? toIsoDate(year, month, day) : null;
}
