/**
 * Two copies of one guid and version arriving in different batches: the better copy (later wire time, then more
 * complete) is the story's kept copy, unless the editor already worked on the first one: then the editor's story
 * stays as it is and the agency's better copy is stored beside it, held, and reported.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';
import { ninjs } from './wire-corpus.js';

const tempDir = useTempDirs();
const NOW = new Date('2026-11-28T12:00:00Z');
const guid = 'urn:cdt.test:ferry';
const body = ['The ferry between Skarholm and Veddø will run twice a day from Monday after repairs to its car deck.', 'The operator said timetables would be posted in both harbours.'];
const first = ninjs('ferry-first.json', { guid, version: 1, headline: 'Skarholm ferry back in service', paragraphs: body, at: '2026-03-01T08:00:00Z' });
const later = ninjs('ferry-later.json', { guid, version: 1, headline: 'Skarholm ferry back in service on Monday', byline: 'Siri Dahl', paragraphs: [...body, 'Tickets bought for cancelled crossings will be refunded.'], at: '2026-03-01T08:30:00Z' });

async function open(): Promise<CopydeskService> {
  return new CopydeskService(await ArticleStore.open(await tempDir()), { now: () => NOW });
}

describe('a better copy of a stored guid and version', () => {
  it('becomes the kept copy when the editor has not touched the first one', async () => {
    const api = await open();
    const one = await api.importBytes([first]);
    const two = await api.importBytes([later]);
    expect(two.articles.map((a) => a.headline)).toEqual(['Skarholm ferry back in service on Monday']);
    const listed = await api.listArticles({});
    expect(listed.map((s) => s.headline)).toEqual(['Skarholm ferry back in service on Monday']);
    // The first copy is not lost: it is still in the store, only no longer shown.
    expect((await api.getArticle({ id: one.articles[0]?.id ?? '' })).headline).toBe('Skarholm ferry back in service');
    const links = await api.storyLinks({ id: listed[0]?.id ?? '' });
    expect(links.versions).toHaveLength(1);
    expect(links.agencyCopies).toBeUndefined();
  });

  it('never replaces the editor\'s story: the agency copy is held beside it and reported', async () => {
    const api = await open();
    const one = await api.importBytes([first]);
    const id = one.articles[0]?.id ?? '';
    await api.saveArticle({ id, revision: 1, patch: { headline: 'Ferry to Veddø sails again' } });
    const two = await api.importBytes([later]);
    const held = two.updates[0];
    expect(held).toMatchObject({ fileName: 'ferry-later.json', previous: id, relation: "agency copy of version 1 (the editor's copy is kept)" });
    // The inbox still shows the editor's story, with the editor's headline.
    expect((await api.listArticles({})).map((s) => [s.id, s.headline])).toEqual([[id, 'Ferry to Veddø sails again']]);
    const links = await api.storyLinks({ id });
    expect(links.versions.map((v) => v.id)).toEqual([id]);
    // The story view can offer it: the agency's copy beside the editor's.
    expect(links.agencyCopies?.map((v) => [v.id, v.headline])).toEqual([[held?.id, 'Skarholm ferry back in service on Monday']]);
    // The agency's better copy is stored, whole.
    const copy = await api.getArticle({ id: held?.id ?? '' });
    expect(copy.byline).toBe('Siri Dahl');
    expect(copy.paragraphs.map((p) => p.text)).toContain('Tickets bought for cancelled crossings will be refunded.');
  });

  it('says so in the import outcome', async () => {
    const api = await open();
    await api.importBytes([first]);
    const dir = await tempDir();
    await writeFile(join(dir, later.name), later.bytes);
    api.folders.allow(dir);
    let job = await api.startImport({ paths: [dir] });
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      job = await api.importStatus({ jobId: job.jobId });
    }
    expect(job.outcomes.map((o) => [o.fileName, o.kind, o.reason])).toEqual([
      ['ferry-later.json', 'imported', 'a better copy (later or more complete) of version 1 than the one stored: shown in its place, which stays stored'],
    ]);
  });

  it('keeps the first copy when the later one is older or less complete', async () => {
    const api = await open();
    await api.importBytes([later]);
    const two = await api.importBytes([first]);
    expect(two.duplicates).toEqual([{ fileName: 'ferry-first.json', id: expect.any(String) }]);
    expect((await api.listArticles({})).map((s) => s.headline)).toEqual(['Skarholm ferry back in service on Monday']);
  });
});
