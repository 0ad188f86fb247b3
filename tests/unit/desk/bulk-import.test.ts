import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkStory } from '../../../electron/desk/bulk-import.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import { buildArticle } from '../../../electron/desk/story-pipeline.js';
import { signature } from '../../../electron/enrich/fingerprint.js';
import { ingestFile } from '../../../electron/ingest/ingest.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { FingerprintIndex } from '../../../electron/store/fingerprint-index.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();
const NOW = new Date('2026-11-28T12:00:00Z');
const FIXTURES = new URL('../../fixtures/bulk/', import.meta.url);

async function fixture(name: string) {
  return { name, bytes: await readFile(new URL(name, FIXTURES)) };
}

async function open(dir?: string) {
  return new CopydeskService(await ArticleStore.open(dir ?? (await tempDir())), { now: () => NOW });
}

describe('duplicates, updates and related stories', () => {
  it('links UPDATE 1 and UPDATE 2 to the original as its versions; the prefix becomes metadata', async () => {
    const api = await open();
    const report = await api.importBytes([
      await fixture('kessel-reuters.txt'),
      await fixture('kessel-reuters-update1.txt'),
      await fixture('kessel-reuters-update2.txt'),
    ]);
    const [original, update1, update2] = report.articles;
    expect(update1?.headline).toBe('Floods force thousands from homes in Kessel');
    expect(update1?.slugline).not.toMatch(/^update/);
    expect(update1?.lineage).toEqual({ previous: original?.id, relation: 'update: UPDATE 1' });
    // UPDATE 2 changed its headline: matched by source and fingerprint, linked to the newest version.
    expect(update2?.headline).toBe('Kessel floods: one missing as river keeps rising');
    expect(update2?.lineage).toEqual({ previous: update1?.id, relation: 'update: UPDATE 2' });
    expect(report.updates.map((u) => u.fileName)).toEqual(['kessel-reuters-update1.txt', 'kessel-reuters-update2.txt']);
    // One story in the inbox (the newest version), three versions behind it.
    expect((await api.listArticles({})).map((s) => s.id)).toEqual([update2?.id]);
    const links = await api.storyLinks({ id: original?.id ?? '' });
    expect(links.versions.map((v) => [v.id, v.relation])).toEqual([
      [original?.id, null],
      [update1?.id, 'update: UPDATE 1'],
      [update2?.id, 'update: UPDATE 2'],
    ]);
  });

  it('takes the same story sent again in other bytes (line ends, trailing lines) for a duplicate, across restarts, and a one-word change for a new story', async () => {
    const dir = await tempDir();
    const original = await fixture('kessel-reuters.txt');
    const crlf = { name: 'kessel-crlf.txt', bytes: Buffer.from(`${original.bytes.toString('utf8').replace(/\n/gu, '\r\n')}\r\n\r\n`) };
    const first = await (await open(dir)).importBytes([original, crlf]);
    expect(first.articles).toHaveLength(1);
    expect(first.duplicates).toEqual([{ fileName: 'kessel-crlf.txt', id: first.articles[0]?.id }]);
    const resent = { name: 'kessel-again.txt', bytes: Buffer.concat([original.bytes, Buffer.from('\n\n\n')]) };
    const changed = { name: 'kessel-changed.txt', bytes: Buffer.from(original.bytes.toString('utf8').replace(/thousands/u, 'hundreds')) };
    const later = await (await open(dir)).importBytes([resent, changed]);
    expect(later.duplicates).toEqual([{ fileName: 'kessel-again.txt', id: first.articles[0]?.id }]);
    expect(later.articles.map((a) => a.original.fileName)).toEqual(['kessel-changed.txt']);
  });

  it('remembers fingerprints across restarts: an update arriving later still finds its story', async () => {
    const dir = await tempDir();
    const first = await (await open(dir)).importBytes([await fixture('kessel-reuters.txt')]);
    const later = await (await open(dir)).importBytes([await fixture('kessel-reuters-update1.txt')]);
    expect(later.updates).toEqual([
      { fileName: 'kessel-reuters-update1.txt', id: later.articles[0]?.id, previous: first.articles[0]?.id, relation: 'update: UPDATE 1' },
    ]);
  });

  it('groups another agency\'s account of the same event as related, with a similarity, and leaves unrelated stories alone', async () => {
    const api = await open();
    const report = await api.importBytes([
      await fixture('kessel-reuters.txt'),
      await fixture('bank-rates-reuters.txt'),
      await fixture('kessel-afp.txt'),
    ]);
    const [kessel, bank, afp] = report.articles;
    expect(bank?.related).toEqual([]);
    expect(afp?.lineage).toBeNull();
    expect(afp?.related).toEqual([{ id: kessel?.id, similarity: expect.any(Number) }]);
    expect(afp?.related[0]?.similarity).toBeGreaterThanOrEqual(0.25);
    expect(report.related).toEqual([{ fileName: 'kessel-afp.txt', id: afp?.id, related: afp?.related }]);
    // Both ways round in the story view.
    const fromKessel = await api.storyLinks({ id: kessel?.id ?? '' });
    expect(fromKessel.related.map((r) => [r.id, r.source])).toEqual([[afp?.id, 'AFP']]);
    expect(fromKessel.versions).toHaveLength(1);
  });

  it('reports the same bytes as a duplicate, in one batch and across batches', async () => {
    const api = await open();
    const once = await api.importBytes([await fixture('kessel-reuters.txt'), { ...(await fixture('kessel-reuters.txt')), name: 'again.txt' }]);
    expect(once.articles).toHaveLength(1);
    expect(once.duplicates).toEqual([{ fileName: 'again.txt', id: once.articles[0]?.id }]);
    const twice = await api.importBytes([await fixture('kessel-reuters.txt')]);
    expect(twice.duplicates).toEqual([{ fileName: 'kessel-reuters.txt', id: once.articles[0]?.id }]);
  });

  it('matches by guid and version: same version is a duplicate, a newer one a new version, an older one takes its place before', async () => {
    const index = await FingerprintIndex.load(join(await tempDir(), 'fingerprints.jsonl'));
    const ingested = ingestFile(await fixture('bank-rates-reuters.txt'));
    const item = ingested.ok ? ingested.items[0] : undefined;
    if (!item) throw new Error('no story in the fixture');
    const build = (version: number) => ({ ...buildArticle(item.original, item.draft, NOW), guid: 'urn:newsml:example.com:bank', version });
    const v2 = linkStory(build(2), index);
    expect(v2.kind).toBe('stored');
    const v2id = v2.kind === 'stored' ? v2.article.id : '';
    expect(linkStory(build(2), index)).toMatchObject({ kind: 'duplicate', of: v2id });
    const v3 = linkStory(build(3), index);
    expect(v3).toMatchObject({ kind: 'stored', article: { lineage: { previous: v2id, relation: 'version 3' } } });
    // Version 1 arriving last is stored and placed first in the chain: the order of arrival does not decide.
    const v1 = linkStory(build(1), index);
    expect(v1).toMatchObject({ kind: 'stored', article: { lineage: null } });
    const v3id = v3.kind === 'stored' ? v3.article.id : '';
    expect(index.versions(v2id).map((k) => [k.version, k.relation])).toEqual([[1, null], [2, 'version 2'], [3, 'version 3']]);
    expect(index.latest(v1.kind === 'stored' ? v1.article.id : '')).toBe(v3id);
  });

  it('keeps signatures small and comparable after a reload of the side file', async () => {
    const dir = await tempDir();
    const index = await FingerprintIndex.load(join(dir, 'f.jsonl'));
    const sig = signature('flood waters forced thousands of residents from their homes');
    index.add({ id: 'a', source: 'x', headlineKey: 'h', guid: null, version: null, previous: null, relation: null }, sig);
    await index.persist(['a']);
    const again = await FingerprintIndex.load(join(dir, 'f.jsonl'));
    expect(again.similar(sig, 0.9)).toEqual([{ id: 'a', similarity: 1 }]);
  });

  it('finds a story again after its band keys moved to the sorted arrays (more than 6,000 added in one session)', async () => {
    const index = await FingerprintIndex.load(join(await tempDir(), 'f.jsonl'));
    const keys = (id: string) => ({ id, source: 'x', headlineKey: id, guid: null, version: null, previous: null, relation: null });
    const first = signature('flood waters forced thousands of residents from their homes in kessel');
    index.add(keys('first'), first);
    for (let i = 0; i < 7000; i++) index.add(keys(`s${i}`), signature(`story ${i} about item ${i * 7} at place ${i % 101} figure ${i * 31}`));
    const last = signature('central bank holds rates as inflation eases slowly in frankfurt');
    index.add(keys('last'), last);
    expect(index.similar(first, 0.9)).toEqual([{ id: 'first', similarity: 1 }]);
    expect(index.similar(last, 0.9)).toEqual([{ id: 'last', similarity: 1 }]);
    expect(index.size).toBe(7002);
  });
});

describe('the order of the files never decides which copy is kept', () => {
  const ninjs = (headline: string | null, body: string) =>
    new TextEncoder().encode(
      JSON.stringify({
        uri: 'urn:example:guid:order-1', version: '1', type: 'text', language: 'en',
        versioncreated: '2026-11-27T09:00:00Z',
        ...(headline === null ? {} : { headline }),
        body_text: body,
      }),
    );
  const body = 'The regional council approved a plan on Tuesday to rebuild the flood-damaged river embankment before the spring thaw. Engineers said the work would take about four months.';
  const bare = { name: 'a-bare.json', bytes: ninjs(null, body) };
  const full = { name: 'b-full.json', bytes: ninjs('Council approves embankment rebuild', body) };

  it.each([
    ['bare first', [bare, full]],
    ['full first', [full, bare]],
  ])('two copies of one guid and version in a batch (%s): the one with the headline is kept', async (_order, files) => {
    const api = await open();
    const report = await api.importBytes(files);
    expect(report.articles.map((a) => a.headline)).toEqual(['Council approves embankment rebuild']);
    expect(report.duplicates.map((d) => d.fileName)).toEqual(['a-bare.json']);
  });
});
