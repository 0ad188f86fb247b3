/** The wire's own fields, read where each format puts them: Ritzau RBNews, NITF head/meta, NewsML-G2 ANPA categories. */
import { describe, expect, it } from 'vitest';
import { importOne, texts } from './import-fixture.js';

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
      created: '2026-03-02T09:15:00',
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
