import { describe, expect, it } from 'vitest';
import { describeMarks, headlineKey, readUpdateMarks } from '../../../electron/enrich/lineage.js';

describe('agency update marks', () => {
  it('strips Reuters-style prefixes, chained, and keeps them as marks', () => {
    expect(readUpdateMarks('UPDATE 1-Floods force thousands from homes')).toEqual({
      headline: 'Floods force thousands from homes',
      marks: [{ relation: 'update', label: 'UPDATE 1' }],
    });
    const chained = readUpdateMarks('REFILE-UPDATE 2-Floods force thousands from homes');
    expect(chained.headline).toBe('Floods force thousands from homes');
    expect(chained.marks.map((m) => m.relation)).toEqual(['refile', 'update']);
    expect(readUpdateMarks('CORRECTED-Bank holds rates').marks).toEqual([{ relation: 'correction', label: 'CORRECTED' }]);
    expect(describeMarks(chained.marks)).toBe('refile: REFILE, UPDATE 2');
  });

  it('reads AP write-thru keys in the headline or the take key', () => {
    const fromHeadline = readUpdateMarks('BC-EU-Floods, 2nd Ld-Writethru');
    expect(fromHeadline.marks).toEqual([{ relation: 'writethru', label: '2nd Ld-Writethru' }]);
    expect(fromHeadline.headline).toBe('BC-EU-Floods');
    expect(readUpdateMarks('Floods force thousands', 'BC-EU-Floods, 1st Ld-Writethru').marks[0]?.relation).toBe('writethru');
  });

  it('leaves ordinary headlines alone, including words that merely start like a mark', () => {
    expect(readUpdateMarks('Updated forecast sees more rain')).toEqual({ headline: 'Updated forecast sees more rain', marks: [] });
    expect(readUpdateMarks('Refiled tax returns rise').marks).toEqual([]);
    expect(readUpdateMarks('').marks).toEqual([]);
  });

  it('matches headlines regardless of case and punctuation', () => {
    expect(headlineKey('Floods force thousands — from homes!')).toBe(headlineKey('floods force THOUSANDS from homes'));
  });
});
