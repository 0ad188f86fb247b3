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
  const basic = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:[.,]\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/u.exec(v);
  if (basic) {
    const [, y, mo, d, h, mi, s, z] = basic;
    if (!h) return `${y}-${mo}-${d}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone(z)}`;
  }
  const ext = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/u.exec(v);
  if (ext) {
    const [, y, mo, d, h, mi, s, z] = ext;
    if (!h) return `${y}-${mo}-${d}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone(z)}`;
  }
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return undefined;
  // RFC 2822: keep the written offset rather than converting to UTC.
  const off = /([+-])(\d{2})(\d{2})\s*(?:\([^)]*\))?$/u.exec(v);
  const minutes = off ? (off[1] === '-' ? -1 : 1) * (Number(off[2]) * 60 + Number(off[3])) : 0;
  const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${minutes === 0 ? 'Z' : `${off?.[1]}${off?.[2]}:${off?.[3]}`}`;
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

/** Drops undefined fields, so `exactOptionalPropertyTypes`-style objects stay clean and JSON stays small. */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}
