/** Slugs for file names and front matter: lower-case ASCII letters, digits and single hyphens only. */
import type { Article } from '../domain/article.js';

const MAX_SLUG_LENGTH = 60;

export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // "Café" → "Cafe": drop the combining marks NFKD split off
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, maxLength).replace(/-+$/, '');
}

/** The slugline when it has one, else the headline; "story" when neither has a Latin letter or digit (e.g. Arabic). */
export function articleSlug(article: Article): string {
  return slugify(article.slugline) || slugify(article.headline) || 'story';
}
