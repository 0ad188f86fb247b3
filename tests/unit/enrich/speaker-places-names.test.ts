import { describe, expect, it } from 'vitest';
import { collectEntities, paragraphMentions } from '../../../electron/enrich/entities.js';
import { tagSpeakers } from '../../../electron/enrich/speakers.js';

function speakers(texts: readonly string[]): (string | null)[] {
  const mentions = texts.map(paragraphMentions);
  return tagSpeakers(texts, mentions, collectEntities(mentions)).map((t) => t.speaker);
}

describe('who says what: given names, people described by a place, a home country after a name', () => {
  it('resolves a later given name to the one person named in full with it (as Thai and Malay names are used)', () => {
    expect(speakers(['Deputy minister Somchai Wattanapong told reporters the quota would stay.', 'Exports rose in March, Somchai said.'])[1]).toBe('Somchai Wattanapong');
  });

  it('leaves a given name alone when two people share it', () => {
    const out = speakers(['Somchai Wattanapong and Somchai Rattanakul met on Monday, officials said.', 'Exports rose in March, Somchai said.']);
    expect(out[1]).not.toBe('Somchai Wattanapong');
    expect(out[1]).not.toBe('Somchai Rattanakul');
  });

  it('takes "growers in Ghana" for people unnamed, not for the country', () => {
    expect(speakers(['Cocoa growers in Ghana have welcomed the new price and asked for quicker payment.'])[0]).toBe('cocoa growers in ghana');
  });

  it('drops the country after "of" from a person named after a role', () => {
    expect(speakers(['The big buyers want a deal, consumer delegate Maria Lindqvist of Sweden said.'])[0]).toBe('Maria Lindqvist');
  });

  it('reads the present forms of reporting verbs and "shot back" as attribution', () => {
    expect(speakers(['Finance minister Ilse Brandvold underlines that the budget must balance.'])[0]).toBe('Ilse Brandvold');
    expect(speakers(['"That is simply untrue," union leader Tomas Ekdahl shot back.'])[0]).toBe('Tomas Ekdahl');
    expect(speakers(['The central bank insists the rate will hold until June.'])[0]).toBe('central bank');
  });

  it('takes an institution named with "for" or "of" inside, maybe with its initials after it, whole', () => {
    expect(speakers(['The Council for Baltic Fisheries Research, CBFR, said stocks would recover.'])[0]).toBe('Council for Baltic Fisheries Research');
    expect(speakers(['The Nordic Institute for Harbour Studies said traffic would grow.'])[0]).toBe('Nordic Institute for Harbour Studies');
    expect(speakers(['Ingrid Solberg of the Institute for Harbour Studies said traffic would grow.'])[0]).toBe('Ingrid Solberg');
  });

  it('gives "it said" to the organisation that last spoke, not to a company only mentioned since', () => {
    expect(
      speakers([
        'Norland Shipping Corp said it would sell its ferry unit.',
        'The unit was bought from Dunmore Holdings Ltd in 2019 for 40 mln crowns.',
        'It said the sale would close by June.',
      ])[2],
    ).toBe('Norland Shipping Corp');
  });

  it('keeps a bracketed country inside a company name, and drops a bracketed aside after a name', () => {
    expect(speakers(['<Fenwick (Scotland) Holdings Ltd> said it was making a tender offer.', 'It said the offer would close in May.'])).toEqual([
      'Fenwick (Scotland) Holdings Ltd',
      'Fenwick (Scotland) Holdings Ltd',
    ]);
    expect(speakers(['The Association of Coffee Exporting Countries (ACEC) said prices would rise.'])[0]).toBe('Association of Coffee Exporting Countries');
  });
});
