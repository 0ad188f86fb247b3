/**
 * What a render needs beyond the article: the export version (bumped when an edited story is exported again) and,
 * for formats that describe a whole site (WXR, JSON Feed), the site they go to. Presets fill these; the defaults
 * give a valid file on their own.
 */
import type { Article } from '../domain/article.js';

export interface RenderOptions {
  /** The version written in ninjs/NewsML-G2 version fields: 1 on first export, +1 for each re-export after an edit. */
  readonly version: number;
  /** The moment of the export, ISO 8601: the time a feed or message was generated. */
  readonly generatedAt: string;
  readonly siteTitle: string;
  readonly siteUrl: string;
  /** WordPress: the post status the items import with. */
  readonly postStatus: 'draft' | 'pending' | 'publish';
  /** WordPress: the category a story with no subject files under. */
  readonly defaultCategory: string;
}

export const DEFAULT_RENDER_OPTIONS: RenderOptions = {
  version: 1,
  generatedAt: '1970-01-01T00:00:00.000Z',
  siteTitle: 'Copydesk export',
  siteUrl: 'https://example.invalid/',
  postStatus: 'draft',
  defaultCategory: 'News',
};

export function renderOptions(partial: Partial<RenderOptions> = {}): RenderOptions {
  return { ...DEFAULT_RENDER_OPTIONS, ...partial };
}

/** The story's identity across exports: the agency's guid when it sent one, else Copydesk's own URN. Re-exports
 * keep it; only the version changes. */
export function articleGuid(article: Article): string {
  const guid = article.guid?.trim() ?? '';
  return guid !== '' ? guid : `urn:copydesk:article:${encodeURIComponent(article.id)}`;
}

/** An ISO 8601 date-time in UTC, or undefined for a value that is not a date. */
export function isoDateTime(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The date the story is published under: dateline date, else the wire's first-created time, else the import. */
export function storyDateTime(article: Article): string {
  if (article.dateline.date !== null) {
    const iso = isoDateTime(`${article.dateline.date}T12:00:00Z`);
    if (iso !== undefined) return iso;
  }
  return isoDateTime(article.created) ?? isoDateTime(article.createdAt) ?? DEFAULT_RENDER_OPTIONS.generatedAt;
}
