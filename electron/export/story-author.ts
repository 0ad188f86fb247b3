/** Who a story is filed under on a site (WordPress author, JSON Feed and JSON-LD author). */
import type { Article } from '../domain/article.js';
import { isDeskCode } from '../domain/wire-values.js';
import { printedByline } from './house-style.js';
import { slugify } from './slug.js';

export interface StoryAuthor {
  /** ASCII login, as WordPress needs for `dc:creator` and `wp:author_login`. */
  readonly login: string;
  readonly name: string;
}

/** FNV-1a, for a stable ASCII login when a name has no Latin letters. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/** The author WordPress files the post under: the wire's named authors, else the byline, else the agency by its code. */
export function storyAuthor(article: Article): StoryAuthor {
  const named = article.authors.find((a) => a.name.trim() !== '' && !isDeskCode(a.name))?.name.trim();
  const byline = printedByline(article).replace(/^by\s+/i, '').trim();
  const person = named || byline;
  if (person) return { login: slugify(person, 60) || `author-${shortHash(person)}`, name: person };
  // No person: the agency files it, under its short code (`irna`), not a slug of its full name.
  const agency = article.source.name.trim() || article.source.credit.trim();
  const code = article.source.code?.trim() ?? '';
  const login = slugify(code, 60) || slugify(agency, 60) || 'copydesk';
  return { login, name: agency || code || 'Copydesk' };
}
