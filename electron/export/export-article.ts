/** Renders one article to one export file: its name, media type and content. Pure: writing is write-files.ts. */
import type { Article } from '../domain/article.js';
import { assertNever } from '../domain/errors.js';
import type { ExportFormat } from '../domain/export-format.js';
import { renderHtmlFragment, renderHtmlPage } from './formats/html.js';
import { renderMarkdown } from './formats/markdown.js';
import { renderNinjs } from './formats/ninjs.js';
import { articleSlug } from './slug.js';

export interface RenderedExport {
  readonly name: string;
  readonly mediaType: string;
  readonly content: string;
}

/** `<slug>-<first 8 characters of the id>`: readable, and distinct for two stories with the same slugline. */
export function exportBaseName(article: Article): string {
  const idPart = article.id.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 8);
  const slug = articleSlug(article);
  return idPart === '' ? slug : `${slug}-${idPart}`;
}

export function renderExport(article: Article, format: ExportFormat): RenderedExport {
  const base = exportBaseName(article);
  switch (format) {
    case 'html':
      return { name: `${base}.html`, mediaType: 'text/html; charset=utf-8', content: renderHtmlFragment(article) };
    case 'html-page':
      return { name: `${base}-page.html`, mediaType: 'text/html; charset=utf-8', content: renderHtmlPage(article) };
    case 'md':
      // RFC 7763 registers text/markdown.
      return { name: `${base}.md`, mediaType: 'text/markdown; charset=utf-8', content: renderMarkdown(article) };
    case 'ninjs':
      return { name: `${base}.json`, mediaType: 'application/json', content: renderNinjs(article) };
    default:
      return assertNever(format, 'export format');
  }
}
