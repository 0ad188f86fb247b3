/** Kills through the service: the kill reaches the story's versions and the copy made from it; export refuses them until lifted. */
import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();
const NOW = new Date('2026-11-28T12:00:00Z');

const BODY = [
  'The regional council approved a plan on Tuesday to rebuild the flood-damaged river embankment before the spring thaw.',
  'Engineers said the work would take about four months and cost close to 12 million euros, the council said.',
  'Residents of the lower town, where water reached the first floors of houses in March, welcomed the decision.',
];

const ninjs = (version: number, extra: Record<string, unknown> = {}) => ({
  name: `kessel-v${version}.json`,
  base64: Buffer.from(JSON.stringify({
    uri: 'urn:example:kessel-embankment', version: String(version), type: 'text', language: 'en',
    versioncreated: `2026-11-2${version}T09:00:00Z`, headline: 'Council approves embankment rebuild',
    body_text: BODY.join('\n\n'), ...extra,
  })).toString('base64'),
});

async function desk() {
  const dir = await tempDir();
  return { api: new CopydeskService(await ArticleStore.open(dir), { now: () => NOW }), dir };
}

describe('kills', () => {
  it('a canceled version blocks every version of the story, in every export, until an editor lifts it', async () => {
    const { api, dir } = await desk();
    const [original] = (await api.importFiles({ files: [ninjs(1)] })).articles;
    expect(original).toBeDefined();
    const [kill] = (await api.importFiles({ files: [ninjs(2, { pubstatus: 'canceled', ednote: 'Withdrawn for legal reasons.' })] })).articles;
    expect(kill?.lineage?.previous).toBe(original!.id);

    const kills = await api.listKills({});
    expect(kills).toHaveLength(1);
    expect(kills[0]).toMatchObject({ signal: 'pubstatus canceled', reason: 'Withdrawn for legal reasons.', lifted: null });
    expect(kills[0]!.stories.map((s) => s.id).sort()).toEqual([original!.id, kill!.id].sort());

    for (const request of [{ ids: [original!.id], format: 'ninjs' as const }, { ids: [original!.id, kill!.id], preset: 'WordPress' }]) {
      const report = await api.exportTo(request, await tempDir());
      expect(report.files).toEqual([]);
      expect(report.blocked.map((b) => b.articleId).sort()).toEqual(request.ids.slice().sort());
      expect(report.blocked[0]!.reasons[0]).toContain('Killed by the agency (pubstatus canceled): Withdrawn for legal reasons.');
    }
    const preview = await api.previewExport({ ids: [original!.id], format: 'html' });
    expect(preview.stories[0]?.reasons[0]).toContain('Killed by the agency');

    // Lifted with a reason: recorded, and the original may go again (the canceled item stays canceled).
    await expect(api.liftKill({ id: original!.id, reason: '  ' })).rejects.toThrow(/Say why/);
    const status = await api.liftKill({ id: original!.id, reason: 'Legal cleared the corrected text' });
    expect(status.active).toBeNull();
    expect(status.all[0]?.lifted).toMatchObject({ reason: 'Legal cleared the corrected text', at: NOW.toISOString() });
    const after = await api.exportTo({ ids: [original!.id], format: 'ninjs' }, await tempDir());
    expect(after.blocked).toEqual([]);
    expect(after.files).toHaveLength(1);

    // The register is on disk: a new service on the library still knows the kill and its lifting.
    const again = new CopydeskService(await ArticleStore.open(dir), { now: () => NOW });
    expect((await again.killStatus({ id: original!.id })).all[0]?.lifted?.reason).toBe('Legal cleared the corrected text');
  });

  it('a plain-text kill advisory reaches the story of the same source it names; an unrelated story is untouched', async () => {
    const { api } = await desk();
    const story = `Council approves embankment rebuild\n\nKESSEL, Nov 27 (Reuters) - ${BODY.join('\n\n')}\n`;
    const other = 'Harbour reopens after storm\n\nSALALAH, Nov 27 (Reuters) - The port reopened on Tuesday after the storm passed, officials said.\n';
    const imported = await api.importFiles({ files: [
      { name: 'story.txt', base64: Buffer.from(story).toString('base64') },
      { name: 'other.txt', base64: Buffer.from(other).toString('base64') },
    ] });
    const [original, unrelated] = imported.articles;
    const advisory = 'KILL: Council approves embankment rebuild\n\nKESSEL, Nov 27 (Reuters) - Editors: please kill this story. It was sent in error.\n';
    await api.importFiles({ files: [{ name: 'kill.txt', base64: Buffer.from(advisory).toString('base64') }] });
    expect((await api.killStatus({ id: original!.id })).active).toMatchObject({ signal: 'KILL', reason: 'Editors: please kill this story. It was sent in error.' });
    expect((await api.killStatus({ id: unrelated!.id })).active).toBeNull();
  });
});

describe('gates judge the desk\'s reading', () => {
  it('an open flag blocks a story nobody has opened yet (the import deferred its reading)', async () => {
    const { api } = await desk();
    const text = 'Port traffic\n\nKESSEL, Nov 27 (Reuters) - Call the desk on +1 212 555 0100 for the figures, officials said.\n';
    const [story] = (await api.importFiles({ files: [{ name: 'port.txt', base64: Buffer.from(text).toString('base64') }] })).articles;
    expect(story?.analysed).toBe(false);
    await api.savePreset({ preset: { ...(await api.listPresets())[4]!, name: 'No contacts', builtIn: false, gates: { headline: false, confirmedDatelineYear: false, creditedSource: false, blockingFlags: ['contact-details'] } } });
    const preview = await api.previewExport({ ids: [story!.id], preset: 'No contacts' });
    expect(preview.stories[0]?.reasons).toEqual(['Open flag: contact-details']);
    // Reading it for the gate wrote nothing.
    expect(api.store.summary(story!.id)?.revision).toBe(story!.revision);
  });

  it('search finds every story a kill reaches with is:killed, and counts them, until the kill is lifted', async () => {
    const { api } = await desk();
    const text = (head: string, lines: readonly string[]) => ({ name: `${head.slice(0, 12)}.txt`, base64: Buffer.from(`${head}\n\n${lines.join('\n\n')}\n`).toString('base64') });
    const [story] = (await api.importFiles({ files: [text('Council approves embankment rebuild', [`KESSEL, Nov 27 (Reuters) - ${BODY[0]}`, BODY[1]!])] })).articles;
    // A Reuters kill advisory in plain text: no pubstatus, the advisory word names the story by its headline.
    await api.importFiles({ files: [text('KILL-Council approves embankment rebuild', ['KESSEL, Nov 28 (Reuters) - Editors: please kill this story. It was sent in error.'])] });
    const found = await api.searchArticles({ query: 'is:killed', facets: true });
    expect(found.results.map((r) => r.id)).toContain(story?.id);
    expect(found.results.every((r) => r.killed)).toBe(true);
    expect(found.facets?.killed).toBe(found.matching);
    await api.liftKill({ id: story?.id ?? '', reason: 'Legal cleared the text' });
    expect((await api.searchArticles({ query: 'is:killed' })).results.map((r) => r.id)).not.toContain(story?.id);
  });
});
