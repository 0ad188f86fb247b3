/**
 * A preset's house style applied to a story before it is rendered: which text becomes the title and the summary,
 * how the dateline and the credit print, which quotation marks. The result is an ordinary Article, so every
 * format renders it the same way; the stored story is never changed.
 */
import type { Article } from '../domain/article.js';
import { assertNever } from '../domain/errors.js';
import type { CreditStyle, DatelineStyle, ExportPreset, QuoteStyle } from '../domain/export-preset.js';
import { slugify, articleSlug } from './slug.js';

function datelineText(article: Article, style: DatelineStyle): string {
  switch (style) {
    case 'house':
      return article.dateline.text;
    case 'place-only': {
      const place = article.dateline.place.trim();
      return place === '' ? '' : `${place.toUpperCase()} —`;
    }
    case 'none':
      return '';
    default:
      return assertNever(style, 'dateline style');
  }
}

function credit(article: Article, style: CreditStyle): string {
  const { source } = article;
  switch (style) {
    case 'credit':
      return source.credit;
    case 'name':
      return source.name || source.credit;
    case 'code':
      return source.code ?? (source.credit || source.name);
    default:
      return assertNever(style, 'credit style');
  }
}

/** Straight quotes to typographic ones: an opening quote follows a space, a bracket or the start; else closing. */
function curly(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014-])"/gu, '$1\u201C')
    .replace(/"/g, '\u201D')
    .replace(/(^|[\s([{\u2014-])'/gu, '$1\u2018')
    .replace(/'/g, '\u2019');
}

function straight(text: string): string {
  return text.replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"').replace(/[\u2018\u2019\u201A]/g, "'");
}

function guillemets(text: string): string {
  return curly(straight(text)).replace(/\u201C/g, '«\u00A0').replace(/\u201D/g, '\u00A0»');
}

export function applyQuoteStyle(text: string, style: QuoteStyle): string {
  switch (style) {
    case 'keep':
      return text;
    case 'curly':
      return curly(text);
    case 'straight':
      return straight(text);
    case 'guillemets':
      return guillemets(text);
    default:
      return assertNever(style, 'quote style');
  }
}

export function styleArticle(article: Article, preset: ExportPreset): Article {
  const q = (text: string): string => applyQuoteStyle(text, preset.quoteStyle);
  const title = preset.fieldMapping.title === 'slugline' && article.slugline.trim() !== '' ? article.slugline : article.headline;
  const summary =
    preset.fieldMapping.summary === 'abstract'
      ? article.abstract
      : preset.fieldMapping.summary === 'first-paragraph'
        ? (article.paragraphs[0]?.text ?? '')
        : '';
  return {
    ...article,
    headline: q(title),
    abstract: q(summary),
    paragraphs: article.paragraphs.map((p) => ({ ...p, text: q(p.text) })),
    dateline: { ...article.dateline, text: datelineText(article, preset.datelineStyle) },
    source: { ...article.source, credit: credit(article, preset.creditStyle) },
  };
}

const TOKEN = /\{(slug|date|id|headline)\}/g;

/** The file name (without the format's suffix) from the preset's template; always a safe plain name. */
export function fileBaseName(template: string, values: { slug: string; date: string; id: string; headline: string }): string {
  const name = template.replace(TOKEN, (_, token: keyof typeof values) => values[token]);
  return slugify(name, 120) || 'story';
}

export function storyFileBase(article: Article, preset: ExportPreset): string {
  return fileBaseName(preset.fileNaming, {
    slug: articleSlug(article),
    date: article.dateline.date ?? article.createdAt.slice(0, 10),
    id: article.id.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 8),
    headline: slugify(article.headline),
  });
}

export function batchFileBase(preset: ExportPreset, now: Date): string {
  return fileBaseName(preset.fileNaming, { slug: 'stories', date: now.toISOString().slice(0, 10), id: '', headline: 'stories' });
}
