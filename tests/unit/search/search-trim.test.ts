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
});
