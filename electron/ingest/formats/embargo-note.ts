/**
 * An embargo written as a note to the desk (`Embargoed to 0001 Tuesday June 03`, `EMBARGOED UNTIL 0600 GMT`,
 * `Embargo till 18:30 BST Friday 12 March`) rather than in a date field: the time it lifts, as an ISO 8601 instant.
 * A note names the clock time and at most a weekday and a day of a month; the year, and the zone when the note
 * names none, are the item's own (the offset its filing time was written with), since an agency writes its
 * embargoes on the clock it files by. A note with no date lifts at the first such time after the item was filed.
 */
import { monthNumber } from '../../enrich/dateline-months.js';

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*,?';
/** Zones an embargo line names, as offsets in minutes. */
const ZONES: Record<string, number> = { gmt: 0, utc: 0, z: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, est: -300, edt: -240 };

const NOTE = new RegExp(
  `\\bembargo(?:ed)?\\s*(?:to|until|till|:)?\\s+(\\d{1,2}[:.]\\d{2}|\\d{4})\\s*(?:hrs?\\b|h\\b)?\\s*(gmt|utc|bst|cest|cet|eest|eet|est|edt|z)?\\b` +
    `(?:[,\\s]*\\b${WEEKDAY})?(?:[,\\s]*\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b))?`,
  'iu',
);

/** The instant an embargo note lifts, read against the item's filing time (ISO 8601 with offset); undefined if none. */
export function embargoFromNote(note: string, filed: string | undefined): string | undefined {
  const m = NOTE.exec(note);
  if (!m || !filed) return undefined;
  const filedAt = Date.parse(filed);
  if (Number.isNaN(filedAt)) return undefined;
  const clock = (m[1] ?? '').replace(/[:.]/u, '');
  const hour = Number(clock.slice(0, -2));
  const minute = Number(clock.slice(-2));
  if (hour > 24 || minute > 59) return undefined;
  const offset = m[2] ? (ZONES[m[2].toLowerCase()] ?? 0) : offsetOf(filed);
  if (offset === undefined) return undefined;
  // The item's own wall clock: its filing time shifted by its offset, read as if it were UTC.
  const local = new Date(filedAt + offset * 60_000);
  const dayText = m[3] ?? m[6];
  const monthText = m[4] ?? m[5];
  let at: number;
  if (dayText && monthText) {
    const month = (monthNumber(monthText.slice(0, 3)) ?? 1) - 1;
    const wall = (year: number): number => Date.UTC(year, month, Number(dayText), hour, minute) - offset * 60_000;
    at = wall(local.getUTCFullYear());
    // A date that falls well before the filing is next year's (an item filed on 30 December for 2 January).
    if (at < filedAt - 183 * 86_400_000) at = wall(local.getUTCFullYear() + 1);
  } else {
    at = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour, minute) - offset * 60_000;
    if (at <= filedAt) at += 86_400_000;
  }
  return new Date(at).toISOString().replace('.000Z', 'Z');
}

/** The offset, in minutes, an ISO 8601 time was written with (`+01:00`, `+0100`, `Z`); undefined for a floating time. */
function offsetOf(iso: string): number | undefined {
  const m = /(?:([+-])(\d{2}):?(\d{2})|Z)$/u.exec(iso);
  if (!m) return undefined;
  if (!m[1]) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
