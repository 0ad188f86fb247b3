import { describe, it, expect } from 'vitest';
import { byline } from '../../../electron/clean/rules/byline.js';
import { runRule } from './run-rule.js';

describe('byline rule', () => {
  it('lifts "By Jane Doe" into the byline field', () => {
    const run = runRule(byline, ['By Maya Lindqvist', 'LONDON (Reuters) - Body.', 'More.']);
    expect(run.extracted.byline).toBe('Maya Lindqvist');
    expect(run.blocks).toEqual(['LONDON (Reuters) - Body.', 'More.']);
    expect(run.changes).toEqual([
      {
        id: 'byline@0',
        rule: 'byline',
        explanation: 'Moved the byline line into the byline field',
        before: 'By Maya Lindqvist',
        after: '',
        position: { block: 0, start: 0, end: 17 },
        applied: true,
      },
    ]);
  });

  it('keeps the organisation after a comma, and two authors joined by "and"', () => {
    expect(runRule(byline, ['By Jane Doe, Associated Press Writer', 'Body.']).extracted.byline).toBe('Jane Doe, Associated Press Writer');
    expect(runRule(byline, ['By Jane Doe and John Roe', 'Body.']).extracted.byline).toBe('Jane Doe and John Roe');
    expect(runRule(byline, ["By Seán O'Neill-Brady", 'Body.']).extracted.byline).toBe("Seán O'Neill-Brady");
  });

  it('looks only in the first three blocks', () => {
    expect(runRule(byline, ['One.', 'Two.', 'Three.', 'By Jane Doe']).extracted.byline).toBeNull();
    expect(runRule(byline, ['One.', 'Two.', 'By Jane Doe', 'Four.']).extracted.byline).toBe('Jane Doe');
  });

  it('does not take a sentence that starts with "By"', () => {
    for (const text of ['By Monday, the rebels had withdrawn from the town.', 'By the way, nothing changed.', 'By 2030 the plant will close.']) {
      expect(runRule(byline, [text, 'Body.']).extracted.byline).toBeNull();
    }
  });

  it('leaves the byline in the body when the editor rejects the change', () => {
    const run = runRule(byline, ['By Jane Doe', 'Body.'], ['byline@0']);
    expect(run.blocks).toEqual(['By Jane Doe', 'Body.']);
    expect(run.extracted.byline).toBeNull();
    expect(run.changes.map((c) => [c.id, c.applied])).toEqual([['byline@0', false]]);
  });

  it('reads names with lower-case particles ("By Ahmed al-Sayed", "By Anna van der Berg")', () => {
    expect(runRule(byline, ['By Ahmed al-Sayed', 'Body.']).extracted.byline).toBe('Ahmed al-Sayed');
    expect(runRule(byline, ['By Anna van der Berg', 'Body.']).extracted.byline).toBe('Anna van der Berg');
    expect(runRule(byline, ['By Ahmed al-Sayed and Anna van der Berg, Reuters', 'Body.']).extracted.byline).toBe('Ahmed al-Sayed and Anna van der Berg, Reuters');
  });

  it('reads "BY JANE DOE"', () => {
    const run = runRule(byline, ['BY JANE DOE', 'Body.']);
    expect(run.extracted.byline).toBe('JANE DOE');
    expect(run.blocks).toEqual(['Body.']);
  });

  it('does not take a sentence with a lower-case word after "By" for a byline', () => {
    for (const text of ['By and large the vote passed', 'BY the end of the day', 'By Monday van drivers had struck']) {
      expect(runRule(byline, [text, 'Body.']).extracted.byline, text).toBeNull();
    }
  });
});
