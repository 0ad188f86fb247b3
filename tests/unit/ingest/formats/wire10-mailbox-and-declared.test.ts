/**
 * Kinds a blind set of real files showed (wire10, fourteenth session): mail re-sent by a mailing list (its tag
 * before the Subject, the author written as "NAME via LIST"), a NewsML-G2 item dated only by its version, and a
 * NewsML 1 item whose word count is declared as a `Words` property. All copy here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { importOne } from './import-fixture.js';

function listMail(from: string, subject: string, tail = ''): Buffer {
  return Buffer.from(
    [
      'Return-Path: <press-bounces@lists.example.org>',
      'Delivered-To: desk@copydesk.test',
      'Received: from mx.example.org (mx.example.org [192.0.2.7])',
      '\tby mail.copydesk.test (Postfix) with ESMTPS id 1A2B3C',
      '\tfor <desk@copydesk.test>; Wed, 02 Dec 2026 09:14:03 +0100 (CET)',
      `From: ${from}`,
      'To: press@lists.example.org',
      `Subject: ${subject}`,
      'Date: Wed, 02 Dec 2026 09:12:00 +0100',
      'Message-ID: <rel-42@example.org>',
      'List-Id: <press.lists.example.org>',
      'Precedence: list',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'The harbour ferry will run every twenty minutes from Monday, the operator said.',
      '',
      'Night crossings stay hourly.',
      '',
      ...(tail ? [tail] : []),
    ].join('\r\n'),
  );
}

describe('mail re-sent by a mailing list', () => {
  it("drops the list's tags before the Subject, with reply marks in any order", () => {
    expect(importOne('a.eml', listMail('Ana Ruiz <ana@ferry.example>', '[ANNOUNCE] Ferry timetable changes')).headline).toBe('Ferry timetable changes');
    expect(importOne('b.eml', listMail('Ana Ruiz <ana@ferry.example>', 'Re: [press] Fwd: [Announce] Ferry timetable changes')).headline).toBe('Ferry timetable changes');
    expect(importOne('c.eml', listMail('Ana Ruiz <ana@ferry.example>', '[press-list] [v2] Ferry timetable\r\n changes')).headline).toBe('Ferry timetable changes');
  });

  it('keeps a tag that warns of an embargo, and a subject that is only a tag', () => {
    expect(importOne('d.eml', listMail('Ana Ruiz <ana@ferry.example>', '[EMBARGOED until 10:00] Ferry timetable changes')).headline).toBe('[EMBARGOED until 10:00] Ferry timetable changes');
    expect(importOne('e.eml', listMail('Ana Ruiz <ana@ferry.example>', '[Ferry notice]')).headline).toBe('[Ferry notice]');
  });

  it('credits the author, not the list, when the list relays the mail under its own address', () => {
    const mailman = importOne('f.eml', listMail('Ana Ruiz via press-list <press-list@lists.example.org>', 'Ferry timetable changes'));
    expect(mailman.source.name).toBe('Ana Ruiz');
    const groups = importOne('g.eml', listMail("'Ana Ruiz' via Harbour Press <harbour-press@googlegroups.com>", 'Ferry timetable changes'));
    expect(groups.source.name).toBe('Ana Ruiz');
  });

  it('leaves a name with "via" in it alone when the address is not the list', () => {
    expect(importOne('h.eml', listMail('Lucia Via Rossi <lucia@ferry.example>', 'Ferry timetable changes')).source.name).toBe('Lucia Via Rossi');
    expect(importOne('i.eml', listMail('Tours via Lakes <office@ferry.example>', 'Ferry timetable changes')).source.name).toBe('Tours via Lakes');
  });
});

describe('a NewsML-G2 item with neither firstCreated nor contentCreated', () => {
  const g2 = (first: string) =>
    Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.org:20261202:ferry" version="2" standard="NewsML-G2" standardversion="2.32">
 <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:example"><name>Example Wire</name></provider>
  <versionCreated>2026-12-02T09:12:00+01:00</versionCreated>${first}<pubStatus qcode="stat:usable"/></itemMeta>
 <contentMeta><urgency>3</urgency><language tag="en"/><headline>Ferry runs every twenty minutes</headline></contentMeta>
 <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
  <p>The harbour ferry will run every twenty minutes from Monday, the operator said.</p></body></html></inlineXML></contentSet>
</newsItem>`);

  it('is dated by its version', () => {
    const a = importOne('ferry.xml', g2(''));
    expect(new Date(a.created ?? '').toISOString()).toBe('2026-12-02T08:12:00.000Z');
    expect(new Date(a.updated ?? '').toISOString()).toBe('2026-12-02T08:12:00.000Z');
  });

  it('keeps firstCreated when the item gives it', () => {
    const a = importOne('ferry.xml', g2('<firstCreated>2026-12-01T17:00:00Z</firstCreated>'));
    expect(new Date(a.created ?? '').toISOString()).toBe('2026-12-01T17:00:00.000Z');
  });
});

describe("NewsML 1's declared word count as a `Words` property", () => {
  it('is the story\'s count, as `WordCount` is', () => {
    const item = `<?xml version="1.0" encoding="utf-8"?>
<NewsML Version="1.2"><NewsEnvelope><DateAndTime>20261202T081200Z</DateAndTime><Priority FormalName="2"/></NewsEnvelope>
<NewsItem xml:lang="en"><Identification><NewsIdentifier><ProviderId>example.org</ProviderId><DateId>20261202T081200Z</DateId>
<NewsItemId>TX-FERRY</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId><PublicIdentifier>urn:newsml:example.org:20261202T081200Z:TX-FERRY:1</PublicIdentifier></NewsIdentifier></Identification>
<NewsManagement><NewsItemType FormalName="Alert"/><FirstCreated>20261202T081200+0000</FirstCreated><ThisRevisionCreated>20261202T081200+0000</ThisRevisionCreated><Status FormalName="Usable"/><Urgency FormalName="2"/></NewsManagement>
<NewsComponent><NewsLines><HeadLine>Ferry runs every twenty minutes</HeadLine></NewsLines><DescriptiveMetadata><Language FormalName="en"/></DescriptiveMetadata>
<ContentItem><MediaType FormalName="Text"/><Format FormalName="NITF3.1"/><Characteristics><SizeInBytes>90</SizeInBytes><Property FormalName="Words" Value="14"/></Characteristics>
<DataContent><nitf><body><body.content><p>The harbour ferry will run every twenty minutes from Monday, the operator said.</p></body.content></body></nitf></DataContent></ContentItem>
</NewsComponent></NewsItem></NewsML>`;
    expect(importOne('ferry-alert.xml', Buffer.from(item)).wordCount).toBe(14);
  });
});

describe("a mail's signature", () => {
  const texts = (bytes: Buffer) => importOne('sig.eml', bytes).paragraphs.map((p) => p.text);

  it('is dropped after the "-- " separator, and after a bare "--"', () => {
    expect(texts(listMail('Ana Ruiz <ana@ferry.example>', 'Ferry timetable changes', '-- \r\nAna Ruiz - (ana at ferry.example)\r\nHarbour Ferries press office\r\n'))).toEqual([
      'The harbour ferry will run every twenty minutes from Monday, the operator said.',
      'Night crossings stay hourly.',
    ]);
    expect(texts(listMail('Ana Ruiz <ana@ferry.example>', 'Ferry timetable changes', '--\r\n2.43.0\r\n')).at(-1)).toBe('Night crossings stay hourly.');
  });

  it('is not looked for in a long tail after a separator, nor in a line that only starts with dashes', () => {
    const long = ['--', ...Array.from({ length: 10 }, (_, i) => `Crossing ${i + 1} leaves at ${8 + i}:00 from the north pier.`), ''].join('\r\n');
    expect(texts(listMail('Ana Ruiz <ana@ferry.example>', 'Ferry timetable changes', long)).at(-1)).toContain('Crossing 10 leaves');
    expect(texts(listMail('Ana Ruiz <ana@ferry.example>', 'Ferry timetable changes', '--Enjoy\r\nThe Ferry Team\r\n')).join(' ')).toContain('The Ferry Team');
  });
});

describe("a plain-text mail's rules", () => {
  it('break paragraphs and leave no rule characters in the copy', () => {
    const body = ['Timetable changes', '-----------------', '', 'The harbour ferry will run every twenty minutes.', '', '=======', 'Details', '=======', '', 'Night crossings stay hourly.', ''].join('\r\n');
    const texts = importOne('rules.eml', listMail('Ana Ruiz <ana@ferry.example>', 'Ferry timetable changes', body)).paragraphs.map((p) => p.text);
    expect(texts).toContain('Timetable changes');
    expect(texts).toContain('Details');
    expect(texts.join(' ')).not.toMatch(/---|===/u);
  });
});
