/**
 * Speaker tagging on the kinds of misses of the seventh held-out set of agency copy, on sentences written for the
 * test (invented names): a unit named after its owner's possessive, a role after an inverted name, a group described
 * by its body and place, "he" after a person described in the same paragraph, a company's short form, and "the
 * company" after a company merely named in narration or by its ticker.
 */
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../../electron/enrich/desk-analysis.js';

const tag = (texts: readonly string[]) =>
  analyseStory(texts.map((text, i) => ({ id: `p${i}`, text })), { name: 'Harbour Wire', code: null, credit: 'Harbour Wire' }).paragraphs.map((p) => p.speaker);

describe('speaker tagging: units, roles and referents', () => {
  it('credits a company\'s unit, not the owner named before its "\'s"', () => {
    expect(tag(["Talmor Corp's Talmor Data Systems Inc said it would cut prices."])).toEqual(['Talmor Data Systems Inc']);
    // A possessive that is part of one name stays whole.
    expect(tag(["Grenby's Rating Service Inc said it cut the ratings of Ostrova Corp."])).toEqual(["Grenby's Rating Service Inc"]);
  });

  it('reads an inverted tag whose name is followed by the role it spoke in ("said X as arranger")', () => {
    expect(tag(['Verlan Steel Corp said it arranged a 100 mln dlr loan.', 'The loan has a five-year term, said Ostrova Capital Markets as arranger.'])).toEqual([
      'Verlan Steel Corp',
      'Ostrova Capital Markets',
    ]);
  });

  it('keeps a group of people described by the body and place they are from, not the place', () => {
    expect(tag(['Several members of Parliament from Fenmark have complained that the levy is unfair.'])).toEqual(['several members of parliament from fenmark']);
  });

  it('gives "he said" to the one person described earlier in the same paragraph, not to an organisation', () => {
    expect(tag(['Kestrel Brothers Inc said it would sell notes.', 'A Kestrel officer explained that the rate floats. "It moves opposite LIBOR," he said.'])).toEqual([
      'Kestrel Brothers Inc',
      'a kestrel officer',
    ]);
  });

  it('expands a short form to the full name of a company that spoke earlier in the story', () => {
    expect(tag(['Norland Westbridge Bank Plc said it raised its base rate.', 'Norland Westbridge said the move followed money market rates.'])).toEqual([
      'Norland Westbridge Bank Plc',
      'Norland Westbridge Bank Plc',
    ]);
  });

  it('keeps "the company" with the company that spoke, past one named only in narration or by its ticker', () => {
    expect(
      tag([
        "Talmor Corp's Talmor Data Systems Inc said it would sell two computers.",
        'The computers use a chip made by Vexon Corp <VXN>.',
        'The Model 1 sells for 1,995 dlrs, the company said.',
        'The Model 2 will sell for less than 6,000 dlrs, it said.',
      ]),
    ).toEqual(['Talmor Data Systems Inc', null, 'Talmor Data Systems Inc', 'Talmor Data Systems Inc']);
  });

  it('reads two speakers joined, each with an appositive, as a pair headed by the first, whom "they" after stands for', () => {
    expect(
      tag([
        'A senior official of Kestrel Brothers Inc and his father told regulators they have bought 250,000 shares of Talmor Data Corp.',
        "Marten Olsby, senior vice president at Kestrel's Harbour office, and his father, retired professor D.K. Olsby, said they bought the stock for investment.",
        'They said they may buy more stock of Talmor Data Corp.',
      ]),
    ).toEqual(['a senior official of Kestrel Brothers Inc', 'Marten Olsby', 'Marten Olsby']);
  });

  it('expands a short form to the name that adds only its legal form, not to a unit named after it', () => {
    expect(
      tag([
        'Garrow Lane Mortgage Assets Corp, a unit of Garrow Lane Inc, is offering 100 mln dlrs of notes.',
        'The notes will be reset 60 basis points above LIBOR, said sole manager Garrow Lane.',
      ]),
    ).toEqual([null, 'Garrow Lane Inc']);
  });

  it('keeps the whole name of whom unnamed sources work for, "of" and its initials inside it', () => {
    expect(tag(['Monetary Authority of Fenmark (MAF) sources told reporters they supported the plan.'])).toEqual(['monetary authority of fenmark sources']);
    expect(tag(['Monetary Authority of Fenmark sources told reporters they supported the plan.'])).toEqual(['monetary authority of fenmark sources']);
  });
});
