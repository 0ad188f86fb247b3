/**
 * What a story becomes on a WordPress site, field by field, before anything is sent: the preview shows exactly
 * this and the client sends exactly this. Pure: no I/O.
 *
 * WordPress prints a post's title, excerpt and content as HTML (the REST API's `raw` goes into the page as is),
 * so every text value is escaped here; only the markup Copydesk writes itself (the story HTML, already sanitised)
 * goes in unescaped.
 */
import type { Article } from '../domain/article.js';
import type { PublishPostStatus } from '../domain/publish-target.js';
import { embargoReason } from '../export/gates.js';
import { creditLine, printedByline, printedKeywords } from '../export/house-style.js';
import { escapeText, renderHtmlBody, sanitizeStoryHtml } from '../export/formats/html.js';
import { articleSlug } from '../export/slug.js';
import { siteCategoryNames } from '../export/subject-names.js';
import type { PayloadRow } from './publish-types.js';

export interface WordPressPost {
  readonly title: string;
  readonly content: string;
  readonly excerpt: string;
  readonly slug: string;
  readonly status: 'draft' | 'publish' | 'future';
  /** Only for a scheduled post: when it goes live, in UTC (`YYYY-MM-DDTHH:MM:SS`, as WordPress's date_gmt). */
  readonly date_gmt?: string;
  /** Term names; the client turns them into the site's term ids, creating the missing ones. */
  readonly categoryNames: readonly string[];
  readonly tagNames: readonly string[];
  /** The byline's name, matched against the site's users by the client; the post stays with the account otherwise. */
  readonly authorName: string | null;
}

export type { PayloadRow };

export interface PayloadOptions {
  readonly postStatus: PublishPostStatus;
  /** Used when the story has no confirmed subject, so a post never lands in "Uncategorized" by accident. */
  readonly defaultCategory: string;
  readonly now: Date;
}

/** `2026-12-01T15:00:00`: WordPress reads date_gmt without a zone as UTC. */
function wordpressGmt(iso: string): string {
  return new Date(Date.parse(iso)).toISOString().slice(0, 19);
}

/** The post body: byline, the story's paragraphs with the dateline, and the credit line (per the preset's style). */
export function postContent(styled: Article): string {
  const byline = printedByline(styled);
  const credit = creditLine(styled);
  const parts = [
    ...(byline === '' ? [] : [`<p class="byline">${escapeText(byline)}</p>`]),
    renderHtmlBody(styled),
    ...(credit === '' ? [] : [`<p class="credit">${escapeText(credit)}</p>`]),
  ];
  return sanitizeStoryHtml(parts.join('\n'));
}

/**
 * The post for a styled story (the preset's house style already applied). An embargo still in force makes it a
 * scheduled post (`future`) at the embargo's time, whatever status was asked for: WordPress itself holds it back.
 */
export function wordpressPost(styled: Article, options: PayloadOptions): WordPressPost {
  const embargoed = styled.embargo !== null && embargoReason(styled, options.now) !== null && !Number.isNaN(Date.parse(styled.embargo));
  const categories = siteCategoryNames(styled.subjects);
  const fallback = options.defaultCategory.trim();
  const byline = printedByline(styled).replace(/^by\s+/i, '').trim();
  return {
    title: escapeText(styled.headline.replace(/\s+/g, ' ').trim()),
    content: postContent(styled),
    excerpt: escapeText(styled.abstract.replace(/\s+/g, ' ').trim()),
    slug: articleSlug(styled),
    status: embargoed ? 'future' : options.postStatus,
    ...(embargoed && styled.embargo !== null ? { date_gmt: wordpressGmt(styled.embargo) } : {}),
    categoryNames: categories.length > 0 ? categories : fallback === '' ? [] : [fallback],
    tagNames: printedKeywords(styled),
    authorName: byline === '' ? null : byline,
  };
}

/** The payload as the preview lists it: every field, its REST name and the exact value sent. */
export function payloadRows(post: WordPressPost): PayloadRow[] {
  return [
    { field: 'Title', target: 'title', value: post.title },
    { field: 'Excerpt', target: 'excerpt', value: post.excerpt },
    { field: 'Slug', target: 'slug', value: post.slug },
    { field: 'Status', target: 'status', value: post.status },
    ...(post.date_gmt ? [{ field: 'Goes live (UTC)', target: 'date_gmt', value: post.date_gmt }] : []),
    { field: 'Categories', target: 'categories (by name)', value: post.categoryNames.join('; ') },
    { field: 'Tags', target: 'tags (by name)', value: post.tagNames.join('; ') },
    { field: 'Author', target: 'author (site user by name)', value: post.authorName ?? '(the account publishing)' },
    { field: 'Content', target: 'content', value: post.content },
  ];
}
