/**
 * NewsML 1.2 stories sent as components of parts (issue 12: Belga's items came in as their title alone, the Lead and
 * Body lost), on a fixture typed in Belga's shape. Expectations from the copy and NewsML 1.2's Role: each component
 * made of Title, Lead and Body parts is a story of its own, in its own language, headed by its own HeadLine, its
 * text the Lead then the Body (inline markup read, not left as tags), its town the dateline; a radio bulletin's
 * `NewsComponentRef` placeholders are not words and its `***` lines stand between its items.
 */
import { describe, expect, it } from 'vitest';
import { importFixture, texts } from './import-fixture.js';

describe('NewsML 1.2 stories made of Title, Lead and Body components', () => {
  const [nl, fr, bulletin, ...rest] = importFixture('newsml-1-belga-parts.xml');

  it('reads each language version as a story with its lead and body', () => {
    expect(rest).toEqual([]);
    expect(nl?.headline).toBe('Nieuwe tramlijn in Gent');
    expect(nl && texts(nl)).toEqual([
      'De stad Gent krijgt in 2022 een nieuwe tramlijn naar het station.',
      'Schepen Els Peeters stelde het plan dinsdag voor. De werken beginnen in de zomer.',
    ]);
    expect(nl?.language).toBe('nl');
    expect(nl?.dateline).toMatchObject({ place: 'Gent', date: '2020-03-10' });
    expect(nl?.priority).toBe(3);
    expect(fr?.headline).toBe('Nouvelle ligne de tram à Gand');
    expect(fr && texts(fr)).toEqual(['La ville de Gand aura une nouvelle ligne de tram en 2022.']);
    expect(fr?.language).toBe('fr');
    // Two stories of one item are two stories, not two copies of one.
    expect(nl?.guid).not.toBe(fr?.guid);
  });

  it('reads a bulletin script without its sound-bite placeholders', () => {
    expect(bulletin?.headline).toBe('Nieuws 11u00');
    expect(bulletin && texts(bulletin)).toEqual(['Gent krijgt een nieuwe tramlijn naar het station.', '***', 'Morgen zonnig bij 14 graden.']);
  });
});

describe('a NewsML 1.2 release sent by a distributor', () => {
  it('has the distributor as its source and credits the issuer the item\'s Source names', () => {
    const [a] = importFixture('newsml-1-release-distributor.xml');
    expect(a?.source).toMatchObject({ name: 'Business Wire', credit: 'Harbour Robotics Inc.' });
    expect(a?.dateline).toMatchObject({ place: 'Columbus', region: 'Ohio' });
  });
});

describe('a release service\'s stamp line above the copy', () => {
  it('goes to the notes, below the repeated title', () => {
    const [a] = importFixture('newsml-1-release-stamp.xml');
    expect(a && texts(a)).toEqual(['Kystferjer fraktet flere passasjerer enn noen gang i fjor.', 'Resultatet ble 12 millioner kroner.']);
    expect(a?.ednote).toBe('2.4.2019 16:02:09 CEST | Kystferjer AS | Årsrapport');
  });
});
