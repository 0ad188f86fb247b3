/**
 * Speaker tagging: kinds of misses found on the eighth blind set of business wire copy, each on sentences written
 * for the test (invented names and figures).
 */
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../../electron/enrich/desk-analysis.js';

const tag = (texts: readonly string[]) =>
  analyseStory(texts.map((text, i) => ({ id: `p${i}`, text })), { name: 'Harbour Wire', code: null, credit: 'Harbour Wire' }).paragraphs.map((p) => p.speaker);

describe('speaker tagging: blind set 8', () => {
  it('gives "the survey" to the document first described, not to an organisation only named since', () => {
    expect(
      tag([
        'The Fenmark economy grew 4.1 pct last year and inflation was the lowest since 1970, according to a government economic review.',
        'Shipments by Harlan Timber Corp doubled in the second half, said the review.',
        'The review said exports of paper would rise again this year.',
      ]),
    ).toEqual(['a government economic review', 'a government economic review', 'a government economic review']);
  });

  it('gives "they" to the people in the plural quoted before one of them spoke, not to an organisation named', () => {
    expect(
      tag([
        'Talks on a new tin pact at the Fenmark Metals Council are unlikely to resume before June, consumer delegates told reporters.',
        '"Nobody wants to go back to the table yet," one senior delegate said.',
        'Prices usually firm in the spring as smelters rebuild stocks.',
        'Most consumers would rather wait for a new price range, they said.',
      ]),
    ).toEqual(['consumer delegates', 'one senior delegate', null, 'consumer delegates']);
  });

  it('reads a stance after a linking verb ("observers remained sceptical that…") as the group\'s, and "they" after it', () => {
    expect(
      tag([
        'Fenmark Metals Council observers remained sceptical that smelters would cut output before the winter.',
        'Stocks are already at record highs, they said.',
      ]),
    ).toEqual(['fenmark metals council observers', 'fenmark metals council observers']);
  });

  it('keeps "and Co" in a firm\'s name after a role, and gives its short form to it later', () => {
    expect(
      tag([
        'Norland Power Co is raising 100 mln dlrs via an offering of bonds due 2017, said sole manager J.K. Lindqvist and Co Inc.',
        'Lindqvist led a group that won the bonds in competitive bidding.',
        'The gross spread is four dlrs, bookrunner Lindqvist said.',
      ]),
    ).toEqual(['J.K. Lindqvist and Co Inc', null, 'J.K. Lindqvist and Co Inc']);
  });

  it('keeps the partners\' names a firm joins by commas, and no clause opening or place before a company', () => {
    expect(
      tag([
        'Lindqvist, Orr and Tamm Securities Corp said it would lead the offering.',
        'The issue is priced at par, said lead manager Bank Lindqvist, Orr, Tamm Ltd.',
        'The bonds carry a 9 pct coupon, lead manager Bank Lindqvist, Orr, Tamm Ltd said.',
        'However, Norland Corp said it would lead the offering.',
        'In London, Harbour Trust Co said rates would rise.',
      ]),
    ).toEqual(['Lindqvist, Orr and Tamm Securities Corp', 'Bank Lindqvist, Orr, Tamm Ltd', 'Bank Lindqvist, Orr, Tamm Ltd', 'Norland Corp', 'Harbour Trust Co']);
  });

  it('gives the verb to the name opening the sentence before a participle\'s or relative clause\'s aside with a list inside', () => {
    expect(
      tag([
        'Governor Lena Park said the bank would hold rates.',
        'Okafor, appearing with Park, Vilar, and Finance Minister Tomas Reyes at the briefing, said he would stay until June.',
        'Ana Ruiz, who worked with Reyes, Park and Vilar in 1990, said she doubted it.',
      ]),
    ).toEqual(['Lena Park', 'Okafor', 'Ana Ruiz']);
  });

  it('does not take a name inside a phrase of occasion ("At a Harbour House briefing") for the "he" of the next paragraph', () => {
    expect(
      tag([
        'Central bank governor Tomas Okafor said the currency had found a floor.',
        'At a Harbour House briefing Okafor was asked by reporters if he thought the slide was over.',
        '"There is some evidence of that," he replied.',
      ]),
    ).toEqual(['Tomas Okafor', null, 'Tomas Okafor']);
  });

  it('reads "representatives" as people unnamed, and "continue to maintain" as the subject\'s saying', () => {
    expect(
      tag([
        'Prominent timber trade representatives -- many of whom asked not to be named -- continue to maintain that a deal is close.',
        'Some timber trade representatives say a smaller deal might help sales of pulp.',
      ]),
    ).toEqual(['prominent timber trade representatives', 'some timber trade representatives']);
  });

  it('gives "Aides to X said" to the aides, unnamed, not to the person they work for', () => {
    expect(
      tag([
        'Senator Ruth Calder predicted on Monday that the levy would pass.',
        'Aides to Calder said she had spoken to party leaders.',
        'They said a vote could come next week.',
      ]),
    ).toEqual(['Ruth Calder', 'aides to Calder', 'aides to Calder']);
  });

  it('reads one unnamed with an unnamed employer ("at one of the main embassies", "at a U.S. securities house")', () => {
    expect(
      tag([
        'Western economists said the talks were heated.',
        '"Economic factors were balanced by political realities," an economist at one of the main embassies here said, but added that creditors had no complaints.',
        'One bond dealer at a U.S. securities house commented "There was the odd retail buyer today."',
      ]),
    ).toEqual(['western economists', 'economist at one of the main embassies here', 'bond dealer at a U.S. securities house']);
  });

  it('gives "One said" to the group it is one of', () => {
    expect(tag(['Some analysts queried by Harbour Wire questioned the basis of the bid. One said that the proposal was equivalent to a takeover.'])).toEqual(['some analysts']);
    expect(tag(['Analysts said the bid was too low.', 'One said the board would reject it.'])).toEqual(['analysts', 'analysts']);
  });

  it('gives the pronoun after words quoted to the person the paragraph opens with, not to an unnamed source before', () => {
    const before = '"Timing is everything," one official at the ministry said.';
    expect(tag([before, 'Prime Minister Lena Park has given notice that Fenmark would fight the bid. "We regard this as a test case," she told parliament.'])).toEqual(['one official', 'Lena Park']);
    expect(tag([before, 'Finance Minister Tomas Orr has made plain that Fenmark would fight the bid. "We regard this as a test case," he told parliament.'])).toEqual(['one official', 'Tomas Orr']);
    // Not where the pronoun cannot be that person.
    expect(tag([before, 'Finance Minister Tomas Orr was not at the meeting. "We regard this as a test case," she said.'])).toEqual(['one official', 'one official']);
  });

  it('gives "the OFTEL spokeswoman" to the one brought in as "An OFTEL spokeswoman" beside another attribution', () => {
    expect(
      tag([
        '"We are waiting for the minister to decide," a trade ministry official said.',
        'He said the bid would be reviewed by the Office of Telecoms (OFTEL). An OFTEL spokeswoman said "a decision will take weeks."',
        'Asked whether the bid would fail, the OFTEL spokeswoman said: "Who knows?"',
      ]),
    ).toEqual(['a trade ministry official', 'a trade ministry official', 'an OFTEL spokeswoman']);
  });

  it('reads "the state news agency Tanjor said" as that organisation, so that "it" later is it', () => {
    expect(tag(['Output fell 3 pct, the state news agency Tanjor said.', 'It said exports also fell.'])).toEqual(['Tanjor', 'Tanjor']);
    expect(
      tag([
        "Fenmark's rye crop is in good condition, the farm marketing board Agrivam said.",
        'Agrivam said yields are expected higher than last year.',
        'Given an average yield of 3.5 tonnes per hectare, national production would be around two pct higher, it said.',
      ]),
    ).toEqual(['Agrivam', 'Agrivam', 'Agrivam']);
    expect(tag(['Business confidence fell in May, the Harbour-based research institute Ifex said.', 'It said the fall was broad.'])).toEqual(['Ifex', 'Ifex']);
  });
});
