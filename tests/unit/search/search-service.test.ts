import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../electron/api/contract.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();
const NOW = new Date('2026-11-28T12:00:00Z');

const file = (name: string, text: string) => ({ name, bytes: Buffer.from(text) });

describe('searchArticles', () => {
  it('pages the stories a query matches, with facet counts, through the contract', async () => {
    const api = new CopydeskService(await ArticleStore.open(await tempDir()), { now: () => NOW });
    const files = Array.from({ length: 12 }, (_, i) =>
      file(`s${i}.txt`, `Harbour strike day ${i} in ${i % 3 === 0 ? 'Lisbon' : 'Porto'}\n\n${i % 3 === 0 ? 'LISBON' : 'PORTO'}, Nov. ${i + 1} (${i % 2 ? 'AFP' : 'Reuters'}) - Dock workers walked out for the ${i}th day, union leaders said.\n`),
    );
    await api.importBytes(files);
    const page = await api.searchArticles(parseArgs('searchArticles', { query: 'dock workers', limit: 5, offset: 0, facets: true, sort: 'headline' }));
    expect(page.total).toBe(12);
    expect(page.matching).toBe(12);
    expect(page.results).toHaveLength(5);
    expect(page.facets?.source).toEqual([{ value: 'AFP', count: 6 }, { value: 'Reuters', count: 6 }]);
    const lisbon = await api.searchArticles({ query: 'place:lisbon source:afp', facets: true });
    expect(lisbon.results.map((r) => r.headline).sort()).toEqual(['Harbour strike day 3 in Lisbon', 'Harbour strike day 9 in Lisbon']);
    expect(() => parseArgs('searchArticles', { sort: 'size' })).toThrow(/sort/);

    // Export "the stories of this search": the preview covers exactly the matches.
    const preview = await api.previewExport({ query: 'place:lisbon source:afp', format: 'md' });
    expect(preview.stories.map((s) => s.headline).sort()).toEqual(['Harbour strike day 3 in Lisbon', 'Harbour strike day 9 in Lisbon']);
  });
});
