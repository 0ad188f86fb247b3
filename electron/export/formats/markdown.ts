/**
 * Markdown with YAML front matter, for static-site generators. Wire text is escaped so that no Markdown reader
 * (CommonMark, GFM) reinterprets it: no headings, lists, quotes or code from a line start, no emphasis or links
 * inline, and no raw HTML.
 */
import type { Article } from '../../domain/article.js';
import { assertNever } from '../../domain/errors.js';
import {
  bodyParagraphs, creditLine, printedByline, printedDateline, printedKeywords, withoutControlCharacters,
} from '../house-style.js';
import { storyDateTime } from '../export-options.js';
import { articleSlug } from '../slug.js';
import { confirmedSubjects, subjectLabel, subjectQcode } from '../subject-codes.js';
import { yamlFrontMatter, type YamlMap, type YamlValue } from './yaml-front-matter.js';
import { escapeHtml } from './html.js';

/** Whose front-matter field names to use: Copydesk's own, or a static-site generator's. */
export type FrontMatterFlavour = 'copydesk' | 'hugo' | 'jekyll' | 'astro';

// CommonMark §2.4: any ASCII punctuation may be backslash-escaped. These are the ones that start inline syntax:
// code, emphasis, links and images, raw HTML and autolinks, entity references, GFM strikethrough and tables.
const INLINE_SYNTAX = /[\\`*_[\]<&~|]/g;

/**
 * Escapes one line of plain text, line-start syntax included (CommonMark §4.1–4.6, §5.1–5.3): thematic breaks,
 * headings, indented and fenced code, HTML blocks, block quotes and lists.
 */
function escapeLine(line: string): string {
  const escaped = withoutControlCharacters(line).trim().replace(INLINE_SYNTAX, '\\$&');
  return escaped
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

export function escapeMarkdown(text: string): string {
  return text.split(/\r\n|\r|\n/).map(escapeLine).join('\n');
}

/** The fields every flavour carries under its own `params`-like key: dateline, credit, source and coded subjects. */
function wireFields(article: Article): YamlMap {
  const subjects = confirmedSubjects(article.subjects);
  return {
    dateline: printedDateline(article),
    credit: article.source.credit.trim() || article.source.name.trim(),
    source: article.source.name,
    source_code: article.source.code,
    subject_codes: subjects.map((s) => subjectQcode(s) ?? '').filter((c) => c !== ''),
    guid: article.guid ?? `urn:copydesk:article:${article.id}`,
  };
}

function categories(article: Article): string[] {
  return confirmedSubjects(article.subjects).map(subjectLabel);
}

/** Hugo: title/date/slug/description/tags/categories/authors, the rest under `params` (Hugo's front matter docs). */
function hugoFrontMatter(article: Article): YamlMap {
  const byline = printedByline(article).replace(/^by\s+/i, '');
  return {
    title: article.headline.trim(),
    date: storyDateTime(article),
    slug: articleSlug(article),
    description: article.abstract.trim(),
    tags: printedKeywords(article),
    categories: categories(article),
    authors: byline === '' ? [] : [byline],
    params: wireFields(article),
  };
}

/**
 * Jekyll's Liquid prints a front matter value as it is (`{{ page.title }}`, `{{ post.excerpt }}`, with no escape
 * filter in many themes): every text value is entity-escaped, so a hostile headline shows, never runs.
 */
function htmlEscaped(map: YamlMap): YamlMap {
  const escape = (v: YamlValue): YamlValue =>
    typeof v === 'string' ? escapeHtml(v) : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? escapeHtml(x) : x)) : v !== null && typeof v === 'object' ? htmlEscaped(v as YamlMap) : v;
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, escape(v)]));
}

/** Jekyll: layout/title/date ("YYYY-MM-DD HH:MM:SS +0000")/categories/tags/author/excerpt, others as custom keys. */
function jekyllFrontMatter(article: Article): YamlMap {
  return htmlEscaped(jekyllFields(article));
}

function jekyllFields(article: Article): YamlMap {
  const date = storyDateTime(article).replace('T', ' ').replace(/\.\d+Z$|Z$/, ' +0000');
  return {
    layout: 'post',
    title: article.headline.trim(),
    date,
    slug: articleSlug(article),
    author: printedByline(article).replace(/^by\s+/i, ''),
    excerpt: article.abstract.trim(),
    categories: categories(article),
    tags: printedKeywords(article),
    ...wireFields(article),
  };
}

/** Astro's blog content collection: title/description/pubDate/updatedDate/author/tags, others as extra keys. */
function astroFrontMatter(article: Article): YamlMap {
  return {
    title: article.headline.trim(),
    description: article.abstract.trim(),
    pubDate: storyDateTime(article),
    updatedDate: article.updatedAt,
    author: printedByline(article).replace(/^by\s+/i, ''),
    tags: printedKeywords(article),
    categories: categories(article),
    ...wireFields(article),
  };
}

function frontMatter(article: Article, flavour: FrontMatterFlavour): YamlMap {
  switch (flavour) {
    case 'hugo':
      return hugoFrontMatter(article);
    case 'jekyll':
      return jekyllFrontMatter(article);
    case 'astro':
      return astroFrontMatter(article);
    case 'copydesk':
      return copydeskFrontMatter(article);
    default:
      return assertNever(flavour, 'front matter flavour');
  }
}

function copydeskFrontMatter(article: Article): YamlMap {
  const byline = printedByline(article);
  const abstract = article.abstract.trim();
  return {
    title: article.headline.trim(),
    slug: articleSlug(article),
    ...(byline === '' ? {} : { byline }),
    ...(abstract === '' ? {} : { abstract }),
    date: article.dateline.date,
    dateline: {
      text: article.dateline.text,
      place: article.dateline.place,
      date: article.dateline.date,
      year_inferred: article.dateline.yearInferred,
    },
    source: {
      name: article.source.name,
      code: article.source.code,
      credit: article.source.credit,
    },
    language: article.language,
    keywords: printedKeywords(article),
    status: article.status,
    id: article.id,
    revision: article.revision,
  };
}

/**
 * The story as Markdown. `fields` replace or add front matter keys (a publish target's draft state and scheduled
 * date); a replaced key keeps its place.
 */
export function renderMarkdown(article: Article, flavour: FrontMatterFlavour = 'copydesk', fields: YamlMap = {}): string {
  const paragraphs = bodyParagraphs(article).map(escapeMarkdown);
  const dateline = printedDateline(article);
  if (dateline !== '') {
    const bold = `**${escapeMarkdown(dateline)}**`;
    paragraphs[0] = paragraphs[0] === undefined ? bold : `${bold} ${paragraphs[0]}`;
  }
  const credit = creditLine(article);
  const blocks = credit === '' ? paragraphs : [...paragraphs, escapeMarkdown(credit)];
  return `${yamlFrontMatter({ ...frontMatter(article, flavour), ...fields })}\n${blocks.join('\n\n')}\n`;
}
