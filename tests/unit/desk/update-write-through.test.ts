/**
 * An agency update written through to the editor's copy (issue 10): the editor edits the headline and the second
 * paragraph; UPDATE 1 rewrites the fourth, adds a seventh and also rewrites the second. Expected: one story in
 * the inbox; the fourth and seventh applied and listed (each undoable); the second kept as the editor wrote it
 * with both versions offered; the headline the editor set kept (the agency did not change it). Fixtures are
 * written here in Reuters' plain-text style.
 */
import { describe, expect, it } from 'vitest';
import { toInput } from '../../../electron/desk/desk-actions.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import type { Article } from '../../../electron/domain/article.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';
import { WIND_HEADLINE, WIND_PARAGRAPHS, WIND_UPDATE_PARAGRAPHS, plainText } from '../../fixtures/updates/wind-story.js';

const tempDir = useTempDirs();

const P = WIND_PARAGRAPHS;
const original = plainText(WIND_HEADLINE, P);
const update1 = plainText(`UPDATE 1-${WIND_HEADLINE}`, WIND_UPDATE_PARAGRAPHS);

const find = (a: Article, start: string) => a.paragraphs.find((p) => p.text.startsWith(start));

describe('an agency update written through to the editor\'s copy', () => {
  it('applies what only the agency changed, keeps what only the editor changed, offers both where both did', async () => {
    const api = new CopydeskService(await ArticleStore.open(await tempDir()));
    await api.setDeskUser({ name: 'Mina Karimi' });
    const first = await api.importBytes([{ name: 'wind.txt', bytes: original }]);
    const id = first.articles[0]?.id ?? '';
    const opened = await api.getArticle({ id });
    const headlined = await api.saveArticle({ id, revision: opened.revision, patch: { headline: 'Norway opens two North Sea wind zones' } });
    const second = find(headlined, 'The zones could host');
    const blocks = headlined.paragraphs.map(toInput).map((b) => (b.id === second?.id ? { ...b, text: 'The two zones could host up to 3 gigawatts of turbines, enough for about a million homes.' } : b));
    const edited = await api.saveBody({ id, revision: headlined.revision, blocks });
    if (!edited.saved) throw new Error(edited.conflict.message);

    const report = await api.importBytes([{ name: 'wind-update1.txt', bytes: update1 }]);
    const updateId = report.articles[0]?.id ?? '';
    expect(report.updates.map((u) => u.previous)).toEqual([id]);
    // One story in the inbox: the update, carrying the editor's work.
    expect((await api.listArticles({})).map((s) => s.id)).toEqual([updateId]);
    const merged = await api.getArticle({ id: updateId });
    expect(merged.headline).toBe('Norway opens two North Sea wind zones');
    expect(merged.revision).toBe(2);
    const wt = merged.writeThrough;
    if (!wt) throw new Error('the update was not merged into the editor\'s copy');
    expect(wt.label).toBe('update 1');
    expect(wt.from).toBe(id);
    // Applied: the fourth paragraph rewritten and the seventh added, each pointing at its block.
    const fourth = find(merged, 'The state will offer winners');
    const seventh = find(merged, 'Shares in offshore wind');
    expect(wt.applied.map((c) => [c.kind, c.blockId])).toEqual([
      ['rewrote', fourth?.id],
      ['added', seventh?.id],
    ]);
    expect(merged.paragraphs.map((p) => p.text)).toEqual([
      expect.stringContaining('Norway will open two new offshore wind zones'),
      'The two zones could host up to 3 gigawatts of turbines, enough for about a million homes.',
      P[2],
      'The state will offer winners a contract for difference worth up to 35 billion crowns over 15 years, the ministry said.',
      P[4],
      P[5],
      'Shares in offshore wind developers rose on the Oslo bourse after the announcement.',
    ]);
    // The second: both changed it; the editor's words stay in place until they choose.
    const mine = find(merged, 'The two zones');
    expect(wt.conflicts).toEqual([
      expect.objectContaining({
        blockId: mine?.id,
        ours: 'The two zones could host up to 3 gigawatts of turbines, enough for about a million homes.',
        theirs: 'The zones could host up to 4.5 gigawatts of turbines, enough to power about 1.5 million homes, the ministry said.',
      }),
    ]);
    // Search finds it as updated since the editor's work, and counts it.
    const updated = await api.searchArticles({ query: 'is:updated', facets: true });
    expect(updated.results.map((r) => [r.id, r.update])).toEqual([[updateId, { label: 'update 1', open: 1, merged: true }]]);
    expect(updated.facets?.updated).toBe(1);
    const history = await api.listRevisions({ id: updateId });
    expect(history.map((r) => [r.number, r.author, r.summary])).toEqual([
      [1, '', 'Imported'],
      [2, 'Copydesk (agency update)', "Update 1 merged into the editor's copy: rewrote ¶4, added ¶7; ¶2 to choose"],
    ]);

    // Choose the agency's second paragraph; undo the added seventh; the merge is history like any other.
    const chosen = await api.settleUpdate({ id: updateId, revision: merged.revision, block: mine?.id ?? '', choice: 'theirs' });
    expect(find(chosen, 'The zones could host')?.text).toContain('4.5 gigawatts');
    expect(chosen.writeThrough?.conflicts).toEqual([]);
    const undone = await api.undoUpdateChange({ id: updateId, revision: chosen.revision, block: seventh?.id ?? '' });
    expect(find(undone, 'Shares in offshore wind')).toBeUndefined();
    expect(undone.writeThrough?.applied.find((c) => c.kind === 'added')?.undone).toBe(true);
    const redone = await api.undoUpdateChange({ id: updateId, revision: undone.revision, block: seventh?.id ?? '', redo: true });
    expect(redone.paragraphs.at(-1)?.text).toBe('Shares in offshore wind developers rose on the Oslo bourse after the announcement.');
    expect((await api.listRevisions({ id: updateId })).map((r) => r.summary).slice(2)).toEqual([
      'Update 1: ¶2 settled with the agency\'s text',
      'Undid "update 1 added ¶7"',
      'Redid "update 1 added ¶7"',
    ]);

    // The export carries the merged copy.
    const exported = await api.exportArticles({ ids: [updateId], format: 'text' });
    expect(exported.errors).toEqual([]);
    const text = exported.files[0]?.content ?? '';
    expect(text).toContain('4.5 gigawatts');
    expect(text).toContain('35 billion crowns');
    expect(text).toContain('Norway opens two North Sea wind zones');
  });

  it('leaves an update of a story nobody touched as the agency sent it', async () => {
    const api = new CopydeskService(await ArticleStore.open(await tempDir()));
    await api.importBytes([{ name: 'wind.txt', bytes: original }]);
    const report = await api.importBytes([{ name: 'wind-update1.txt', bytes: update1 }]);
    const update = await api.getArticle({ id: report.articles[0]?.id ?? '' });
    expect(update.revision).toBe(1);
    expect(update.writeThrough).toBeUndefined();
    expect(update.paragraphs).toHaveLength(7);
  });
});
