import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../../electron/ingest/ingest.js';
import { importBytes, importFixture, importOne, refusal, texts } from './import-fixture.js';

describe('NewsML-G2', () => {
  it('turns a newsMessage with two newsItems into two stories, each remembering its item', () => {
    const [first, second, ...rest] = importFixture('newsml-g2-message-2-items.xml');
    expect(rest).toEqual([]);
    if (!first || !second) throw new Error('expected two stories');
    expect(first.original.item).toBe(0);
    expect(second.original.item).toBe(1);
    expect(first.original.sha256).toBe(second.original.sha256);

    expect(first.headline).toBe('Berlin counts postal votes late into the night');
    expect(texts(first)).toEqual([
      'Election officials in Berlin counted postal votes late into the night on Sunday.',
      'Turnout reached 71 percent, the highest in two decades.',
    ]);
    expect(first).toMatchObject({
      slugline: 'Germany-Vote',
      byline: 'Jonas Weber',
      guid: 'urn:newsml:copydesk.test:20260301:first',
      version: 3,
      created: '2026-03-01T08:00:00+01:00',
      updated: '2026-03-01T09:58:00+01:00',
      embargo: '2026-03-01T12:00:00Z',
      pubstatus: 'withheld',
      ednote: 'Holding for embargo.',
      urgency: 2,
      priority: 2,
      language: 'en',
      keywords: ['vote'],
      subjects: [{ code: '20000763', scheme: 'medtop', name: 'elections' }],
      places: [{ name: 'Berlin', code: 'geo:2950159' }],
      authors: [{ name: 'Jonas Weber', role: 'author' }],
    });
    expect(first.source.name).toBe('Copydesk Test Agency');
    expect(first.source.credit).toBe('CDT');
    expect(first.dateline).toMatchObject({ place: 'Berlin', date: '2026-03-01' });

    expect(second.headline).toBe('Zugverkehr nach Sturm wieder aufgenommen');
    expect(second.pubstatus).toBe('canceled');
    expect(second.language).toBe('de');
    expect(texts(second)).toEqual(['Der Zugverkehr zwischen Hamburg und Berlin läuft wieder.', 'Die Strecke war nach dem Sturm sechs Stunden gesperrt.']);
  });

  it('parses the kept original again for the item it came from (re-cleaning)', () => {
    const [, second] = importFixture('newsml-g2-message-2-items.xml');
    if (!second) throw new Error('expected two stories');
    expect(parseDraft(second.original).meta.headline).toBe('Zugverkehr nach Sturm wieder aufgenommen');
  });

  it('refuses a package item, which lists other items and carries no story', () => {
    const pkg = '<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="p1"><groupSet root="G1"/></packageItem>';
    expect(refusal('package.xml', Buffer.from(pkg))).toBe('a NewsML-G2 package item lists other items and carries no story of its own');
  });

  it('uses the description of a picture item as its copy', () => {
    const photo = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="ph1" version="1">
      <itemMeta><itemClass qcode="ninat:picture"/></itemMeta>
      <contentMeta><headline>Cranes at dawn</headline><description role="drol:caption">Cranes stand idle at dawn in Rotterdam.</description></contentMeta>
      <contentSet><remoteContent href="cranes.jpg"/></contentSet></newsItem>`;
    const [a] = importBytes('photo.xml', Buffer.from(photo));
    expect(a?.headline).toBe('Cranes at dawn');
    expect(a && texts(a)).toEqual(['Cranes stand idle at dawn in Rotterdam.']);
  });
});

it('leaves out an XHTML body’s display header (subject list, time, headline again): the text starts after it', () => {
  const item = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="dw1"><contentMeta><headline>Fähre sitzt vor Rügen fest</headline></contentMeta>
    <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Fähre sitzt vor Rügen fest</title></head>
    <body><header><ul class="slugline"><li class="subject">Schifffahrt</li><li class="geo">Deutschland</li></ul>
    <time class="publicationDate">02.03.2026 10:00</time><h1>Fähre sitzt vor Rügen fest</h1></header>
    <section class="main"><p><span class="dateline">Sassnitz <span class="credit">(dpa)</span> - </span>Eine Fähre ist vor Rügen auf Grund gelaufen.</p><p>Verletzt wurde niemand.</p></section></body></html></inlineXML></contentSet></newsItem>`;
  const [a] = importBytes('digitalwires.xml', Buffer.from(item));
  expect(a?.headline).toBe('Fähre sitzt vor Rügen fest');
  expect(a && texts(a)).toEqual(['Eine Fähre ist vor Rügen auf Grund gelaufen.', 'Verletzt wurde niemand.']);
  expect(a?.dateline).toMatchObject({ place: 'Sassnitz', agency: 'dpa' });
});

it('reads a paragraph that holds the whole story as plain text by its layout, and leaves pretty-printed markup alone', () => {
  // Written for this test in the layout some Reuters items come in: one <p>, indented paragraphs, wrapped at column 0.
  const story = '\n    * Copper up 1 percent\n    * Stocks steady\n\n    By Ana Lima\n    LONDON, Jan 30 (Reuters) - Copper rose on Tuesday as the\ndollar weakened against the euro.\n    Traders were waiting for the\ncentral bank\'s decision.\n';
  const item = (body: string) => `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="r1"><contentMeta><headline>Copper rises</headline></contentMeta>
    <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${body}</body></html></inlineXML></contentSet></newsItem>`;
  const [a] = importBytes('r1.xml', Buffer.from(item(`<p>${story}</p>`)));
  expect(a && texts(a)).toContain('Traders were waiting for the central bank\'s decision.');
  expect(a && texts(a).length).toBeGreaterThanOrEqual(4);
  const pretty = '<p>\n      The council met on Monday\n      and approved the budget.\n      It will vote again\n      in March.\n    </p>';
  const [b] = importBytes('r2.xml', Buffer.from(item(pretty)));
  expect(b && texts(b)).toEqual(['The council met on Monday and approved the budget. It will vote again in March.']);
});

it('reads a corrected release: the notice stays, the title is not repeated, the dateline under the subtitles is read', () => {
  const a = importOne('newsml-g2-corrected-release.xml');
  expect(a.headline).toBe('Harbour Robotics opens a plant in Halifax');
  expect(a.dateline).toMatchObject({ place: 'Halifax', date: '2020-05-26' });
  expect(texts(a)).toEqual([
    'The following release corrects and replaces the release issued on May 25, 2020, which gave the wrong number of jobs. The complete, corrected release follows:',
    'The plant will employ 200 people',
    'Harbour Robotics opened a plant in Halifax on Tuesday that will employ 200 people.',
    'Production starts in June.',
  ]);
});

it('reads a table laid out in columns inside one paragraph row by row, not as one run of words', () => {
  const a = importOne('newsml-g2-table-p.xml');
  expect(texts(a)).toEqual([
    'Results and standings from the example league on Monday',
    'Monday, March 4',
    'Harbour FC 2 River United 0',
    'Hill Town 1 Lakeside 1',
    'Standings P W D L F A Pts',
    '1 Harbour FC 20 14 4 2 40 15 46',
    '2 Hill Town 20 12 5 3 33 18 41',
    '3 Lakeside 20 10 6 4 29 20 36',
  ]);
  expect(a.dateline).toMatchObject({ place: '', date: '2019-03-04', agency: 'Gracenote' });
});

it('reads an agency’s own inline vocabulary: text-only elements are paragraphs, inline markup stays inline', () => {
  const item = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="tt1"><contentMeta><headline>Rubrik</headline></contentMeta>
    <contentSet><inlineXML contenttype="application/x-agency+xml"><BODY><TEXT><TITLE>Storm i Norden</TITLE><DAT><ORT>Oslo</ORT></DAT>
    <BRODTEXT><P>Stormen <B>Ingunn</B> drog in över kusten.</P><P>Tågen står still.</P></BRODTEXT></TEXT></BODY></inlineXML></contentSet></newsItem>`;
  const [a] = importBytes('agency.xml', Buffer.from(item));
  expect(a && texts(a)).toEqual(['Storm i Norden', 'Stormen Ingunn drog in över kusten.', 'Tågen står still.']);
  // Its <DAT> is the dateline, not text.
  expect(a?.dateline.place).toBe('Oslo');
});

it('reads TT\'s dateline block: the correspondent\'s place becomes the dateline, the topic tag leaves the text', () => {
  const item = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="tt2"><itemMeta><provider literal="TT"/><versionCreated>2026-03-02T09:00:00+01:00</versionCreated></itemMeta>
    <contentMeta><headline>Ny bro över Göta älv invigs</headline></contentMeta>
    <contentSet><inlineXML contenttype="application/ttnitf+xml"><BODY><TEXT><RUBRIK>Ny bro över Göta älv invigs</RUBRIK>
    <DAT><ORT>Trafik</ORT><SOURCE>Göteborg, TT:s korrespondent</SOURCE></DAT>
    <INGRESS><P>Den nya bron över Göta älv öppnar för trafik på måndag.</P></INGRESS><BRODTEXT><P>Bygget tog sex år.</P></BRODTEXT></TEXT></BODY></inlineXML></contentSet></newsItem>`;
  const [a] = importBytes('tt.xml', Buffer.from(item));
  expect(a && texts(a)).toEqual(['Den nya bron över Göta älv öppnar för trafik på måndag.', 'Bygget tog sex år.']);
  expect(a?.dateline).toMatchObject({ place: 'Göteborg', date: '2026-03-02' });
});

it('credits a provider given only as a domain by the agency it names, and keeps a domain no agency owns', () => {
  const item = (provider: string) =>
    Buffer.from(`<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="r1"><itemMeta><provider literal="${provider}"/></itemMeta>
    <contentMeta><headline>Acme names a new chief executive</headline></contentMeta>
    <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>TORONTO, June 9, 2020 (GLOBE NEWSWIRE) -- Acme Corp. named a new chief executive on Tuesday.</p></body></html></inlineXML></contentSet></newsItem>`);
  const [known] = importBytes('release.xml', item('globenewswire.com'));
  expect(known?.source).toMatchObject({ name: 'GlobeNewswire', code: 'GlobeNewswire', credit: 'GlobeNewswire' });
  const [unknown] = importBytes('release.xml', item('acme-wire.example'));
  expect(unknown?.source.credit).toBe('acme-wire.example');
});

describe('NewsML 1.2', () => {
  it('reads identification, management, news lines, metadata and the text content item', () => {
    const a = importOne('newsml-1.xml');
    expect(a.original.format).toBe('newsml-1');
    expect(a).toMatchObject({
      headline: 'Grève à la SNCF : un train sur deux mardi',
      byline: 'Claire Martin',
      slugline: 'France-transport-grève',
      // The PublicIdentifier without its revision (":2"): the story's identity across revisions.
      guid: 'urn:newsml:copydesk.test:20260210:TX-PAR-0001',
      version: 2,
      created: '2026-02-10T07:10:00+01:00',
      updated: '2026-02-10T07:15:00+01:00',
      pubstatus: 'usable',
      urgency: 4,
      priority: 3,
      language: 'fr',
      subjects: [{ code: '04000000', scheme: 'iptc-subjectcode', name: '' }],
      places: [{ name: 'Paris', code: null }],
    });
    expect(a.dateline).toMatchObject({ place: 'Paris', date: '2026-02-10' });
    expect(texts(a)).toEqual([
      'Un train sur deux circulera mardi sur les grandes lignes, a annoncé la SNCF.',
      'Les syndicats réclament une hausse des salaires de 5 %.',
    ]);
  });
});
