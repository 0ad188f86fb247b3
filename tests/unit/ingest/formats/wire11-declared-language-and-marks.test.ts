/**
 * Kinds wire11's second blind set showed (STT's content API, TT's ninjs): a feed's language tag over copy in
 * another language, a release headline set between stars, a release's closing picture link under its label, and
 * TT's dateline block naming the place as its vignette. All copy here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { importOne } from './import-fixture.js';

const json = (o: unknown) => Buffer.from(JSON.stringify(o));
const item = (extra: Record<string, unknown>) => json({ type: 'text', versioncreated: '2026-05-04T09:00:00Z', ...extra });

const FINNISH = '<p>Kaupunki avaa uuden uimahallin kesäkuussa, ja se on kaupungin mukaan valmis ajallaan.</p><p>Hallin rakentaminen maksoi 30 miljoonaa euroa, mutta kävijöitä odotetaan myös naapurikunnista.</p><p>Uimahallissa on kolme allasta, ja se on auki joka päivä kello kuudesta kymmeneen.</p>';
const NORWEGIAN = '<p>Byen åpner den nye svømmehallen i juni, og den er ferdig i tide, sier kommunen.</p><p>Hallen kostet 300 millioner kroner, men det er ventet besøk også fra nabokommunene som har ingen hall.</p>';
const ENGLISH = '<p>The city will open its new swimming hall in June, and it is on time, the council said.</p><p>It cost 30 million euros.</p>';

describe("a feed's declared language", () => {
  it('gives way to the language the copy is plainly in', () => {
    expect(importOne('a.json', item({ headline: 'Uimahalli avataan kesäkuussa', language: 'en', body_html: FINNISH })).language).toBe('fi');
  });

  it('is told for Finnish, whose common words are few in a text (its grammar is in its endings)', () => {
    const body = '<p>Kaupunginvaltuusto hyväksyi maanantaina uuden liikennesuunnitelman, jonka myötä keskustan kadut muuttuvat vuonna 2027. Suunnitelman perusteella Aleksanterinkadusta tulee kävelykatu, raitiovaunuliikenne siirretään viereiselle kadulle. Päätöstä edelsi pitkä keskustelu kauppiaiden kanssa. Osa valtuutetuista vastusti muutosta jo keväällä. Kauppiaat pelkäävät asiakkaiden katoavan, kaupunki lupaa lisätä pysäköintipaikkoja lähialueille sekä parantaa bussiyhteyksiä. Työt alkavat vuonna 2026 syksyllä.</p><p>Kaupungin arvion perusteella ne valmistuvat kahdessa vuodessa. Kustannusarvio nousee noin neljäänkymmeneen miljoonaan euroon. Valtuusto käsitteli samassa kokouksessa koulujen korjausohjelmaa sekä uimahallin laajennusta. Kokouksen jälkeen puheenjohtaja kiitti valtuutettuja rakentavasta keskustelusta. Lopullinen rahoituspäätös tehdään vasta syksyn budjettikokouksessa, jolloin myös valtionavustuksen määrä selviää. Asukkaat voivat kommentoida suunnitelmaa verkossa kuukauden ajan.</p>';
    expect(importOne('fi.json', item({ headline: 'Keskustan kadut muuttuvat', language: 'en', body_html: body })).language).toBe('fi');
  });

  it('stands over a sentence or two, too little to tell', () => {
    expect(importOne('s.json', item({ headline: 'Uimahalli avataan', language: 'en', body_html: '<p>Kaupunki avaa uuden uimahallin kesäkuussa, ja se on valmis.</p>' })).language).toBe('en');
  });

  it('stands when the copy is in it, or in a neighbour that shares its common words', () => {
    expect(importOne('b.json', item({ headline: 'Swimming hall opens in June', language: 'en-GB', body_html: ENGLISH })).language).toBe('en');
    expect(importOne('c.json', item({ headline: 'Svømmehallen åpner i juni', language: 'da', body_html: NORWEGIAN })).language).toBe('da');
    // A language the desk has no word list for is taken as declared.
    expect(importOne('d.json', item({ headline: 'Swimming hall opens in June', language: 'is', body_html: ENGLISH })).language).toBe('is');
  });
});

describe('a release headline between stars', () => {
  it('loses the stars on both sides', () => {
    const a = importOne('e.json', item({ headline: '*** Tiedote/Kaupunki: Uimahalli avataan kesäkuussa ***', language: 'fi', body_html: FINNISH }));
    expect(a.headline).toBe('Tiedote/Kaupunki: Uimahalli avataan kesäkuussa');
  });

  it('keeps a desk note set in stars after the headline as a note', () => {
    const a = importOne('f.json', item({ headline: 'Swimming hall opens in June *** TRANSLATED ***', language: 'en', body_html: ENGLISH }));
    expect(a.headline).toBe('Swimming hall opens in June');
    expect(a.ednote).toMatch(/TRANSLATED/u);
  });
});

describe("a release's closing picture link", () => {
  it('goes with its label', () => {
    const a = importOne('g.json', item({ headline: 'Swimming hall opens in June', language: 'en', body_html: `${ENGLISH}<p>Contact: Mia Laine, 040 123 4567</p><p></p><p>Main image:</p><p></p><p>https://img.example/releases/hall-1234.jpg</p>` }));
    expect(a.paragraphs.map((p) => p.text).at(-1)).toBe('Contact: Mia Laine, 040 123 4567');
  });

  it('stays when copy follows the label', () => {
    const a = importOne('h.json', item({ headline: 'Swimming hall opens in June', language: 'en', body_html: `${ENGLISH}<p>Photos</p><p>The council will publish pictures of the hall on Friday.</p>` }));
    expect(a.paragraphs.map((p) => p.text).at(-1)).toBe('The council will publish pictures of the hall on Friday.');
  });
});

const ttBody = (vignette: string) =>
  `<html><body><article><section><h1>Uimahalli avataan</h1><div class="dat"><span class="vignette">${vignette}</span><span class="source">TT</span></div><div class="bodytext"><p>Staden öppnar sin nya simhall i juni, och den är klar i tid, säger kommunen.</p><p>Hallen kostade 300 miljoner kronor.</p></div></section></article></body></html>`;

describe("TT's dateline block", () => {
  it('places the story when its vignette is a place', () => {
    expect(importOne('i.json', item({ headline: 'Ny simhall öppnar i juni', language: 'sv', source: 'TT', body_html5: ttBody('Finland') })).dateline.place).toBe('Finland');
  });

  it('places nothing when its vignette is a topic', () => {
    expect(importOne('j.json', item({ headline: 'Ny simhall öppnar i juni', language: 'sv', source: 'TT', body_html5: ttBody('Sport') })).dateline.place).toBe('');
  });
});
