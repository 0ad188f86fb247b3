/**
 * Where a preset publishes instead of writing a file: a WordPress site through its REST API. Pure data; the
 * credentials are never part of it (they live in the credential store, see electron/publish/credentials.ts).
 */
export const PUBLISH_POST_STATUSES = ['draft', 'publish'] as const;
export type PublishPostStatus = (typeof PUBLISH_POST_STATUSES)[number];

/** What a kill does to a post already on the site. */
export const TAKEDOWN_ACTIONS = ['draft', 'trash'] as const;
export type TakedownAction = (typeof TAKEDOWN_ACTIONS)[number];

export interface WordPressTarget {
  readonly kind: 'wordpress';
  /** The site's home URL, e.g. https://news.example.org/ (the REST API is under /wp-json/). */
  readonly siteUrl: string;
  /** The WordPress user the application password belongs to. */
  readonly user: string;
  readonly postStatus: PublishPostStatus;
  readonly takedown: TakedownAction;
}

export type PublishTarget = WordPressTarget;

/** The site URL as one key: scheme and host lower-cased, one trailing slash. */
export function siteKey(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.protocol}//${parsed.host}${path}/`.toLowerCase();
}

/** States a story's publication can be in, per site: `draft` is on the site, not public (WordPress's draft or pending). */
export const PUBLISH_STATES = ['queued', 'published', 'scheduled', 'draft', 'failed', 'taken-down'] as const;
export type PublishState = (typeof PUBLISH_STATES)[number];
