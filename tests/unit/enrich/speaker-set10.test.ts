/**
 * Speaker tagging: kinds of misses found on the tenth blind set of agency copy, each on sentences written for the test
 * (invented names and figures).
 */
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../../electron/enrich/desk-analysis.js';

const tag = (texts: readonly string[]) =>
  analyseStory(texts.map((text, i) => ({ id: `p${i}`, text })), { name: 'Harbour Wire', code: null, credit: 'Harbour Wire' }).paragraphs.map((p) => p.speaker);

describe('speaker tagging: blind set 10', () => {
  it('never reads a verb opening words quoted after a space as an attribution of what follows it', () => {
    expect(
      tag([
        'Vexon Corp said it extended its discount on vans to May 31.',
        'Vexon, which sold 12 pct more vans in March, said the discount was extended to "maintain its sales momentum."',
        '"We will maintain prices," said Karl Orr.',
      ]),
    ).toEqual(['Vexon Corp', 'Vexon Corp', 'Karl Orr']);
  });

  it('keeps an organisation described in lower case after "an official of the"', () => {
    expect(tag(['The levy will not be raised this year, an official of the ruling party said.'])).toEqual(['an official of the ruling party']);
  });

  it('gives the words to the person named before "of" a firm that a possessive description precedes', () => {
    expect(
      tag([
        "Demand for the shares is expected to be high, Karl Orr of the group's bankers Lindqvist and Sons Ltd said.",
        'He told a news conference the shares would be offered to the public.',
      ]),
    ).toEqual(['Karl Orr', 'Karl Orr']);
  });

  it('reads "according to" a lower-case phrase of things as no source, and one of people or figures as one', () => {
    expect(
      tag([
        'Spending on research could vary in future according to changes in turnover.',
        'Sales fell 5 pct, according to industry sources.',
        'Sales fell, according to preliminary figures.',
      ]),
    ).toEqual([null, 'industry sources', 'preliminary figures']);
  });

  it('gives "he noted" to the person named as the subject of a verb before it in the paragraph', () => {
    expect(
      tag([
        'Prices will rise, Karl Orr of Lindqvist Ltd said.',
        'Chairman Sir Anton Berg denied suggestions that Vexon was a stock for institutions. He noted that the industry was cyclical.',
      ]),
    ).toEqual(['Karl Orr', 'Sir Anton Berg']);
  });

  it('reads a bank by its first word as the bank the story named in full, with its country', () => {
    expect(
      tag([
        'Harbour Bank of Fenmark said shareholders approved the plan.',
        'Harbour said the payout was subject to approval.',
        'The payout will be made in May, Harbour added.',
      ]),
    ).toEqual(['Harbour Bank of Fenmark', 'Harbour Bank of Fenmark', 'Harbour Bank of Fenmark']);
  });

  it('reads a company described by its trade in lower case as the company that spoke, but not a central bank', () => {
    expect(
      tag([
        'Vexon Inc said it sold four mln shares.',
        'The underwriters sold the shares at 22 dlrs, the minerals and energy company said.',
        'Prices rose, the mining company said.',
        'The central bank said rates would fall.',
      ]),
    ).toEqual(['Vexon Inc', 'Vexon Inc', 'Vexon Inc', 'central bank']);
  });

  it('reads "according to" someone described before a relative clause as that someone', () => {
    expect(tag(['New results will be published next week, according to a Harbour analyst who has seen an advance copy of the journal.'])).toEqual(['a harbour analyst']);
  });

  it('reads capitals that the initials of an organisation that spoke spell as its short form', () => {
    expect(tag(['The Fenmark Harbour Safety Board, HSB, said it had suspended the licence.', 'The suspension followed talks, the HSB said.'])).toEqual(['Fenmark Harbour Safety Board', 'Fenmark Harbour Safety Board']);
    expect(tag(['Northern Cable and Wireless Co said it developed a new wire.', 'NCW said the wire is made of copper.'])).toEqual(['Northern Cable and Wireless Co', 'Northern Cable and Wireless Co']);
  });

  it('keeps two particles together inside a name', () => {
    expect(tag(['Vexon NV expects turnover to rise, chairman Jan van der Berg told the annual meeting.', 'He said the figures would be released on May 2.'])).toEqual(['Jan van der Berg', 'Jan van der Berg']);
  });

  it('reads the person after a firm and a role in lower case as the subject of a participle of saying', () => {
    expect(tag(['Harbour Securities Corp analyst Karl Orr recommended buying Vexon Inc today, saying "the discount has been overdone by far."'])).toEqual(['Karl Orr']);
  });
});
