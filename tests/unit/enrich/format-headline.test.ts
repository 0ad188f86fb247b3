import { describe, it, expect } from 'vitest';
import { formatHeadline } from '../../../electron/enrich/format-headline.js';

describe('formatHeadline', () => {
  it('keeps an ordinary headline as it is', () => {
    expect(formatHeadline('Harbour cranes idle as dockers strike', 'Cranes stood idle on Thursday.')).toEqual({ headline: 'Harbour cranes idle as dockers strike', notes: [] });
  });

  it('takes off a service marker with its agency (">>>ANSA/"), and a bare ">>>"', () => {
    expect(formatHeadline('>>>ANSA/Venice lagoon barriers raised early', '').headline).toBe('Venice lagoon barriers raised early');
    expect(formatHeadline('>>> Venice lagoon barriers raised early', '').headline).toBe('Venice lagoon barriers raised early');
    // Without the marker, a slash is the headline's own.
    expect(formatHeadline('AC/DC announce farewell tour', '').headline).toBe('AC/DC announce farewell tour');
  });

  it('lifts Reuters\' topic keyword glued to the headline when the slugline carries it, and keeps a hyphenated name', () => {
    expect(formatHeadline('GLOBAL MARKETS-Asian shares edge up', '', 'GLOBAL-MARKETS/')).toEqual({ headline: 'Asian shares edge up', notes: [], topic: 'GLOBAL MARKETS' });
    expect(formatHeadline('PRECIOUS-Gold rises on safe haven demand', '', 'GLOBAL-PRECIOUS/').headline).toBe('Gold rises on safe haven demand');
    expect(formatHeadline('EU-China summit opens in Brussels', '', 'EU-CHINA/SUMMIT').headline).toBe('EU-China summit opens in Brussels');
    expect(formatHeadline('Soccer-Dutch league results and standings', '', 'SOCCER-NETHERLANDS/RESULTS').headline).toBe('Dutch league results and standings');
    // A name: the word after the hyphen is the slug's next part.
    expect(formatHeadline('Brown-Forman raises its dividend', '', 'BROWN-FORMAN/DIVIDEND').headline).toBe('Brown-Forman raises its dividend');
    // Not in the slugline: the headline's own.
    expect(formatHeadline('Franco-German talks resume', '', 'EU-SUMMIT/').headline).toBe('Franco-German talks resume');
    expect(formatHeadline('GLOBAL MARKETS-Asian shares edge up', '').headline).toBe('GLOBAL MARKETS-Asian shares edge up');
  });

  it('moves a starred marker ("*** TRANSLATED ***") into the notes', () => {
    expect(formatHeadline('Parliament passes the budget*** TRANSLATED ***', '')).toEqual({ headline: 'Parliament passes the budget', notes: ['TRANSLATED'] });
    expect(formatHeadline('Parliament passes the budget *** MACHINE TRANSLATION ***', '').notes).toEqual(['MACHINE TRANSLATION']);
  });

  it('gives no headline for the lede\'s opening cut mid-word, with or without its star and the lede\'s dateline', () => {
    const lede = 'En 37-årig kvinde, der tirsdag blev anholdt efter en brand i Odense, er løsladt igen.';
    expect(formatHeadline('*En 37-årig kvinde, der tirsdag blev anholdt efter en br', lede).headline).toBeNull();
    expect(formatHeadline('*En 37-årig kvinde, der tirsdag blev anholdt efter en br', `Odense /ritzau/: ${lede}`).headline).toBeNull();
  });

  it('keeps a headline that opens the lede with whole words, and a short one', () => {
    const lede = 'Burkina Faso bans imports from North Korea to comply with UN sanctions, the government said.';
    expect(formatHeadline('Burkina Faso bans imports from North Korea', lede).headline).toBe('Burkina Faso bans imports from North Korea');
    expect(formatHeadline('Burkina Fa', lede).headline).toBe('Burkina Fa');
  });
});
