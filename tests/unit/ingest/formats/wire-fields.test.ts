/** The wire's own fields, read where each format puts them: Ritzau RBNews, NITF head/meta, NewsML-G2 ANPA categories. */
import { describe, expect, it } from 'vitest';
import { importOne, refusal, texts } from './import-fixture.js';

describe('Ritzau RBNews XML', () => {
  it('reads headline, standfirst, strapline as slug, town as dateline, section, priority and subjects', () => {
    const a = importOne('ritzau-rbnews.xml');
    expect(a.original.format).toBe('ritzau-xml');
    expect(a).toMatchObject({
      headline: 'Isbryder holder havnen i Aarhus åben',
      abstract: 'Kulden har lagt is over bugten.',
      slugline: 'NET/HAVN/ISBRYDER',
      byline: 'Mette Holm',
      language: 'da',
      version: 2,
      priority: 3,
      // PublishDate is Danish local time: 2 March is winter time there, UTC+1.
      created: '2026-03-02T09:15:00.120+01:00',
      category: [{ code: 'I', name: 'Indland' }],
    });
    expect(a.dateline).toMatchObject({ place: 'Aarhus', date: '2026-03-02' });
    expect(a.source.name).toBe('Ritzau');
    expect(a.subjects).toContainEqual(expect.objectContaining({ code: '04000000', scheme: 'iptc-subjectcode' }));
    expect(texts(a)).toEqual(['En isbryder har siden søndag holdt sejlrenden til Aarhus Havn åben.', '- Vi sejler igen i nat, siger havnefogeden.']);
  });
});

describe('NITF head/meta and NewsML-G2 categories', () => {
  it('takes priority, category and IPTC subject from NITF head/meta, and no sentence as a byline', () => {
    const nitf = `<nitf><head><title>Port strike ends</title><meta name="priority" content="U"/><meta name="category" content="f"/>
      <meta name="category_iptc" content="04000000"/><docdata><key-list><keyword key="PORT-STRIKE"/></key-list></docdata></head>
      <body><body.head><hedline><hl1>Port strike ends</hl1></hedline><byline>Dockers return after the union and the employers agree on pay</byline></body.head>
      <body.content><p>Dockers went back to work on Monday.</p></body.content></body></nitf>`;
    const a = importOne('strike.xml', Buffer.from(nitf));
    expect(a).toMatchObject({ priority: 3, category: [{ code: 'f', name: 'Financial' }], slugline: 'PORT-STRIKE', byline: '' });
    expect(a.subjects).toContainEqual(expect.objectContaining({ code: '04000000' }));
  });

  it('reads an ANPA category sent as an a1312cat subject and the priority in itemMeta', () => {
    const g2 = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1"><itemMeta><itemClass qcode="ninat:text"/>
      <versionCreated>2026-03-02T10:00:00Z</versionCreated><priority>2</priority></itemMeta><contentMeta><urgency>3</urgency>
      <subject qcode="a1312cat:s"/><subject qcode="subj:15000000"/><headline>Final goes to extra time</headline></contentMeta>
      <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>The final went to extra time.</p></body></html></inlineXML></contentSet></newsItem>`;
    const a = importOne('final.xml', Buffer.from(g2));
    expect(a).toMatchObject({ priority: 2, urgency: 3, category: [{ code: 's', name: 'Sports' }] });
    expect(a.subjects.map((s) => s.code)).toEqual(['15000000']);
  });
});

describe('datelines and bylines as agencies write them', () => {
  it('reads TASS\'s "MOSCOW, January 21. /TASS/." and NITF sent as NewsML 1 ComplexData', () => {
    const xml = `<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>tass.com</ProviderId><NewsItemId>1</NewsItemId></NewsIdentifier></Identification>
      <NewsManagement><FirstCreated>20260121T102708</FirstCreated><Urgency>2</Urgency></NewsManagement>
      <NewsComponent><NewsLines><HeadLine>Kremlin reacts to sanctions</HeadLine></NewsLines><ContentItem><MediaType FormalName="ComplexData"/>
      <MimeType FormalName="text/vnd.IPTC.NITF"/><DataContent><nitf><body><body.content><p>MOSCOW, January 21. /TASS/. The Kremlin does not support the decision.</p>
      </body.content></body></nitf></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>`;
    const a = importOne('tass.xml', Buffer.from(xml));
    expect(a.dateline).toMatchObject({ place: 'Moscow', date: '2026-01-21', agency: 'TASS' });
    expect(a.urgency).toBe(2);
    expect(texts(a)).toEqual(['The Kremlin does not support the decision.']);
  });

  it('takes desk initials for no byline, drops "By", and reads a canton code after the town as its region', () => {
    const nitf = `<nitf><body><body.head><hedline><hl1>Bull walks into a shop</hl1></hedline><byline>daa/mt/msr</byline><dateline>Landquart GR</dateline></body.head>
      <body.content><p>A bull walked into a supermarket on Monday.</p></body.content></body></nitf>`;
    const a = importOne('bull.xml', Buffer.from(nitf));
    expect(a.byline).toBe('');
    expect(a.dateline.place).toBe('Landquart');
    const g2 = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:2"><contentMeta><headline>Actor speaks</headline><by>By Dana Holt</by></contentMeta>
      <contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body><p>The actor spoke on Sunday.</p></body></html></inlineXML></contentSet></newsItem>`;
    expect(importOne('actor.xml', Buffer.from(g2)).byline).toBe('Dana Holt');
  });
});

describe('files that hold no story are refused with the reason', () => {
  it('refuses JSON that is not ninjs, an Apple News Format article and an item with a headline only', () => {
    expect(refusal('contacts.json', Buffer.from('[{"name":"Desk","phone":"555"}]'))).toMatch(/JSON document of a kind Copydesk does not read.*not a news item/u);
    expect(refusal('apple.json', Buffer.from('{"title":"Road toll","components":[],"componentLayouts":{}}'))).toMatch(/Apple News Format.*not a news item/u);
    expect(refusal('stub.json', Buffer.from('{"type":"text","headline":"Headline only"}'))).toMatch(/no story text.*a headline only/u);
  });

  it('reads an AP Media API response: the item under data.item, its text from the nitf body_html, tables a row per line', () => {
    const response = {
      api_version: '2',
      data: { item: { uri: 'http://example.test/1', type: 'text', headline: 'Rates at close', slugline: 'BC-BBA--Rates at Close, 1st Ld-Writethru' } },
      nitf: { body_html: '<p>Closing rates:</p><table><tr><td><p>Euro</p></td><td><p>1.08</p></td></tr></table>' },
    };
    const a = importOne('ap.json', Buffer.from(JSON.stringify(response)));
    expect(a).toMatchObject({ headline: 'Rates at close', slugline: 'Rates at Close', takeKey: '1st Ld-Writethru' });
    expect(texts(a)).toEqual(['Closing rates:', 'Euro 1.08']);
  });
});
