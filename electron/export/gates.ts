/**
 * What stops a story from going: the preset's gates, and an embargo still in force (always). Each reason is said
 * in the desk's words so the editor knows what to fix.
 */
import type { Article } from '../domain/article.js';
import type { ExportGates } from '../domain/export-preset.js';

interface OpenFlag {
  readonly kind: string;
}

/**
 * Open flags on the story. The flag model arrives with enrichment; read here by shape so that gates work with
 * any story that carries `flags: [{ kind, resolved? | open? | status? }]` and with stories that carry none.
 */
export function openFlags(article: Article): OpenFlag[] {
  const flags = (article as unknown as { flags?: unknown }).flags;
  if (!Array.isArray(flags)) return [];
  return flags.filter((f): f is OpenFlag & Record<string, unknown> => {
    if (typeof f !== 'object' || f === null || typeof (f as { kind?: unknown }).kind !== 'string') return false;
    const flag = f as Record<string, unknown>;
    if (flag.resolved === true || flag.open === false) return false;
    return !(typeof flag.status === 'string' && ['resolved', 'dismissed', 'closed'].includes(flag.status));
  });
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
