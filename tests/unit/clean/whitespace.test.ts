import { describe, it, expect } from 'vitest';
import { whitespace } from '../../../electron/clean/rules/whitespace.js';
import { runRule } from './run-rule.js';

describe('whitespace rule', () => {
  it('turns non-breaking and typographic spaces and tabs into plain spaces and collapses runs', () => {
    const before = 'The\u00a0minister\u2009said \u202fon\tMonday  that\u3000talks   resumed.';
    const run = runRule(whitespace, [before]);
    expect(run.blocks).toEqual(['The minister said on Monday that talks resumed.']);
    expect(run.changes).toEqual([
      {
        id: 'whitespace@0',
        rule: 'whitespace',
        explanation: 'Normalised spacing (non-breaking spaces, double spaces, control characters)',
        before,
        after: 'The minister said on Monday that talks resumed.',
        position: { block: 0, start: 0, end: before.length },
        applied: true,
      },
    ]);
  });

  it('removes ANPA control codes, DEL, zero-width spaces and stray BOMs', () => {
    const run = runRule(whitespace, ['\u0002Storm\u200b hits\u007f coast\ufeff\u0003', 'Body\u0001 text.']);
    expect(run.blocks).toEqual(['Storm hits coast', 'Body text.']);
    expect(run.changes.map((c) => c.id)).toEqual(['whitespace@0', 'whitespace@1']);
  });

  it('drops a block that held only control characters and spaces', () => {
    const run = runRule(whitespace, ['Headline', '\u0001\u0016\u00a0\u0003', 'Body.']);
    expect(run.blocks).toEqual(['Headline', 'Body.']);
  });

  it('keeps the zero-width non-joiner that Persian spelling needs', () => {
    const text = 'گفتگوها از سر گرفته می\u200cشود';
    expect(runRule(whitespace, [text])).toMatchObject({ blocks: [text], changes: [] });
  });

  it('proposes nothing for clean text', () => {
    expect(runRule(whitespace, ['Clean text.', 'Also clean — with “quotes”.']).changes).toEqual([]);
  });

  it('keeps the odd spacing when the editor rejects the change', () => {
    const run = runRule(whitespace, ['A\u00a0\u00a0B'], ['whitespace@0']);
    expect(run.blocks).toEqual(['A\u00a0\u00a0B']);
    expect(run.changes.map((c) => [c.id, c.applied])).toEqual([['whitespace@0', false]]);
  });

  it('turns U+2028 / U+2029 separators into spaces', () => {
    expect(runRule(whitespace, ['One\u2028two\u2029three']).blocks).toEqual(['One two three']);
  });
});
