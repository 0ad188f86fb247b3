/** Renders one article to one export file: its name, media type and content. Pure: writing is write-files.ts. */
import type { Article } from '../domain/article.js';
import { assertNever } from '../domain/errors.js';
import type { ExportFormat } from '../domain/export-format.js';
import type { RenderOptions } from './export-options.js';
import { renderHtmlFragment, renderHtmlPage } from './formats/html.js';
import { renderJsonFeed } from './formats/json-feed.js';
import { renderMarkdown } from './formats/markdown.js';
import { renderNewsmlG2 } from './formats/newsml-g2.js';
import { renderNinjs, renderNinjs3 } from './formats/ninjs.js';
import { renderNitf } from './formats/nitf.js';
import { renderPlainText } from './formats/plain-text.js';
import { renderWxr } from './formats/wxr.js';
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

const HTML = 'text/html; charset=utf-8';
const MARKDOWN = 'text/markdown; charset=utf-8'; // RFC 7763
const XML = 'application/xml; charset=utf-8';

/** The file name's ending and media type for each format. */
export function formatFile(format: ExportFormat): { readonly suffix: string; readonly mediaType: string } {
  switch (format) {
    case 'html':
      return { suffix: '.html', mediaType: HTML };
    case 'html-page':
      return { suffix: '-page.html', mediaType: HTML };
    case 'md':
    case 'md-hugo':
    case 'md-jekyll':
    case 'md-astro':
      return { suffix: '.md', mediaType: MARKDOWN };
    case 'text':
      return { suffix: '.txt', mediaType: 'text/plain; charset=utf-8' };
    case 'ninjs':
      return { suffix: '.json', mediaType: 'application/json' };
    case 'ninjs3':
      return { suffix: '.ninjs3.json', mediaType: 'application/json' };
    case 'nitf':
      return { suffix: '.nitf.xml', mediaType: XML };
    case 'newsml-g2':
      return { suffix: '.newsml.xml', mediaType: XML };
    case 'wxr':
      return { suffix: '.wxr.xml', mediaType: XML };
    case 'jsonfeed':
      return { suffix: '.feed.json', mediaType: 'application/feed+json' };
    default:
      return assertNever(format, 'export format');
  }
}

function renderContent(article: Article, format: ExportFormat, options: Partial<RenderOptions>): string {
  switch (format) {
    case 'html':
      return renderHtmlFragment(article);
    case 'html-page':
      return renderHtmlPage(article, options);
    case 'md':
      return renderMarkdown(article);
    case 'md-hugo':
      return renderMarkdown(article, 'hugo');
    case 'md-jekyll':
      return renderMarkdown(article, 'jekyll');
    case 'md-astro':
      return renderMarkdown(article, 'astro');
    case 'text':
      return renderPlainText(article);
    case 'ninjs':
      return renderNinjs(article, options);
    case 'ninjs3':
      return renderNinjs3(article, options);
    case 'nitf':
      return renderNitf(article, options);
    case 'newsml-g2':
      return renderNewsmlG2(article, options);
    case 'wxr':
      return renderWxr([article], options);
    case 'jsonfeed':
      return renderJsonFeed([article], options);
    default:
      return assertNever(format, 'export format');
  }
}

export function renderExport(
  article: Article,
  format: ExportFormat,
  options: Partial<RenderOptions> = {},
  baseName: string = exportBaseName(article),
): RenderedExport {
  const { suffix, mediaType } = formatFile(format);
  return { name: `${baseName}${suffix}`, mediaType, content: renderContent(article, format, options) };
}

/** A batch format (WXR, JSON Feed) renders every story into one file; `versions` holds each story's version. */
export function renderBatch(
  articles: readonly Article[],
  format: 'wxr' | 'jsonfeed',
  options: Partial<RenderOptions>,
  versions: ReadonlyMap<string, number>,
  baseName: string,
): RenderedExport {
  const { suffix, mediaType } = formatFile(format);
  const content = format === 'wxr' ? renderWxr(articles, options, versions) : renderJsonFeed(articles, options, versions);
  return { name: `${baseName}${suffix}`, mediaType, content };
}
