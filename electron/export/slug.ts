/** The story's slug for file names and front matter (the rule itself is in domain/slugify.ts, the form uses it too). */
import type { Article } from '../domain/article.js';
import { slugify } from '../domain/slugify.js';

export { slugify };

/** The slugline when it has one, else the headline; "story" when neither has a Latin letter or digit (e.g. Arabic). */
export function articleSlug(article: Article): string {
  return slugify(article.slugline) || slugify(article.headline) || 'story';
}
