/** Export through the service: presets, gates, dry run, batch files, versions on re-export, and faults per story. */
import { chmod, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import type { Article } from '../../../electron/domain/article.js';
import { BUILT_IN_PRESETS } from '../../../electron/domain/export-preset.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { SEED_PATH, useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();
const NOW = new Date('2026-11-28T12:00:00Z');

const COPY = (n: number) => `Harbour ${n} reopens after storm\n\nSALALAH, March ${n} (CWA) - The port reopened on Tuesday, officials said.\n\nThree ships "docked" before noon & left.\n`;

async function desk(dir?: string) {
  const library = dir ?? (await tempDir());
  return { api: new CopydeskService(await ArticleStore.open(library), { now: () => NOW }), library };
}

/** Imports n stories, confirms their dateline year and dismisses their flags, as an editor would before a gated export. */
async function stories(api: CopydeskService, n: number): Promise<Article[]> {
  const files = Array.from({ length: n }, (_, i) => ({ name: `s${i + 1}.txt`, base64: Buffer.from(COPY(i + 1)).toString('base64') }));
  const report = await api.importFiles({ files });
  const confirmed: Article[] = [];
  for (const a of report.articles) {
    let saved = await api.saveArticle({
      id: a.id, revision: a.revision,
      patch: { dateline: { ...a.dateline, date: a.dateline.date ?? '2026-03-01', yearInferred: false }, keywords: ['ports', 'storm'], subjects: [{ code: '20000002', scheme: 'medtop', name: 'arts and entertainment' }] },
    });
    // The shipped presets block on open flags: the editor dismisses each (the flags are the opened story's reading).
    for (const flag of (await api.getArticle({ id: a.id })).flags) saved = await api.dismissFlag({ id: a.id, revision: saved.revision, flagId: flag.id });
    confirmed.push(saved);
  }
  return confirmed;
}

describe('export with presets', () => {
  it('lists the built-in presets and keeps the editor\'s own with the library', async () => {
    const { api, library } = await desk();
    expect((await api.listPresets()).map((p) => p.name)).toEqual(BUILT_IN_PRESETS.map((p) => p.name));
    const wordpress = BUILT_IN_PRESETS[0]!;
    await api.savePreset({ preset: { ...wordpress, name: 'Our WordPress', postStatus: 'pending', builtIn: false } });
    const reopened = (await desk(library)).api;
    expect((await reopened.listPresets()).find((p) => p.name === 'Our WordPress')).toMatchObject({ postStatus: 'pending', builtIn: false });
    await reopened.deletePreset({ name: 'Our WordPress' });
    expect((await reopened.listPresets()).some((p) => p.name === 'Our WordPress')).toBe(false);
    await expect(reopened.deletePreset({ name: 'WordPress' })).rejects.toThrow(/built-in/);
  });

  it('previews per story what each field becomes, and writes nothing', async () => {
    const { api } = await desk();
    const [a] = await stories(api, 1);
    const preview = await api.previewExport({ ids: [a!.id], preset: 'WordPress' });
    const story = preview.stories[0]!;
    expect(story.reasons).toEqual([]);
    expect(story.fields).toContainEqual({ field: 'Status', target: 'wp:status', value: 'draft' });
    expect(story.fields).toContainEqual({ field: 'Keywords', target: 'category (domain=post_tag)', value: 'ports; storm' });
    expect(story.file).toBeNull();
    expect(preview.batchFile?.content).toContain('<wp:wxr_version>1.2</wp:wxr_version>');
    // Curly quotes from the preset's quote style.
    expect(preview.batchFile?.content).toContain('\u201Cdocked\u201D');
    expect((await api.getArticle({ id: a!.id })).status).not.toBe('exported');
  });

  it('exports a selection as one WXR file, records it on each story and marks them exported', async () => {
    const { api } = await desk();
    const list = await stories(api, 3);
    const out = await tempDir();
    const report = await api.exportTo({ ids: list.map((a) => a.id), preset: 'WordPress' }, out);
    expect(report.errors).toEqual([]);
    expect(report.blocked).toEqual([]);
    expect(report.files).toHaveLength(1);
    expect(report.files[0]!.articleIds).toHaveLength(3);
    const xml = await readFile(join(out, report.files[0]!.name), 'utf8');
    expect(xml.match(/<item>/g)).toHaveLength(3);
    for (const a of list) {
      const after = await api.getArticle({ id: a.id });
      expect(after.status).toBe('exported');
      expect(after.exports.at(-1)).toMatchObject({ format: 'wxr', fileName: report.files[0]!.name, version: 1, folder: out, preset: 'WordPress' });
    }
  });

  it('blocks an embargoed story and one with an unconfirmed year, with reasons, and writes nothing for them', async () => {
    const { api } = await desk();
    const [a, b] = await stories(api, 2);
    await api.saveArticle({ id: a!.id, revision: a!.revision, patch: { embargo: '2027-01-01T06:00:00Z' } });
    await api.saveArticle({ id: b!.id, revision: b!.revision, patch: { dateline: { ...b!.dateline, yearInferred: true } } });
    const out = await tempDir();
    const report = await api.exportTo({ ids: [a!.id, b!.id], preset: 'ninjs CMS' }, out);
    expect(report.files).toEqual([]);
    expect(report.blocked).toEqual([
      { articleId: a!.id, headline: a!.headline, reasons: ['Embargoed until 2027-01-01T06:00:00.000Z'] },
      { articleId: b!.id, headline: b!.headline, reasons: ['The dateline year was inferred, not confirmed'] },
    ]);
    expect(await readdir(out)).toEqual([]);
    expect((await api.getArticle({ id: a!.id })).status).not.toBe('exported');
  });

  it('blocks open flags of the kinds the preset names', async () => {
    const { api } = await desk();
    const [a] = await stories(api, 1);
    const flag = (kind: 'unattributed-claim' | 'style', id: string) => ({ id, kind, paragraph: 0, text: 'x', reason: 'r', suggestion: null, anchor: { block: 'p0', quote: { exact: 'x', prefix: '', suffix: '' }, start: 0 } });
    const flags = [flag('unattributed-claim', 'f1'), flag('style', 'f2')];
    // Flags are the desk's reading of a story: planted on one already read, they are what the gates judge.
    const saved = await api.store.save({ ...a!, flags, analysed: true } as Article, a!.revision);
    const preset = { ...BUILT_IN_PRESETS[4]!, name: 'Strict', gates: { ...BUILT_IN_PRESETS[4]!.gates, blockingFlags: ['unattributed-claim' as const] } };
    await api.savePreset({ preset });
    const preview = await api.previewExport({ ids: [a!.id], preset: 'Strict' });
    expect(preview.stories[0]!.reasons).toEqual(['Open flag: unattributed-claim']);
    // A dismissed flag no longer blocks.
    await api.store.save({ ...saved, decisions: { ...saved.decisions, dismissedFlags: ['f1'] } }, saved.revision);
    expect((await api.previewExport({ ids: [a!.id], preset: 'Strict' })).stories[0]!.reasons).toEqual([]);
  });

  it('keeps the guid and bumps the version only when an edited story is exported again', async () => {
    const { api } = await desk();
    const [a] = await stories(api, 1);
    const out = await tempDir();
    const version = async () => {
      const report = await api.exportTo({ ids: [a!.id], preset: 'ninjs CMS' }, out);
      const item = JSON.parse(await readFile(join(out, report.files[0]!.name), 'utf8')) as { uri: string; version: string };
      return [item.uri, item.version, report.files[0]!.name];
    };
    const first = await version();
    const again = await version();
    expect(again[1]).toBe('1');
    expect(again[2]).not.toBe(first[2]); // never overwritten: name-2.json
    const current = await api.getArticle({ id: a!.id });
    await api.saveArticle({ id: a!.id, revision: current.revision, patch: { headline: 'Harbour reopens, ships dock' } });
    const edited = await version();
    expect(edited[0]).toBe(first[0]);
    expect(edited[1]).toBe('2');
  });

  it('exports every story with a status', async () => {
    const { api } = await desk();
    const list = await stories(api, 3);
    const ready = await api.saveArticle({ id: list[0]!.id, revision: list[0]!.revision, patch: { status: 'ready' } });
    const report = await api.exportTo({ status: 'ready', format: 'nitf' }, await tempDir());
    expect(report.files.map((f) => f.articleId)).toEqual([ready.id]);
  });

  it('reports a vanished or unwritable folder per story, writes nothing and leaves the stories as they were', async () => {
    const { api } = await desk();
    const list = await stories(api, 2);
    const gone = join(await tempDir(), 'gone');
    const report = await api.exportTo({ ids: list.map((a) => a.id), format: 'newsml-g2' }, gone);
    expect(report.files).toEqual([]);
    expect(report.errors.map((e) => e.reason)).toEqual([expect.stringMatching(/does not exist/), expect.stringMatching(/does not exist/)]);
    expect((await api.getArticle({ id: list[0]!.id })).exports).toEqual([]);
    if (process.getuid?.() !== 0) {
      const locked = await tempDir();
      await mkdir(join(locked, 'ro'));
      await chmod(join(locked, 'ro'), 0o500);
      const denied = await api.exportTo({ ids: [list[0]!.id], format: 'text' }, join(locked, 'ro'));
      expect(denied.errors[0]?.reason).toMatch(/not writable/);
      await chmod(join(locked, 'ro'), 0o700);
      await rm(join(locked, 'ro'), { recursive: true });
    }
  });

  it('refuses a request with neither preset nor format, or an unknown preset', async () => {
    const { api } = await desk();
    await expect(api.previewExport({ ids: [] })).rejects.toThrow(/preset or a format/);
    await expect(api.previewExport({ ids: [], preset: 'Nope' })).rejects.toThrow(/No export preset named "Nope"/);
  });

  it('exports the seed as plain text through the bare format, gates aside', async () => {
    const { api } = await desk();
    const report = await api.importFiles({ files: [{ name: 'seed.txt', base64: (await readFile(SEED_PATH)).toString('base64') }] });
    const done = await api.exportArticles({ ids: [report.articles[0]!.id], format: 'text' });
    expect(done.files[0]!.content).toMatch(/^Iran cautions Iraq on secessionist approaches\n/);
  });
});
