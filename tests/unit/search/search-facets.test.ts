import { describe, expect, it } from 'vitest';
import { compareRecords, countFacets } from '../../../electron/search/search-facets.js';
import type { StoryHit } from '../../../electron/search/story-hit.js';

const NOW = new Date('2026-11-28T12:00:00Z');

function hit(id: string, over: Partial<StoryHit>): StoryHit {
  return {
    id, revision: 1, status: 'new', headline: id, slugline: id, source: 'AFP', datelineDate: null, updatedAt: '2026-11-28T11:00:00Z',
    sha256: id, sourceName: 'Agence France-Presse', language: 'en', wireTime: '2026-11-28T10:00:00Z', urgency: null, priority: null,
    places: [], subjects: [], openFlags: 0, embargo: null, killed: false, edited: false, ...over,
  };
}

const RECORDS = [
  hit('a', { wireTime: '2026-11-28T09:00:00Z', subjects: ['politics'], openFlags: 2 }),
  hit('b', { wireTime: '2026-11-27T20:00:00Z', source: 'Reuters', status: 'ready', embargo: '2026-11-29T00:00:00Z' }),
  hit('c', { wireTime: '2026-11-24T08:00:00Z', language: 'fr', subjects: ['politics', 'economy'], embargo: '2026-11-01T00:00:00Z' }),
  hit('d', { wireTime: '2026-10-01T08:00:00Z', killed: true, edited: true, urgency: 1 }),
];

describe('countFacets', () => {
  it('counts sources, statuses, languages, subjects, wire-date buckets and desk flags as of now', () => {
    const f = countFacets(RECORDS.map((record) => ({ record, wireMs: Date.parse(record.wireTime) })), NOW);
    expect(f.source).toEqual([{ value: 'AFP', count: 3 }, { value: 'Reuters', count: 1 }]);
    expect(f.status).toEqual([{ value: 'new', count: 3 }, { value: 'ready', count: 1 }]);
    expect(f.language).toEqual([{ value: 'en', count: 3 }, { value: 'fr', count: 1 }]);
    expect(f.subject).toEqual([{ value: 'politics', count: 2 }, { value: 'economy', count: 1 }]);
    // a: today and within 24 h; b: yesterday evening, within 24 h; c: this week; d: older.
    expect(f.date).toEqual([
      { value: 'today', count: 1 },
      { value: 'last-24h', count: 2 },
      { value: 'this-week', count: 3 },
      { value: 'older', count: 1 },
    ]);
    // An embargo already past does not count.
    expect({ flagged: f.flagged, embargoed: f.embargoed, killed: f.killed, edited: f.edited }).toEqual({ flagged: 1, embargoed: 1, killed: 1, edited: 1 });
  });
});

describe('compareRecords', () => {
  it('orders by wire time newest first, by urgency flash first, by headline', () => {
    const ids = (key: Parameters<typeof compareRecords>[0]) => [...RECORDS].sort((x, y) => compareRecords(key, x, y)).map((r) => r.id);
    expect(ids('wire')).toEqual(['a', 'b', 'c', 'd']);
    expect(ids('urgency')[0]).toBe('d');
    expect(ids('headline')).toEqual(['a', 'b', 'c', 'd']);
  });
});
