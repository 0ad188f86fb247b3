/**
 * HTML exports: a fragment for a site's CMS, and a standalone page. Every text value is escaped, then the markup is
 * passed through sanitize-html with an allowlist of exactly the elements and attributes written here, so wire text
 * can only ever come out as text.
 */
import sanitizeHtml from 'sanitize-html';
import type { Article } from '../../domain/article.js';
import { renderOptions, storyDateTime, type RenderOptions } from '../export-options.js';
import {
  bodyBlocks, creditLine, languageTag, printedByline, printedCredit, printedDateline, printedKeywords, textDirection,
  withoutControlCharacters,
} from '../house-style.js';
import { blocksMarkup } from '../body-markup.js';
import { confirmedSubjects, subjectLabel } from '../subject-codes.js';
import { newsArticleLd, scriptSafeJson } from './json-ld.js';

const DIRECTIONS = ['ltr', 'rtl'];
const TEXT_ATTRIBUTES: sanitizeHtml.AllowedAttribute[] = ['lang', { name: 'dir', values: DIRECTIONS }];

const STORY_ALLOWLIST: sanitizeHtml.IOptions = {
  allowedTags: ['article', 'header', 'h1', 'h2', 'p', 'span', 'footer', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'a'],
  // Listed per tag: sanitize-html 2.17 ignores value-restricted attributes given under '*'.
  allowedAttributes: {
    article: TEXT_ATTRIBUTES,
    header: TEXT_ATTRIBUTES,
    h1: TEXT_ATTRIBUTES,
    p: ['class', ...TEXT_ATTRIBUTES],
    span: ['class', ...TEXT_ATTRIBUTES],
    footer: TEXT_ATTRIBUTES,
    a: ['href'],
  },
  allowedClasses: { p: ['byline', 'credit'], span: ['dateline'] },
  // The editor's links: the web and mail only (the contract refuses any other href before it is stored).
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // Nothing outside the allowlist can reach here unescaped; if it ever did, show it as text rather than drop it.
  disallowedTagsMode: 'escape',
};

export function escapeHtml(text: string): string {
  return withoutControlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Text as element content: `&`, `<` and `>` escaped, as sanitize-html itself writes text (quotes stay as they are). */
export function escapeText(text: string): string {
  return withoutControlCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Exactly the tags this module writes: the allowlist's elements with the allowlist's attributes, values free of
// quotes and markup. Anything else (or a stray `<`, `>` or bare `&`) sends the markup through sanitize-html.
// Links are not on the fast path: an href goes through sanitize-html's scheme check every time.
const STORY_TAG = /<\/?(?:article|header|h1|h2|p|span|footer|ul|ol|li|blockquote|strong|em)(?: (?:lang|dir|class)="[A-Za-z0-9 -]*")*>/g;
const SAFE_ENTITY = /&(?:amp|lt|gt);/g;

function isStoryMarkup(html: string): boolean {
  const rest = html.replace(STORY_TAG, '').replace(SAFE_ENTITY, '');
  return !/[<>&]/.test(rest);
}

/**
 * The allowlist applied to story markup. Markup built here is already in the form sanitize-html would return
 * (checked by the unit tests on hostile copy), so when every tag in it is one of ours it is returned as is; only
 * markup that is not goes through sanitize-html, which costs far more (about 1 ms a story).
 */
export function sanitizeStoryHtml(html: string): string {
  return isStoryMarkup(html) ? html : sanitizeHtml(html, STORY_ALLOWLIST);
}

/** sanitize-html alone, for the tests that hold the fast path to the same output. */
export function sanitizeStoryHtmlStrict(html: string): string {
  return sanitizeHtml(html, STORY_ALLOWLIST);
}

/**
 * The body's blocks as semantic HTML (body-markup.ts), the dateline in `<span class="dateline">` at the start of
 * the first. Not yet sanitised.
 */
function paragraphsMarkup(article: Article): string[] {
  const blocks = bodyBlocks(article);
  const dateline = printedDateline(article);
  if (dateline !== '') {
    const span = `<span class="dateline">${escapeText(dateline)}</span>`;
    const first = blocks[0];
    if (first === undefined) return [`<p>${span}</p>`];
    blocks[0] = { ...first, lead: span };
  }
  return blocksMarkup(blocks, escapeText, escapeHtml);
}

/** The body alone (paragraphs with the dateline), sanitised: what a CMS stores as the story body. */
export function renderHtmlBody(article: Article): string {
  return sanitizeStoryHtml(paragraphsMarkup(article).join('\n'));
}

function languageAttributes(article: Article): string {
  const lang = languageTag(article);
  return `${lang === null ? '' : ` lang="${escapeHtml(lang)}"`} dir="${textDirection(article)}"`;
}

/** `<article>` with headline, byline, body and credit, sanitised. */
export function renderHtmlFragment(article: Article): string {
  const byline = printedByline(article);
  const credit = creditLine(article);
  const lines = [
    `<article${languageAttributes(article)}>`,
    '<header>',
    `<h1>${escapeText(article.headline.trim())}</h1>`,
    ...(byline === '' ? [] : [`<p class="byline">${escapeText(byline)}</p>`]),
    '</header>',
    ...paragraphsMarkup(article),
    ...(credit === '' ? [] : ['<footer>', `<p class="credit">${escapeText(credit)}</p>`, '</footer>']),
    '</article>',
  ];
  return `${sanitizeStoryHtml(lines.join('\n'))}\n`;
}

// The page loads nothing and runs nothing: only its own inline style is allowed. A constant with no `"` or `&`,
// so it goes into the attribute as is.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

const PAGE_STYLE = [
  'body{max-width:40rem;margin:2rem auto;padding:0 1rem;font:1.05rem/1.6 Georgia,serif}',
  '.dateline{font-weight:bold}',
  '.byline,.credit{font-style:italic}',
].join('');

function meta(attribute: 'name' | 'property', key: string, value: string): string[] {
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? [] : [`<meta ${attribute}="${key}" content="${escapeHtml(text)}">`];
}

/** The story's metadata as meta tags: standard names, Open Graph article properties, and the dateline and credit. */
function metaTags(article: Article): string[] {
  const published = storyDateTime(article);
  return [
    ...meta('name', 'author', printedByline(article).replace(/^by\s+/i, '')),
    ...meta('name', 'keywords', printedKeywords(article).join(', ')),
    ...meta('name', 'dateline', printedDateline(article)),
    ...meta('name', 'credit', printedCredit(article)),
    ...meta('name', 'source', article.source.code?.trim() || article.source.name),
    ...meta('property', 'og:type', 'article'),
    ...meta('property', 'og:title', article.headline),
    ...meta('property', 'og:description', article.abstract),
    ...meta('property', 'article:published_time', published),
    ...confirmedSubjects(article.subjects).flatMap((s) => meta('property', 'article:tag', subjectLabel(s))),
    ...printedKeywords(article).flatMap((k) => meta('property', 'article:tag', k)),
  ];
}

/** A standalone `<!doctype html>` page around the sanitised fragment, with meta tags and NewsArticle JSON-LD. */
export function renderHtmlPage(article: Article, options: Partial<RenderOptions> = {}): string {
  const { version } = renderOptions(options);
  const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const abstract = oneLine(article.abstract);
  const lines = [
    '<!doctype html>',
    `<html${languageAttributes(article)}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(oneLine(article.headline))}</title>`,
    ...(abstract === '' ? [] : [`<meta name="description" content="${escapeHtml(abstract)}">`]),
    ...metaTags(article),
    `<script type="application/ld+json">${scriptSafeJson(newsArticleLd(article, version))}</script>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    renderHtmlFragment(article).trimEnd(),
    '</body>',
    '</html>',
  ];
  return `${lines.join('\n')}\n`;
}
