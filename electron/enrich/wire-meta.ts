/**
 * What a structured format said (WireMeta) laid over what cleaning and enrichment read from the text. The
 * format's own headline, slug, byline, abstract, dateline, source and language beat any guess from the copy —
 * except a dateline cleaning lifted from the first paragraph, which is already parsed into place and date and
 * is the same dateline. The wire fields (guid, version, times, priority, status, subjects…) come only from here.
 */
import { EMPTY_WIRE_FIELDS, type Dateline, type Source, type WireFields } from '../domain/article.js';
import { agencyFromRaw, cleanByline, cleanSlug, isDeskCode, isDeskInitials, isDomainName, isPlaceholderSource, isStaffCredit, withoutByWord } from '../domain/wire-values.js';
import { calendarDayIn, parseIsoDate, renderDatelineText } from '../domain/dateline-style.js';
import type { WireMeta } from '../ingest/wire-draft.js';
import { matchDatelineLead, resolveDatelineDate, type DatelineLead, type ResolvedDate } from './dateline.js';
import { withMojibakeRepaired } from '../clean/rules/mojibake.js';
import { formatHeadline } from './format-headline.js';
import { contradictedLanguage } from './language.js';
import { countryOf, timeZoneOf } from './gazetteer.js';
import { slugFrom, type Enriched } from './enrich.js';

export interface WithWireMeta {
  readonly fields: Enriched;
  readonly keywords: readonly string[];
  readonly wire: Omit<WireFields, 'wordCount'>;
}

export function applyWireMeta(fields: Enriched, meta: WireMeta, importedAt: Date): WithWireMeta {
  const givenHeadline = meta.headline ? formatHeadline(unmarked(meta.headline, fields.headline), fields.paragraphs[0]?.text ?? '', meta.slugline) : null;
  const headline = givenHeadline?.headline ?? fields.headline;
  const given = meta.source ? sourceFrom(meta.source) : null;
  // A sender (who mailed the copy) is the credit only when neither the format nor the copy names an agency.
  const sent = !given && !fields.source.name && meta.sender ? sourceFrom({ name: meta.sender, credit: meta.sender }) : null;
  const source = given ?? sent ?? fields.source;
  const merged: Enriched = {
    ...fields,
    headline,
    slugline: meta.slugline ? cleanSlug(meta.slugline) : givenHeadline?.headline ? slugFrom(headline) : fields.slugline,
    // A desk code or a user id in the byline field is nobody's byline: the text's own byline (if any) stands. So
    // does a writer the text names (`By Joseph Ax`) over a byline field that only names the agency (`Reuters`).
    // A byline field that only names the agency (`Reuters`, the item's creator) credits no writer: the source says it.
    // So does a writer the text names over a byline field that names a post, not a person (`Staff Reporter`).
    byline: meta.byline && cleanByline(meta.byline) !== '' && !agencyFromRaw(withoutByWord(meta.byline)) && !(fields.byline && isStaffCredit(meta.byline)) ? withoutByWord(meta.byline) : fields.byline,
    abstract: meta.abstract ?? fields.abstract,
    source,
    // The declared language, unless the copy is plainly in another (then the copy's, as the text tells it).
    language: meta.language ? contradictedLanguage(primaryLanguage(meta.language), fields.paragraphs.map((p) => p.text).join('\n')) ?? primaryLanguage(meta.language) : fields.language,
    // A dateline without a place (`Jan 30 (Reuters) -`) is still the copy's dateline, dated by the item.
    dateline: fields.dateline.place ? redatedByItem(fields.dateline, meta, importedAt) : withCountry(datelineFrom(meta, source, importedAt)) ?? (fields.dateline.date || fields.dateline.agency ? redatedByItem(fields.dateline, meta, importedAt) : fields.dateline),
  };
  const wire: Omit<WireFields, 'wordCount'> = {
    ...EMPTY_WIRE_FIELDS,
    guid: meta.guid ?? null,
    version: meta.version ?? null,
    created: meta.created ?? null,
    updated: meta.updated ?? null,
    priority: meta.priority ?? null,
    urgency: meta.urgency ?? null,
    pubstatus: meta.pubstatus ?? 'usable',
    ednote: [meta.ednote ?? '', ...(givenHeadline?.notes ?? [])].filter((n) => n !== '').join('; '),
    ...(meta.deskNote ? { deskNote: meta.deskNote } : {}),
    embargo: meta.embargo ?? null,
    takeKey: meta.takeKey ?? '',
    category: meta.category ?? [],
    subjects: meta.subjects ?? [],
    places: meta.places ?? [],
    // A creator the format names by its login (dpa's `<creator><name>degenhardt.sandra</name>`) is still the one
    // person who wrote the item: the desk keeps it among the authors (no byline prints a login: cleanByline, and
    // story-author.ts files nothing under one). The desk's slash-joined initials (`daa/mt/msr`) name nobody, and a
    // login that is an agency's (`globenewswire`) is the source, already credited, not a writer.
    authors: (meta.authors ?? []).filter((a) => !isDeskInitials(a.name) && !(isDeskCode(a.name) && agencyFromRaw(a.name))),
  };
  const keywords = givenHeadline?.topic ? [...(meta.keywords ?? []), givenHeadline.topic] : (meta.keywords ?? []);
  return { fields: merged, keywords, wire };
}

/**
 * The format's headline as cleaning left it: headline-prefix lifts the wire marks (`CORRECTED-`, `UPDATE 1-`) off
 * it into the editorial note and gives the rest as the headline, unless the editor undid that change.
 */
function unmarked(given: string, cleaned: string): string {
  const text = given.replace(/\s+/gu, ' ').trim();
  if (cleaned === '') return given;
  if (cleaned.length < text.length && text.endsWith(cleaned)) return cleaned;
  // The headline garbled by a wrong encoding, repaired by the mojibake rule (and its marks lifted, if any).
  const repaired = withMojibakeRepaired(text);
  return repaired !== text && repaired.endsWith(cleaned) ? cleaned : given;
}

/** BCP 47 `en-GB` → `en`, the form language detection gives. */
function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/u)[0] ?? tag;
}

/**
 * The source through the agency registry: a code, a run-together name (`KYODONEWS`) or a domain (`reuters.com`)
 * becomes the agency's own name and code; a placeholder (`Agency`) is no source at all, so the copy's own credit
 * stands.
 */
function sourceFrom(s: NonNullable<WireMeta['source']>): Source | null {
  const real = (v: string | undefined | null): string | null => (v && v.trim() !== '' && !isPlaceholderSource(v) ? v.trim() : null);
  const [name0, code0, credit0] = [real(s.name), real(s.code), real(s.credit)];
  const named = name0 ?? code0 ?? credit0;
  if (!named) return null;
  const agency = agencyFromRaw(named) ?? (code0 ? agencyFromRaw(code0) : null) ?? (credit0 ? agencyFromRaw(credit0) : null);
  const name = agency && agencyFromRaw(named) === agency ? agency.name : named;
  // A bare domain (a provider's `literal`, `globenewswire.com`) is an address, not a credit line: the agency it
  // names is credited by its own name.
  const credit = credit0 && isDomainName(credit0) && agency && agencyFromRaw(credit0) === agency ? agency.name : credit0;
  return { name, code: code0 ?? agency?.code ?? null, credit: credit ?? agency?.name ?? named };
}

/** The item's own calendar day (YYYY-MM-DD, in the item's own time zone), when the format says when it was created. */
function itemDayOf(meta: WireMeta): string | null {
  const created = meta.created ?? meta.updated;
  return created && /^\d{4}-\d{2}-\d{2}/u.test(created) && parseIsoDate(created.slice(0, 10)) ? created.slice(0, 10) : null;
}

/**
 * The day a dateline with no date of its own gets from the item: the calendar day at the place it was filed from
 * when the gazetteer knows the place's clock (AP's "ATLANTA (AP)" filed at 0337 GMT on Feb 20 is Feb 19 in Atlanta),
 * else the day the item's own timestamp writes.
 */
function itemDayAt(meta: WireMeta, place: string, region?: string | null): string | null {
  const created = meta.created ?? meta.updated;
  const zone = timeZoneOf(place) ?? (region ? timeZoneOf(region) : null);
  return (created && zone ? calendarDayIn(created, zone) : null) ?? itemDayOf(meta);
}

/**
 * The date of a dateline that gave a month and day but no year. An item that says when it was created is dated by
 * that day, not by the day it was imported: an item from 2022 imported today stays in 2022. When the dateline's day
 * is the item's own day, the year is the item's, not a guess.
 */
function resolveByItem(lead: Pick<DatelineLead, 'month' | 'day' | 'year'>, meta: WireMeta, importedAt: Date): ResolvedDate {
  const itemDay = itemDayOf(meta);
  const parts = parseIsoDate(itemDay);
  // Noon of the item's day on the local calendar, so the item's time zone cannot move it to another day.
  const reference = parts ? new Date(parts.year, parts.month - 1, parts.day, 12) : importedAt;
  const resolved = resolveDatelineDate(lead, reference);
  return resolved.yearInferred && resolved.date === itemDay ? { ...resolved, yearInferred: false } : resolved;
}

/**
 * A dateline cleaning read from the text ("ROME, JUL 11 -", "København /ritzau/:") is dated by the item when the
 * copy gave no year, or no date at all, as a format's own dateline is.
 */
function redatedByItem(dateline: Dateline, meta: WireMeta, importedAt: Date): Dateline {
  const itemDay = itemDayOf(meta);
  const parts = dateline.yearInferred ? parseIsoDate(dateline.date) : null;
  let resolved: ResolvedDate;
  if (itemDay && parts) resolved = resolveByItem({ month: parts.month, day: parts.day, year: null }, meta, importedAt);
  else if (itemDay && dateline.date === null) resolved = { date: itemDayAt(meta, dateline.place, dateline.region), yearInferred: false };
  else return dateline;
  return { ...dateline, ...resolved, text: renderDatelineText({ place: dateline.place, date: resolved.date, agency: dateline.agency }, importedAt) };
}

/** The place's country from the gazetteer, the region's as the fallback, as the copy's own dateline gets it. */
function withCountry(dateline: Dateline | null): Dateline | null {
  if (!dateline) return null;
  const country = countryOf(dateline.place) ?? (dateline.region ? countryOf(dateline.region) : null);
  return { ...dateline, country };
}

/** A format's dateline (`Paris, 21 jan 2019 (AFP) -`, or just `Helsinki`), dated by the item when it gives no date. */
function datelineFrom(meta: WireMeta, source: Source, importedAt: Date): Dateline | null {
  const text = meta.dateline?.trim();
  // A DateLine that is a date alone, with no place anywhere in the item (a release service's `3.6.2024 10:00:01
  // EEST`): the dateline's day without a town.
  if (!text) return meta.datelineDate ? { text: '', place: '', date: meta.datelineDate, yearInferred: false, agency: null } : null;
  const lead = matchDatelineLead(`${text.replace(/\s*[-–—:]+\s*$/u, '')} - x`);
  if (lead) {
    const fallbackDate = meta.datelineDate ?? itemDayAt(meta, lead.place, lead.region);
    const resolved = lead.month ? resolveByItem(lead, meta, importedAt) : { date: fallbackDate, yearInferred: false };
    const agency = lead.agency ?? source.code;
    return {
      text: renderDatelineText({ place: lead.place, date: resolved.date, agency }, importedAt),
      place: lead.place,
      ...(lead.region ? { region: lead.region } : {}),
      date: resolved.date,
      yearInferred: resolved.yearInferred,
      agency,
    };
  }
  // "Landquart GR": a Swiss canton's (or US state's) two-letter code after the town is its region, not its name.
  const written = text.replace(/[\s,.:;–—-]+$/u, '').split(',')[0]?.trim() ?? '';
  const coded = /^(.+?)\s+\(?([A-Z]{2})\)?$/u.exec(written);
  // "ملقة (إسبانيا) (أ ف ب)", "Malaga (Spain) (AFP)": the country in brackets after the town, then the agency; one
  // bracket alone is the agency when it names one, else the region.
  const bracketed = coded ? null : /^(.+?)\s*\(([^()]{1,40})\)(?:\s*\(([^()]{1,24})\))?$/u.exec(written);
  const inBrackets = bracketed?.[3] ?? (bracketed?.[2] && agencyFromRaw(bracketed[2]) ? bracketed[2] : undefined);
  const region = coded?.[2] ?? (bracketed && bracketed[2] !== inBrackets ? bracketed[2]?.trim() : undefined);
  const place = (coded?.[1] ?? bracketed?.[1] ?? written).trim();
  // A place has no digits: a DateLine holding a timestamp (`20190121T103600+0000`) is not a place.
  if (!place || place.length > 60 || /\d/u.test(place)) return null;
  const agency = source.code ?? nonEmptyText(inBrackets);
  const fallbackDate = meta.datelineDate ?? itemDayAt(meta, place, region);
  return {
    text: renderDatelineText({ place, date: fallbackDate, agency }, importedAt),
    place,
    ...(bracketed && region ? { region } : {}),
    date: fallbackDate,
    yearInferred: false,
    agency,
  };
}

function nonEmptyText(text: string | undefined): string | null {
  const t = text?.trim();
  return t ? t : null;
}
