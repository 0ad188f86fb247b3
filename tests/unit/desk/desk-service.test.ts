/** The desk verbs over a real library: lazy reading, speaker tags, flag fixes, boilerplate for a source, registry. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../electron/api/contract.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { DeskStore } from '../../../electron/store/desk-store.js';
import { SEED_PATH, useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();
const NOW = new Date('2026-11-28T12:00:00Z');

async function open(dir: string) {
  return new CopydeskService(await ArticleStore.open(dir), { now: () => NOW, desk: await DeskStore.open(dir) });
}

async function importSeed(api: CopydeskService, text?: string) {
  const bytes = text === undefined ? await readFile(SEED_PATH) : Buffer.from(text);
  const report = await api.importFiles({ files: [{ name: 'seed.txt', base64: bytes.toString('base64') }] });
  const [article] = report.articles;
  if (!article) throw new Error('not imported');
  return article;
}

describe('the desk through the service', () => {
  it('defers the reading to the first opening, then tags speakers and remembers the sources', async () => {
    const api = await open(await tempDir());
    const imported = await importSeed(api);
    expect(imported.analysed).toBe(false);
    const opened = await api.getArticle({ id: imported.id });
    expect(opened.analysed).toBe(true);
    expect(opened.paragraphs[1]?.speaker).toBeNull();
    expect(opened.paragraphs[9]?.speaker).toBe('Ali Shamkhani');
    expect(opened.entities.people[0]).toEqual({ name: 'Ali Shamkhani', role: 'Secretary', organisation: 'Supreme National Security Council' });
    const desk = await api.getDesk();
    expect(desk.registry.find((r) => r.name === 'Ali Shamkhani')).toMatchObject({ role: 'Secretary', stories: 1 });
  });

  it('keeps a speaker tag the editor set across re-cleaning', async () => {
    const api = await open(await tempDir());
    const article = await api.getArticle({ id: (await importSeed(api)).id });
    const tagged = await api.setSpeaker({ id: article.id, revision: article.revision, paragraph: 1, speaker: 'Erfan al-Hiyali' });
    expect(tagged.paragraphs[1]).toMatchObject({ speaker: 'Erfan al-Hiyali', speakerConfirmed: true });
    const again = await api.recleanStory({ id: tagged.id, revision: tagged.revision });
    expect(again.paragraphs[1]?.speaker).toBe('Erfan al-Hiyali');
    expect(again.sources.find((s) => s.name === 'Erfan al-Hiyali')?.paragraphs).toEqual([1]);
  });

  it('applies a flag’s suggested fix and the flag goes', async () => {
    const api = await open(await tempDir());
    const article = await api.getArticle({ id: (await importSeed(api)).id });
    const daesh = article.flags.find((f) => f.text === 'Daesh');
    expect(daesh).toMatchObject({ kind: 'loaded-term', suggestion: 'Islamic State' });
    const fixed = await api.fixFlag({ id: article.id, revision: article.revision, flagId: daesh?.id ?? '' });
    expect(fixed.paragraphs[5]?.text).toContain('from Islamic State needs');
    expect(fixed.flags.some((f) => f.text === 'Daesh')).toBe(false);
    const reread = await api.undoChange({ id: fixed.id, revision: fixed.revision, changeId: 'publisher-footer@14' });
    expect(reread.paragraphs[5]?.text).toContain('Islamic State');
  });

  it('suggests a spelling fix when the story is opened, not at import, and applies it', async () => {
    const api = await open(await tempDir());
    const imported = await importSeed(api, 'TEHRAN, Nov 28 (Reuters) - Officials will recieve the report on Tuesday, the ministry said.\n');
    const article = await api.getArticle({ id: imported.id });
    const flag = article.flags.find((f) => f.kind === 'spelling');
    expect(flag).toMatchObject({ text: 'recieve', suggestion: 'receive' });
    // Derived from the text: opening does not store anything, so the editor's revision stays valid.
    expect((await api.getArticle({ id: imported.id })).revision).toBe(article.revision);
    const fixed = await api.fixFlag({ id: article.id, revision: article.revision, flagId: flag?.id ?? '' });
    expect(fixed.paragraphs[0]?.text).toContain('will receive the report');
    expect(fixed.flags.some((f) => f.kind === 'spelling')).toBe(false);
  });

  it('files a passage as the source’s boilerplate: gone from this story and from the next import from that source', async () => {
    const dir = await tempDir();
    const api = await open(dir);
    const article = await api.getArticle({ id: (await importSeed(api)).id });
    const passage = 'He made the remarks in a meeting with Iraqi Defense Minister Erfan al-Hiyali.';
    const cleaned = await api.addBoilerplate({ id: article.id, revision: article.revision, text: passage });
    expect(cleaned.paragraphs.some((p) => p.text.includes(passage))).toBe(false);
    expect(cleaned.changes.some((c) => c.rule === 'source-boilerplate')).toBe(true);
    // A new service over the same library: the rule was stored.
    const later = await open(dir);
    const seed = await readFile(SEED_PATH, 'utf8');
    const second = await importSeed(later, `${seed}\n`);
    expect(second.paragraphs.some((p) => p.text.includes(passage))).toBe(false);
  });

  it('refuses malformed desk arguments at the boundary', () => {
    expect(() => parseArgs('setSpeaker', { id: 'x', revision: 1, paragraph: -1, speaker: null })).toThrow(/paragraph/);
    expect(() => parseArgs('addBoilerplate', { id: 'x', revision: 1, text: 'ab' })).toThrow(/text/);
    expect(() => parseArgs('saveGlossary', { terms: [{ term: '', suggestion: '', note: '' }] })).toThrow(/term/);
    expect(() => parseArgs('saveArticle', { id: 'x', revision: 1, patch: { entities: { people: 'x', organisations: [], places: [] } } })).toThrow(/people/);
  });
});

describe('a library from before the desk', () => {
  it('opens a story stored without entities, sources, flags or decisions, and reads it', async () => {
    const dir = await tempDir();
    const api = await open(dir);
    const imported = await importSeed(api);
    const { entities: _e, sources: _s, flags: _f, decisions: _d, analysed: _a, ...old } = imported;
    const saved = await api.store.save(old as typeof imported, imported.revision);
    const opened = await api.getArticle({ id: saved.id });
    expect(opened.analysed).toBe(true);
    expect(opened.paragraphs[0]?.speaker).toBe('Ali Shamkhani');
    const tagged = await api.setSpeaker({ id: opened.id, revision: opened.revision, paragraph: 1, speaker: null });
    expect(tagged.paragraphs[1]?.speakerConfirmed).toBe(true);
  });
});
