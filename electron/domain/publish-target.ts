/**
 * Where a preset publishes instead of writing a file: a WordPress site through its REST API, or a static site's
 * Git folder (each story one Markdown file with front matter, one commit per change). Pure data; the
 * credentials are never part of it (they live in the credential store, see electron/publish/credentials.ts).
 */
export const PUBLISH_POST_STATUSES = ['draft', 'publish'] as const;
export type PublishPostStatus = (typeof PUBLISH_POST_STATUSES)[number];

/** What a kill does to a post already on the site: back to draft, or to the trash (a Git folder: the file removed). */
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

/**
 * A static site kept in Git (Hugo, Jekyll, Astro): publishing writes the story's Markdown file into the
 * repository's content folder and commits it; the site's own build and deploy take it from there.
 */
export interface GitFolderTarget {
  readonly kind: 'git-folder';
  /** The repository's working tree, an absolute path. */
  readonly folder: string;
  /** Where the stories go inside it, relative, e.g. content/posts (Hugo) or _posts (Jekyll). */
  readonly contentDir: string;
  /** draft: the file says `draft: true` (Hugo leaves it out of the built site); publish: it goes out on the next build. */
  readonly postStatus: PublishPostStatus;
  readonly takedown: TakedownAction;
}

export type PublishTarget = WordPressTarget | GitFolderTarget;
export const PUBLISH_TARGET_KINDS = ['wordpress', 'git-folder'] as const;
export type PublishTargetKind = PublishTarget['kind'];

/** The Git folder as one key, `git:/abs/path/` (case kept: file systems may be case-sensitive). */
export function gitFolderKey(folder: string): string {
  return `git:${folder.replace(/\\/g, '/').replace(/\/+$/, '')}/`;
}

/** One key per place a story can be: the site's URL key, or the Git folder's. */
export function targetKey(target: PublishTarget): string {
  return target.kind === 'git-folder' ? gitFolderKey(target.folder) : siteKey(target.siteUrl);
}

/** Where it goes, in the desk's words, for lists and messages. */
export function targetLabel(target: PublishTarget): string {
  return target.kind === 'git-folder' ? `Git folder ${target.folder}${target.contentDir ? ` (${target.contentDir})` : ''}` : target.siteUrl;
}

/** The site URL as one key: scheme and host lower-cased, one trailing slash. */
export function siteKey(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.protocol}//${parsed.host}${path}/`.toLowerCase();
}

/** States a story's publication can be in, per site: `draft` is on the site, not public (WordPress's draft or pending). */
export const PUBLISH_STATES = ['queued', 'published', 'scheduled', 'draft', 'failed', 'taken-down'] as const;
export type PublishState = (typeof PUBLISH_STATES)[number];
