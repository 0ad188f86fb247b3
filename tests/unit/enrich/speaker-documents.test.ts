/**
 * Speaker tagging of publications, documents and groups, on sentences written for the test (invented names): each
 * kind was a class of misses on the sixth held-out set of agency copy.
 */
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../../electron/enrich/desk-analysis.js';

const tag = (texts: readonly string[]) =>
  analyseStory(texts.map((text, i) => ({ id: `p${i}`, text })), { name: 'Harbour Wire', code: null, credit: 'Harbour Wire' }).paragraphs.map((p) => p.speaker);

describe('speaker tagging: publications and documents', () => {
  it('credits a new poll, the publication that made it, and "the magazine" after it', () => {
    expect(
      tag([
        'Most voters oppose the levy, a new poll said.',
        'The poll conducted by Carden Weekly magazine said 40 pct favoured it.',
        'The magazine said, however, that the premier remained popular.',
      ]),
    ).toEqual(['a new poll', 'Carden Weekly', 'Carden Weekly']);
  });

  it('gives "the paper said" to the masthead named before, never to the person it quoted', () => {
    expect(tag(['Tomas Lind was quoted by the Norland Daily as saying growth would slow.', 'The paper said, "Reliable sources disclosed a deficit."'])).toEqual([
      'Tomas Lind',
      'Norland Daily',
    ]);
    // No publication named: the paper itself, not the person who spoke last.
    expect(tag(['Tomas Lind said growth would slow.', 'The paper said a deficit loomed.'])).toEqual(['Tomas Lind', 'the paper']);
  });

  it("reads a passive's agent, a figure forecast in a report, and an organisation's report as the organisation's", () => {
    expect(
      tag([
        'The Harbour Embassy said in its annual report that rice output would rise.',
        'Production in 1986 is estimated by the embassy at 35,000 tonnes.',
        'Output of tea is forecast in the embassy report to rise to 12,000 tonnes.',
        "The embassy's annual report on Norland farming forecast coffee output would be 5.77 mln bags.",
        // No one forecast it: narration.
        'Output of cocoa is forecast to rise.',
      ]),
    ).toEqual(['Harbour Embassy', 'Harbour Embassy', 'Harbour Embassy', 'Harbour Embassy', null]);
  });
});

describe('speaker tagging: groups and long names', () => {
  it('reads "charged that" as an accusation reported, and a group led by someone as the speaker', () => {
    expect(tag(['A group of angry farmers, led by Senator Ruth Calder, charged at a meeting on Tuesday that the board was careless.'])).toEqual([
      'a group of angry farmers',
    ]);
    expect(tag(['Senator Ruth Calder charged that the board was careless.'])).toEqual(['Ruth Calder']);
    // A price charged, a defendant charged: nothing said.
    expect(tag(['The utility charged customers 5 dlrs more.', 'Tomas Lind was charged with fraud on Monday.'])).toEqual([null, null]);
  });

  it('keeps a group of people and an institution "on" its subject whole', () => {
    expect(tag(['A group of Norland governors and members of Parliament said they would act.'])).toEqual(['a group of Norland governors and members of Parliament']);
    expect(tag(['The Norland Task Force on Farm and Rural Affairs, headed by Senator Ruth Calder (Nor.), said it would act.'])).toEqual([
      'Norland Task Force on Farm and Rural Affairs',
    ]);
    // An aside about a group, then its own verb: a sentence about them, not words they said.
    expect(tag(['The petitioners, who first brought the case to court, had asked for a ruling, arguing that voters should know.'])).toEqual([null]);
  });
});

describe('speaker tagging: what the story defines', () => {
  it('reads a short form defined in brackets as that name, not a longer name starting with it', () => {
    expect(
      tag([
        'Norland investment group <Harbour Equity Ltd> (HEL) said it will raise 100 mln dlrs.',
        'The notes will be issued by its <HEL Finance Ltd> unit.',
        'The term is five years, HEL said.',
        'The fee is 20 basis points, it added.',
      ]),
    ).toEqual(['Harbour Equity Ltd', null, 'Harbour Equity Ltd', 'Harbour Equity Ltd']);
  });

  it('expands a short name to the full one the story gave, and keeps a complaint its own', () => {
    expect(tag(['The Federal Harbour Loan Board approved the merger.', 'The Loan Board said the fund will pay.'])).toEqual([null, 'Federal Harbour Loan Board']);
    expect(tag(['The Norland Steel Board said output fell.', 'According to the complaint, imports rose to 100 tonnes.'])).toEqual([
      'Norland Steel Board',
      'the complaint',
    ]);
  });

  it('gives "they" to the plural people a paragraph of narration opened with, not an organisation named in it', () => {
    expect(
      tag([
        'The Harbour Commission voted to ease the rules.',
        'Local councils at the two ports, Arden and Bly, had refused to take part, as required under Harbour Commission rules.',
        'They had claimed the region was too crowded.',
      ]),
    ).toEqual([null, null, 'local councils']);
  });
});
