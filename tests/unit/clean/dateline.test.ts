import { describe, it, expect } from 'vitest';
import { dateline } from '../../../electron/clean/rules/dateline.js';
import { runRule } from './run-rule.js';

describe('dateline rule', () => {
  it('moves the dateline opening the first paragraph into the dateline field', () => {
    const run = runRule(dateline, ['Tehran, July 23, - Secretary of the council spoke.', 'More.']);
    expect(run.blocks).toEqual(['Secretary of the council spoke.', 'More.']);
    expect(run.extracted.dateline).toEqual({
      raw: 'Tehran, July 23, - ', place: 'Tehran', region: null, month: 7, day: 23, year: null, agency: null,
    });
    expect(run.changes).toEqual([
      {
        id: 'dateline@0',
        rule: 'dateline',
        explanation: 'Moved the dateline out of the first paragraph into the dateline field',
        before: 'Tehran, July 23, - ',
        after: '',
        position: { block: 0, start: 0, end: 19 },
        applied: true,
      },
    ]);
  });

  it('handles the agency styles with their separators (_ , -- , —)', () => {
    expect(runRule(dateline, ['WASHINGTON (AP) _ The Senate voted.']).blocks).toEqual(['The Senate voted.']);
    expect(runRule(dateline, ['GAZA, Dec. 1 (Xinhua) -- Aid arrived.']).blocks).toEqual(['Aid arrived.']);
    expect(runRule(dateline, ['NEW YORK, July 23, 2024 (Reuters) — Stocks rose.']).blocks).toEqual(['Stocks rose.']);
  });

  it('looks only at the first paragraph', () => {
    const run = runRule(dateline, ['The council met on Tuesday.', 'PARIS (AFP) - A second story starts here.']);
    expect(run.changes).toEqual([]);
    expect(run.extracted.dateline).toBeNull();
  });

  it('leaves a sentence with a dash or colon alone', () => {
    for (const text of ['Iran said - the talks would go on.', 'He said: the vote is on Friday.', 'The minister said on Monday that talks would resume.']) {
      expect(runRule(dateline, [text]).changes).toEqual([]);
    }
  });

  it('keeps the dateline in the text when the editor rejects the change', () => {
    const run = runRule(dateline, ['LONDON (Reuters) - Sterling fell.'], ['dateline@0']);
    expect(run.blocks).toEqual(['LONDON (Reuters) - Sterling fell.']);
    expect(run.extracted.dateline).toBeNull();
    expect(run.changes.map((c) => [c.id, c.applied])).toEqual([['dateline@0', false]]);
  });

  it('leaves an acronym subject or a wire flag followed by a dash in the paragraph', () => {
    for (const text of [
      'NATO - the alliance of 32 nations - agreed on Monday to set up a fund.',
      'US — officials declined to comment.',
      'EXCLUSIVE - Bank weighs sale of insurance unit, sources say.',
      'BREAKING - Quake shakes capital.',
    ]) {
      const run = runRule(dateline, [text]);
      expect(run.blocks, text).toEqual([text]);
      expect(run.changes, text).toEqual([]);
    }
  });

  it('takes a bare all-caps place only with four letters or more', () => {
    expect(runRule(dateline, ['ROME - The pope spoke.']).blocks).toEqual(['The pope spoke.']);
    expect(runRule(dateline, ['UAE - Officials met.']).changes).toEqual([]);
    // with an agency, a short place is still a dateline
    expect(runRule(dateline, ['UAE (WAM) - Officials met.']).blocks).toEqual(['Officials met.']);
  });
});
