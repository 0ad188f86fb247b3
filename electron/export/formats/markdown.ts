/**
 * Markdown with YAML front matter, for static-site generators. Wire text is escaped so that no Markdown reader
 * (CommonMark, GFM) reinterprets it: no headings, lists, quotes or code from a line start, no emphasis or links
 * inline, and no raw HTML.
 */
import type { Article } from '../../domain/article.js';
import {
  bodyParagraphs, creditLine, printedByline, printedDateline, printedKeywords, withoutControlCharacters,
} from '../house-style.js';
import { articleSlug } from '../slug.js';
import { yamlFrontMatter, type YamlMap } from './yaml-front-matter.js';

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

function frontMatter(article: Article): YamlMap {
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

export function renderMarkdown(article: Article): string {
  const paragraphs = bodyParagraphs(article).map(escapeMarkdown);
  const dateline = printedDateline(article);
  if (dateline !== '') {
    const bold = `**${escapeMarkdown(dateline)}**`;
    paragraphs[0] = paragraphs[0] === undefined ? bold : `${bold} ${paragraphs[0]}`;
  }
  const credit = creditLine(article);
  const blocks = credit === '' ? paragraphs : [...paragraphs, escapeMarkdown(credit)];
  return `${yamlFrontMatter(frontMatter(article))}\n${blocks.join('\n\n')}\n`;
}
