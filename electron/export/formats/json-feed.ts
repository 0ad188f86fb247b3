/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Standard fields carry what they can (title, HTML and text
 * content, summary, dates, authors, tags, language); the rest goes in a `_copydesk` extension object, which the
 * spec reserves for publishers' extensions (names starting with an underscore) and feed readers ignore.
 */
import type { Article } from '../../domain/article.js';
import { articleGuid, isoDateTime, renderOptions, storyDateTime, type RenderOptions } from '../export-options.js';
import { languageTag, plainTextBody, printedCredit, printedDateline, printedKeywords } from '../house-style.js';
import { confirmedSubjects, subjectLabel, subjectQcode } from '../subject-codes.js';
import { renderHtmlBody } from './html.js';
import { storyAuthor } from '../story-author.js';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export function jsonFeedItem(article: Article, version: number): Record<string, unknown> {
  const abstract = article.abstract.trim();
  const lang = languageTag(article);
  return {
    id: articleGuid(article),
    title: article.headline.trim(),
    content_html: renderHtmlBody(article),
    content_text: plainTextBody(article),
    ...(abstract === '' ? {} : { summary: abstract }),
    date_published: storyDateTime(article),
    ...(isoDateTime(article.updatedAt) === undefined ? {} : { date_modified: isoDateTime(article.updatedAt) }),
    authors: [{ name: storyAuthor(article).name }],
    tags: printedKeywords(article),
    ...(lang === null ? {} : { language: lang }),
    _copydesk: {
      version,
      credit: printedCredit(article),
      source: { name: article.source.name.trim(), code: article.source.code },
      dateline: printedDateline(article),
      subjects: confirmedSubjects(article.subjects).map((s) => ({ name: subjectLabel(s), code: subjectQcode(s) })),
      ...(isoDateTime(article.embargo) === undefined ? {} : { embargo: isoDateTime(article.embargo) }),
    },
  };
}

export function renderJsonFeed(articles: readonly Article[], partial: Partial<RenderOptions> = {}, versions: ReadonlyMap<string, number> = new Map()): string {
  const options = renderOptions(partial);
  const feed = {
    version: JSON_FEED_VERSION,
    title: options.siteTitle,
    home_page_url: options.siteUrl,
    items: articles.map((a) => jsonFeedItem(a, versions.get(a.id) ?? options.version)),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
