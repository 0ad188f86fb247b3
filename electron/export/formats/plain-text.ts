/** Plain text: headline, byline, the body with the dateline opening it, and the credit line last. */
import type { Article } from '../../domain/article.js';
import { creditLine, plainTextBody, printedByline, withoutControlCharacters } from '../house-style.js';

export function renderPlainText(article: Article): string {
  const byline = printedByline(article);
  const credit = creditLine(article);
  const blocks = [article.headline.trim(), byline, plainTextBody(article), credit].filter((b) => b !== '');
  return `${withoutControlCharacters(blocks.join('\n\n'))}\n`;
}
