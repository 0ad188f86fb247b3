/**
 * Kinds a blind set of real files showed (wire11, fifteenth session): a press release carried in an agency's NITF
 * (the distributor is the agency, the copy the release wire's), with the release wire's dateline, notices and
 * trailer; a release closing with its list of attachments; an agency signing off with a copyright mark glued to the
 * last sentence. All copy here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { importOne } from './import-fixture.js';

function carriedRelease(holder: string, paragraphs: readonly string[]): Buffer {
  return Buffer.from(`<?xml version="1.0" encoding="utf-8"?><nitf version="-//IPTC//DTD NITF 3.4//EN"><head><docdata><doc-id regsrc="XP"/><date.issue norm="20260310T130000Z"/><doc.copyright holder="${holder}" year="2026"/></docdata></head>
<body><body.head><hedline><hl1>Lakeside Cycles opens its third store</hl1></hedline><distributor>The Associated Press</distributor><dateline><location>DULUTH, Minn.</location></dateline></body.head>
<body.content><block>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</block></body.content></body></nitf>`);
}

const RELEASE = [
  'DULUTH, Minn.--(BUSINESS WIRE)--Mar 10, 2026--',
  'Lakeside Cycles, a family-run bicycle retailer, today opened its third store, on Superior Street.',
  'This press release features multimedia. View the full release here: https://releases.example/news/20260310/en/',
  'The store sells and repairs bicycles and holds a weekly repair class.',
  'View source version on businesswire.com: https://releases.example/news/20260310/en/',
  'CONTACT: Media: Jo Berg, press@lakeside.example',
  'KEYWORD: UNITED STATES NORTH AMERICA MINNESOTA',
  'INDUSTRY KEYWORD: RETAIL SPORTS',
  'SOURCE: Lakeside Cycles',
  'Copyright Business Wire 2026.',
  'PUB: 03/10/2026 08:00 AM/DISC: 03/10/2026 08:01 AM',
  'http://releases.example/news/20260310/en',
];

describe('a press release in an agency NITF', () => {
  it("credits the release wire that holds the copyright, not the agency that distributed it", () => {
    expect(importOne('a.xml', carriedRelease('Business Wire', RELEASE)).source.name).toBe('Business Wire');
    // The distributor's own copy, its name spelled two ways: the distributor.
    expect(importOne('b.xml', carriedRelease('AP', RELEASE)).source.code).toBe('AP');
  });

  it("reads Business Wire's dateline whole, the date after the wire's name", () => {
    const a = importOne('c.xml', carriedRelease('Business Wire', RELEASE));
    expect(a.dateline.place).toBe('Duluth');
    expect(a.dateline.date).toBe('2026-03-10');
    expect(a.paragraphs[0]?.text).toMatch(/^Lakeside Cycles, a family-run bicycle retailer/u);
  });

  it("drops the wire's notices and trailer, keeping the release's contact", () => {
    const text = importOne('d.xml', carriedRelease('Business Wire', RELEASE)).paragraphs.map((p) => p.text);
    expect(text.join('\n')).not.toMatch(/features multimedia|View source version|KEYWORD:|Copyright Business Wire|PUB: 03|^http/mu);
    expect(text.at(-1)).toMatch(/^CONTACT: Media: Jo Berg/u);
    expect(text).toContain('The store sells and repairs bicycles and holds a weekly repair class.');
  });

  it('keeps a closing sentence that only mentions keywords or a link', () => {
    const text = importOne('e.xml', carriedRelease('Business Wire', [
      'Lakeside Cycles, a family-run bicycle retailer, today opened its third store.',
      'Customers will find opening hours at www.lakeside.example, the company said.',
    ])).paragraphs.map((p) => p.text);
    expect(text.at(-1)).toBe('Customers will find opening hours at www.lakeside.example, the company said.');
  });
});

function g2(paragraphs: string): Buffer {
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:g2:9" version="1" standard="NewsML-G2" standardversion="2.18" xml:lang="fi">
<itemMeta><itemClass qcode="ninat:text"/><provider literal="releases.example"/><versionCreated>2026-04-15T06:00:01Z</versionCreated></itemMeta>
<contentMeta><headline>Nordvik Timber Oy: uusi sahalinja käyttöön</headline><language tag="fi"/></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${paragraphs}</body></html></inlineXML></contentSet></newsItem>`);
}

describe('a release closing with its attachments', () => {
  it('drops the attachments heading and its list of files and links', () => {
    const a = importOne('f.xml', g2('<p>Nordvik Timber Oy on ottanut käyttöön toisen sahalinjan Kemissä.</p><p>Linja maksoi 12 miljoonaa euroa.</p><h4>Liitteet</h4><ul><li><a href="https://files.example/rel.pdf">Lataa tiedote pdf-muodossa.pdf</a></li><li>https://files.example/kuva.jpg</li></ul>'));
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Nordvik Timber Oy on ottanut käyttöön toisen sahalinjan Kemissä.', 'Linja maksoi 12 miljoonaa euroa.']);
    const b = importOne('g.xml', g2('<p>The second line started on Monday.</p><p>Attachments:</p><p>Factsheet.docx</p>'));
    expect(b.paragraphs.map((p) => p.text)).toEqual(['The second line started on Monday.']);
  });

  it('keeps a section of that name that holds copy', () => {
    const a = importOne('h.xml', g2('<p>The second line started on Monday.</p><p>Attachments</p><p>The board approved the plan in March.</p>'));
    expect(a.paragraphs.at(-1)?.text).toBe('The board approved the plan in March.');
  });
});

describe("an agency's copyright sign-off", () => {
  it('leaves the last paragraph, glued to its last sentence', () => {
    const a = importOne('i.xml', g2('<p>Ferries to the islands were cancelled on Tuesday.</p><p>Service resumes on Wednesday morning.(©NTB)</p>'));
    expect(a.paragraphs.at(-1)?.text).toBe('Service resumes on Wednesday morning.');
    const b = importOne('j.xml', g2('<p>Ferries to the islands were cancelled on Tuesday.</p><p>Service resumes on Wednesday morning. (© AFP)</p>'));
    expect(b.paragraphs.at(-1)?.text).toBe('Service resumes on Wednesday morning.');
  });

  it('keeps a bracket that names no agency', () => {
    const a = importOne('k.xml', g2('<p>Ferries to the islands were cancelled on Tuesday.</p><p>The timetable is on the website (© Harbour Board).</p>'));
    expect(a.paragraphs.at(-1)?.text).toBe('The timetable is on the website (© Harbour Board).');
  });
});
