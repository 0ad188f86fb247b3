import { describe, it, expect } from 'vitest';
import { creditLine } from '../../../electron/clean/rules/credit-line.js';
import { LONG_BODY, runRule } from './run-rule.js';

describe('credit-line rule', () => {
  it('moves "Source: Islamic Republic News Agency" at the end into the credit field', () => {
    const run = runRule(creditLine, [...LONG_BODY, 'Source: Islamic Republic News Agency']);
    expect(run.blocks).toEqual(LONG_BODY);
    expect(run.extracted.credit).toEqual({ label: 'Source', value: 'Islamic Republic News Agency' });
    expect(run.changes).toEqual([
      {
        id: `credit-line@${LONG_BODY.length}`,
        rule: 'credit-line',
        explanation: 'Moved the credit line into the source and credit fields',
        before: 'Source: Islamic Republic News Agency',
        after: '',
        position: { block: LONG_BODY.length, start: 0, end: 36 },
        applied: true,
      },
    ]);
  });

  it('reads the other forms: Credit:, Courtesy of, Via:, parenthesised, upper case, full-width colon', () => {
    const credit = (line: string) => runRule(creditLine, ['Body.', line]).extracted.credit;
    expect(credit('Credit: AFP')).toEqual({ label: 'Credit', value: 'AFP' });
    expect(credit('Credits: AP/Reuters')).toEqual({ label: 'Credits', value: 'AP/Reuters' });
    expect(credit('Courtesy of Reuters')).toEqual({ label: 'Courtesy of', value: 'Reuters' });
    expect(credit('(Courtesy of Reuters)')).toEqual({ label: 'Courtesy of', value: 'Reuters' });
    expect(credit('Via: AP')).toEqual({ label: 'Via', value: 'AP' });
    expect(credit('(Source: Reuters)')).toEqual({ label: 'Source', value: 'Reuters' });
    expect(credit('SOURCE: XINHUA.')).toEqual({ label: 'SOURCE', value: 'XINHUA' });
    expect(credit('Source：IRNA')).toEqual({ label: 'Source', value: 'IRNA' });
    expect(credit('Source： IRNA')).toEqual({ label: 'Source', value: 'IRNA' });
  });

  it('needs the colon after Source/Credit/Via, and a capitalised name after "Courtesy of"', () => {
    const credit = (line: string) => runRule(creditLine, ['Body.', line]).extracted.credit;
    for (const line of ['Via AP', 'Source Reuters', 'Source - Reuters', 'Credit AFP', 'courtesy of the ministry']) {
      expect(credit(line), line).toBeNull();
    }
  });

  it('takes only a short name, not a sentence, as the credit', () => {
    const credit = (line: string) => runRule(creditLine, ['Body.', line]).extracted.credit;
    expect(credit('Source: officials said the figures were revised')).toBeNull();
    expect(credit('Credit: One Two Three Four Five Six Seven Eight Nine')).toBeNull();
    expect(credit('Credit: One Two Three Four Five Six Seven Eight')).toEqual({ label: 'Credit', value: 'One Two Three Four Five Six Seven Eight' });
  });

  it('finds a credit line up to three blocks before the end', () => {
    const run = runRule(creditLine, [...LONG_BODY, 'Source: Reuters', 'Follow us on X', 'Share this story']);
    expect(run.extracted.credit).toEqual({ label: 'Source', value: 'Reuters' });
  });

  it('leaves a "Source:" line in the middle of a long story alone', () => {
    const blocks = [...LONG_BODY.slice(0, 2), 'Source: Islamic Republic News Agency', ...LONG_BODY.slice(2)];
    const run = runRule(creditLine, blocks);
    expect(run.blocks).toEqual(blocks);
    expect(run.changes).toEqual([]);
  });

  it('leaves a closing paragraph that names a source in a full sentence alone', () => {
    const last = 'Source: the ministry. The figures were later revised by the statistics office.';
    expect(runRule(creditLine, [...LONG_BODY, last]).changes).toEqual([]);
  });

  it('keeps the line in the body when the editor rejects the change', () => {
    const run = runRule(creditLine, ['Body.', 'Source: AFP'], ['credit-line@1']);
    expect(run.blocks).toEqual(['Body.', 'Source: AFP']);
    expect(run.extracted.credit).toBeNull();
    expect(run.changes.map((c) => [c.id, c.applied])).toEqual([['credit-line@1', false]]);
  });

  // A closing paragraph that merely starts with "Sources", "Credit" or "Via" is story text, not a credit line.
  it('leaves a closing paragraph starting "Sources said …" in the story', () => {
    const last = 'Sources said the minister would travel to Amman on Sunday.';
    const run = runRule(creditLine, [...LONG_BODY, last]);
    expect(run.blocks).toEqual([...LONG_BODY, last]);
    expect(run.extracted.credit).toBeNull();
  });
  it('leaves a closing paragraph starting "Credit card debt …" in the story', () => {
    const last = 'Credit card debt rose 4 percent in the quarter, the central bank said.';
    const run = runRule(creditLine, [...LONG_BODY, last]);
    expect(run.blocks).toEqual([...LONG_BODY, last]);
    expect(run.extracted.credit).toBeNull();
  });
  it('leaves a closing paragraph starting "Via a spokesman, …" in the story', () => {
    const last = 'Via a spokesman, the club declined to comment on the transfer.';
    const run = runRule(creditLine, [...LONG_BODY, last]);
    expect(run.blocks).toEqual([...LONG_BODY, last]);
    expect(run.extracted.credit).toBeNull();
  });
});
