/** The house case of an ALL-CAPS headline: only words whose case can be told change, and the original stays. */
import { describe, expect, it } from 'vitest';
import { headlineCase, houseCase } from '../../../electron/clean/rules/headline-case.js';
import { headline } from '../../../electron/clean/rules/headline.js';
import { clean } from '../../../electron/clean/engine.js';
import { IMPORTED_AT, LONG_BODY, runRules } from './run-rule.js';

describe('houseCase', () => {
  it('lowers the words the dictionary knows, capitalises the names it and the gazetteer know, keeps acronyms', () => {
    expect(houseCase('TEXACO TO SELL REFINERY IN BUENOS AIRES')).toEqual({ text: 'Texaco to sell refinery in Buenos Aires', kept: [] });
    expect(houseCase('NEW YORK COFFEE FUTURES CLOSE LOWER').text).toBe('New York coffee futures close lower');
    expect(houseCase('RIO DE JANEIRO COFFEE PRICES RISE').text).toBe('Rio de Janeiro coffee prices rise');
    expect(houseCase('TALKING POINT/BANK STOCKS').text).toBe('Talking point/bank stocks');
    expect(houseCase('NATIONAL AVERAGE PRICES FOR FARMER-OWNED RESERVE').text).toBe('National average prices for farmer-owned reserve');
    expect(houseCase('EC MINISTERS TO MEET ON U.S. FARM PRICES').text).toBe('EC ministers to meet on U.S. farm prices');
    expect(houseCase('ALLIED 4TH QUARTER PROFIT UP 1986/87').text).toBe('Allied 4th quarter profit up 1986/87');
  });

  it('keeps a word no dictionary knows as the wire sent it, and names it', () => {
    expect(houseCase('SUGAR QUOTA IMPORTS DETAILED -- USDA').text).toBe('Sugar quota imports detailed -- USDA');
    expect(houseCase('ANHEUSER-BUSCH SEES HIGHER SALES')).toEqual({ text: 'ANHEUSER-BUSCH sees higher sales', kept: ['ANHEUSER-BUSCH'] });
  });

  it('leaves a headline with a ticker, a company\'s legal form, or with two words or more it cannot case, as sent', () => {
    expect(houseCase('BROWN-FORMAN INC <BFD> 4TH QTR NET').text).toBeNull();
    expect(houseCase('CHAMPION PRODUCTS <CH> APPROVES STOCK SPLIT').text).toBeNull();
    expect(houseCase('U.K. MONEY MARKET GIVEN 120 MLN STG ASSISTANCE')).toEqual({ text: null, kept: ['MLN', 'STG'] });
    // A company's legal form says the words before it are its name.
    expect(houseCase('ACME ELECTRIC CORP SETS PAYOUT').text).toBeNull();
    expect(houseCase('CO-OPERATIVE BANK RAISES RATES').text).toBe('Co-operative bank raises rates');
  });

  it('does not take a common word for the place it also names (Sale, Split, Reading)', () => {
    expect(houseCase('GROUP COMPLETES SALE OF READING UNIT AFTER SPLIT').text).toBe('Group completes sale of reading unit after split');
  });
});

describe('headline-case rule', () => {
  it('records the recasing with the original, names the kept words, and is undone by rejecting it', () => {
    const blocks = ['ANHEUSER-BUSCH SEES HIGHER SALES', ...LONG_BODY];
    const run = runRules([headlineCase, headline], blocks);
    expect(run.extracted.headline).toBe('ANHEUSER-BUSCH sees higher sales');
    expect(run.changes[0]).toMatchObject({ rule: 'headline-case', before: 'ANHEUSER-BUSCH SEES HIGHER SALES', after: 'ANHEUSER-BUSCH sees higher sales' });
    expect(run.changes[0]?.explanation).toMatch(/kept as sent.*ANHEUSER-BUSCH/u);
    const undone = runRules([headlineCase, headline], blocks, ['headline-case@0']);
    expect(undone.extracted.headline).toBe('ANHEUSER-BUSCH SEES HIGHER SALES');
  });

  it('proposes nothing for a headline left as sent', () => {
    expect(runRules([headlineCase], ['BROWN-FORMAN INC <BFD> 4TH QTR NET', 'LOUISVILLE, Ky., Feb 26 -', 'Shr one dlr vs 73 cts']).changes).toEqual([]);
  });

  it('cases a headline over a dateline block even when it would not pass for a headline by its look', () => {
    const run = runRules([headlineCase, headline], ['OPEC OUTPUT ABOVE CEILING - SURVEY FINDS,', 'VIENNA, March 4 - OPEC oil output rose.', 'More.']);
    expect(run.extracted.headline).toBe('OPEC output above ceiling - survey finds,');
  });
});

describe('headline-case under a headline the format gave', () => {
  it('leaves the first block alone: it is copy, not the headline (an AP table’s THROUGH JULY 5)', () => {
    const result = clean({ blocks: ['THROUGH JULY 5 THE LEADERS', 'Smith 12', 'Jones 10'] }, { importedAt: IMPORTED_AT, headline: 'Top Ten' }, new Set(), [headlineCase]);
    expect(result.changes).toEqual([]);
    expect(result.copy.blocks[0]?.text).toBe('THROUGH JULY 5 THE LEADERS');
  });
});
