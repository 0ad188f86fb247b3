import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../electron/search/search-query.js';
import { SearchIndex } from '../../../electron/search/search-index.js';
import type { SearchRecord } from '../../../electron/search/search-record.js';

const WORDS = ['minister', 'said', 'talks', 'tehran', 'resume', 'on', 'tuesday', 'harbour', 'strike', 'council', 'security', 'the'];

function record(i: number): SearchRecord {
  return {
    id: `s${i}`, revision: 1, status: 'new', headline: `h${i}`, slugline: '', source: i % 3 === 0 ? 'AFP' : 'IRNA', datelineDate: null,
    updatedAt: '2026-11-28T11:00:00Z', sha256: `${i}`, sourceName: '', language: 'en', wireTime: '2026-11-28T10:00:00Z', urgency: null,
    priority: null, places: [], subjects: [], openFlags: 0, embargo: null, killed: false, edited: false, update: null, textKey: `${i}`,
  };
}

function text(i: number): string {
  let s = i + 1;
  const r = (n: number): number => Math.floor(((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32) * n);
  return Array.from({ length: 30 + r(40) }, () => WORDS[r(WORDS.length)] as string).join(' ');
}

const QUERIES = ['minister', 'talks tehran', '"security council"', '"on tuesday" source:AFP', 'harb*', '-strike said'];

async function answers(index: SearchIndex): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const q of QUERIES) {
    const o = await index.search(parseQuery(q), { limit: 1000, facets: true });
    out.push({ q, matching: o.matching, ids: o.records.map((r) => r.id), facets: o.facets });
  }
  return out;
}

describe('SearchIndex.trim', () => {
  it('answers every query as before, and keeps indexing after', async () => {
    const index = new SearchIndex(async () => null);
    // 12,000 stories: long lists of story numbers, grown one push at a time, then trimmed.
    for (let i = 0; i < 12_000; i++) index.put(record(i), text(i));
    const before = await answers(index);
    index.trim();
    expect(await answers(index)).toEqual(before);
    // A save that changes a story's words after the trim: the new words are found, the old ones no longer.
    index.put({ ...record(5), textKey: 'new' }, 'unheard words only');
    const found = await index.search(parseQuery('"unheard words"'), {});
    expect(found.records.map((r) => r.id)).toEqual(['s5']);
    const after = (await answers(index)) as { matching: number }[];
    expect(after.reduce((n, a) => n + a.matching, 0)).toBeGreaterThan(0);
    expect((before[0] as { matching: number }).matching).toBeGreaterThan(1000);
  });

  it('trims the lists that grew when the desk rests: the words tracked after a few stories, every list after many', async () => {
    const index = new SearchIndex(async () => null);
    for (let i = 0; i < 1000; i++) index.put(record(i), text(i));
    index.trim();
    // FlexSearch's own word map (flex-insert.ts relies on its shape): a trimmed list is a new, exact copy.
    const lists = (): Map<string, unknown> => (index as unknown as { flex: { map: Map<string, unknown> } }).flex.map;
    const before = new Map(lists());
    // A few stories (a hot folder's arrivals): only the words they hold are trimmed.
    for (let i = 1000; i < 1050; i++) index.put(record(i), 'harbour strike');
    index.trimTouched();
    expect(lists().get('harbour')).not.toBe(before.get('harbour'));
    expect(lists().get('minister')).toBe(before.get('minister'));
    const answered = await answers(index);
    // Many (an import as large as a tenth of the library): every list is trimmed, and the answers stay the same.
    const kept = new Map(lists());
    for (let i = 1050; i < 1300; i++) index.put(record(i), 'harbour strike');
    index.trimTouched();
    expect(lists().get('minister')).not.toBe(kept.get('minister'));
    const after = (await answers(index)) as { q: string; matching: number }[];
    expect(after.find((a) => a.q === 'minister')).toEqual((answered as { q: string }[]).find((a) => a.q === 'minister'));
    expect(after.find((a) => a.q === 'harb*')?.matching).toBe(((answered as { q: string; matching: number }[]).find((a) => a.q === 'harb*')?.matching ?? 0) + 250);
  });
});
