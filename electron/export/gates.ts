/**
 * What stops a story from going: the preset's gates, and an embargo still in force (always). Each reason is said
 * in the desk's words so the editor knows what to fix.
 */
import type { Article } from '../domain/article.js';
import type { Flag } from '../domain/desk.js';
import type { ExportGates } from '../domain/export-preset.js';

/** Flags the editor has neither fixed (a fix removes the flag) nor dismissed. */
export function openFlags(article: Article): Flag[] {
  const dismissed = new Set(article.decisions.dismissedFlags);
  return article.flags.filter((f) => !dismissed.has(f.id));
}

export function embargoReason(article: Article, now: Date): string | null {
  if (article.embargo === null || article.embargo.trim() === '') return null;
  const until = Date.parse(article.embargo);
  if (Number.isNaN(until)) return `Embargo "${article.embargo}" is not a date: confirm it before release`;
  return until > now.getTime() ? `Embargoed until ${new Date(until).toISOString()}` : null;
}

export function blockReasons(article: Article, gates: ExportGates, now: Date): string[] {
  const reasons: string[] = [];
  const embargo = embargoReason(article, now);
  if (embargo !== null) reasons.push(embargo);
  if (article.status === 'spiked') reasons.push('The story is spiked');
  if (article.pubstatus === 'canceled') reasons.push('The agency canceled this story');
  if (gates.headline && article.headline.trim() === '') reasons.push('No headline');
  if (gates.confirmedDatelineYear) {
    if (article.dateline.date === null) reasons.push('The dateline has no date');
    else if (article.dateline.yearInferred) reasons.push('The dateline year was inferred, not confirmed');
  }
  if (gates.creditedSource && article.source.name.trim() === '' && article.source.credit.trim() === '') {
    reasons.push('No credited source');
  }
  const blocking = new Set(gates.blockingFlags);
  const open = [...new Set(openFlags(article).map((f) => f.kind).filter((k) => blocking.has(k)))];
  for (const kind of open) reasons.push(`Open flag: ${kind}`);
  return reasons;
}
