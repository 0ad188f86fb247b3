/**
 * The XML wires read by their standards' fields: a NewsML-G2 text item sent without its text, edNote roles,
 * description roles, creators named by login; NITF's slug fields and event locations; NewsML 1's City and a
 * date-only DateLine; Ritzau's note to the editors and its local time. Every fixture is invented.
 */
import { describe, expect, it } from 'vitest';
import { renderNinjs } from '../../../../electron/export/formats/ninjs.js';
import { renderNewsmlG2 } from '../../../../electron/export/formats/newsml-g2.js';
import { storyWarnings } from '../../../../electron/export/warnings.js';
import { localTimeIn, numericDate } from '../../../../electron/ingest/formats/meta-helpers.js';
import { importOne, refusal, texts } from './import-fixture.js';

const G2 = 'http://iptc.org/std/nar/2006-10-01/';

function g2Item(itemMeta: string, contentMeta: string, contentSet: string, itemClass = 'ninat:text'): Buffer {
  return Buffer.from(`<?xml version="1.0"?><newsItem xmlns="${G2}" guid="urn:newsml:example.org:20261102:harbour" version="3" standard="NewsML-G2">
    <itemMeta><itemClass qcode="${itemClass}"/><provider literal="Example News"/>${itemMeta}</itemMeta>
    <contentMeta>${contentMeta}</contentMeta><contentSet>${contentSet}</contentSet></newsItem>`);
}

const TEXT = '<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>The ferry to Lindholm sails again from Monday.</p></body></html></inlineXML>';

describe('a NewsML-G2 text item sent without its text', () => {
  const meta = `<versionCreated>2026-11-02T09:30:00+01:00</versionCreated><firstCreated>2026-11-02T08:00:00+01:00</firstCreated>
    <edNote>Not for release before 10:00.</edNote>`;
  const content = '<headline>Harbour board approves new ferry pier</headline><creator><name>Tove Lindqvist</name></creator>';

  it('arrives as a stub: its headline and metadata, an empty body, and a desk note that the text was not sent', () => {
    const a = importOne('pier.xml', g2Item(meta, content, '<inlineXML contenttype="application/nitf+xml"> </inlineXML>'));
    expect(a.headline).toBe('Harbour board approves new ferry pier');
    expect(texts(a)).toEqual([]);
    expect(a.updated).toBe('2026-11-02T09:30:00+01:00');
    expect(a.ednote).toBe('Not for release before 10:00.');
    expect(a.authors).toEqual([{ name: 'Tove Lindqvist', role: 'author' }]);
    expect(a.deskNote).toMatch(/text was not sent/u);
    // Before it goes anywhere, the desk is told it has no text.
    expect(storyWarnings(a).join(' ')).toMatch(/no text/u);
  });

  it('says where the text is when the item gives it by reference; without a headline it is no story', () => {
    const a = importOne('pier.xml', g2Item(meta, content, '<remoteContent href="https://example.org/texts/pier.xml" contenttype="application/nitf+xml"/>'));
    expect(a.deskNote).toContain('https://example.org/texts/pier.xml');
    expect(texts(a)).toEqual([]);
    // Still refused: an item with no headline, and a picture with nothing to read.
    expect(refusal('bare.xml', g2Item(meta, '<creator><name>Tove Lindqvist</name></creator>', '<inlineXML> </inlineXML>'))).toMatch(/no story/u);
    expect(refusal('pic.xml', g2Item(meta, content, '<remoteContent href="https://example.org/pier.jpg"/>', 'ninat:picture'))).toMatch(/no story text/u);
  });
});

describe('NewsML-G2 edNote and description roles, creators named by login', () => {
  it('keeps an edNote with a private role out of the editorial note, for the desk only, never exported', () => {
    const notes = `<versionCreated>2026-11-02T09:30:00Z</versionCreated><edNote role="xnote:private">Third paragraph: pier read quay.</edNote>
      <edNote role="xnote:public">Corrects the name of the pier.</edNote>`;
    const a = importOne('notes.xml', g2Item(notes, '<headline>Ferry pier opens</headline>', TEXT));
    expect(a.ednote).toBe('Corrects the name of the pier.');
    expect(a.deskNote).toBe('Third paragraph: pier read quay.');
    expect(renderNinjs(a)).not.toContain('pier read quay');
    expect(renderNewsmlG2(a)).not.toContain('pier read quay');
  });

  it('takes a summary or role-less description as the abstract, never a caption', () => {
    const caption = importOne('c.xml', g2Item('<versionCreated>2026-11-02T09:30:00Z</versionCreated>',
      '<headline>Ferry pier opens</headline><description role="descRole:caption">FERRY-PIER/ (PIX):Ferry pier opens</description>', TEXT));
    expect(caption.abstract).not.toContain('FERRY-PIER');
    // With no summary, the abstract is the lede's first sentence, which does not end at an initial.
    const lede = importOne('l.xml', g2Item('<versionCreated>2026-11-02T09:30:00Z</versionCreated>',
      '<headline>Ferry pier opens</headline><description role="descRole:caption">FERRY-PIER</description>',
      TEXT.replace('The ferry to Lindholm sails again from Monday.', 'Tove K. Lindqvist opened the pier on Monday. It cost four million.')));
    expect(lede.abstract).toBe('Tove K. Lindqvist opened the pier on Monday.');
    const summary = importOne('s.xml', g2Item('<versionCreated>2026-11-02T09:30:00Z</versionCreated>',
      '<headline>Ferry pier opens</headline><description role="descRole:caption">FERRY-PIER</description><description role="drol:summary">Lindholm gets its ferry back.</description>', TEXT));
    expect(summary.abstract).toBe('Lindholm gets its ferry back.');
    // A picture's caption is still its copy.
    const picture = importOne('p.xml', g2Item('<versionCreated>2026-11-02T09:30:00Z</versionCreated>',
      '<headline>Ferry pier</headline><description role="drol:caption">The new pier at dawn.</description>', '<remoteContent href="https://example.org/p.jpg"/>', 'ninat:picture'));
    expect(texts(picture)).toEqual(['The new pier at dawn.']);
  });

  it('keeps a creator named by its login among the authors, once, and no login as the byline', () => {
    const people = `<headline>Ferry pier opens</headline><creator qcode="xad:lindqvist.tove"><name>lindqvist.tove</name></creator>
      <contributor qcode="xad:lindqvist.tove"><name>lindqvist.tove</name></contributor><contributor role="xrole:editor"><name>berg.ola</name></contributor>`;
    const a = importOne('login.xml', g2Item('<versionCreated>2026-11-02T09:30:00Z</versionCreated>', people, TEXT));
    expect(a.authors).toEqual([{ name: 'lindqvist.tove', role: 'author' }, { name: 'berg.ola', role: 'editor' }]);
    expect(a.byline).toBe('');
  });
});

describe('NITF slug fields and locations', () => {
  const nitf = (head: string, docdata: string): Buffer =>
    Buffer.from(`<nitf><head><title>Harbour news tonight</title>${head}<docdata>${docdata}</docdata></head><body><body.head><hedline><hl1>Harbour news tonight</hl1></hedline>
      <dateline><location><city>Lindholm</city></location></dateline></body.head><body.content><p>The ferry sails again.</p></body.content></body></nitf>`);

  it('takes an agency slug field (anpa-keyword) over the dynamic-use key, and the du-key over a keyword', () => {
    const meta = '<meta name="anpa-keyword" content="Harbour Bulletin 1900"/><meta name="anpa-takekey" content="Take 2"/>';
    const both = importOne('a.xml', nitf(meta, '<du-key key="HB-1900-bulletin"/><key-list><keyword key="ferries"/></key-list>'));
    expect(both.slugline).toBe('Harbour Bulletin 1900');
    expect(both.takeKey).toBe('Take 2');
    expect(importOne('b.xml', nitf('', '<du-key key="HB-1900-bulletin"/><key-list><keyword key="ferries"/></key-list>')).slugline).toBe('HB-1900-bulletin');
  });

  it('lists the event location (evloc) first, with its country code, then the dateline location', () => {
    const a = importOne('e.xml', nitf('', '<evloc city="Storvik" state-prov="Nordland" iso-cc="NO"/>'));
    expect(a.places).toEqual([{ name: 'Storvik', code: 'NO' }, { name: 'Lindholm', code: null }]);
  });
});

describe('NewsML 1.2 City and a DateLine that is a date', () => {
  const item = (dateline: string, descriptive: string): Buffer =>
    Buffer.from(`<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>example.org</ProviderId><NewsItemId>7</NewsItemId></NewsIdentifier></Identification>
      <NewsManagement><FirstCreated>20261105T101500+0200</FirstCreated></NewsManagement><NewsComponent><NewsLines><HeadLine>Ferry pier opens</HeadLine>${dateline}</NewsLines>
      <DescriptiveMetadata>${descriptive}</DescriptiveMetadata><ContentItem><MediaType FormalName="Text"/><DataContent><p>The ferry sails again from Monday.</p></DataContent></ContentItem>
      </NewsComponent></NewsItem></NewsML>`);

  it('places the dateline by the City Property and dates it by the DateLine, day and month read against the item', () => {
    const a = importOne('n1.xml', item('<DateLine>5/11/2026</DateLine>', '<Property FormalName="Country" Value="NOR"/><Property FormalName="City" Value="Storvik"/>'));
    expect(a.dateline).toMatchObject({ place: 'Storvik', date: '2026-11-05' });
  });

  it('reads the City inside a Location too, and keeps a DateLine that is a place line as written', () => {
    const a = importOne('n2.xml', item('', '<Location><Property FormalName="City" Value=""/></Location><Location><Property FormalName="City" Value="Storvik"/></Location>'));
    expect(a.dateline.place).toBe('Storvik');
    const b = importOne('n3.xml', item('<DateLine>LINDHOLM, Nov 5</DateLine>', '<Property FormalName="City" Value="Storvik"/>'));
    expect(b.dateline).toMatchObject({ place: 'Lindholm', date: '2026-11-05' });
  });

  it('reads numeric dates in either order, by the item day only when both readings are dates', () => {
    expect(numericDate('4/4/2018')).toBe('2018-04-04');
    expect(numericDate('25/12/2026')).toBe('2026-12-25');
    expect(numericDate('12/25/2026')).toBe('2026-12-25');
    expect(numericDate('5/11/2026', '2026-11-05T10:00:00+02:00')).toBe('2026-11-05');
    expect(numericDate('5/11/2026', '2026-05-11')).toBe('2026-05-11');
    expect(numericDate('5/11/2026')).toBeUndefined();
    expect(numericDate('Storvik')).toBeUndefined();
  });
});

describe('Ritzau RBNews: TilRedaktionen and Danish local time', () => {
  const rb = (date: string, note: string): Buffer =>
    Buffer.from(`<RBNews xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><NewsID>x-1</NewsID><PublishDate>${date}</PublishDate><headline>Færgen sejler igen</headline>
      <town>Aarhus</town><origin>/ritzau/</origin><content>&lt;p&gt;Færgen til Lindholm sejler igen fra mandag.&lt;/p&gt;</content>${note}</RBNews>`);

  it('reads the note to the editors as the editorial note', () => {
    const a = importOne('r.xml', rb('2026-07-01T12:00:00', '<TilRedaktionen>&lt;p&gt;Billeder følger.&lt;br /&gt;Ring til vagten.&lt;/p&gt;</TilRedaktionen>'));
    expect(a.ednote.replace(/\s+/gu, ' ')).toBe('Billeder følger. Ring til vagten.');
    expect(importOne('r2.xml', rb('2026-07-01T12:00:00', '<TilRedaktionen i:nil="true"/>')).ednote).toBe('');
  });

  it('gives PublishDate the offset Denmark had then: +02:00 in summer, +01:00 in winter, its milliseconds kept', () => {
    expect(importOne('s.xml', rb('2026-07-01T12:00:00.5', '')).created).toBe('2026-07-01T12:00:00.500+02:00');
    expect(importOne('w.xml', rb('2026-01-30T17:32:18.397', '')).created).toBe('2026-01-30T17:32:18.397+01:00');
  });

  it('computes the offset across the change of clocks, and leaves a written offset alone', () => {
    // Summer time in the EU: from 01:00 UTC on the last Sunday of March 2026 (29 March) to that of October (25 October).
    expect(localTimeIn('2026-03-29T01:59:00', 'Europe/Copenhagen')).toBe('2026-03-29T01:59:00+01:00');
    expect(localTimeIn('2026-03-29T03:01:00', 'Europe/Copenhagen')).toBe('2026-03-29T03:01:00+02:00');
    expect(localTimeIn('2026-10-25T04:00:00', 'Europe/Copenhagen')).toBe('2026-10-25T04:00:00+01:00');
    expect(localTimeIn('2026-07-01T12:00:00Z', 'Europe/Copenhagen')).toBe('2026-07-01T12:00:00Z');
    expect(localTimeIn('2026-07-01', 'Europe/Copenhagen')).toBe('2026-07-01');
  });
});
