/**
 * Stories filed through a web form arrive as an e-mail whose body is the form's fields (a JSON object of named
 * fields, or `Field: value` lines), and mailers wrap long lines under format=flowed (RFC 3676). The messages are
 * written here, in the shapes form mailers send; the names and the story are invented.
 */
import { describe, expect, it } from 'vitest';
import { importOne, texts } from './formats/import-fixture.js';

function mail(from: string, body: string, type = 'text/plain; charset=UTF-8'): Buffer {
  return Buffer.from(
    [`From: ${from}`, 'To: desk@copydesk.test', 'Subject: Story submission', 'Date: Thu, 05 Mar 2026 04:11:45 +0000', 'MIME-Version: 1.0', `Content-Type: ${type}`, '', body, ''].join('\r\n'),
  );
}

const FORM = JSON.stringify({
  Dateline: ['WELLINGTON, March 5', ''],
  Category: ['DOMESTIC NEWS'],
  Priority: [''],
  Abstract: ['Harbour ferries will run a reduced timetable until the end of the month.'],
  Timestamp: ['3/5/2026 17:11:44'],
  Headline: ['Ferry timetable cut as crews fall ill'],
  Slugline: ['Ferry cuts'],
  Desk: ['REGIONS'],
  'News Value': ['2'],
  Body: ['Harbour ferries will run a reduced timetable until the end of the month, the operator said on Thursday.\nFour of its twelve crews are off sick.\n\nThe morning sailings are kept.'],
  Place: ['WLG'],
  "Editor's Note": ['Embargoed until 1800 NZT'],
});

describe('a story filed through a web form', () => {
  it('reads a JSON form by its field names, keeps the other fields in the note, and credits the agency the mail came from', () => {
    const a = importOne('form.eml', mail('filing@aap.com.au', FORM));
    expect(a.headline).toBe('Ferry timetable cut as crews fall ill');
    expect(a.slugline).toBe('Ferry cuts');
    expect(a.abstract).toBe('Harbour ferries will run a reduced timetable until the end of the month.');
    expect(texts(a)).toEqual([
      'Harbour ferries will run a reduced timetable until the end of the month, the operator said on Thursday.',
      'Four of its twelve crews are off sick.',
      'The morning sailings are kept.',
    ]);
    expect(a.dateline).toMatchObject({ place: 'Wellington', date: '2026-03-05' });
    expect(a.urgency).toBe(2);
    expect(a.priority).toBeNull();
    expect(a.category).toEqual([{ code: 'DOMESTIC NEWS', name: 'DOMESTIC NEWS' }]);
    expect(a.deskNote).toContain('Desk: REGIONS');
    expect(a.deskNote).toContain('Timestamp: 3/5/2026 17:11:44');
    expect(a.ednote).toBe('Embargoed until 1800 NZT');
    expect(a.source.code).toBe('AAP');
  });

  it('reads `Field: value` lines, a field running on over the lines after it', () => {
    const body = ['Headline: Council approves the harbour bridge', 'Byline: Mere Tane', 'Slug: Bridge vote', 'Body: The city council approved the new harbour bridge on Thursday.', 'Work starts in May.'].join('\r\n');
    const a = importOne('form.eml', mail('"Mere Tane" <mere@example.org>', body));
    expect(a.headline).toBe('Council approves the harbour bridge');
    expect(a.byline).toBe('Mere Tane');
    expect(a.slugline).toBe('Bridge vote');
    expect(texts(a)).toEqual(['The city council approved the new harbour bridge on Thursday.', 'Work starts in May.']);
  });

  it('leaves an ordinary letter alone, even one with a colon in its first line', () => {
    const body = 'Note: the figures below are provisional.\r\n\r\nRainfall in March was twice the average, the weather office said on Thursday.';
    const a = importOne('letter.eml', mail('stringer@example.org', body));
    expect(a.headline).toBe('Story submission');
    expect(texts(a)).toContain('Rainfall in March was twice the average, the weather office said on Thursday.');
  });
});

describe('format=flowed', () => {
  // With DelSp=yes the mailer added the space it wraps at, so a space of the text before the wrap is a second one.
  it('joins the lines a mailer wrapped (a trailing space), with DelSp, and keeps real line ends', () => {
    const body = ['The council approved the new harbour bridge on Thurs', 'day after a long debate.  ', 'Work starts in May.', '', 'A second paragraph.'].join('\r\n');
    const flowed = body.replace('Thurs\r\n', 'Thurs \r\n');
    const a = importOne('flowed.eml', mail('stringer@example.org', flowed, 'text/plain; charset=UTF-8; format=flowed; delsp=yes'));
    expect(texts(a)[0]).toBe('The council approved the new harbour bridge on Thursday after a long debate. Work starts in May.');
    expect(texts(a)).toContain('A second paragraph.');
  });

  it('reads a JSON form a mailer wrapped across lines', () => {
    const wrapped = FORM.replace(/(.{60})/gu, '$1 \r\n');
    const a = importOne('form.eml', mail('filing@aap.com.au', wrapped, 'text/plain; charset=UTF-8; format=flowed; delsp=yes'));
    expect(a.headline).toBe('Ferry timetable cut as crews fall ill');
  });
});
