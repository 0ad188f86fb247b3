import { describe, expect, it } from 'vitest';
import { fixture, importOne, refusal, texts } from './import-fixture.js';

describe('NITF', () => {
  it('reads a namespaced NITF document with everything it carries', () => {
    const a = importOne('nitf-namespaced.xml');
    expect(a.original.format).toBe('nitf');
    expect(a.headline).toBe('Harbour cranes idle as dockers strike');
    expect(a.byline).toBe('Anneke de Vries');
    expect(a.abstract).toBe("Container ships wait offshore as a 48-hour strike halts Europe's busiest port.");
    expect(a.slugline).toBe('Port-Strike');
    expect(a.takeKey).toBe('2nd Ld');
    expect(a.version).toBe(2);
    expect(a.pubstatus).toBe('withheld');
    expect(a.guid).toBe('copydesk-test-nitf-0001');
    expect(a.urgency).toBe(3);
    expect(a.created).toBe('2026-03-12T08:15:00+01:00');
    expect(a.embargo).toBe('2026-03-12T12:00:00+01:00');
    expect(a.ednote).toBe('Embargoed until noon CET.');
    expect(a.language).toBe('en');
    expect(a.keywords).toEqual(['strike', 'ports']);
    expect(a.subjects).toEqual([{ code: '09000000', scheme: 'IPTC', name: 'labour' }]);
    expect(a.places).toEqual([{ name: 'Rotterdam', code: 'NL-RTM' }, { name: 'ROTTERDAM', code: null }]);
    expect(a.authors).toEqual([{ name: 'Anneke de Vries', role: 'Transport correspondent' }]);
    expect(a.source.name).toBe('Copydesk Test Agency');
    expect(a.dateline.place).toBe('Rotterdam');
    expect(a.dateline.date).toBe('2026-03-12');
    // The first paragraph is copy, not a guessed headline; media captions are left out; subheads are kept.
    expect(texts(a)).toEqual([
      'Cranes stood idle at Rotterdam on Thursday as dockers began a 48-hour strike over shift patterns.',
      'Queue offshore',
      'Twenty-three container ships were waiting at anchor by midday, the port authority said.',
      'Talks are due to resume on Friday & both sides say they want a deal.',
    ]);
  });

  it('reads malformed NITF leniently: unclosed paragraphs, a bare ampersand, stray end tags, no closing root', () => {
    const a = importOne('nitf-malformed.xml');
    expect(a.headline).toBe('Bridge reopens after repairs');
    expect(texts(a)).toEqual([
      'The Old Bridge reopened to traffic on Monday after six months of repairs.',
      'Engineers replaced 40 bearings & the whole deck surface.',
      'Cyclists get a lane of their own',
    ]);
  });

  it('detects NITF by its content, whatever the file is called', () => {
    expect(importOne('story.txt', fixture('nitf-namespaced.xml')).original.format).toBe('nitf');
  });

  it('refuses an NITF document with neither headline nor text, naming the format', () => {
    expect(refusal('empty.xml', Buffer.from('<nitf><head/><body/></nitf>'))).toBe('no story found in this NITF file (no headline and no text)');
  });

  const nitf = (hl1: string, paragraphs: readonly string[], issued = '20221103T091500+0100'): Buffer =>
    Buffer.from(
      `<nitf><head><docdata><date.issue norm="${issued}"/></docdata></head><body><body.head><hedline><hl1>${hl1}</hl1></hedline>` +
        `</body.head><body.content>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body.content></body></nitf>`,
    );

  it('takes a service marker off the headline and reads an agency-first dateline, dated by the item', () => {
    const a = importOne('venice.xml', nitf('&gt;&gt;&gt;ANSA&#47;Venice lagoon barriers raised early', [
      '(ANSA) - VENICE, NOV 3 - The mobile flood barriers were raised on Thursday, a day earlier than planned.',
      'The high tide is due overnight.',
    ]));
    expect(a.headline).toBe('Venice lagoon barriers raised early');
    // No year in the copy: the item's own date (2022), not the import day, gives it; the same day, so no guess.
    expect(a.dateline).toMatchObject({ place: 'Venice', date: '2022-11-03', yearInferred: false, agency: 'ANSA' });
    expect(texts(a)).toEqual(['The mobile flood barriers were raised on Thursday, a day earlier than planned.', 'The high tide is due overnight.']);
  });

  it('dates a yearless dateline by the item: the latest such day not after it, flagged while it is another day', () => {
    const late = importOne('late.xml', nitf('Barriers stay up', ['(ANSA) - VENICE, DEC 30 - The barriers stayed up.', 'More.'], '20230105T090000+0100'));
    expect(late.dateline).toMatchObject({ date: '2022-12-30', yearInferred: true });
    // With no date in the dateline at all, the item's own day is the date.
    const undated = importOne('undated.xml', nitf('Barriers stay up', ['Odense /ritzau/: Text.', 'More.'], '20230105T090000+0100'));
    expect(undated.dateline).toMatchObject({ place: 'Odense', date: '2023-01-05', yearInferred: false, agency: 'ritzau' });
  });

  it('heads a story whose "headline" is its lede cut mid-word by the lede\'s first sentence', () => {
    const a = importOne('odense.xml', nitf('*En 37-årig kvinde, der tirsdag blev anholdt efter en br', [
      'Odense /ritzau/: En 37-årig kvinde, der tirsdag blev anholdt efter en brand i Odense, er løsladt igen.',
      'Politiet efterforsker fortsat branden.',
      '/ritzau/',
    ], '20260303T080000+0100'));
    expect(a.headline).toBe('En 37-årig kvinde, der tirsdag blev anholdt efter en brand i Odense, er løsladt igen.');
    expect(a.dateline).toMatchObject({ place: 'Odense', agency: 'ritzau' });
    expect(texts(a)).toEqual(['En 37-årig kvinde, der tirsdag blev anholdt efter en brand i Odense, er løsladt igen.', 'Politiet efterforsker fortsat branden.']);
  });

  it('drops the headline repeated as the first paragraph and finds the dateline under the standfirst', () => {
    const a = importOne('ferry.xml', nitf('Lakeside Ferries Adds Night Crossings', [
      'Lakeside Ferries Adds Night Crossings',
      'Service to Run Until Midnight From April',
      'GENEVA, March 2, 2026 (GLOBE NEWSWIRE) -- Lakeside Ferries said on Monday it would add night crossings.',
      'Tickets go on sale next week.',
    ], '20260302T120000Z'));
    expect(a.headline).toBe('Lakeside Ferries Adds Night Crossings');
    expect(a.dateline).toMatchObject({ place: 'Geneva', date: '2026-03-02', yearInferred: false, agency: 'GLOBE NEWSWIRE' });
    // A release distributor is the source; with no issuer named, it is the credit too.
    expect(a.source).toEqual({ name: 'GlobeNewswire', code: 'GlobeNewswire', credit: 'GLOBE NEWSWIRE' });
    expect(texts(a)).toEqual(['Service to Run Until Midnight From April', 'Lakeside Ferries said on Monday it would add night crossings.', 'Tickets go on sale next week.']);
  });
});

