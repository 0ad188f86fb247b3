/**
 * Issue 13's "Why": a lede cut off with "…" was taken as the headline and exported unflagged; a WordPress post was
 * filed under the author `islamic-republic-news-agency`; an empty headline saved as "Untitled story". Each here
 * with the output it must (not) produce.
 */
import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { BUILT_IN_PRESETS } from '../../../electron/domain/export-preset.js';
import { storyWarnings } from '../../../electron/export/warnings.js';
import { wordpressPost } from '../../../electron/publish/wordpress-payload.js';
import { useTempDirs } from '../helpers.js';
import { story } from './fixture.js';

const tempDir = useTempDirs();
const gates = BUILT_IN_PRESETS[0]!.gates;
const confirmed = { ...story, dateline: { ...story.dateline, yearInferred: false }, flags: [] };

describe('before a story goes', () => {
  it('warns about a headline that is a lede cut off with "…" or "..."', () => {
    expect(storyWarnings(confirmed, gates)).toEqual([]);
    const cut = 'Secretary of the Supreme National Security Council Ali Shamkhani cautioned Iraq on the…';
    expect(storyWarnings({ ...confirmed, headline: cut }, gates)).toEqual(['The headline ends with “…”: it looks like a lede cut off, not a headline']);
    expect(storyWarnings({ ...confirmed, headline: 'Shamkhani cautioned Iraq on the ...' }, gates)).toHaveLength(1);
  });

  it('files a WordPress post under no author rather than a slug of the agency or a desk code', () => {
    const options = { postStatus: 'draft' as const, defaultCategory: 'News', now: new Date('2026-12-01T00:00:00Z') };
    const irna = { ...confirmed, byline: '', authors: [], source: { name: 'Islamic Republic News Agency', code: 'IRNA', credit: 'IRNA' } };
    expect(wordpressPost(irna, options).authorName).toBeNull();
    expect(wordpressPost({ ...irna, byline: 'tsafos' }, options).authorName).toBeNull();
    expect(wordpressPost({ ...irna, byline: 'daa/mt/msr' }, options).authorName).toBeNull();
    expect(wordpressPost({ ...irna, byline: 'By Lina Haddad' }, options).authorName).toBe('Lina Haddad');
  });

  it('refuses to save an empty headline, and the stored story keeps its own', async () => {
    const api = new CopydeskService(await ArticleStore.open(await tempDir()));
    const report = await api.importText({ text: 'Port reopens after storm\n\nSALALAH, March 4 (CWA) - The port reopened on Tuesday.\n', name: 'port.txt' });
    const id = report.articles[0]?.id ?? '';
    const before = await api.getArticle({ id });
    await expect(api.saveArticle({ id, revision: before.revision, patch: { headline: '   ' } })).rejects.toThrow('A story needs a headline: it cannot be saved empty');
    const after = await api.getArticle({ id });
    expect([after.headline, after.revision]).toEqual(['Port reopens after storm', before.revision]);
  });
});
