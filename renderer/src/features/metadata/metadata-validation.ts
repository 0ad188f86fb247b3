/**
 * What the metadata form checks before it saves, field by field, in the desk's words. Errors stop the save;
 * warnings are shown and the editor decides. Pure, so the unit tests hold the rules.
 */
import type { MetadataValues } from './metadata-draft';

export interface FieldIssue {
  readonly field: keyof MetadataValues;
  readonly level: 'error' | 'warning';
  readonly message: string;
}

/** Past these, sites cut the text off in lists and search results (WordPress themes, Google ~60–70 for titles). */
export const HEADLINE_WARN_LENGTH = 100;
export const ABSTRACT_WARN_LENGTH = 300;

function level(field: keyof MetadataValues, text: string): FieldIssue | null {
  const value = text.trim();
  if (value === '') return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 9 ? null : { field, level: 'error', message: `${field === 'urgency' ? 'Urgency' : 'Priority'} is a whole number from 1 (highest) to 9` };
}

export function validateMetadata(values: MetadataValues): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const headline = values.headline.trim();
  if (headline === '') {
    issues.push({ field: 'headline', level: 'error', message: 'A story needs a headline: type one before saving' });
  } else {
    if (/(?:…|\.\.\.)$/.test(headline)) {
      issues.push({ field: 'headline', level: 'warning', message: 'The headline ends with “…”: it looks like a lede cut off, not a headline' });
    }
    if (headline.length > HEADLINE_WARN_LENGTH) {
      issues.push({ field: 'headline', level: 'warning', message: `The headline is ${headline.length} characters: sites cut it after about ${HEADLINE_WARN_LENGTH}` });
    }
  }
  if (values.abstract.trim().length > ABSTRACT_WARN_LENGTH) {
    issues.push({ field: 'abstract', level: 'warning', message: `The abstract is ${values.abstract.trim().length} characters: summaries are cut after about ${ABSTRACT_WARN_LENGTH}` });
  }
  if (values.embargo !== '' && Number.isNaN(Date.parse(values.embargo))) {
    issues.push({ field: 'embargo', level: 'error', message: 'The embargo is not a date and time' });
  }
  for (const issue of [level('urgency', values.urgency), level('priority', values.priority)]) if (issue) issues.push(issue);
  for (const line of values.contributors.split('\n')) {
    if (line.trim() !== '' && !/^[^:]+:\s*\S/.test(line)) {
      issues.push({ field: 'contributors', level: 'error', message: `Write each contributor as “role: name” (e.g. “Editing by: Ana Ruiz”), not “${line.trim()}”` });
      break;
    }
  }
  return issues;
}
