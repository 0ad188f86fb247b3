/**
 * Speaker tagging: kinds of misses found on the ninth blind set of agency copy, each on sentences written for the test
 * (invented names and figures).
 */
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../../electron/enrich/desk-analysis.js';

const tag = (texts: readonly string[]) =>
  analyseStory(texts.map((text, i) => ({ id: `p${i}`, text })), { name: 'Harbour Wire', code: null, credit: 'Harbour Wire' }).paragraphs.map((p) => p.speaker);

describe('speaker tagging: blind set 9', () => {
  it('reads people unnamed before a relative clause of their own as the subject of "said", and "One said" as one of them', () => {
    expect(
      tag([
        'Fenmark trade officials, who declined to be identified, said the ministry had not yet set the quota.',
        'One said that exporters were losing ground in Asia.',
        'The petitioners, who first brought the case, had asked whether the vote could be reversed.',
      ]),
    ).toEqual(['fenmark trade officials', 'fenmark trade officials', null]);
  });

  it('gives the words to the person named before "of" a firm whose partners\' names commas join, and "he" after to him', () => {
    expect(
      tag([
        'Karl Orr of Lindqvist, Tamm and Co Inc expects a rise of one pct in incomes.',
        'Payrolls grew by 300,000 in March, he noted in a report.',
      ]),
    ).toEqual(['Karl Orr', 'Karl Orr']);
  });

  it('reads "another" spokesman of an organisation, and an executive described by a relative clause without commas', () => {
    expect(
      tag([
        'Vexon Corp has stopped selling its printers alone, a company spokesman said.',
        'Another Vexon spokesman said the change was made in May.',
        'A Harbour Savings Bank executive who asked not to be identified said: "The rise is real."',
      ]),
    ).toEqual(['a company spokesman', 'another Vexon spokesman', 'a harbour savings bank executive']);
  });

  it('keeps two groups joined by "and" whole, and reads a subject before a verb of will that the names missed', () => {
    expect(
      tag([
        'Fenmark growers and processors are hoping the levy will be dropped, but say they are ready to fight it.',
        'Harbour Air said the order was worth one billion crowns.',
        'Kallio declined to say how much the airline paid for each plane.',
      ]),
    ).toEqual(['fenmark growers and processors', 'Harbour Air', 'Kallio']);
  });

  it('reads no words from results an account reports, but words that a company reports', () => {
    expect(
      tag([
        'Vexon Bank reported a 71.2 billion yen net profit in the 1986/87 year.',
        'Norland Timber Ltd earlier reported net earnings edged up 3.2 pct to 15.9 mln dlrs.',
        'Norland Timber Ltd reported that demand for paper had doubled.',
      ]),
    ).toEqual([null, null, 'Norland Timber Ltd']);
  });

  it('gives a relative clause of saying to the name it follows, and no attribution to a verb inside the words it reports', () => {
    expect(
      tag([
        "The remarks followed a statement by the premier's spokesman Jan Tammsaare, who said on Monday ministers agreed on the plan.",
      ]),
    ).toEqual(['Jan Tammsaare']);
  });

  it('never takes a company by its legal form for "the union"', () => {
    expect(
      tag([
        'The Fenmark Union of Miners said 700 miners ended their strike on Monday.',
        'About 600 miners went back to work at the Kesk pit, owners Harbour Mining Union Corp Ltd said.',
        'The union said 100 more would return on Tuesday.',
      ]),
    ).toEqual(['Fenmark Union of Miners', 'Harbour Mining Union Corp Ltd', 'Fenmark Union of Miners']);
  });

  it('reads a name the wire gives a stock code as a company, and "the airline" as it, not a company named in a person\'s words', () => {
    expect(
      tag([
        'Nordair <NRDA.CO> said its order for ten Corvo jets was worth 900 mln crowns.',
        'President Lars Kallio told a news conference it had not been decided whether the jets would have General Turbine Co <GT.N> engines.',
        'The airline said it chose the Corvo jet because it could enter service in 1990.',
      ]),
    ).toEqual(['Nordair', 'Lars Kallio', 'Nordair']);
  });

  it('reads the agent of a passive of criticism with an adverb and what it is criticised for, and figures worked out or ruled out', () => {
    expect(
      tag([
        'The ministry has been criticized privately by some Fenmark chip makers for what they see as heavy-handed rules.',
        'This set off talk of a U-turn, but the finance ministry immediately ruled out any such move.',
        'The company took a calculated risk in 1985.',
      ]),
    ).toEqual(['some fenmark chip makers', 'finance ministry', null]);
  });

  it('gives "he" after a subordinate clause to the name that opens it, not to the last speaker, unless "him" is in it', () => {
    expect(
      tag([
        'Finance Minister Jan Orr said last week that payments would be delayed.',
        'Although Kallio was not at the meeting, he said the delay would save 54 mln dlrs.',
        'When Harbour Radio asked him about the plan, he said it was agreed.',
        "After Monday's meeting ended, he said the plan was agreed.",
      ]),
    ).toEqual(['Jan Orr', 'Kallio', 'Kallio', 'Kallio']);
  });

  it('never takes the stock code after a company for the subject, and reads an occasion between subject and verb as no part of it', () => {
    expect(
      tag([
        'Nordair <NRDA.CO> reported a 5.8 pct drop in 1986 net profit and said that it would cut its dividend.',
        'Fenmark Farm Minister Lena Orr during a visit to Harbour this week endorsed the study as a starting point for the talks.',
      ]),
    ).toEqual(['Nordair', 'Lena Orr']);
  });
});
