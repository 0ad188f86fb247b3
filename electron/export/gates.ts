/**
 * What stops a story from going: the preset's gates, and an embargo still in force (always). Each reason is said
 * in the desk's words so the editor knows what to fix.
 */
import type { Article } from '../domain/article.js';
import type { Flag } from '../domain/desk.js';
import type { ExportGates } from '../domain/export-preset.js';
import { fieldRuleIssues, fieldRuleReason, type RuledFields } from '../domain/field-rules.js';
import { confirmedSubjects } from './subject-codes.js';

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

/** The fields the preset's rules read, from a story. */
export function ruledFields(article: Article): RuledFields {
  return { headline: article.headline, abstract: article.abstract, byline: article.byline, slugline: article.slugline, subjects: confirmedSubjects(article.subjects).length };
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
  // An empty headline is said once, by the headline gate.
  if (gates.fields && article.headline.trim() !== '') reasons.push(...fieldRuleIssues(ruledFields(article), gates.fields).map(fieldRuleReason));
  const blocking = new Set(gates.blockingFlags);
  const counts = new Map<string, number>();
  for (const f of openFlags(article)) if (blocking.has(f.kind)) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  // One reason per kind, with how many are open, so the editor knows how much is left to fix or dismiss.
  for (const [kind, n] of counts) reasons.push(n === 1 ? `Open flag: ${kind}` : `Open flag: ${kind} (${n}: fix or dismiss them)`);
  return reasons;
}
