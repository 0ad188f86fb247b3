/**
 * Reads the dateline that opens wire copy, in the common agency styles:
 *   WASHINGTON (AP) _ …           PARIS, July 23 (AFP) - …        LONDON (Reuters) - …
 *   GAZA, Dec. 1 (Xinhua) -- …     Berlin (dpa) - …                Tehran, July 23, - …
 *   NEW YORK, July 23, 2024 (Reuters) — …                          SYDNEY, 23 July (AAP) - …
 * A lead counts as a dateline only when it has a date or an agency, or an all-caps place before a dash, so an
 * ordinary sentence such as "Iran said - …" is never taken for one.
 */
import { isValidDate, toIsoDate } from '../domain/dateline-style.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WORD = "[\\p{Lu}][\\p{L}'’.\\-]*";
const CONNECTOR = '(?:de|da|del|do|dos|la|le|el|al|es|on|upon|am|an|der|sur|en)';
const PLACE = `${WORD}(?:[ ](?:${CONNECTOR}[ ])?${WORD}){0,3}`;
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:(?:st|nd|rd|th))?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?)`;
const AGENCY = "[\\p{L}][\\p{L}0-9 .&/'’-]{0,40}";
const SEPARATOR = '(?:--|[-–—_:])';

const LEAD = new RegExp(
  `^(?<place>${PLACE})` +
    `(?:,\\s*(?!${MONTH}\\s)(?<region>${WORD}(?:\\s${WORD}){0,2}))?` +
    `(?:,\\s*(?<date>${DATE}))?` +
    ',?\\s*' +
    `(?:\\((?<agency>${AGENCY})\\))?` +
    `\\s*(?<sep>${SEPARATOR})\\s*` +
    '(?=[\\p{L}\\p{N}"“‘\'(])',
  'u',
);

const NOT_PLACES = new Set([
  'EXCLUSIVE', 'BREAKING', 'URGENT', 'UPDATE', 'REFILE', 'CORRECTED', 'CORRECTION', 'FLASH', 'BULLETIN', 'ALERT',
  'ADVISORY', 'ANALYSIS', 'FACTBOX', 'WRAPUP', 'INSIGHT', 'COLUMN', 'OPINION', 'EDITORIAL', 'BRIEF', 'NEWS',
  'NATO', 'OPEC', 'UNESCO', 'UNICEF', 'UNHCR', 'FIFA', 'UEFA', 'NASA', 'ASEAN', 'EU', 'UN', 'US', 'USA', 'UK',
]);

export interface DatelineLead {
  /** The dateline exactly as it stood in the copy, separator included. */
  readonly raw: string;
  readonly place: string;
  readonly region: string | null;
  readonly month: number | null;
  readonly day: number | null;
  readonly year: number | null;
  readonly agency: string | null;
}

export function matchDatelineLead(paragraph: string): DatelineLead | null {
  const m = LEAD.exec(paragraph);
  if (!m?.groups) return null;
  const { place = '', region, date, agency, sep = '' } = m.groups;
  const allCapsPlace = place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
  // With neither date nor agency, only an AP-style all-caps city before a dash counts, and never a wire flag
  // (EXCLUSIVE -, BREAKING -) or an acronym (NATO -, US —) opening an ordinary sentence.
  const bare = allCapsPlace && sep !== ':' && place.replace(/[^\p{L}]/gu, '').length >= 4 && !NOT_PLACES.has(place);
  if (!date && !agency && !bare) return null;
  if (NOT_PLACES.has(place.toUpperCase())) return null;
  const parsed = date ? parseMonthDay(date) : null;
  return {
    raw: m[0],
    place: allCapsPlace ? titleCase(place) : place,
    region: region ?? null,
    month: parsed?.month ?? null,
    day: parsed?.day ?? null,
    year: parsed?.year ?? null,
    agency: agency?.trim() ?? null,
  };
}

function parseMonthDay(text: string): { month: number; day: number; year: number | null } | null {
  const monthWord = /\p{L}+/u.exec(text)?.[0]?.toLowerCase() ?? '';
  const month = MONTHS[monthWord];
  const numbers = text.match(/\d+/g)?.map(Number) ?? [];
  const day = numbers.find((n) => n <= 31);
  const year = numbers.find((n) => n >= 1000) ?? null;
  if (!month || !day) return null;
  return { month, day, year };
}

export interface ResolvedDate {
  readonly date: string | null;
  readonly yearInferred: boolean;
}

/**
 * A dateline without a year gets the latest such day not after the import date (copy is not dated in the
 * future) on the editor's calendar, flagged as inferred until the editor confirms it.
 */
export function resolveDatelineDate(lead: Pick<DatelineLead, 'month' | 'day' | 'year'>, importedAt: Date): ResolvedDate {
  const { month, day } = lead;
  if (!month || !day) return { date: null, yearInferred: false };
  if (lead.year) return { date: isValidDate(lead.year, month, day) ? toIsoDate(lead.year, month, day) : null, yearInferred: false };
  // The editor's own calendar day, not UTC's: at 08:00 in Sydney, "24 July" is today, not a year ago.
  const ref = Date.UTC(importedAt.getFullYear(), importedAt.getMonth(), importedAt.getDate());
  for (let year = importedAt.getFullYear(); year >= importedAt.getFullYear() - 8; year--) {
    if (isValidDate(year, month, day) && Date.UTC(year, month - 1, day) <= ref) {
      return { date: toIsoDate(year, month, day), yearInferred: true };
    }
  }
  return { date: null, yearInferred: false };
}

/** NEW YORK → New York, RIO DE JANEIRO → Rio de Janeiro: connecting words stay lower case after the first. */
function titleCase(text: string): string {
  const connectors = new RegExp(`^${CONNECTOR}$`, 'u');
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && connectors.test(word) ? word : word.replace(/(^|[-'’])(\p{L})/gu, (_, pre: string, ch: string) => pre + ch.toUpperCase())))
    .join(' ');
}
