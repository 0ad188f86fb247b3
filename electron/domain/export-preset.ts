/**
 * An export preset: everything about one destination (a WordPress site, a Hugo repository, a CMS taking ninjs, a
 * syndication partner taking NITF): the format, how fields map and print, how files are named, where they go, and
 * what a story needs before it may go there. Pure data and pure functions; the store keeps the editor's own.
 */
import { FLAG_KINDS, type FlagKind } from './desk.js';
import type { ExportFormat } from './export-format.js';
import type { PublishTarget } from './publish-target.js';
import type { FieldRules } from './field-rules.js';

export const DATELINE_STYLES = ['house', 'place-only', 'none'] as const;
export type DatelineStyle = (typeof DATELINE_STYLES)[number];

/** What the credit line names: the source's credit line as set, the agency's full name, or its code (e.g. IRNA). */
export const CREDIT_STYLES = ['credit', 'name', 'code'] as const;
export type CreditStyle = (typeof CREDIT_STYLES)[number];

/** Quotation marks in headline, abstract and body: as written, typographic “ ” ‘ ’, straight " ', or « ». */
export const QUOTE_STYLES = ['keep', 'curly', 'straight', 'guillemets'] as const;
export type QuoteStyle = (typeof QUOTE_STYLES)[number];

/** What becomes the target's title and summary. */
export const TITLE_SOURCES = ['headline', 'slugline'] as const;
export type TitleSource = (typeof TITLE_SOURCES)[number];
export const SUMMARY_SOURCES = ['abstract', 'first-paragraph', 'none'] as const;
export type SummarySource = (typeof SUMMARY_SOURCES)[number];

export const POST_STATUSES = ['draft', 'pending', 'publish'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export interface FieldMapping {
  readonly title: TitleSource;
  readonly summary: SummarySource;
}

/** What a story needs before it may go. An embargo still in force always blocks, whatever the gates. */
export interface ExportGates {
  readonly headline: boolean;
  readonly confirmedDatelineYear: boolean;
  readonly creditedSource: boolean;
  /** Kinds of open flag (e.g. "unattributed-claim", "loaded-term") that block the story; empty: flags never block. */
  readonly blockingFlags: readonly FlagKind[];
  /** Lengths and required fields the destination takes (absent in presets saved before them: no rules). */
  readonly fields?: FieldRules;
}

export interface ExportPreset {
  readonly name: string;
  readonly format: ExportFormat;
  readonly fieldMapping: FieldMapping;
  readonly datelineStyle: DatelineStyle;
  readonly creditStyle: CreditStyle;
  readonly quoteStyle: QuoteStyle;
  /** File name template: {slug}, {date} (YYYY-MM-DD), {id} (first 8 of the id), {headline}; the suffix is added. */
  readonly fileNaming: string;
  /** The folder the CLI writes to and the app's folder dialog opens at; null: ask. */
  readonly outputFolder: string | null;
  readonly gates: ExportGates;
  /** WordPress, JSON Feed: the site the files are for, and how posts arrive there. */
  readonly siteTitle: string;
  readonly siteUrl: string;
  readonly postStatus: PostStatus;
  readonly defaultCategory: string;
  /** Publish to a site instead of writing a file (the format's house style still applies); absent: files only. */
  readonly publish?: PublishTarget | null;
  /** Shipped with Copydesk; saving one under the same name keeps the editor's copy instead. */
  readonly builtIn?: boolean;
}

export const NAMING_TOKENS = ['slug', 'date', 'id', 'headline'] as const;
export const DEFAULT_FILE_NAMING = '{slug}-{id}';

/**
 * What the shipped presets ask of every story: a headline, a credited source, a dateline year someone confirmed,
 * and no flag left open (the editor fixes or dismisses each; a dismissed flag no longer blocks). An editor who
 * wants a looser destination saves a copy of the preset with fewer gates.
 */
const STRICT_GATES: ExportGates = { headline: true, confirmedDatelineYear: true, creditedSource: true, blockingFlags: [...FLAG_KINDS] };

/**
 * Field rules per kind of destination; an editor's copy of a preset sets its own. A website's title is cut in
 * lists, social cards and search results past about 110 characters (Google shows roughly 60–70), and a slug is a
 * web address; syndication feeds are stricter (many partners' systems truncate headlines at 100 and keys at 40).
 */
const WEB_FIELDS: FieldRules = { headlineMax: 110, abstractMax: 320, slugMax: 60, requireAbstract: false, requireByline: false, requireSubject: false };
const FEED_FIELDS: FieldRules = { headlineMax: 100, abstractMax: 500, slugMax: 40, requireAbstract: false, requireByline: false, requireSubject: true };
const WEB_GATES: ExportGates = { ...STRICT_GATES, fields: WEB_FIELDS };
const FEED_GATES: ExportGates = { ...STRICT_GATES, fields: FEED_FIELDS };

const BASE: Omit<ExportPreset, 'name' | 'format'> = {
  fieldMapping: { title: 'headline', summary: 'abstract' },
  datelineStyle: 'house',
  creditStyle: 'credit',
  quoteStyle: 'keep',
  fileNaming: DEFAULT_FILE_NAMING,
  outputFolder: null,
  gates: STRICT_GATES,
  siteTitle: 'Copydesk export',
  siteUrl: 'https://example.invalid/',
  postStatus: 'draft',
  defaultCategory: 'News',
  builtIn: true,
};

/** Sensible starting points, one per common destination. */
export const BUILT_IN_PRESETS: readonly ExportPreset[] = [
  { ...BASE, name: 'WordPress', format: 'wxr', quoteStyle: 'curly', fileNaming: 'wordpress-{date}', gates: WEB_GATES },
  { ...BASE, name: 'Hugo', format: 'md-hugo', fileNaming: '{date}-{slug}', quoteStyle: 'curly', gates: WEB_GATES },
  { ...BASE, name: 'Jekyll', format: 'md-jekyll', fileNaming: '{date}-{slug}', quoteStyle: 'curly', gates: WEB_GATES },
  { ...BASE, name: 'Astro', format: 'md-astro', fileNaming: '{slug}', gates: WEB_GATES },
  { ...BASE, name: 'ninjs CMS', format: 'ninjs', fieldMapping: { title: 'headline', summary: 'abstract' }, gates: WEB_GATES },
  { ...BASE, name: 'ninjs 3 CMS', format: 'ninjs3', gates: WEB_GATES },
  { ...BASE, name: 'NITF syndication', format: 'nitf', creditStyle: 'name', quoteStyle: 'straight', gates: FEED_GATES },
  { ...BASE, name: 'NewsML-G2 syndication', format: 'newsml-g2', creditStyle: 'name', gates: FEED_GATES },
  { ...BASE, name: 'Web page', format: 'html-page', quoteStyle: 'curly', gates: WEB_GATES },
  { ...BASE, name: 'JSON Feed', format: 'jsonfeed', fileNaming: 'feed-{date}', gates: WEB_GATES },
  // Plain text is the desk's own copy (for a colleague, the archive), not a publication: it only warns. Every other
  // shipped preset goes out to readers and blocks.
  { ...BASE, name: 'Plain text', format: 'text', gates: { headline: true, confirmedDatelineYear: false, creditedSource: false, blockingFlags: [] } },
];

/** A preset for a bare `--format`/format choice: no style changes, only the gates nothing may skip. */
export function formatOnlyPreset(format: ExportFormat): ExportPreset {
  return {
    ...BASE,
    name: `format:${format}`,
    format,
    gates: { headline: false, confirmedDatelineYear: false, creditedSource: false, blockingFlags: [] },
    builtIn: true,
  };
}
