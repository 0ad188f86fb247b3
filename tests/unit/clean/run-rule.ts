/** Runs cleaning rules over hand-written blocks and returns what the tests assert on. */
import { clean } from '../../../electron/clean/engine.js';
import type { CleaningRule } from '../../../electron/clean/rule.js';
import type { Extracted } from '../../../electron/clean/working-copy.js';
import type { CleaningChange } from '../../../electron/domain/article.js';

export const IMPORTED_AT = new Date('2026-11-28T12:00:00Z');

export interface RuleRun {
  readonly blocks: readonly string[];
  readonly extracted: Extracted;
  readonly changes: readonly CleaningChange[];
}

export function runRules(rules: readonly CleaningRule[], blocks: readonly string[], rejected: readonly string[] = []): RuleRun {
  const result = clean({ blocks }, { importedAt: IMPORTED_AT }, new Set(rejected), rules);
  return { blocks: result.copy.blocks.map((b) => b.text), extracted: result.copy.extracted, changes: result.changes };
}

export function runRule(rule: CleaningRule, blocks: readonly string[], rejected: readonly string[] = []): RuleRun {
  return runRules([rule], blocks, rejected);
}

/** A body long enough that end-of-copy rules cannot reach its first paragraphs. */
export const LONG_BODY: readonly string[] = [
  'The regional council approved a plan on Tuesday to rebuild the flood-damaged river embankment before the spring thaw.',
  'Engineers said the work would take about four months and cost close to 12 million euros.',
  'Residents of the lower town, where water reached the first floors of houses in March, welcomed the decision.',
  'The council said contractors would be chosen by the end of the year.',
  'Work on the northern section is due to start in January.',
  'A second phase, covering the bridges, will be put to a vote next year.',
];
