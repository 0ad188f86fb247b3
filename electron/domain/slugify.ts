/** Slugs for web addresses, file names and front matter: lower-case ASCII letters, digits and single hyphens only. */
export const MAX_SLUG_LENGTH = 60;

export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // "Café" → "Cafe": drop the combining marks NFKD split off
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, maxLength).replace(/-+$/, '');
}
