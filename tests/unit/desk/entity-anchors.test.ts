/**
 * The editor's entity edits are anchored to the words that name them: an edit of the body that removes the only
 * mention reports the entity orphaned (the entity itself stays as the editor set it); a mention whose block is
 * rewritten is found again by its name. The seed names the Iraqi defence minister once, in its opening paragraph.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { toInput } from '../../../electron/desk/desk-actions.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import { anchorEntities, reattachMentions } from '../../../electron/domain/entity-anchors.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { SEED_PATH, useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

describe('entity edits anchored to their words', () => {
  it('pins each entity to its first whole-word mention and re-finds it by name after its block changes', () => {
    const blocks = [
      { id: 'p1', text: 'Talks in Tehran with Iraqi Defense Minister Erfan al-Hiyali went on.' },
      { id: 'p2', text: 'Hiyali said later that Tehranis welcomed him.' },
    ];
    const entities = {
      people: [{ name: 'Erfan al-Hiyali', role: 'Defense Minister', organisation: null }],
      organisations: [{ name: 'IRGC' }],
      places: [{ name: 'Tehran', country: 'IR' }],
    };
    const mentions = anchorEntities(entities, blocks);
    // The IRGC is not named in the text: it has no anchor, and is never reported for it.
    expect(mentions.map((m) => [m.name, m.anchor.block, m.anchor.quote.exact, m.anchor.start])).toEqual([
      ['Erfan al-Hiyali', 'p1', 'Erfan al-Hiyali', 44],
      ['Tehran', 'p1', 'Tehran', 9],
    ]);
    // The first paragraph rewritten: Tehran is named again in the second only as part of "Tehranis" (not a mention).
    const rewritten = [{ id: 'p1', text: 'Erfan al-Hiyali, the Iraqi minister, arrived.' }, blocks[1] ?? { id: '', text: '' }];
    const again = reattachMentions(mentions, entities, rewritten, '2026-12-01T00:00:00Z');
    expect(again.mentions.map((m) => [m.name, m.anchor.block, m.anchor.start])).toEqual([['Erfan al-Hiyali', 'p1', 0]]);
    expect(again.orphaned).toEqual([
      { kind: 'entity', anchor: mentions[1]?.anchor, detail: 'place: Tehran is no longer named in the text', at: '2026-12-01T00:00:00Z' },
    ]);
    // An entity the editor removed takes its mention with it, and is not reported.
    const removed = reattachMentions(mentions, { ...entities, places: [] }, rewritten, 'x');
    expect(removed.orphaned).toEqual([]);
  });

  it('through the service: a body edit that deletes the only mention lists the entity as no longer applying, and keeps it', async () => {
    const api = new CopydeskService(await ArticleStore.open(await tempDir()));
    const report = await api.importFiles({ files: [{ name: 'seed.txt', base64: (await readFile(SEED_PATH)).toString('base64') }] });
    const id = report.articles[0]?.id ?? '';
    const opened = await api.getArticle({ id });
    const person = { name: 'Erfan al-Hiyali', role: 'Iraqi Defense Minister', organisation: null };
    const withPerson = await api.saveArticle({ id, revision: opened.revision, patch: { entities: { ...opened.entities, people: [person] } } });
    const mention = withPerson.decisions.mentions?.[0];
    const home = withPerson.paragraphs.find((p) => p.text.includes('Erfan al-Hiyali'));
    expect(mention?.anchor.block).toBe(home?.id);
    expect(mention?.anchor.quote.exact).toBe('Erfan al-Hiyali');

    const blocks = withPerson.paragraphs.map(toInput).map((b) => (b.id === home?.id ? { ...b, text: b.text.replace(' Erfan al-Hiyali', ' his counterpart') } : b));
    const saved = await api.saveBody({ id, revision: withPerson.revision, blocks });
    if (!saved.saved) throw new Error(saved.conflict.message);
    const after = await api.getArticle({ id });
    expect(after.entities.people).toEqual([person]);
    expect(after.orphaned?.filter((o) => o.kind === 'entity').map((o) => o.detail)).toEqual(['person: Erfan al-Hiyali is no longer named in the text']);
    // The other entities of the reading (places, organisations) keep their mentions; the person's is gone.
    expect(after.decisions.mentions?.length).toBe((withPerson.decisions.mentions?.length ?? 0) - 1);
    expect(after.decisions.mentions?.some((m) => m.name === 'Erfan al-Hiyali')).toBe(false);
  });
});
