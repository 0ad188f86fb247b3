/**
 * The word count an item declares in its own field, read where each standard puts it, and kept as the story's
 * count only while the body is the one it came with. Every document here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { applyBodyEdit } from '../../../../electron/domain/body-edit.js';
import { analyseArticle } from '../../../../electron/desk/story-pipeline.js';
import { importOne } from './import-fixture.js';

const SOH = '\u0001';
const STX = '\u0002';
const ETX = '\u0003';
const US = '\u001f';

const PARAGRAPHS = '<p>Dock workers went back to work on Monday after a nine-day strike.</p><p>The union accepted the pay offer.</p>';
/** What the desk counts in PARAGRAPHS: 12 + 6 words. */
const DESK_COUNT = 18;

const g2 = (wordcount: string): string =>
  `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:strike" version="1"><itemMeta><itemClass qcode="ninat:text"/>
  <versionCreated>2026-03-02T09:00:00Z</versionCreated></itemMeta><contentMeta><headline>Port strike ends</headline></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"${wordcount}><html xmlns="http://www.w3.org/1999/xhtml"><body>${PARAGRAPHS}</body></html></inlineXML></contentSet></newsItem>`;

const nitf = (meta: string): string =>
  `<nitf><head><title>Port strike ends</title>${meta}</head><body><body.head><hedline><hl1>Port strike ends</hl1></hedline></body.head>
  <body.content>${PARAGRAPHS}</body.content></body></nitf>`;

const newsml1 = `<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>example.com</ProviderId><DateId>20260302</DateId>
  <NewsItemId>strike</NewsItemId><RevisionId>1</RevisionId><PublicIdentifier>urn:x:strike</PublicIdentifier></NewsIdentifier></Identification>
  <NewsManagement><FirstCreated>20260302T090000Z</FirstCreated><ThisRevisionCreated>20260302T090000Z</ThisRevisionCreated><Status FormalName="Usable"/></NewsManagement>
  <NewsComponent><NewsLines><HeadLine>Port strike ends</HeadLine></NewsLines><ContentItem><MediaType FormalName="Text"/><Format FormalName="XHTML"/>
  <Characteristics><Property FormalName="WordCount" Value="21"/></Characteristics>
  <DataContent><body>${PARAGRAPHS}</body></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>`;

const anpa = (header: string, slug: string): string =>
  `\u0016\u0016${SOH}q4410${US}routex\r\n${header}\r\n${STX}^${slug}< \r\n^Port strike ends< \r\n` +
  `\t   ROTTERDAM, Netherlands (AP) _ Dock workers went back to work on Monday after a nine-day strike. \r\n` +
  `\t   The union accepted the pay offer. \r\n\r\n\t   ${ETX}AP-WF-03-02-26 0900GMT<\r\n\r\n\u0004`;

describe('a word count the item declares', () => {
  it('is read from NewsML-G2 inlineXML@wordcount; a wordcount of 0 is a placeholder, not a count', () => {
    expect(importOne('g2.xml', Buffer.from(g2(' wordcount="25"')))).toMatchObject({ wordCount: 25, declaredWordCount: { words: 25 } });
    const zero = importOne('g2.xml', Buffer.from(g2(' wordcount="0"')));
    expect(zero.wordCount).toBe(DESK_COUNT);
    expect(zero.declaredWordCount).toBeUndefined();
    expect(importOne('g2.xml', Buffer.from(g2(''))).wordCount).toBe(DESK_COUNT);
  });

  it("is read from NITF's anpa-wordcount meta (leading zeros and all) and from NewsML 1's WordCount characteristic", () => {
    expect(importOne('n.xml', Buffer.from(nitf('<meta name="anpa-wordcount" content="0020"/>'))).wordCount).toBe(20);
    expect(importOne('n.xml', Buffer.from(nitf('<meta name="anpa-keyword" content="Strike"/>'))).wordCount).toBe(DESK_COUNT);
    expect(importOne('n1.xml', Buffer.from(newsml1)).wordCount).toBe(21);
  });

  it("is ANPA-1312's header field when the header gives one, else the count after the AP slug's comma", () => {
    const both = importOne('a.txt', Buffer.from(anpa('r i\u0013\u0011 BC-LT--Port-Strike   03-02 0042', 'BC-LT--Port-Strike,40'), 'latin1'));
    expect(both.original.format).toBe('anpa-1312');
    expect(both).toMatchObject({ slugline: 'Port-Strike', wordCount: 42 });
    const slugOnly = importOne('a.txt', Buffer.from(anpa('r i\u0013\u0011 BC-LT--Port-Strike   03-02', 'BC-LT--Port-Strike,40'), 'latin1'));
    expect(slugOnly.wordCount).toBe(40);
  });

  it("holds while the body is the one imported (the desk's reading, a metadata save), and gives way to the desk's count once the text changes", () => {
    const a = importOne('g2.xml', Buffer.from(g2(' wordcount="25"')));
    expect(analyseArticle(a).wordCount).toBe(25);
    const blocks = a.paragraphs.map((p) => ({ id: p.id, type: p.type ?? 'paragraph', text: p.text }));
    const [first, ...rest] = blocks;
    if (!first || rest.length !== 1) throw new Error('two paragraphs expected');
    const edited = analyseArticle(applyBodyEdit(a, { blocks: [{ ...first, text: `${first.text} Ships queued outside.` }, ...rest] }));
    expect(edited.wordCount).toBe(DESK_COUNT + 3);
    // Put back as it was, the body is the one the count was declared for again.
    expect(analyseArticle(applyBodyEdit(edited, { blocks })).wordCount).toBe(25);
  });
});
