/**
 * The presets' field rules as the metadata form shows them: for each field, what a destination would refuse, with
 * the presets it applies to named once ("WordPress, Hugo: 130 characters, at most 110: shorten it by 20"). The
 * story can still be saved: these block export and publish to those presets, not the save. Pure.
 */
import type { ExportPreset } from '../../../../electron/domain/export-preset';
import { fieldRuleIssues, ruledFieldLabel, type RuledField, type RuledFields } from '../../../../electron/domain/field-rules';

export interface PresetFieldIssue {
  readonly field: RuledField;
  readonly message: string;
  readonly presets: readonly string[];
}

export function presetFieldIssues(fields: RuledFields, presets: readonly ExportPreset[]): PresetFieldIssue[] {
  // An empty headline is the form's own error; the rules would only repeat it.
  if (fields.headline.trim() === '') return [];
  const byMessage = new Map<string, { field: RuledField; message: string; presets: string[] }>();
  for (const preset of presets) {
    if (!preset.gates.fields) continue;
    for (const issue of fieldRuleIssues(fields, preset.gates.fields)) {
      const key = `${issue.field}\n${issue.message}`;
      const entry = byMessage.get(key) ?? { ...issue, presets: [] };
      entry.presets.push(preset.name);
      byMessage.set(key, entry);
    }
  }
  return [...byMessage.values()];
}

/** "Headline for WordPress, Hugo: 130 characters, at most 110: shorten it by 20". */
export function presetIssueText(issue: PresetFieldIssue): string {
  return `${ruledFieldLabel(issue.field)} for ${issue.presets.join(', ')}: ${issue.message}`;
}
