/**
 * ninjs 2.1 (IPTC News in JSON, http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json) and ninjs 3.1 (the same
 * model with camelCase names). Only properties the schemas define are written: both close the object
 * (`unevaluatedProperties: false`), so anything else is invalid. Neither has a dateline, credit or keyword
 * property; how they are carried is said at each field below.
 */
import type { Article } from '../../domain/article.js';
import { countWordsIn } from '../../domain/char-class.js';
import { articleGuid, isoDateTime, renderOptions, type RenderOptions } from '../export-options.js';
import { confirmedSubjects, subjectLabel, subjectQcode, subjectUri } from '../subject-codes.js';
import {
  languageTag, plainTextBody, printedByline, printedCredit, printedDateline, printedKeywords,
} from '../house-style.js';
import { renderHtmlBody } from './html.js';

export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json';
export const NINJS3_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json';

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
  readonly uri?: string;
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
  readonly pubstatus: 'usable' | 'withheld' | 'canceled';
  readonly embargoed?: string;
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
  readonly places?: readonly NinjsParty[];
}

const dateTime = isoDateTime;

/** Words: runs of non-space characters with at least one letter or digit (so "—" and "-" are not words), counted in
 * one scan of the text (char-class.ts): this runs on every exported body. */
const wordCount = countWordsIn;

/** Characters as code points (a surrogate pair is one character). */
function charCount(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
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
  const counts = { charcount: charCount(text), wordcount: wordCount(text) };
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

/** Coded subjects keep their code: the IPTC NewsCodes URI where there is one, and the QCode as the literal. Keywords
 * follow as subjects named by the editor, without a vocabulary (ninjs has no keywords property). */
function subjects(article: Article): NinjsParty[] {
  const coded = confirmedSubjects(article.subjects).map((s): NinjsParty => {
    const uri = subjectUri(s);
    const literal = subjectQcode(s);
    return { name: subjectLabel(s), ...(uri === null ? {} : { uri }), ...(literal === null ? {} : { literal }) };
  });
  return [...coded, ...printedKeywords(article).map((name) => ({ name }))];
}

function places(article: Article): NinjsParty[] {
  return article.places
    .filter((p) => p.name.trim() !== '')
    .map((p) => ({ name: p.name.trim(), ...(p.code?.trim() ? { literal: p.code.trim() } : {}) }));
}

/** `{ key: value }`, or nothing for an empty value: ninjs leaves out what is not known rather than writing "". */
function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  return empty ? {} : ({ [key]: value } as { [P in K]?: V });
}

const YEAR_INFERRED_NOTE = 'Dateline year inferred from the import date, not confirmed by the desk.';

function ednote(article: Article): string {
  const yearUnconfirmed = article.dateline.date !== null && article.dateline.yearInferred;
  return [article.ednote.trim(), yearUnconfirmed ? YEAR_INFERRED_NOTE : ''].filter((n) => n !== '').join(' ');
}

/**
 * ninjs `uri` must be a URI (the schema's `format: uri`). An agency guid that already is one (`urn:newsml:…`,
 * `tag:reuters.com,…`, `http://…`) is kept; any other agency id (`XAM22192010243_AMZ_X083`, `20160512:RTZ:8883:0`,
 * `26945219`) goes inside a URN of Copydesk's, percent-encoded, so the agency's id survives intact and validates.
 */
export function ninjsUri(article: Article): string {
  const guid = articleGuid(article);
  if (/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/u.test(guid) && !/%(?![0-9A-Fa-f]{2})/u.test(guid)) return guid;
  return `urn:copydesk:guid:${encodeURIComponent(guid).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

export function buildNinjs(article: Article, options: Partial<RenderOptions> = {}): NinjsItem {
  const { version } = renderOptions(options);
  return {
    standard: { name: 'ninjs', version: '2.1', schema: NINJS_SCHEMA_URI },
    uri: ninjsUri(article),
    type: 'text',
    representationtype: 'full',
    version: String(version),
    ...optional('firstcreated', dateTime(article.createdAt)),
    ...optional('versioncreated', dateTime(article.updatedAt)),
    // A spiked story must not run; withheld (not canceled) because the desk can bring it back.
    pubstatus: article.status === 'spiked' ? 'withheld' : article.pubstatus,
    ...optional('embargoed', dateTime(article.embargo)),
    ...optional('ednote', ednote(article)),
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
    ...optional('places', places(article)),
  };
}

export function renderNinjs(article: Article, options: Partial<RenderOptions> = {}): string {
  return `${JSON.stringify(buildNinjs(article, options), null, 2)}\n`;
}

// ninjs 3.0 renamed every multi-word property to camelCase; the model is otherwise the 2.x one for text items.
const NINJS3_NAMES: Readonly<Record<string, string>> = {
  representationtype: 'representationType', firstcreated: 'firstCreated', versioncreated: 'versionCreated',
  embargoed: 'embargoedUntil', pubstatus: 'pubStatus', ednote: 'edNote', copyrightholder: 'copyrightHolder',
  infosources: 'infoSources', contenttype: 'contentType', charcount: 'charCount', wordcount: 'wordCount',
};

function renameKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(renameKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [NINJS3_NAMES[k] ?? k, renameKeys(v)]));
}

/** ninjs 3.1: the 2.1 item with 3.x property names and its own standard block. */
export function buildNinjs3(article: Article, options: Partial<RenderOptions> = {}): Record<string, unknown> {
  const item = renameKeys(buildNinjs(article, options)) as Record<string, unknown>;
  return { ...item, standard: { name: 'ninjs', version: '3.1', schema: NINJS3_SCHEMA_URI } };
}

export function renderNinjs3(article: Article, options: Partial<RenderOptions> = {}): string {
  return `${JSON.stringify(buildNinjs3(article, options), null, 2)}\n`;
}
