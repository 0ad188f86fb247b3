/**
 * WordPress eXtended RSS 1.2, importable by the WordPress importer (see ../shared/standards/wxr/README.md for the
 * rules it enforces): no DOCTYPE, `wp:wxr_version` 1.2, every `dc:creator` an author login declared in `wp:author`,
 * categories from the story's subjects (the IPTC code kept as the term description and in post meta), tags from its
 * keywords, status draft by default. The credit, the source and the dateline travel as post meta and in the body.
 * One file holds a whole batch: WordPress imports one file at a time.
 */
import type { Article } from '../../domain/article.js';
import { articleGuid, isoDateTime, renderOptions, storyDateTime, type RenderOptions } from '../export-options.js';
import { printedByline, printedCredit, printedDateline, printedKeywords } from '../house-style.js';
import { slugify } from '../slug.js';
import { storyAuthor, type StoryAuthor as WxrAuthor } from '../story-author.js';
import { confirmedSubjects, subjectLabel, subjectQcode } from '../subject-codes.js';
import { cdata, xmlAttr, xmlText } from '../xml.js';

/**
 * A field WordPress prints as HTML: post title and excerpt (the_title, the_excerpt echo what is stored), term and
 * author names. CDATA only protects the XML, not the page: the text is entity-escaped inside it, so a headline
 * reading `<script>` shows as those characters and never runs in a theme.
 */
function printedHtml(text: string): string {
  return cdata(escapeHtml(text));
}
import { renderHtmlBody, escapeHtml } from './html.js';

export const WXR_NAMESPACES = {
  excerpt: 'http://wordpress.org/export/1.2/excerpt/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  wp: 'http://wordpress.org/export/1.2/',
} as const;

interface Term {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
}


/** A term slug: its name slugified; a name with no Latin letters (Arabic…) is percent-encoded, as WordPress's own
 * sanitize_title does, so that two different names never share a slug. */
function termSlug(name: string, fallback: string): string {
  return slugify(name, 190) || percentSlug(name) || slugify(fallback, 190) || 'term';
}

function percentSlug(name: string): string {
  return encodeURIComponent(name.trim().toLowerCase().replace(/\s+/g, '-')).toLowerCase().slice(0, 190);
}


export function storyCategories(article: Article, options: RenderOptions): Term[] {
  const terms = confirmedSubjects(article.subjects).map((s) => ({
    slug: termSlug(subjectLabel(s), s.code),
    name: subjectLabel(s),
    description: subjectQcode(s) ?? '',
  }));
  const fallback = options.defaultCategory.trim();
  if (terms.length === 0 && fallback !== '') terms.push({ slug: termSlug(fallback, 'news'), name: fallback, description: '' });
  return unique(terms);
}

export function storyTags(article: Article): Term[] {
  return unique(printedKeywords(article).map((k, i) => ({ slug: termSlug(k, `tag-${i + 1}`), name: k, description: '' })));
}

function unique(terms: readonly Term[]): Term[] {
  const seen = new Map<string, Term>();
  for (const t of terms) if (!seen.has(t.slug)) seen.set(t.slug, t);
  return [...seen.values()];
}


/** "YYYY-MM-DD HH:MM:SS" in UTC, as wp:post_date_gmt wants. */
function wpDate(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z?$|Z$/, '').slice(0, 19);
}

function rssDate(iso: string): string {
  return new Date(iso).toUTCString().replace('GMT', '+0000');
}

function postMeta(key: string, value: string): string[] {
  return value === '' ? [] : ['<wp:postmeta>', `<wp:meta_key>${cdata(key)}</wp:meta_key>`, `<wp:meta_value>${cdata(value)}</wp:meta_value>`, '</wp:postmeta>'];
}

function postContent(article: Article): string {
  const credit = printedCredit(article);
  const byline = printedByline(article);
  return [
    ...(byline === '' ? [] : [`<p class="byline">${escapeHtml(byline)}</p>`]),
    renderHtmlBody(article),
    ...(credit === '' ? [] : [`<p class="credit">Source: ${escapeHtml(credit)}</p>`]),
  ].join('\n');
}

interface StoryTerms {
  readonly author: WxrAuthor;
  readonly categories: readonly Term[];
  readonly tags: readonly Term[];
}

function item(article: Article, postId: number, options: RenderOptions, terms: StoryTerms): string[] {
  const date = storyDateTime(article);
  const modified = isoDateTime(article.updatedAt) ?? date;
  const { author } = terms;
  const slug = slugify(article.slugline) || slugify(article.headline) || `story-${postId}`;
  const link = `${options.siteUrl.replace(/[?#].*$/, '').replace(/\/?$/, '/')}?p=${postId}`;
  const subjectCodes = confirmedSubjects(article.subjects).map((s) => subjectQcode(s)).filter((c): c is string => c !== null);
  return [
    '<item>',
    `<title>${printedHtml(article.headline.trim())}</title>`,
    `<link>${xmlText(link)}</link>`,
    `<pubDate>${rssDate(date)}</pubDate>`,
    `<dc:creator>${cdata(author.login)}</dc:creator>`,
    `<guid isPermaLink="false">${xmlText(articleGuid(article))}</guid>`,
    '<description></description>',
    `<content:encoded>${cdata(postContent(article))}</content:encoded>`,
    `<excerpt:encoded>${printedHtml(article.abstract.trim())}</excerpt:encoded>`,
    `<wp:post_id>${postId}</wp:post_id>`,
    `<wp:post_date>${cdata(wpDate(date))}</wp:post_date>`,
    `<wp:post_date_gmt>${cdata(wpDate(date))}</wp:post_date_gmt>`,
    `<wp:post_modified>${cdata(wpDate(modified))}</wp:post_modified>`,
    `<wp:post_modified_gmt>${cdata(wpDate(modified))}</wp:post_modified_gmt>`,
    '<wp:comment_status><![CDATA[closed]]></wp:comment_status>',
    '<wp:ping_status><![CDATA[closed]]></wp:ping_status>',
    `<wp:post_name>${cdata(slug)}</wp:post_name>`,
    `<wp:status>${cdata(options.postStatus)}</wp:status>`,
    '<wp:post_parent>0</wp:post_parent>',
    '<wp:menu_order>0</wp:menu_order>',
    '<wp:post_type><![CDATA[post]]></wp:post_type>',
    '<wp:post_password><![CDATA[]]></wp:post_password>',
    '<wp:is_sticky>0</wp:is_sticky>',
    ...terms.categories.map((t) => `<category domain="category" nicename="${xmlAttr(t.slug)}">${printedHtml(t.name)}</category>`),
    ...terms.tags.map((t) => `<category domain="post_tag" nicename="${xmlAttr(t.slug)}">${printedHtml(t.name)}</category>`),
    ...postMeta('copydesk_guid', articleGuid(article)),
    ...postMeta('copydesk_version', String(options.version)),
    ...postMeta('copydesk_credit', printedCredit(article)),
    ...postMeta('copydesk_source', article.source.name.trim()),
    ...postMeta('copydesk_source_code', article.source.code?.trim() ?? ''),
    ...postMeta('copydesk_dateline', printedDateline(article)),
    ...postMeta('copydesk_subject_codes', subjectCodes.join(' ')),
    '</item>',
  ];
}

/** Renders a batch as one WXR file; `versions` gives each story's export version (by article id). */
export function renderWxr(articles: readonly Article[], partial: Partial<RenderOptions> = {}, versions: ReadonlyMap<string, number> = new Map()): string {
  const options = renderOptions(partial);
  const authors = new Map<string, WxrAuthor>();
  const categories = new Map<string, Term>();
  const tags = new Map<string, Term>();
  // Each story's author and terms, worked out once: the channel declares them, the items refer to them.
  const storyTerms = articles.map((a): StoryTerms => ({ author: storyAuthor(a), categories: storyCategories(a, options), tags: storyTags(a) }));
  for (const { author, categories: cats, tags: tgs } of storyTerms) {
    if (!authors.has(author.login)) authors.set(author.login, author);
    for (const t of cats) if (!categories.has(t.slug)) categories.set(t.slug, t);
    for (const t of tgs) if (!tags.has(t.slug)) tags.set(t.slug, t);
  }
  let termId = 0;
  const site = options.siteUrl;
  const language = articles[0]?.language.trim() || 'en';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0" xmlns:excerpt="${WXR_NAMESPACES.excerpt}" xmlns:content="${WXR_NAMESPACES.content}" xmlns:dc="${WXR_NAMESPACES.dc}" xmlns:wp="${WXR_NAMESPACES.wp}">`,
    '<channel>',
    `<title>${xmlText(options.siteTitle)}</title>`,
    `<link>${xmlText(site)}</link>`,
    '<description>Stories exported by Copydesk</description>',
    `<pubDate>${rssDate(options.generatedAt)}</pubDate>`,
    `<language>${xmlText(language)}</language>`,
    '<wp:wxr_version>1.2</wp:wxr_version>',
    `<wp:base_site_url>${xmlText(site)}</wp:base_site_url>`,
    `<wp:base_blog_url>${xmlText(site)}</wp:base_blog_url>`,
    ...[...authors.values()].flatMap((a, i) => [
      '<wp:author>',
      `<wp:author_id>${i + 1}</wp:author_id>`,
      `<wp:author_login>${cdata(a.login)}</wp:author_login>`,
      `<wp:author_email>${cdata('')}</wp:author_email>`,
      `<wp:author_display_name>${printedHtml(a.name)}</wp:author_display_name>`,
      `<wp:author_first_name>${cdata('')}</wp:author_first_name>`,
      `<wp:author_last_name>${cdata('')}</wp:author_last_name>`,
      '</wp:author>',
    ]),
    ...[...categories.values()].flatMap((t) => [
      '<wp:category>',
      `<wp:term_id>${(termId += 1)}</wp:term_id>`,
      `<wp:category_nicename>${cdata(t.slug)}</wp:category_nicename>`,
      `<wp:category_parent>${cdata('')}</wp:category_parent>`,
      `<wp:cat_name>${printedHtml(t.name)}</wp:cat_name>`,
      ...(t.description === '' ? [] : [`<wp:category_description>${printedHtml(t.description)}</wp:category_description>`]),
      '</wp:category>',
    ]),
    ...[...tags.values()].flatMap((t) => [
      '<wp:tag>',
      `<wp:term_id>${(termId += 1)}</wp:term_id>`,
      `<wp:tag_slug>${cdata(t.slug)}</wp:tag_slug>`,
      `<wp:tag_name>${printedHtml(t.name)}</wp:tag_name>`,
      '</wp:tag>',
    ]),
    '<generator>Copydesk</generator>',
    ...articles.flatMap((a, i) => item(a, i + 1, { ...options, version: versions.get(a.id) ?? options.version }, storyTerms[i] as StoryTerms)),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
