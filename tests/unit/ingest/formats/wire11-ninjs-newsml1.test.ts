/**
 * Kinds a blind set of real files showed (wire11, fifteenth session): ninjs from newsroom systems that name the
 * agency in `source` beside a copyright holder that is the system's owner, declare a `wordcount`, or give only the
 * version's time; a NewsML 1 release whose ByLine is the issuing company; a DateLine that is a date and time alone.
 * All copy here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { importOne } from './import-fixture.js';

const json = (o: unknown) => Buffer.from(JSON.stringify(o));

const ninjsItem = (extra: Record<string, unknown>) => ({
  guid: 'urn:test:item:1',
  type: 'text',
  headline: 'Tram line to the harbour opens in spring',
  language: 'nb-NO',
  body_html: '<p>The new tram line to the harbour will open in April, the city said on Tuesday.</p><p>Trial runs start next month.</p>',
  ...extra,
});

describe('ninjs from newsroom systems', () => {
  it("takes the agency named in `source` over a copyright holder that is the system's owner", () => {
    const a = importOne('a.json', json(ninjsItem({ source: 'NTB', copyrightholder: 'Example Software Ltd', versioncreated: '2026-03-02T08:00:00+0000' })));
    expect(a.source.code).toBe('NTB');
    expect(a.source.name).not.toMatch(/Example Software/u);
  });

  it('keeps the copyright holder as the source when no `source` is given', () => {
    const a = importOne('b.json', json(ninjsItem({ copyrightholder: 'Harbour Gazette', versioncreated: '2026-03-02T08:00:00+0000' })));
    expect(a.source.name).toBe('Harbour Gazette');
  });

  it("reads the sender's declared `wordcount` as the story's count", () => {
    const a = importOne('c.json', json(ninjsItem({ wordcount: 412, versioncreated: '2026-03-02T08:00:00+0000' })));
    expect(a.wordCount).toBe(412);
    expect(importOne('d.json', json(ninjsItem({ wordcount: '97' }))).wordCount).toBe(97);
    // No count, or nonsense: the desk counts the text itself.
    expect(importOne('e.json', json(ninjsItem({ wordcount: 'n/a' }))).wordCount).toBe(21);
  });

  it('is dated by its version when it gives no first-created time', () => {
    const a = importOne('f.json', json(ninjsItem({ versioncreated: '2026-03-02T08:16:00Z' })));
    expect(a.created).toBe('2026-03-02T08:16:00Z');
    const b = importOne('g.json', json(ninjsItem({ firstcreated: '2026-03-02T07:00:00Z', versioncreated: '2026-03-02T08:16:00Z' })));
    expect(b.created).toBe('2026-03-02T07:00:00Z');
  });
});

function release(byline: string, dateline: string): Buffer {
  return Buffer.from(`<NewsML Version="1.2"><NewsEnvelope><DateAndTime>20260415T090002+0300</DateAndTime><NewsProduct FormalName="releases.example"/></NewsEnvelope>
<NewsItem><Identification><NewsIdentifier><ProviderId>releases.example</ProviderId><DateId>20260415</DateId><NewsItemId>rel-77</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId><PublicIdentifier>urn:newsml:releases.example:20260415:rel-77:1</PublicIdentifier></NewsIdentifier></Identification>
<NewsManagement><NewsItemType FormalName="News"/><FirstCreated>20260415T090001+0300</FirstCreated><ThisRevisionCreated>20260415T090001+0300</ThisRevisionCreated><Status FormalName="Usable"/></NewsManagement>
<NewsComponent><NewsLines><HeadLine>Nordvik Timber Oy: new sawmill line in operation</HeadLine><DateLine>${dateline}</DateLine><ByLine>${byline}</ByLine></NewsLines>
<AdministrativeMetadata><Source><Party FormalName="Nordvik Timber Oy"/></Source></AdministrativeMetadata><DescriptiveMetadata><Language FormalName="en"/></DescriptiveMetadata>
<ContentItem><MimeType FormalName="text/html"/><DataContent><![CDATA[<p>Nordvik Timber Oy has started its second sawmill line at Kemi, doubling its capacity.</p><p>The line cost 12 million euros.</p>]]></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>`);
}

describe('a NewsML 1 release', () => {
  it('reads no byline from a ByLine that names the issuing company the Source names', () => {
    expect(importOne('r1.xml', release('Nordvik Timber Oy', 'Kemi')).byline).toBe('');
    expect(importOne('r2.xml', release('nordvik  timber oy', 'Kemi')).byline).toBe('');
    expect(importOne('r3.xml', release('Aino Virtanen', 'Kemi')).byline).toBe('Aino Virtanen');
  });

  it('dates the dateline from a DateLine that is a date with its time and zone, with no town', () => {
    const a = importOne('r4.xml', release('Nordvik Timber Oy', '15.4.2026 09:00:01 EEST'));
    expect(a.dateline.date).toBe('2026-04-15');
    expect(a.dateline.place).toBe('');
    expect(importOne('r5.xml', release('Nordvik Timber Oy', '15.4.2026 09:00')).dateline.date).toBe('2026-04-15');
  });
});
