/**
 * schema.org NewsArticle as JSON-LD, for the standalone page's `<script type="application/ld+json">`. Inside a
 * script element the HTML parser ends the element at the first `</script` whatever the JSON says (HTML §4.12.1.3),
 * so every `<`, `>` and `&` is written as a \\u escape: still the same JSON, never markup.
 */
import type { Article } from '../../domain/article.js';
import { articleGuid, isoDateTime, storyDateTime } from '../export-options.js';
import { languageTag, plainTextBody, printedCredit, printedDateline, printedKeywords } from '../house-style.js';
import { confirmedSubjects, subjectLabel, subjectQcode, subjectUri } from '../subject-codes.js';
import { storyAuthor } from '../story-author.js';

export function newsArticleLd(article: Article, version: number): Record<string, unknown> {
  const abstract = article.abstract.trim();
  const source = article.source.name.trim();
  const credit = printedCredit(article);
  const dateline = printedDateline(article);
  const place = article.dateline.place.trim();
  const lang = languageTag(article);
  const keywords = printedKeywords(article);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    identifier: articleGuid(article),
    version: String(version),
    headline: article.headline.trim(),
    ...(abstract === '' ? {} : { description: abstract }),
    datePublished: storyDateTime(article),
    ...(isoDateTime(article.updatedAt) === undefined ? {} : { dateModified: isoDateTime(article.updatedAt) }),
    author: [{ '@type': 'Person', name: storyAuthor(article).name }],
    ...(source === '' ? {} : { sourceOrganization: { '@type': 'Organization', name: source } }),
    ...(credit === '' ? {} : { creditText: credit }),
    ...(dateline === '' ? {} : { dateline }),
    ...(place === '' ? {} : { locationCreated: { '@type': 'Place', name: place } }),
    ...(lang === null ? {} : { inLanguage: lang }),
    ...(keywords.length === 0 ? {} : { keywords }),
    ...(article.subjects.length === 0
      ? {}
      : {
          about: confirmedSubjects(article.subjects).map((s) => {
            const uri = subjectUri(s);
            const code = subjectQcode(s);
            return { '@type': 'Thing', name: subjectLabel(s), ...(code === null ? {} : { identifier: code }), ...(uri === null ? {} : { sameAs: uri }) };
          }),
        }),
    articleBody: plainTextBody(article),
  };
}

/** JSON safe to place between `<script>` and `</script>`. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
