/**
 * What an editor should see before a story goes, even when nothing blocks it: flags still open and a dateline
 * year Copydesk inferred that nobody confirmed. Export and publish show these next to the counts of what can go.
 */
import type { Article } from '../domain/article.js';
import type { ExportGates } from '../domain/export-preset.js';
import { openFlags } from './gates.js';

/** Warnings beside the gates: a year or a flag the gates already block on is said once, as the block's reason. */
export function storyWarnings(article: Article, gates?: ExportGates): string[] {
  const warnings: string[] = [];
  const blocking = new Set(gates?.blockingFlags ?? []);
  const open = openFlags(article).filter((f) => !blocking.has(f.kind));
  if (open.length > 0) {
    const kinds = [...new Set(open.map((f) => f.kind))].join(', ');
    warnings.push(`${open.length} open flag${open.length === 1 ? '' : 's'} (${kinds}): fix or dismiss them first`);
  }
  // A stub (a wire item whose text was not sent) has its headline but nothing to print yet.
  if (article.paragraphs.every((p) => p.text.trim() === '')) warnings.push(`The story has no text${article.deskNote ? ` (${article.deskNote})` : ''}`);
  // A lede cut to length ("Secretary of the council cautioned Iraq on the…") is not a headline.
  if (/(?:…|\.\.\.)\s*$/.test(article.headline)) warnings.push('The headline ends with “…”: it looks like a lede cut off, not a headline');
  if (article.dateline.date !== null && article.dateline.yearInferred && gates?.confirmedDatelineYear !== true) {
    warnings.push(`The dateline year ${article.dateline.date.slice(0, 4)} was inferred, not confirmed`);
  }
  return warnings;
}
