import { describe, expect, it } from 'vitest';
import { agencyFromRaw, cleanByline, cleanSlug, isDeskCode, isPlaceholderSource, withoutByWord } from '../../../electron/domain/wire-values.js';
import { storyAuthor } from '../../../electron/export/story-author.js';
import { printedByline } from '../../../electron/export/house-style.js';
import { story } from '../export/fixture.js';

describe('raw wire values', () => {
  it('takes desk codes and user ids for what they are, and names for names', () => {
    // EFE's byline field (belga/efe_belga.xml) and dpa's creator (belga/dpa_newsml_2_0_belga.xml).
    for (const code of ['daa/mt/msr', 'tsafos', 'nikolei.hans-hermann', 'By daa/mt']) expect(isDeskCode(code.replace(/^By /, '')), code).toBe(true);
    for (const name of ['Takis Tsafos', 'Reuters', 'By Lina Haddad', 'María José García', 'AFP']) expect(isDeskCode(name.replace(/^By /, '')), name).toBe(false);
    expect(cleanByline('daa/mt/msr')).toBe('');
    expect(cleanByline('By Lina Haddad')).toBe('By Lina Haddad');
    expect(printedByline({ ...story, byline: 'tsafos' })).toBe('');
  });

  it('reads a country domain and agencies joined by a hyphen as the agency', () => {
    expect(agencyFromRaw('ntb.no')?.code).toBe('NTB');
    expect(agencyFromRaw('www.tt.se')?.code).toBe('TT');
    expect(agencyFromRaw('NTB-Reuters')?.code).toBe('NTB');
    expect(agencyFromRaw('Anna Berg-Olsen')).toBeNull();
  });

  it('takes the word that introduces a byline off it, in the languages agencies write', () => {
    expect(withoutByWord('By Lina Haddad')).toBe('Lina Haddad');
    expect(withoutByWord('Von Jana Oltmanns, cdt')).toBe('Jana Oltmanns, cdt');
    expect(withoutByWord('Par Claire Dumas')).toBe('Claire Dumas');
    expect(withoutByWord('Av Kari Nordmann')).toBe('Kari Nordmann');
    expect(withoutByWord('Door Pieter de Wit')).toBe('Pieter de Wit');
    // A name that opens with such a word stays whole.
    expect(withoutByWord('Von der Heide')).toBe('Von der Heide');
    expect(withoutByWord('Paris Hilton')).toBe('Paris Hilton');
  });

  it('reads sources through the agency registry', () => {
    expect(agencyFromRaw('KYODONEWS')?.name).toBe('Kyodo News');
    expect(agencyFromRaw('reuters.com')?.code).toBe('Reuters');
    expect(agencyFromRaw('www.afp.com')?.code).toBe('AFP');
    expect(agencyFromRaw('Agency')).toBeNull();
    expect(isPlaceholderSource('Agency')).toBe(true);
    expect(agencyFromRaw('Coastal Wire Agency')).toBeNull();
  });

  it('cleans the media notes out of a slug', () => {
    expect(cleanSlug('POPE-LATAM/ (PIX, TV)')).toBe('POPE-LATAM');
    expect(cleanSlug('HEALTH-CORONAVIRUS/USA (TV)')).toBe('HEALTH-CORONAVIRUS/USA');
    expect(cleanSlug('GLOBAL-MARKETS/ (WRAPUP 1)')).toBe('GLOBAL-MARKETS');
    expect(cleanSlug('USA-ECONOMY (UPDATE 2, PIX)')).toBe('USA-ECONOMY');
    // Lower case in brackets is the slug's own words, not a desk note.
    expect(cleanSlug('ELECTION-RESULTS (Kenya)')).toBe('ELECTION-RESULTS (Kenya)');
    expect(cleanSlug('Obit-Li Peng')).toBe('Obit-Li Peng');
  });

  it('files a story without a person under the agency code, never a slug of its full name', () => {
    const agencyOnly = { ...story, byline: '', authors: [], source: { name: 'Islamic Republic News Agency', code: 'IRNA', credit: 'IRNA' } };
    expect(storyAuthor(agencyOnly)).toEqual({ login: 'irna', name: 'Islamic Republic News Agency' });
    expect(storyAuthor({ ...agencyOnly, authors: [{ name: 'tsafos', role: 'author' }] }).login).toBe('irna');
    expect(storyAuthor(story)).toEqual({ login: 'lina-haddad', name: 'Lina Haddad' });
  });
});
