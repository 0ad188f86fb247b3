import { describe, expect, it } from 'vitest';
import { calendarDayIn } from '../../../electron/domain/dateline-style.js';
import { timeZoneOf } from '../../../electron/enrich/gazetteer.js';
import { importOne } from './formats/import-fixture.js';

const nitf = (paragraphs: readonly string[], issued: string): Buffer =>
  Buffer.from(
    `<nitf><head><docdata><date.issue norm="${issued}"/></docdata></head><body><body.head><hedline><hl1>Late result</hl1></hedline>` +
      `</body.head><body.content>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body.content></body></nitf>`,
  );

describe('a dateline with no date of its own is dated by the calendar of its place', () => {
  it('an evening story from Chicago filed after midnight GMT keeps the American day', () => {
    // 02:15 GMT on 12 March is 21:15 on 11 March in Chicago (Central daylight time began on 9 March 2025).
    const a = importOne('late.xml', nitf(['CHICAGO (AP) _ The home side won in overtime on Tuesday night.', 'More.'], '20250312T021500Z'));
    expect(a.dateline).toMatchObject({ place: 'Chicago', date: '2025-03-11', agency: 'AP' });
    expect(a.dateline.text).toContain('March 11');
  });

  it('a morning story from Tehran filed before midnight GMT takes the next day there', () => {
    // 22:40 GMT on 20 November is 02:10 on 21 November in Tehran (UTC+03:30).
    const a = importOne('tehran.xml', nitf(['TEHRAN (IRNA) - The council met at dawn.', 'More.'], '20261120T224000Z'));
    expect(a.dateline).toMatchObject({ place: 'Tehran', date: '2026-11-21' });
  });

  it('a place whose clock is unknown keeps the day the item writes', () => {
    const a = importOne('nowhere.xml', nitf(['ZORBLAND (AP) _ Nothing happened.', 'More.'], '20250312T021500Z'));
    expect(a.dateline.date).toBe('2025-03-12');
  });

  it('a dateline with its own date keeps it', () => {
    const a = importOne('dated.xml', nitf(['CHICAGO, March 12 (AP) _ The home side won.', 'More.'], '20250312T021500Z'));
    expect(a.dateline.date).toBe('2025-03-12');
  });
});

describe('time zones of places', () => {
  it('knows cities of countries with several clocks, countries with one, and not countries with several', () => {
    expect(timeZoneOf('Atlanta')).toBe('America/New_York');
    expect(timeZoneOf('LOS ANGELES')).toBe('America/Los_Angeles');
    expect(timeZoneOf('Paris')).toBe('Europe/Paris');
    expect(timeZoneOf('Iran')).toBe('Asia/Tehran');
    expect(timeZoneOf('United States')).toBeNull();
    expect(timeZoneOf('Zorbland')).toBeNull();
  });

  it('gives the calendar day at an instant in a zone, and nothing for an instant without a time', () => {
    expect(calendarDayIn('2016-02-20T03:37:00Z', 'America/New_York')).toBe('2016-02-19');
    expect(calendarDayIn('2016-02-20T03:37:00+00:00', 'Asia/Tokyo')).toBe('2016-02-20');
    expect(calendarDayIn('2016-12-31T23:30:00-05:00', 'Europe/London')).toBe('2017-01-01');
    expect(calendarDayIn('2016-02-20', 'America/New_York')).toBeNull();
    expect(calendarDayIn('2016-02-20T03:37:00Z', 'Not/AZone')).toBeNull();
  });
});
