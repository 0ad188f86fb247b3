/**
 * NewsML 1.2 revisions are versions of one story: the PublicIdentifier ends with the RevisionId, so the story's
 * identity is the identifier without it (or ProviderId, DateId and NewsItemId when the PublicIdentifier does not
 * name the item, as in Belga's copy). Written from the fixture's shape, with the revision parts changed.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();
const NOW = new Date('2026-11-28T12:00:00Z');

async function revision(name: string, rev: number, publicId: string, itemId = 'TX-PAR-0001', text = 'Les syndicats réclament une hausse des salaires de 5 %.') {
  const fixture = await readFile(new URL('../../fixtures/formats/newsml-1.xml', import.meta.url), 'utf8');
  const xml = fixture
    .replace(/<NewsItemId>[^<]*<\/NewsItemId>/u, `<NewsItemId>${itemId}</NewsItemId>`)
    .replace(/<RevisionId[^>]*>2<\/RevisionId>/u, `<RevisionId PreviousRevision="${rev - 1}" Update="N">${rev}</RevisionId>`)
    .replace(/<PublicIdentifier>[^<]*<\/PublicIdentifier>/u, `<PublicIdentifier>${publicId}</PublicIdentifier>`)
    .replace('Les syndicats réclament une hausse des salaires de 5 %.', text);
  return { name, bytes: Buffer.from(xml) };
}

async function open(): Promise<CopydeskService> {
  return new CopydeskService(await ArticleStore.open(await tempDir()), { now: () => NOW });
}

describe('NewsML 1.2 revisions', () => {
  it('links revision 2 to revision 1, in either order and either batch', async () => {
    const r1 = await revision('r1.xml', 1, 'urn:newsml:copydesk.test:20260210:TX-PAR-0001:1');
    const r2 = await revision('r2.xml', 2, 'urn:newsml:copydesk.test:20260210:TX-PAR-0001:2', 'TX-PAR-0001', 'Les syndicats réclament une hausse des salaires de 6 %.');
    for (const batches of [[[r1], [r2]], [[r2], [r1]], [[r2, r1]]]) {
      const api = await open();
      for (const batch of batches) await api.importBytes(batch);
      const listed = await api.listArticles({});
      expect(listed).toHaveLength(1);
      const versions = (await api.storyLinks({ id: listed[0]?.id ?? '' })).versions;
      expect(versions.map((v) => v.relation)).toEqual([null, 'version 2']);
      expect((await api.getArticle({ id: listed[0]?.id ?? '' })).guid).toBe('urn:newsml:copydesk.test:20260210:TX-PAR-0001');
    }
  });

  it('keeps items apart whose PublicIdentifier does not name them (one identifier for every item)', async () => {
    const api = await open();
    const a = await revision('a.xml', 12, 'urn:newsml:www.belga.be', '107255546');
    const b = await revision('b.xml', 4, 'urn:newsml:www.belga.be', '107255999', 'Un autre sujet : la météo de la semaine sera clémente dans le sud.');
    const report = await api.importBytes([a, b]);
    expect(report.updates).toEqual([]);
    expect(report.articles.map((x) => x.guid).sort()).toEqual(['urn:newsml:copydesk.test:20260210:107255546', 'urn:newsml:copydesk.test:20260210:107255999']);
    expect(await api.listArticles({})).toHaveLength(2);
  });
});
