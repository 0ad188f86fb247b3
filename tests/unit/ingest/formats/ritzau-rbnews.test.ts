import { describe, expect, it } from 'vitest';
import { importOne, texts } from './import-fixture.js';

// Invented copy in the shape of Ritzau's RBNews XML: a net story whose content is one run of lines parted by
// <br />, sent as markup, closed by the agency's sign-off, and a finance story carried for another service.
const NET_STORY = `<RBNews xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
  <NewsID>0f1e2d3c-aaaa-bbbb-cccc-000000000001</NewsID>
  <PublishDate>2024-02-12T09:15:00.5</PublishDate>
  <strapline>NET/BRO/LUKKET</strapline>
  <headline>Storebæltsbroen lukket for lastbiler</headline>
  <subtitle>Kraftig blæst lukker broen for højsidede køretøjer.</subtitle>
  <town>Korsør</town>
  <origin>/ritzau/</origin>
  <version>2</version>
  <Replaces>
    <RelatedNews>
      <NewsID>0f1e2d3c-aaaa-bbbb-cccc-000000000000</NewsID>
      <Version>1</Version>
      <PublicationDate>2024-02-12T08:50:10</PublicationDate>
    </RelatedNews>
  </Replaces>
  <content>Storebæltsbroen er mandag morgen lukket for lastbiler.<br />Det oplyser Sund &amp; Bælt.<br />- Vi forventer at åbne igen i aften, siger en vagtchef.<br />/ritzau/</content>
  <Priority>3</Priority>
  <byLine>Anne Holm</byLine>
</RBNews>`;

const FINANCE = `<RBNews xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
  <NewsID>0f1e2d3c-aaaa-bbbb-cccc-000000000002</NewsID>
  <PublishDate>2024-07-01T14:05:00</PublishDate>
  <strapline>DK (KBH)</strapline>
  <headline>Rederi hæver forventningerne</headline>
  <town i:nil="true"/>
  <origin>Finanswire</origin>
  <version>1</version>
  <Replaces i:nil="true"/>
  <content>&lt;p&gt;Rederiet hæver sin forventning til årets resultat.&lt;/p&gt;&lt;p&gt;Aktien steg straks.&lt;br /&gt;&lt;/p&gt;&lt;p&gt; .\\&#729; Finanswire &lt;/p&gt;</content>
  <Priority>5</Priority>
</RBNews>`;

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('Ritzau RBNews XML', () => {
  it('parts a net story at its line breaks and leaves the sign-off out', () => {
    const a = importOne('net.xml', bytes(NET_STORY));
    expect(texts(a)).toEqual([
      'Storebæltsbroen er mandag morgen lukket for lastbiler.',
      'Det oplyser Sund & Bælt.',
      '- Vi forventer at åbne igen i aften, siger en vagtchef.',
    ]);
    expect(a.source.name).toBe('Ritzau');
    expect(a.dateline.place).toBe('Korsør');
  });

  it('dates the story by its first version and the version by PublishDate, in Danish time', () => {
    const a = importOne('net.xml', bytes(NET_STORY));
    expect(a.created).toBe('2024-02-12T08:50:10+01:00');
    expect(a.updated).toBe('2024-02-12T09:15:00.500+01:00');
  });

  it('credits the service a story was carried for, and drops its sign-off', () => {
    const a = importOne('finance.xml', bytes(FINANCE));
    expect(texts(a)).toEqual(['Rederiet hæver sin forventning til årets resultat.', 'Aktien steg straks.']);
    expect(a.source.name).toBe('Finanswire');
    expect(a.created).toBe('2024-07-01T14:05:00+02:00');
    expect(a.updated).toBe('2024-07-01T14:05:00+02:00');
  });

  it('keeps a strapline whose brackets name a place, not a media note', () => {
    expect(importOne('finance.xml', bytes(FINANCE)).slugline).toBe('DK (KBH)');
  });
});
