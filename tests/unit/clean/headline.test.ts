import { describe, it, expect } from 'vitest';
import { headline, looksLikeHeadline } from '../../../electron/clean/rules/headline.js';
import { clean } from '../../../electron/clean/engine.js';
import { headlineEcho } from '../../../electron/clean/rules/headline-echo.js';
import { IMPORTED_AT, runRule } from './run-rule.js';

describe('headline rule', () => {
  it('lifts a short first line into the headline field', () => {
    const run = runRule(headline, ['Iran cautions Iraq on secessionist approaches', 'Tehran, July 23, - Body.', 'More.']);
    expect(run.extracted.headline).toBe('Iran cautions Iraq on secessionist approaches');
    expect(run.blocks).toEqual(['Tehran, July 23, - Body.', 'More.']);
    expect(run.changes).toEqual([
      {
        id: 'headline@0',
        rule: 'headline',
        explanation: 'Took the first line as the headline',
        before: 'Iran cautions Iraq on secessionist approaches',
        after: '',
        position: { block: 0, start: 0, end: 45 },
        applied: true,
      },
    ]);
  });

  it('accepts a headline ending in a question mark or with a colon inside', () => {
    expect(runRule(headline, ['Will the ceasefire hold?', 'Body.']).extracted.headline).toBe('Will the ceasefire hold?');
    expect(runRule(headline, ['Analysis: why rates stay high', 'Body.']).extracted.headline).toBe('Analysis: why rates stay high');
  });

  it('does not take a first paragraph that opens with a dateline', () => {
    const run = runRule(headline, ['WASHINGTON (AP) _ The Senate passed the bill', 'More.']);
    expect(run.extracted.headline).toBeNull();
    expect(run.changes).toEqual([]);
  });

  it('does not take a sentence ending in a full stop, comma or semicolon', () => {
    for (const first of ['The Senate passed the bill on Tuesday.', 'The Senate passed the bill,', 'The Senate passed the bill;']) {
      expect(runRule(headline, [first, 'More.']).extracted.headline).toBeNull();
    }
  });

  it('does not take a first line that is too long (over 200 characters or 30 words)', () => {
    const long = 'word '.repeat(31).trim();
    expect(runRule(headline, [long, 'More.']).extracted.headline).toBeNull();
    expect(runRule(headline, ['x'.repeat(201), 'More.']).extracted.headline).toBeNull();
    expect(looksLikeHeadline('x'.repeat(200))).toBe(true);
  });

  it('does not take the only block of a one-paragraph story', () => {
    expect(runRule(headline, ['Short item without a headline']).extracted.headline).toBeNull();
  });

  it('leaves the line in the body when the editor rejects the change', () => {
    const run = runRule(headline, ['A headline', 'Body.'], ['headline@0']);
    expect(run.blocks).toEqual(['A headline', 'Body.']);
    expect(run.extracted.headline).toBeNull();
    expect(run.changes.map((c) => [c.id, c.applied])).toEqual([['headline@0', false]]);
  });

  it('does not take a line with fewer than three letters for a headline', () => {
    for (const text of ['| |', '***', '2026', '-30-', 'A1']) expect(looksLikeHeadline(text), text).toBe(false);
    expect(looksLikeHeadline('Why')).toBe(true);
    // Debris left in place (the editor undid its removal) is passed over: the real first line is the headline.
    expect(runRule(headline, ['| |', 'Flood barriers hold', 'Body.']).extracted.headline).toBe('Flood barriers hold');
  });

  it('does not take a "By …" byline for the headline', () => {
    expect(runRule(headline, ['By Jane Doe', 'WASHINGTON (AP) _ The Senate passed the bill.']).extracted.headline).toBeNull();
    expect(looksLikeHeadline('BY JANE DOE')).toBe(false);
    expect(looksLikeHeadline('By Ahmed al-Sayed, Reuters')).toBe(false);
  });

  it('does not take a quoted sentence ending in ." for a headline', () => {
    expect(looksLikeHeadline('He said: "We will rebuild."')).toBe(false);
    expect(looksLikeHeadline('“We will rebuild.”')).toBe(false);
    expect(looksLikeHeadline('Minister: "We will rebuild"')).toBe(true);
  });

  it('takes "EXCLUSIVE - Bank weighs sale of insurance unit" as the headline', () => {
    expect(looksLikeHeadline('EXCLUSIVE - Bank weighs sale of insurance unit')).toBe(true);
    const run = runRule(headline, ['EXCLUSIVE - Bank weighs sale of insurance unit', 'LONDON (Reuters) - Body.']);
    expect(run.extracted.headline).toBe('EXCLUSIVE - Bank weighs sale of insurance unit');
  });
});

describe('headline-echo rule', () => {
  const ctx = (headline?: string) => ({ importedAt: IMPORTED_AT, ...(headline ? { headline } : {}) });
  const run = (blocks: readonly string[], headline?: string) => clean({ blocks }, ctx(headline), new Set(), [headlineEcho]);

  it('removes the format\'s headline repeated as the first paragraph, whatever its case and punctuation', () => {
    const r = run(['Harbour Cranes Idle As Dockers Strike!', 'Cranes stood idle on Thursday.', 'More.'], 'Harbour cranes idle as dockers strike');
    expect(r.copy.blocks.map((b) => b.text)).toEqual(['Cranes stood idle on Thursday.', 'More.']);
    expect(r.changes.map((c) => [c.id, c.explanation])).toEqual([['headline-echo@0', 'Removed the headline repeated as the first paragraph']]);
  });

  it('leaves a first paragraph that only starts like the headline, copy without a format headline, and a one-paragraph story', () => {
    expect(run(['Harbour cranes idle as dockers strike for 48 hours, the union said.', 'More.'], 'Harbour cranes idle as dockers strike').changes).toEqual([]);
    expect(run(['Harbour cranes idle', 'More.']).changes).toEqual([]);
    expect(run(['Harbour cranes idle'], 'Harbour cranes idle').changes).toEqual([]);
  });
});


describe('headline rule: the line above a dateline', () => {
  it('takes the block above a dateline whole, at a hyphen or a dash, even where its look alone would not do', () => {
    for (const first of ['BROWN-FORMAN INC <BFD> 4TH QTR NET', 'SUGAR QUOTA IMPORTS DETAILED -- USDA', 'OPEC OUTPUT ABOVE CEILING - survey finds', 'Ministers meet, talks go on,']) {
      const run = runRule(headline, [first, 'WASHINGTON, Feb 26 - The department said.', 'More.']);
      expect(run.extracted.headline, first).toBe(first);
      expect(run.blocks[0]).toBe('WASHINGTON, Feb 26 - The department said.');
    }
    expect(runRule(headline, ['BROWN-FORMAN INC <BFD> 4TH QTR NET', 'LOUISVILLE, Ky., Feb 26 -']).extracted.headline).toBe('BROWN-FORMAN INC <BFD> 4TH QTR NET');
  });

  it('does not take a sentence, nor a dated dateline paragraph, for the headline above a dateline', () => {
    expect(runRule(headline, ['The ministers met on Tuesday.', 'PARIS, March 3 - Text.']).extracted.headline).toBeNull();
    expect(runRule(headline, ['LONDON, March 3 - Oil rose, traders said', 'PARIS, March 3 - Text.']).extracted.headline).toBeNull();
  });
});

describe('headline rule: a full stop that closes an abbreviation', () => {
  it('takes a headline ending in U.S. or Corp. and still refuses one ending a sentence', () => {
    expect(runRule(headline, ['JAPAN TO CUT CAR EXPORTS TO U.S.', 'TOKYO, March 3 - Text.', 'More.']).extracted.headline).toBe('JAPAN TO CUT CAR EXPORTS TO U.S.');
    expect(runRule(headline, ['Talks with Smith Bros.', 'Body.']).extracted.headline).toBe('Talks with Smith Bros.');
    expect(runRule(headline, ['The talks ended in the U.S. on Friday.', 'Body.']).extracted.headline).toBeNull();
  });
});
