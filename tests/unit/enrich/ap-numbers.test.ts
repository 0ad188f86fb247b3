import { describe, expect, it } from 'vitest';
import { NO_DECISIONS } from '../../../electron/domain/desk.js';
import { applyFixes } from '../../../electron/enrich/desk-analysis.js';
import { compileGlossary, lintParagraphs } from '../../../electron/enrich/flags.js';

const TEXT = 'The 5 boats carried 5,000 tonnes and 2.5 tonnes of fuel in 2025 with 15 crew, the port said.';

describe('AP style: numbers below 10', () => {
  it('flags a figure below 10 standing alone, not the first group of 5,000 or 2.5', () => {
    const style = lintParagraphs([TEXT], [], compileGlossary([])).filter((f) => f.kind === 'style');
    expect(style.map((f) => [f.text, f.suggestion])).toEqual([['5', 'five']]);
  });

  it('"Replace" changes that figure only: 5,000 stays 5,000 (not five,000), 2025 and 15 stay', () => {
    const fixed = applyFixes([TEXT], { ...NO_DECISIONS, fixes: [{ paragraph: 0, find: '5', replace: 'five' }] });
    expect(fixed).toEqual(['The five boats carried 5,000 tonnes and 2.5 tonnes of fuel in 2025 with 15 crew, the port said.']);
  });
});
