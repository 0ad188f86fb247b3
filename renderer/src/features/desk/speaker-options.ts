import type { Article } from '../../../../electron/domain/article';

/** The names a paragraph can be attributed to: every source and every person or organisation in the story. */
export function speakerOptions(article: Article): string[] {
  const names = [
    ...article.sources.filter((s) => s.kind !== 'agency').map((s) => s.name),
    ...article.entities.people.map((p) => p.name),
    ...article.entities.organisations.map((o) => o.name),
  ];
  return [...new Set(names)];
}

export function paragraphLabel(index: number): string {
  return `¶${index + 1}`;
}
