/**
 * Embargoes written as notes to the desk (issue 12: a NewsML 1.2 item with Status Embargoed gave its time only in a
 * Comment, and was stored with no embargo). The note's clock time, weekday and day of the month are read on the
 * item's own clock (the offset of its filing time) unless the note names a zone. Notes and times invented.
 */
import { describe, expect, it } from 'vitest';
import { embargoFromNote } from '../../../../electron/ingest/formats/embargo-note.js';
import { importOne } from './import-fixture.js';

describe('an embargo note', () => {
  it('reads a time and a date on the item\'s clock', () => {
    expect(embargoFromNote('Embargoed to 0001 Friday April 17', '2026-04-15T10:20:00+01:00')).toBe('2026-04-16T23:01:00Z');
    expect(embargoFromNote('EMBARGO UNTIL 18:30, Friday 17th April', '2026-04-15T10:20:00+02:00')).toBe('2026-04-17T16:30:00Z');
  });

  it('takes a named zone over the item\'s offset', () => {
    expect(embargoFromNote('*** EMBARGOED UNTIL 0600 GMT ***', '2026-04-15T22:00:00+01:00')).toBe('2026-04-16T06:00:00Z');
  });

  it('lifts at the next such time when the note gives no date', () => {
    expect(embargoFromNote('embargoed till 0900', '2026-04-15T10:00:00+00:00')).toBe('2026-04-16T09:00:00Z');
    expect(embargoFromNote('embargoed till 1100', '2026-04-15T10:00:00+00:00')).toBe('2026-04-15T11:00:00Z');
  });

  it('puts a date early in the year after a late filing into the next year', () => {
    expect(embargoFromNote('Embargoed until 0700 January 2', '2026-12-30T15:00:00Z')).toBe('2027-01-02T07:00:00Z');
  });

  it('reads nothing from a note with no embargo time, or with no filing time to read it against', () => {
    expect(embargoFromNote('Embargoed: check with the desk', '2026-04-15T10:00:00Z')).toBeUndefined();
    expect(embargoFromNote('Embargoed to 0001 Thursday April 16', undefined)).toBeUndefined();
    expect(embargoFromNote('Embargoed to 0001 Thursday April 16', '2026-04-15T10:20:00')).toBeUndefined();
  });
});

describe('a NewsML 1.2 item embargoed by a Comment', () => {
  const xml = (status: string): Uint8Array => new TextEncoder().encode(`<NewsML><NewsItem>
<Identification><NewsIdentifier><ProviderId>wire.example.test</ProviderId><DateId>20260415</DateId><NewsItemId>QX-Kiln</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier></Identification>
<NewsManagement><NewsItemType FormalName="News"/><FirstCreated>20260415T102000+0100</FirstCreated><Status FormalName="${status}"/></NewsManagement>
<NewsComponent><NewsLines><HeadLine>Kiln museum opens in Strathmere</HeadLine></NewsLines>
<NewsComponent><Comment> Embargoed to 0001 Friday April 17 </Comment><ContentItem><MediaType FormalName="Text"/><DataContent><nitf><body><body.content>
<p>A museum of old kilns opens in Strathmere on Thursday.</p></body.content></body></nitf></DataContent></ContentItem></NewsComponent>
</NewsComponent></NewsItem></NewsML>`);

  it('has the embargo the note gives', () => {
    expect(importOne('kiln.xml', xml('Embargoed')).embargo).toBe('2026-04-16T23:01:00Z');
  });

  it('has none when its Status is not Embargoed', () => {
    expect(importOne('kiln-usable.xml', xml('Usable')).embargo).toBeNull();
  });
});
