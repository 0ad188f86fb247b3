import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import { toInput } from '../../../electron/desk/desk-actions.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { DeskStore } from '../../../electron/store/desk-store.js';
import { SEED_PATH, useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

interface JsonArticle {
  readonly id: string;
  readonly revision: number;
  readonly headline: string;
  readonly paragraphs: { id: string; text: string }[];
}

describe('copydesk show, history and revert', () => {
  it('shows a story in the import --json shape, lists its history oldest first, and reverts to a revision', async () => {
    const data = await tempDir();
    const imported = JSON.parse((await cli(['import', fileURLToPath(SEED_PATH), '--data', data, '--json'])).out) as { articles: JsonArticle[] };
    const first = imported.articles[0];
    if (!first) throw new Error('the seed did not import');
    // import --json paragraphs carry their ids: cleaning's block of the original (the lead is block 2 of the seed).
    expect(first.paragraphs[0]?.id).toBe('p2');
    expect(first.paragraphs.every((p) => /^p\d+$/u.test(p.id))).toBe(true);

    // Two saves through the service, as the app would make them, signed by the desk user.
    const desk = await DeskStore.open(data);
    const api = new CopydeskService(await ArticleStore.open(data), { desk });
    await api.setDeskUser({ name: 'Sam Hale' });
    const a = await api.getArticle({ id: first.id });
    const blocks = a.paragraphs.map(toInput).map((b, i) => (i === 0 ? { ...b, text: b.text.replace('cautioned', 'warned') } : b));
    const one = await api.saveBody({ id: a.id, revision: a.revision, blocks });
    if (!one.saved) throw new Error('save refused');
    await api.saveBody({ id: a.id, revision: one.article.revision, headline: 'Iran warns Iraq' });

    const shown = await cli(['show', first.id, '--data', data, '--json']);
    expect(shown.code).toBe(0);
    const now = JSON.parse(shown.out) as JsonArticle;
    expect(Object.keys(now)).toEqual(Object.keys(first));
    expect(now).toMatchObject({ revision: 3, headline: 'Iran warns Iraq' });
    expect(now.paragraphs[0]?.text).toMatch(/Ali Shamkhani warned Iraq/u);
    const old = JSON.parse((await cli(['show', first.id, '--revision', '1', '--data', data, '--json'])).out) as JsonArticle;
    expect(old).toMatchObject({ revision: 1, headline: 'Iran cautions Iraq on secessionist approaches' });
    expect(old.paragraphs[0]?.text).toMatch(/Ali Shamkhani cautioned Iraq/u);

    const history = JSON.parse((await cli(['history', first.id, '--data', data, '--json'])).out) as { number: number; author: string; at: string; summary: string }[];
    expect(history.map((r) => [r.number, r.author, r.summary])).toEqual([[1, '', 'Imported'], [2, 'Sam Hale', 'Edited ¶1'], [3, 'Sam Hale', 'headline']]);
    expect(history.every((r) => !Number.isNaN(Date.parse(r.at)))).toBe(true);
    // Reading never wrote: show and history left the story at revision 3.
    expect((await api.getArticle({ id: first.id })).revision).toBe(3);

    const reverted = await cli(['revert', first.id, '--to', '1', '--data', data]);
    expect(reverted).toMatchObject({ code: 0, out: `reverted ${first.id} to revision 1: now revision 4` });
    const after = JSON.parse((await cli(['show', first.id, '--data', data, '--json'])).out) as JsonArticle;
    expect(after).toMatchObject({ revision: 4, headline: 'Iran cautions Iraq on secessionist approaches' });
    const text = (await cli(['history', first.id, '--data', data])).out.split('\n');
    expect(text).toHaveLength(4);
    expect(text[3]).toMatch(/^ {3}4 {2}\d{4}-.* {2}Sam Hale +Reverted to revision 1$/u);
  });

  it('names a missing story, a revision it never had, and bad usage', async () => {
    const data = await tempDir();
    expect(await cli(['show', 'no-such-story', '--data', data])).toMatchObject({ code: 1, err: 'copydesk: No story with id no-such-story' });
    const imported = JSON.parse((await cli(['import', fileURLToPath(SEED_PATH), '--data', data, '--json'])).out) as { articles: JsonArticle[] };
    const id = imported.articles[0]?.id ?? '';
    expect((await cli(['show', id, '--revision', '7', '--data', data])).err).toBe(`copydesk: Story ${id} has no revision 7 (it is at revision 1)`);
    expect((await cli(['revert', id, '--data', data])).code).toBe(2);
    expect((await cli(['revert', id, '--to', 'zero', '--data', data])).err).toMatch(/--to must be a revision number/u);
    expect((await cli(['history', '--data', data])).err).toMatch(/history needs exactly one story ID/u);
  });
});
