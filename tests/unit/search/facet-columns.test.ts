import { describe, expect, it } from 'vitest';
import { FacetColumns } from '../../../electron/search/facet-columns.js';
import { countFacets } from '../../../electron/search/search-facets.js';
import type { SearchRecord } from '../../../electron/search/search-record.js';

const NOW = new Date('2026-11-28T12:00:00Z');
const STATUSES = ['new', 'in-review', 'ready', 'exported', 'spiked'] as const;

/** Records spread over every facet value, including the empty ones countFacets names "(none)". */
function records(count: number): SearchRecord[] {
  let seed = 11;
  const r = (n: number): number => Math.floor(((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32) * n);
  return Array.from({ length: count }, (_, i) => ({
    id: `s${i}`, revision: 1, status: STATUSES[r(5)] as SearchRecord['status'], headline: `h${i}`, slugline: '', source: ['AFP', 'Reuters', 'IRNA', ''][r(4)] as string,
    datelineDate: null, updatedAt: '2026-11-28T11:00:00Z', sha256: `${i}`, sourceName: '', language: ['en', 'fr', 'fa', ''][r(4)] as string,
    wireTime: new Date(NOW.getTime() - r(20 * 24) * 3_600_000 + 1_800_000).toISOString(), urgency: null, priority: null, places: [],
    subjects: ['politics', 'economy', 'sport', 'health'].filter(() => r(3) === 0), openFlags: r(3), embargo: r(4) === 0 ? '2026-11-29T00:00:00Z' : r(4) === 0 ? '2026-11-01T00:00:00Z' : null,
    killed: r(10) === 0, edited: r(5) === 0, update: r(6) === 0 ? { label: 'update 1', open: 0, merged: r(2) === 0 } : null, textKey: '',
  }));
}

describe('FacetColumns', () => {
  it('counts what countFacets counts, over any subset of the stories, with kills in force', () => {
    const all = records(400);
    const columns = new FacetColumns();
    all.forEach((r, n) => columns.set(n, r));
    const wireMs = all.map((r) => Date.parse(r.wireTime));
    const matched = all.map((_, n) => n).filter((n) => n % 3 !== 1);
    const killed = new Set(['s0', 's3', 's5']);
    const expected = countFacets(matched.map((n) => {
      const r = all[n] as SearchRecord;
      return { record: killed.has(r.id) ? { ...r, killed: true } : r, wireMs: wireMs[n] as number };
    }), NOW);
    const got = columns.count(matched, all, wireMs, NOW, killed);
    expect(got).toEqual(expected);
    // Real work was compared: every facet has counts.
    expect(got.source.map((f) => f.value)).toContain('(none)');
    expect(got.date.every((d) => d.count > 0)).toBe(true);
    expect(got.killed).toBeGreaterThan(3);
  });

  it('counts a story again under its new values once its record is replaced', () => {
    const [a, b] = records(2) as [SearchRecord, SearchRecord];
    const columns = new FacetColumns();
    columns.set(0, { ...a, source: 'AFP', status: 'new' });
    columns.set(1, { ...b, source: 'AFP', status: 'new' });
    const now = [{ ...a, source: 'Reuters', status: 'ready' as const }, { ...b, source: 'AFP', status: 'new' as const }];
    columns.set(0, now[0] as SearchRecord);
    const got = columns.count([0, 1], now, [0, 0], NOW);
    expect(got.source).toEqual([{ value: 'AFP', count: 1 }, { value: 'Reuters', count: 1 }]);
    expect(got.status).toEqual([{ value: 'new', count: 1 }, { value: 'ready', count: 1 }]);
  });

  it('decides a field term per distinct value exactly as testing each story would', () => {
    const all = records(300).map((r, i) => ({ ...r, sourceName: i % 7 === 0 ? 'Agence France-Presse' : r.sourceName, places: i % 5 === 0 ? ['Tehran', 'Paris'] : i % 5 === 1 ? ['Paris'] : [] }));
    const columns = new FacetColumns();
    all.forEach((r, n) => columns.set(n, r));
    const cases: [Parameters<FacetColumns['fieldTest']>[0], (v: string) => boolean, (r: SearchRecord) => boolean][] = [
      ['source', (v) => v === 'AFP' || v === 'Agence France-Presse', (r) => r.source === 'AFP' || r.sourceName === 'Agence France-Presse'],
      ['lang', (v) => v === 'fr', (r) => r.language === 'fr'],
      ['place', (v) => v === 'Tehran', (r) => r.places.includes('Tehran')],
      ['subject', (v) => v.startsWith('eco'), (r) => r.subjects.includes('economy')],
    ];
    for (const [field, valueTest, storyTest] of cases) {
      const test = columns.fieldTest(field, valueTest);
      const got = all.map((_, n) => n).filter((n) => test(n));
      const want = all.map((_, n) => n).filter((n) => storyTest(all[n] as SearchRecord));
      expect(got, field).toEqual(want);
      expect(want.length, field).toBeGreaterThan(10);
      expect(want.length, field).toBeLessThan(all.length);
    }
  });
});
