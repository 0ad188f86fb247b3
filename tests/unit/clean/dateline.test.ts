import { describe, it, expect } from 'vitest';
import { dateline } from '../../../electron/clean/rules/dateline.js';
import { runRule, runRules } from './run-rule.js';

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

  it('takes a release date standing alone under the headline as the dateline\'s date, and the line out of the body', () => {
    const run = runRule(dateline, ['Mon 2 March 2026', 'The harbour authority today released its annual figures.']);
    expect(run.blocks).toEqual(['The harbour authority today released its annual figures.']);
    expect(run.extracted.dateline).toMatchObject({ place: '', month: 3, day: 2, year: 2026, agency: null });
    expect(run.changes.map((c) => [c.rule, c.before])).toEqual([['dateline', 'Mon 2 March 2026']]);
    expect(runRule(dateline, ['Tuesday, October 13, 2015', 'Text.']).extracted.dateline).toMatchObject({ month: 10, day: 13, year: 2015 });
    expect(runRule(dateline, ['3 de marzo de 2026', 'Texto.']).extracted.dateline).toMatchObject({ month: 3, day: 3, year: 2026 });
  });

  it('keeps the place of a dateline right below a release date, which gives it the date it lacks', () => {
    const run = runRule(dateline, ['Mon 2 March 2026', 'SYDNEY (AAP) - The harbour authority released its figures.']);
    expect(run.blocks).toEqual(['The harbour authority released its figures.']);
    expect(run.extracted.dateline).toMatchObject({ place: 'Sydney', agency: 'AAP', month: 3, day: 2, year: 2026 });
  });

  it('leaves a date without its year, or a sentence holding a date, in the body', () => {
    for (const first of ['Mon 2 March', 'The deal signed on 2 March 2026 holds.', 'March 2026']) {
      expect(runRule(dateline, [first, 'Text.']).blocks, first).toEqual([first, 'Text.']);
    }
  });

  it('handles the agency styles with their separators (_ , -- , —)', () => {
    expect(runRule(dateline, ['WASHINGTON (AP) _ The Senate voted.']).blocks).toEqual(['The Senate voted.']);
    expect(runRule(dateline, ['GAZA, Dec. 1 (Xinhua) -- Aid arrived.']).blocks).toEqual(['Aid arrived.']);
    expect(runRule(dateline, ['NEW YORK, July 23, 2024 (Reuters) — Stocks rose.']).blocks).toEqual(['Stocks rose.']);
  });

  it('takes a picture caption closed by its photo credit above the dated lead out of the body, and the dateline below it', () => {
    const caption = 'Visitors walk along the old harbour wall in Port Ellen on May 2. (Photo by Ann Roy/Newswire)';
    const run = runRule(dateline, [caption, 'PORT ELLEN, May 3 (Newswire) -- The harbour board opened the quay.', 'More.']);
    expect(run.blocks).toEqual(['The harbour board opened the quay.', 'More.']);
    expect(run.extracted.dateline?.place).toBe('Port Ellen');
    expect(run.extracted.notes).toEqual([caption]);
    for (const credit of ['(AP Photo/Ann Roy)', '(Newswire/Ann Roy)', '(Photo: Ann Roy)']) {
      const other = runRule(dateline, [`The old harbour wall on May 2. ${credit}`, 'PORT ELLEN, May 3 (Newswire) -- The quay opened.']);
      expect(other.blocks).toEqual(['The quay opened.']);
    }
    // An aside in brackets is no photo credit; and with no dateline below, a caption-like lead stays.
    const aside = ['The board met on Monday (the first time since May).', 'PORT ELLEN, May 3 (Newswire) -- The quay opened.'];
    expect(runRule(dateline, aside).blocks).toEqual(aside);
    const undated = [caption, 'The harbour board opened the quay.'];
    expect(runRule(dateline, undated).blocks).toEqual(undated);
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

  it('reads a dateline standing alone in its paragraph (a distributor\'s line) and removes the whole line', () => {
    const run = runRule(dateline, ['DENVER, Colorado, March 4, 2026 /PRNewswire/ --', 'Acme Robotics today unveiled a new arm.']);
    expect(run.blocks).toEqual(['Acme Robotics today unveiled a new arm.']);
    expect(run.extracted.dateline).toMatchObject({ place: 'Denver', region: 'Colorado', year: 2026, agency: 'PRNewswire' });
  });

  it('looks below a standfirst under the headline, and not below a headline the editor kept in the copy', () => {
    const lifted = { ...dateline, id: 'lift', propose: () => [{ block: 0, start: 0, end: 5, replacement: '', extract: { headline: 'Robot' } }] };
    const blocks = ['Robot', 'Arm built for warehouses', 'DENVER (AP) — Acme unveiled a new arm.', 'More.'];
    const run = runRules([lifted, dateline], blocks);
    expect(run.blocks).toEqual(['Arm built for warehouses', 'Acme unveiled a new arm.', 'More.']);
    expect(run.extracted.dateline?.place).toBe('Denver');
    // No headline read: the short first line is the headline itself, and the rule stays on the first paragraph.
    expect(runRule(dateline, blocks.slice(1)).changes).toEqual([]);
    // A first paragraph ending in a full stop is no standfirst.
    expect(runRules([lifted, dateline], ['Robot', 'Acme makes arms.', 'DENVER (AP) — Text.', 'More.']).extracted.dateline).toBeNull();
  });

  it('reads datelines in other languages', () => {
    expect(runRule(dateline, ['MADRID, 3 de marzo (EFE) - El metro cerró.']).blocks).toEqual(['El metro cerró.']);
    expect(runRule(dateline, ['Berlin, 3. März (dpa) - Der Senat tagte.']).blocks).toEqual(['Der Senat tagte.']);
    expect(runRule(dateline, ['(ANSA) - NAPOLI, OTT 2 - The port reopened.']).blocks).toEqual(['The port reopened.']);
  });
});

describe('dateline rule: a dateline alone on its line', () => {
  it('takes the whole block as the dateline, the copy below it staying the first paragraph', () => {
    const run = runRule(dateline, ['LOUISVILLE, Ky., Feb 26 -', 'Shr one dlr vs 73 cts', 'Net 12.6 mln vs 15.8 mln']);
    expect(run.blocks).toEqual(['Shr one dlr vs 73 cts', 'Net 12.6 mln vs 15.8 mln']);
    expect(run.extracted.dateline).toMatchObject({ raw: 'LOUISVILLE, Ky., Feb 26 -', place: 'Louisville', region: 'Ky.', month: 2, day: 26 });
    expect(run.changes.map((c) => [c.rule, c.before])).toEqual([['dateline', 'LOUISVILLE, Ky., Feb 26 -']]);
  });

  it('reads it without a separator, and gives it back when the editor rejects the change', () => {
    expect(runRule(dateline, ['NEW YORK, FEb 26', 'Bank stocks rose.']).extracted.dateline).toMatchObject({ place: 'New York', month: 2, day: 26 });
    const kept = runRule(dateline, ['NEW YORK, FEb 26', 'Bank stocks rose.'], ['dateline@0']);
    expect(kept.blocks).toEqual(['NEW YORK, FEb 26', 'Bank stocks rose.']);
    expect(kept.extracted.dateline).toBeNull();
  });

  it('does not take a lone place without a date, nor a headline', () => {
    expect(runRule(dateline, ['NEW YORK', 'Bank stocks rose.']).extracted.dateline).toBeNull();
    expect(runRule(dateline, ['SUGAR QUOTA IMPORTS DETAILED -- USDA', 'Text of the story.']).extracted.dateline).toBeNull();
  });
});
