/**
 * Reads the dateline that opens wire copy, in the common agency styles:
 *   WASHINGTON (AP) _ …           PARIS, July 23 (AFP) - …        LONDON (Reuters) - …
 *   GAZA, Dec. 1 (Xinhua) -- …     Berlin (dpa) - …                Tehran, July 23, - …
 *   NEW YORK, July 23, 2024 (Reuters) — …                          SYDNEY, 23 July (AAP) - …
 * and in other languages, day before month, with their month names and abbreviations (dateline-months.ts):
 *   COPENHAGUE, 2 mars (AFP) - …   Paris, 23 juillet 2026 - …      Nueva Delhi, 21 ene (EFE).- …
 *   MADRID, 3 de marzo (EFE) - …   Berlin, 3. März (dpa) - …       ROMA, 5 marzo (ANSA) - …
 *   BRUSSEL, 3 maart (BELGA) - …   OSLO, 3. mars (NTB): …          HELSINKI, 3. maaliskuuta (STT) - …
 * A press-release distributor stands between slashes where an agency has its brackets, and its dateline often
 * has a line of its own: `AUSTIN, Texas, Feb. 1, 2017 /PRNewswire-AsiaNet/ --`; Ritzau writes `København
 * /ritzau/: …`. ANSA puts its name first: `(ANSA) - ROME, JUL 11 - …`. ATS runs the text on after the agency
 * without a dash: `Paris (ats afp) Les …`, which is read only when every name in the brackets is a known agency.
 * A lead counts as a dateline only when it has a date or an agency, or an all-caps place before a dash, so an
 * ordinary sentence such as "Iran said - …" is never taken for one; a dateline standing alone (nothing after its
 * separator) needs both a date and an agency or distributor.
 */
import { isAdvisoryWord } from './kill-notice.js';
import { findAgency } from '../domain/agencies.js';
import { isValidDate, toIsoDate } from '../domain/dateline-style.js';
import { MONTH_PATTERN, monthNumber } from './dateline-months.js';

const MONTH = MONTH_PATTERN;
const WORD = "[\\p{Lu}][\\p{L}'’.\\-]*";
const CONNECTOR = '(?:de|da|del|di|do|dos|das|la|le|les|el|al|es|on|upon|am|an|im|der|sur|sous|en|aan)';
const PLACE = `${WORD}(?:[ ](?:${CONNECTOR}[ ])?${WORD}){0,3}`;
/** Towns a story was filed from at once, joined by a slash as APA writes them: `Paris/Cannes (APA/dpa) - …`. */
const PLACE_JOINED = `${WORD}(?:\\/${WORD}){1,3}`;
/** Places in capitals, one to four words each. */
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}'’.\\-]*(?:[ ]\\p{Lu}[\\p{Lu}'’.\\-]*){0,3}";
/** A release filed from several cities at once: `NEW YORK, LONDON and BEIJING, Feb. 2, 2017 /PRNewswire/ --`. */
const PLACE_LIST = `${CAPS_PLACE}(?:,[ ]${CAPS_PLACE})*[ ](?:and|&)[ ]${CAPS_PLACE}`;
/** The day as it is written: "23", "3rd", "1er", "3." (German and Nordic ordinals), "1º". */
const DAY = '\\d{1,2}(?:st|nd|rd|th|er|º|\\.)?';
const YEAR = '(?:,?\\s+(?:de\\s+)?\\d{4})';
/** "July 23", "Feb. 1, 2017" (month first, English) or "23 July", "3 de marzo de 2026", "3. März" (day first). */
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?${YEAR}?|${DAY}\\s+(?:de\\s+)?${MONTH}${YEAR}?)`;
const AGENCY = "[\\p{L}][\\p{L}0-9 .&/'’-]{0,40}";
const DISTRIBUTOR = "[\\p{L}][\\p{L}0-9 .&'’-]{0,40}";
/** -, --, –, —, _ and : as everywhere; ".-" as EFE writes it after its name. */
const SEPARATOR = '(?:\\.?(?:--|[-–—_:]))';

const LEAD = new RegExp(
  `^(?:\\((?<first>${AGENCY})\\)\\s*${SEPARATOR}\\s*)?` +
    `(?<place>${PLACE_LIST}|${PLACE_JOINED}|${PLACE})` +
    // The region never takes the dashes that follow it ("Mass.--(BUSINESS WIRE)--").
    `(?:,\\s*(?!${MONTH}\\s)(?<region>${WORD}(?:\\s${WORD}){0,2})(?<!-))?` +
    // After an abbreviation's full stop a space may do for the comma: "RICHMOND, Va. Feb 26 -".
    `(?:(?:,\\s*|(?<=,\\s?\\p{Lu}[\\p{L}.]{0,5}\\.)\\s+)(?<date>${DATE})\\.?)?` +
    ',?\\s*' +
    // Kyodo and AAP name themselves after the date without brackets: "SAITAMA, Japan, Dec. 9 Kyodo -".
    `(?:(?<=\\d\\.?)\\s+(?<named>\\p{Lu}[\\p{L}]{1,15}))?` +
    // Business Wire's form sets its name between dashes and the date after it: "MARLBOROUGH, Mass.--(BUSINESS WIRE)--Dec 5, 2024--".
    `(?:(?:--)?\\((?<agency>${AGENCY})\\)(?:--(?<after>${DATE})(?=--))?|\\/(?<distributor>${DISTRIBUTOR})\\/)?` +
    // TASS closes its name with a full stop: "MOSCOW, January 21. /TASS/. The Kremlin…".
    // A distributor's dateline alone on its line may end at its closing slash: `MUMBAI, India, July 25, 2018/PRNewswire/`.
    `(?:\\s*(?<sep>${SEPARATOR})\\s*|(?<=\\))\\s+|(?<=\\/)\\.\\s+|(?<=\\/)\\s*$)` +
    // The lede may open with an unlisted company in angle brackets, as business wires write it ("<America First…").
    '(?=[\\p{L}\\p{N}"“‘\'(«<]|$)',
  'u',
);

const NOT_PLACES = new Set([
  'EXCLUSIVE', 'BREAKING', 'URGENT', 'UPDATE', 'REFILE', 'CORRECTED', 'CORRECTION', 'FLASH', 'BULLETIN', 'ALERT',
  'ADVISORY', 'ANALYSIS', 'FACTBOX', 'WRAPUP', 'INSIGHT', 'COLUMN', 'OPINION', 'EDITORIAL', 'BRIEF', 'NEWS',
  'NATO', 'OPEC', 'UNESCO', 'UNICEF', 'UNHCR', 'FIFA', 'UEFA', 'NASA', 'ASEAN', 'EU', 'UN', 'US', 'USA', 'UK',
  // AP's caption and advisory markers: "FILE - In this photo …", "EDS: …".
  'FILE', 'PHOTO', 'VIDEO', 'AUDIO', 'GRAPHIC', 'EDS', 'NOTE',
]);

export interface DatelineLead {
  /** The dateline exactly as it stood in the copy, separator included. */
  readonly raw: string;
  readonly place: string;
  readonly region: string | null;
  readonly month: number | null;
  readonly day: number | null;
  readonly year: number | null;
  /** The agency in brackets, or the press-release distributor between slashes. */
  readonly agency: string | null;
}

/** A month typed in mixed case ("FEb 26") is read as if typed right; the text keeps its length. */
function monthCase(paragraph: string): string {
  const head = paragraph.slice(0, 120);
  // Most copy has no word whose case changes inside it: leave it untouched without a word-by-word pass.
  if (!/\p{Lu}{2}\p{Ll}|\p{Ll}\p{Lu}/u.test(head)) return paragraph;
  const fixed = head.replace(/\p{L}{3,10}/gu, (w) => {
    if (w === w.toLowerCase() || w === w.toUpperCase() || w === w.charAt(0) + w.slice(1).toLowerCase()) return w;
    return monthNumber(w.toLowerCase()) ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w;
  });
  return fixed === head ? paragraph : fixed + paragraph.slice(120);
}

/**
 * A dateline that names no place, as Reuters sends a story not filed from one city (markets, commodities, sports
 * data): `Jan 30 (Reuters) - Gold rose…`, `Jan 3 (OPTA) - Results…`. Without a place, the month and day AND the
 * bracketed sender AND the dash are all required, so no sentence opening with a date is taken for one.
 */
const PLACELESS = new RegExp(
  `^(?<date>${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?${YEAR}?|${DAY}\\s+${MONTH}${YEAR}?)\\s*\\((?<agency>${AGENCY})\\)\\s*${SEPARATOR}\\s*(?=[\\p{L}\\p{N}"“‘'(«])`,
  'u',
);

function matchPlaceless(paragraph: string): DatelineLead | null {
  const m = PLACELESS.exec(monthCase(paragraph));
  const parsed = m?.groups?.['date'] ? parseMonthDay(m.groups['date']) : null;
  const agency = m?.groups?.['agency']?.trim();
  if (!m || !parsed || !agency) return matchAgencyOnly(paragraph);
  return { raw: paragraph.slice(0, m[0].length), place: '', region: null, month: parsed.month, day: parsed.day, year: parsed.year, agency };
}

/**
 * A dateline that is only the sender in brackets, as CNN opens a story filed from no one place (`(CNN) -- They're
 * big…`, and since 2015 without the dash: `(CNN) One person was killed…`) and web copy of Reuters' markets reports
 * keeps it (`(Reuters) - U.S. stock index futures fell…`). With neither place nor date, only a known agency opening
 * the paragraph counts, and a sentence must start right after it, capitalised: a desk's bracketed note (`(Adds
 * details)`, `(Pictured) The mayor…`) names no agency.
 */
const AGENCY_ONLY = new RegExp(`^\\((?<agency>${AGENCY})\\)\\s*(?:${SEPARATOR}\\s*)?(?=[\\p{Lu}\\p{N}"“‘'«])`, 'u');

function matchAgencyOnly(paragraph: string): DatelineLead | null {
  const m = AGENCY_ONLY.exec(paragraph);
  const agency = m?.groups?.['agency']?.trim();
  if (!m || !agency || !findAgency(agency) || paragraph.length === m[0].length) return null;
  return { raw: paragraph.slice(0, m[0].length), place: '', region: null, month: null, day: null, year: null, agency };
}

function firstOfJoined(place: string): string {
  const slash = place.indexOf('/');
  return slash > 0 ? place.slice(0, slash) : place;
}

export function matchDatelineLead(paragraph: string): DatelineLead | null {
  const m = LEAD.exec(monthCase(paragraph));
  if (!m?.groups) return matchPlaceless(paragraph);
  const { first, place = '', region, distributor, sep, named } = m.groups;
  const date = m.groups['date'] ?? m.groups['after'];
  // A bare name after the date is an agency only when it is a known one.
  if (named && !findAgency(named)) return null;
  const agency = (m.groups['agency'] ?? distributor ?? first ?? named)?.trim() || null;
  const allCapsPlace = place.replace(/ (?:and|&) /u, ' ') === place.toUpperCase().replace(/ (?:AND|&) /u, ' ') && /\p{Lu}{2}/u.test(place);
  // With neither date nor agency, only an AP-style all-caps city before a dash counts, and never a wire flag
  // (EXCLUSIVE -, BREAKING -) or an acronym (NATO -, US —) opening an ordinary sentence.
  const bare = allCapsPlace && sep !== undefined && sep !== ':' && place.replace(/[^\p{L}]/gu, '').length >= 4 && !NOT_PLACES.has(place);
  if (!date && !agency && !bare) return null;
  // Nor a kill advisory's word: "MANDATORY KILL - Council approves…" names no town.
  if (NOT_PLACES.has(place.toUpperCase()) || isAdvisoryWord(place)) return null;
  const rest = paragraph.slice(m[0].length);
  // A bare all-caps "PLACE - text" is a dateline only when the dash stands apart and a sentence follows:
  // "BROWN-FORMAN INC…" and "SUGAR QUOTA IMPORTS DETAILED -- USDA" are headlines, not datelines.
  if (!date && !agency && (!/\s(?:\.?(?:--|[-–—_:]))\s*$/u.test(m[0]) || !/\p{Ll}/u.test(rest.slice(0, 80)))) return null;
  // Alone on its line, a dateline names its date and who sent it; "WASHINGTON (AP) _" by itself is not enough.
  if (rest === '' && !(date && agency)) return null;
  // Without a dash the text runs on after the brackets: only known agencies, and a sentence that starts there.
  const tassStop = sep === undefined && distributor !== undefined && (/\/\.\s*$/u.test(m[0]) || rest.trim() === '');
  if (sep === undefined && !tassStop && !(m.groups['agency'] && findAgency(m.groups['agency']) && /^["“‘«\p{Lu}]/u.test(rest))) return null;
  const parsed = date ? parseMonthDay(date) : null;
  return {
    raw: paragraph.slice(0, m[0].length),
    // Of towns joined by a slash, the first is where the story was filed.
    place: firstOfJoined(allCapsPlace ? titleCase(place) : place),
    region: region ?? null,
    month: parsed?.month ?? null,
    day: parsed?.day ?? null,
    year: parsed?.year ?? null,
    agency,
  };
}

/** A whole paragraph that is a full date with its year, maybe after a weekday: "Tue 13 October 2015". */
const DATE_ONLY = new RegExp(
  `^(?:\\p{L}{2,12}\\.?,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|${DAY}\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?\\d{4})\\.?$`,
  'u',
);

/**
 * A release date standing alone under the headline ("Tue 13 October 2015"): a dateline with its date and no place.
 * Only a full date with a year counts; a weekday's name is not checked against it.
 */
export function matchDateOnly(paragraph: string): DatelineLead | null {
  const text = paragraph.trim();
  if (text.length > 40 || !DATE_ONLY.test(text)) return null;
  const parsed = parseMonthDay(text);
  if (!parsed?.year) return null;
  return { raw: paragraph, place: '', region: null, month: parsed.month, day: parsed.day, year: parsed.year, agency: null };
}

function parseMonthDay(text: string): { month: number; day: number; year: number | null } | null {
  let month: number | undefined;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    month = monthNumber(word);
    if (month) break;
  }
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
    .map((word, i) => (i > 0 && (connectors.test(word) || word === 'and') ? word : word.replace(/(^|[-'’])(\p{L})/gu, (_, pre: string, ch: string) => pre + ch.toUpperCase())))
    .join(' ');
}

/**
 * The dateline alone on its line, as agency copy sets it above a table or an earnings item, the story's text on the
 * lines below: `LOUISVILLE, Ky., Feb 26 -`, `SAN FRANCISCO, Calif., Feb. 26 --`, `NEW YORK, FEb 26`. A place, maybe a
 * region, and a date, then a separator or nothing; an agency in brackets may stand before the separator. Alone on a
 * line, the date is what makes it a dateline (a place by itself is as likely a one-word heading), so it is required.
 */
const LINE = new RegExp(
  `^(?<place>${PLACE})(?:,\\s*(?!${MONTH}\\s)(?<region>${WORD}(?:\\s${WORD}){0,2}))?(?:,\\s*|(?<=,\\s?\\p{Lu}[\\p{L}.]{0,5}\\.)\\s+)(?<date>${DATE})\\.?` +
    `(?:\\s*\\((?<agency>${AGENCY})\\))?\\s*(?:${SEPARATOR})?$`,
  'u',
);
/** A weekday opens "Tuesday, March 3 -" in a sentence wrapped at a line's end; it names no town. */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu;

export function matchDatelineLine(line: string): DatelineLead | null {
  const text = line.trim();
  if (text.length > 90) return null;
  const m = LINE.exec(monthCase(text));
  if (!m?.groups) return null;
  const { place = '', region, date = '' } = m.groups;
  if (NOT_PLACES.has(place.toUpperCase()) || isAdvisoryWord(place) || WEEKDAY.test(place)) return null;
  const parsed = parseMonthDay(date);
  if (!parsed) return null;
  const allCapsPlace = place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
  return {
    raw: line,
    // Of towns joined by a slash, the first is where the story was filed.
    place: firstOfJoined(allCapsPlace ? titleCase(place) : place),
    region: region ?? null,
    month: parsed.month,
    day: parsed.day,
    year: parsed.year,
    agency: m.groups['agency']?.trim() || null,
  };
}
