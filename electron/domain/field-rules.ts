/**
 * What a destination asks of a story's fields: how long a headline, an abstract and a slug may be, and which
 * fields it needs at all. A preset carries its own (a syndication partner's feed cuts headlines shorter than a
 * website does); export and publish block on them, and the metadata form says, field by field, which presets
 * the story would not pass and why. Pure.
 */
import { slugify } from './slugify.js';

export interface FieldRules {
  /** Characters; null: no limit. */
  readonly headlineMax: number | null;
  readonly abstractMax: number | null;
  /** The slug as it goes out (lower-case ASCII, hyphens), from the slugline or else the headline. */
  readonly slugMax: number | null;
  readonly requireAbstract: boolean;
  readonly requireByline: boolean;
  readonly requireSubject: boolean;
}

export const NO_FIELD_RULES: FieldRules = {
  headlineMax: null, abstractMax: null, slugMax: null, requireAbstract: false, requireByline: false, requireSubject: false,
};

/** The fields the rules read, as the story or the metadata form holds them. */
export interface RuledFields {
  readonly headline: string;
  readonly abstract: string;
  readonly byline: string;
  readonly slugline: string;
  /** Subjects the editor confirmed (suggestions waiting for a decision do not count). */
  readonly subjects: number;
}

export type RuledField = 'headline' | 'abstract' | 'byline' | 'slugline' | 'subjects';

export interface FieldRuleIssue {
  readonly field: RuledField;
  /** Said without the preset's name, so one message can list every preset it applies to. */
  readonly message: string;
}

const LABELS: Readonly<Record<RuledField, string>> = {
  headline: 'Headline', abstract: 'Abstract', byline: 'Byline', slugline: 'Slug', subjects: 'Subjects',
};

export function ruledFieldLabel(field: RuledField): string {
  return LABELS[field];
}

/** Counts what a reader sees as characters (code points), so "é" or an emoji is one. */
const length = (text: string): number => [...text.replace(/\s+/g, ' ').trim()].length;

export function fieldRuleIssues(values: RuledFields, rules: FieldRules): FieldRuleIssue[] {
  const issues: FieldRuleIssue[] = [];
  const headline = length(values.headline);
  if (rules.headlineMax !== null && headline > rules.headlineMax) {
    issues.push({ field: 'headline', message: `${headline} characters, at most ${rules.headlineMax}: shorten it by ${headline - rules.headlineMax}` });
  }
  const abstract = length(values.abstract);
  if (rules.requireAbstract && abstract === 0) issues.push({ field: 'abstract', message: 'required: write a one-paragraph summary' });
  if (rules.abstractMax !== null && abstract > rules.abstractMax) {
    issues.push({ field: 'abstract', message: `${abstract} characters, at most ${rules.abstractMax}: shorten it by ${abstract - rules.abstractMax}` });
  }
  if (rules.requireByline && values.byline.trim() === '') issues.push({ field: 'byline', message: 'required: name the writer' });
  if (rules.slugMax !== null) {
    // The slug is cut silently at the length a web address takes; a rule says so before it happens.
    const from = values.slugline.trim() !== '' && slugify(values.slugline, 1000) !== '' ? 'slugline' : 'headline';
    const slug = slugify(from === 'slugline' ? values.slugline : values.headline, 1000);
    if (slug === '') issues.push({ field: 'slugline', message: 'has no Latin letter or digit for a web address: write a slugline such as "iran-iraq-talks"' });
    else if (slug.length > rules.slugMax) {
      issues.push({ field: 'slugline', message: `"${slug}" (from the ${from}) is ${slug.length} characters, at most ${rules.slugMax}: write a shorter slugline` });
    }
  }
  if (rules.requireSubject && values.subjects === 0) issues.push({ field: 'subjects', message: 'required: add at least one Media Topic' });
  return issues;
}

/** The issue as a block reason: "Headline: 130 characters, at most 110: …". */
export function fieldRuleReason(issue: FieldRuleIssue): string {
  return `${LABELS[issue.field]}: ${issue.message}`;
}
