/**
 * A library saved before blocks had ids: paragraphs without ids and decisions keyed by paragraph index. Opening
 * it gives every paragraph its id, turns each decision into an anchored one, and loses nothing.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import type { Article } from '../../../electron/domain/article.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { SEED_PATH, useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

describe('migrating a library saved before block ids', () => {
  it('gives paragraphs their ids, anchors old decisions, and keeps an old fix through re-cleaning', async () => {
    const dir = await tempDir();
    const api = new CopydeskService(await ArticleStore.open(dir));
    const report = await api.importFiles({ files: [{ name: 'seed.txt', base64: (await readFile(SEED_PATH)).toString('base64') }] });
    const fresh = await api.getArticle({ id: report.articles[0]?.id ?? '' });
    const typo = fresh.paragraphs.findIndex((p) => p.text.includes("counties'"));
    // What the old version stored: the fix applied to the text, decisions by index, flag ids by index.
    const legacy = {
      ...fresh,
      paragraphs: fresh.paragraphs.map((p, i) => ({ text: i === typo ? p.text.replace("counties'", "countries'") : p.text, speaker: p.speaker ?? null })),
      decisions: {
        speakerTags: [{ paragraph: 2, speaker: 'Ali Shamkhani' }],
        fixes: [{ paragraph: typo, find: "counties'", replace: "countries'" }],
        dismissedFlags: [`loaded-term@${typo}:Zionist regime`],
      },
      analysed: true,
    } as unknown as Article;
    await api.store.save(legacy, fresh.revision);

    const reopened = await new CopydeskService(await ArticleStore.open(dir)).getArticle({ id: fresh.id });
    expect(reopened.paragraphs.map((p) => p.id)).toEqual(fresh.paragraphs.map((p) => p.id));
    expect(reopened.paragraphs[typo]?.text).toContain("regional countries' conspiracies");
    expect(reopened.decisions.speakerTags).toEqual([{ speaker: 'Ali Shamkhani', anchor: expect.objectContaining({ block: fresh.paragraphs[2]?.id }) }]);
    expect(reopened.paragraphs[2]).toMatchObject({ speaker: 'Ali Shamkhani', speakerConfirmed: true });
    const block = fresh.paragraphs[typo]?.id ?? '';
    expect(reopened.decisions.fixes).toEqual([{ find: "counties'", replace: "countries'", anchor: expect.objectContaining({ block, quote: expect.objectContaining({ exact: "countries'" }) }) }]);
    expect(reopened.decisions.dismissedFlags).toEqual([`loaded-term@${block}:Zionist regime`]);
    expect(reopened.flags.some((f) => f.id === `loaded-term@${block}:Zionist regime`)).toBe(false);
    // Opening it wrote nothing.
    expect(reopened.revision).toBe(fresh.revision + 1);
    expect((await api.store.get(fresh.id)).revision).toBe(fresh.revision + 1);

    // Re-cleaning from the original keeps the old fix (the machine's copy is the ancestor it merges from).
    const recleaned = await api.recleanStory({ id: fresh.id, revision: reopened.revision });
    expect(recleaned.paragraphs[typo]?.text).toContain("regional countries' conspiracies");
    expect(recleaned.orphaned ?? []).toEqual([]);
  });
});
