/** Small normalisers the format parsers share: dates to ISO 8601 with offset, numbers, pubstatus, codes. */
import type { Pubstatus } from '../../domain/article.js';

/**
 * A date-time as a wire format writes it → ISO 8601 with an offset. Accepts ISO 8601 (extended or basic,
 * `20190121T104233+0000`), RFC 822/2822 (`Tue, 10 Jun 2003 04:00:00 GMT`) and bare dates. A time without a zone
 * is kept without inventing one. Unreadable values give undefined.
 */
export function isoDate(value: string | undefined | null): string | undefined {
  const v = (value ?? '').trim();
  if (!v) return undefined;
  const basic = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?([.,]\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/u.exec(v);
  if (basic) {
    const [, y, mo, d, h, mi, s, f, z] = basic;
    if (!h) return `${y}-${mo}-${d}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${s ? fraction(f) : ''}${zone(z)}`;
  }
  const ext = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?([.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/u.exec(v);
  if (ext) {
    const [, y, mo, d, h, mi, s, f, z] = ext;
    if (!h) return `${y}-${mo}-${d}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${s ? fraction(f) : ''}${zone(z)}`;
  }
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return undefined;
  // RFC 2822: keep the written offset rather than converting to UTC.
  const off = /([+-])(\d{2})(\d{2})\s*(?:\([^)]*\))?$/u.exec(v);
  const minutes = off ? (off[1] === '-' ? -1 : 1) * (Number(off[2]) * 60 + Number(off[3])) : 0;
  const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${minutes === 0 ? 'Z' : `${off?.[1]}${off?.[2]}:${off?.[3]}`}`;
}

/**
 * A fraction of a second as the item wrote it, to the millisecond (`.397`; `,5` → `.500`), so a time is never moved;
 * none when it is zero (`.000`), which says nothing a whole second does not.
 */
function fraction(f: string | undefined): string {
  if (!f) return '';
  const ms = f.slice(1, 4).padEnd(3, '0');
  return ms === '000' ? '' : `.${ms}`;
}

function zone(z: string | undefined): string {
  if (!z) return '';
  if (z === 'Z' || z === '+0000' || z === '+00:00') return z === 'Z' ? 'Z' : '+00:00';
  return z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
}

export function intOf(value: string | number | undefined | null): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number.parseInt(String(value).trim(), 10);
  return Number.isFinite(n) ? n : undefined;
}

/** IPTC `stat:usable`, NewsML 1 `Usable`, ninjs `usable`; `canceled` and `cancelled` alike. */
export function pubstatusOf(value: string | undefined | null): Pubstatus | undefined {
  const v = (value ?? '').toLowerCase().replace(/^.*[:/]/u, '');
  if (v === 'usable') return 'usable';
  if (v === 'withheld' || v === 'embargoed') return 'withheld';
  if (v === 'canceled' || v === 'cancelled') return 'canceled';
  return undefined;
}

/** `medtop:20000763` → scheme `medtop`, code `20000763`; a bare code keeps the given default scheme. */
export function splitQcode(qcode: string, fallbackScheme = ''): { scheme: string; code: string } {
  const i = qcode.indexOf(':');
  if (i <= 0) return { scheme: fallbackScheme, code: qcode };
  return { scheme: qcode.slice(0, i), code: qcode.slice(i + 1) };
}

export function nonEmpty(value: string | undefined | null): string | undefined {
  const v = (value ?? '').replace(/\s+/gu, ' ').trim();
  return v === '' ? undefined : v;
}

/**
 * A word count as a format declares it (`0349`, `226`): a whole number over zero, else undefined — a `0` is a
 * placeholder a system writes before it counts (ANSA's `wordcount="0"` over a full text), not a count.
 */
export function declaredCount(value: string | undefined | null): number | undefined {
  const v = (value ?? '').trim();
  if (!/^\d{1,7}$/u.test(v)) return undefined;
  const n = Number(v);
  return n > 0 ? n : undefined;
}

/** Drops undefined fields, so `exactOptionalPropertyTypes`-style objects stay clean and JSON stays small. */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

/**
 * A date written alone in numbers (`4/4/2018`, `21.01.2019`, `2018-04-04`) → YYYY-MM-DD. Day and month may come in
 * either order (`4/5/2018` is 4 May in Europe, April 5 in the US): a part over 12 settles it; otherwise the reading
 * nearest the item's own day (`near`, an ISO date) is taken, and with no such day an ambiguous date gives undefined.
 */
export function numericDate(text: string, near?: string): string | undefined {
  const v = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(v) ?? /^(\d{4})(\d{2})(\d{2})(?:T[\d:+\-.Z]*)?$/u.exec(v);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // The day may carry its time and zone, as a release service writes its DateLine (`3.6.2024 10:00:01 EEST`).
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[\sT,]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}|Z))?)?$/u.exec(v);
  if (!m) return undefined;
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const readings = [validDay(year, b, a), validDay(year, a, b)].filter((d): d is string => d !== undefined);
  const unique = [...new Set(readings)];
  if (unique.length <= 1) return unique[0];
  const ref = near ? Date.parse(near.slice(0, 10)) : Number.NaN;
  if (Number.isNaN(ref)) return undefined;
  return unique.sort((x, y) => Math.abs(Date.parse(x) - ref) - Math.abs(Date.parse(y) - ref))[0];
}

function validDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return d.toISOString().slice(0, 10);
}

/**
 * A date-time a format writes in an agency's local time without an offset (Ritzau's PublishDate
 * `2018-01-30T17:32:18.397`, Danish time) → ISO 8601 with the offset that zone had then, summer time included (the
 * IANA zone through Intl, so the rules are the platform's, not a table of our own). A value that already has an
 * offset, or is only a date, is left as isoDate reads it. In the hour a clock goes back, the first reading is taken.
 */
export function localTimeIn(value: string | undefined | null, timeZone: string): string | undefined {
  const iso = isoDate(value);
  if (!iso || !/T\d{2}:\d{2}:\d{2}(?:\.\d{3})?$/u.test(iso)) return iso;
  const wall = Date.parse(`${iso}Z`);
  if (Number.isNaN(wall)) return undefined;
  const first = offsetMinutes(wall, timeZone);
  const offset = offsetMinutes(wall - first * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${iso}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The zone's offset from UTC at an instant, in minutes (`GMT+02:00` → 120). */
function offsetMinutes(ms: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /([+-])(\d{2}):?(\d{2})?/u.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}
