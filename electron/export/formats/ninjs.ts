/**
 * ninjs 2.1 (IPTC News in JSON, http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json). Only properties the 2.1
 * schema defines are written: it closes the object (`unevaluatedProperties: false`), so anything else is invalid.
 * 2.1 has no dateline, credit or keyword property; how they are carried is said at each field below.
 */
import type { Article } from '../../domain/article.js';
import {
  languageTag, plainTextBody, printedByline, printedCredit, printedDateline, printedKeywords,
} from '../house-style.js';
import { renderHtmlBody } from './html.js';

export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json';

export interface NinjsText {
  readonly role?: string;
  readonly contenttype?: string;
  readonly value: string;
}

export interface NinjsBody extends NinjsText {
  readonly charcount?: number;
  readonly wordcount?: number;
}

export interface NinjsParty {
  readonly name?: string;
  readonly role?: string;
  readonly literal?: string;
}

/** The subset of the ninjs 2.1 root object that Copydesk writes. */
export interface NinjsItem {
  readonly standard: { readonly name: 'ninjs'; readonly version: '2.1'; readonly schema: string };
  readonly uri: string;
  readonly type: 'text';
  readonly representationtype: 'full';
  readonly version: string;
  readonly firstcreated?: string;
  readonly versioncreated?: string;
  readonly pubstatus: 'usable' | 'withheld';
  readonly ednote?: string;
  readonly language?: string;
  readonly slugline?: string;
  readonly headlines: readonly NinjsText[];
  readonly by?: string;
  readonly located?: string;
  readonly descriptions?: readonly NinjsText[];
  readonly bodies?: readonly NinjsBody[];
  readonly infosources?: readonly NinjsParty[];
  readonly copyrightholder?: string;
  readonly subjects?: readonly NinjsParty[];
}

/** RFC 3339 date-time as the schema's `format: date-time` needs, or undefined for a value that is not a date. */
function dateTime(value: string): string | undefined {
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Metadata 2.1 has no property for, kept as descriptions with a role named after NewsML-G2 (dateline, creditline). */
function descriptions(article: Article): NinjsText[] {
  const plain = (role: string, value: string): NinjsText => ({ role, contenttype: 'text/plain', value });
  const abstract = article.abstract.trim();
  const dateline = printedDateline(article);
  const credit = printedCredit(article);
  return [
    ...(abstract === '' ? [] : [plain('summary', abstract)]),
    ...(dateline === '' ? [] : [plain('dateline', dateline)]),
    // The dateline text rarely carries the year; the ISO date keeps it for the receiving system.
    ...(article.dateline.date === null ? [] : [plain('dateline-date', article.dateline.date)]),
    ...(credit === '' ? [] : [plain('creditline', credit)]),
  ];
}

function bodies(article: Article): NinjsBody[] {
  const text = plainTextBody(article);
  if (text === '') return [];
  // 2.1: charcount and wordcount count the body text, so both are taken from the plain-text rendering.
  const counts = { charcount: [...text].length, wordcount: wordCount(text) };
  return [
    { role: 'main', contenttype: 'text/html', value: renderHtmlBody(article), ...counts },
    { role: 'main', contenttype: 'text/plain', value: text, ...counts },
  ];
}

/** The agency that supplied the copy. NewsML-G2 infoSource (which ninjs mirrors): a party that only originated the
 * information takes no role, so none is given. */
function infosources(article: Article): NinjsParty[] {
  const name = article.source.name.trim();
  const code = article.source.code?.trim() ?? '';
  if (name === '' && code === '') return [];
  return [{ ...(name === '' ? {} : { name }), ...(code === '' ? {} : { literal: code }) }];
}

function subjects(article: Article): NinjsParty[] {
  return printedKeywords(article).map((name) => ({ name }));
}

/** `{ key: value }`, or nothing for an empty value: ninjs leaves out what is not known rather than writing "". */
function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  return empty ? {} : ({ [key]: value } as { [P in K]?: V });
}

const YEAR_INFERRED_NOTE = 'Dateline year inferred from the import date, not confirmed by the desk.';

export function buildNinjs(article: Article): NinjsItem {
  const yearUnconfirmed = article.dateline.date !== null && article.dateline.yearInferred;
  return {
    standard: { name: 'ninjs', version: '2.1', schema: NINJS_SCHEMA_URI },
    uri: `urn:copydesk:article:${encodeURIComponent(article.id)}`,
    type: 'text',
    representationtype: 'full',
    version: String(article.revision),
    ...optional('firstcreated', dateTime(article.createdAt)),
    ...optional('versioncreated', dateTime(article.updatedAt)),
    // A spiked story must not run; withheld (not canceled) because the desk can bring it back.
    pubstatus: article.status === 'spiked' ? 'withheld' : 'usable',
    ...optional('ednote', yearUnconfirmed ? YEAR_INFERRED_NOTE : undefined),
    ...optional('language', languageTag(article)),
    ...optional('slugline', article.slugline.trim()),
    headlines: [{ role: 'main', value: article.headline.trim() }],
    ...optional('by', printedByline(article)),
    ...optional('located', article.dateline.place.trim()),
    ...optional('descriptions', descriptions(article)),
    ...optional('bodies', bodies(article)),
    ...optional('infosources', infosources(article)),
    // Wire copy stays the agency's intellectual property; no copyright notice is invented for it.
    ...optional('copyrightholder', article.source.name.trim()),
    // 2.1 has no keywords property: keywords become subjects named by the editor, without a vocabulary URI.
    ...optional('subjects', subjects(article)),
  };
}

export function renderNinjs(article: Article): string {
  return `${JSON.stringify(buildNinjs(article), null, 2)}\n`;
}
