import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../../electron/desk/service.js';
import { ArticleStore } from '../../../../electron/store/article-store.js';
import { useTempDirs } from '../../helpers.js';
import { fixture } from './import-fixture.js';
import { buildDocx } from './zip-builder.js';

const tempDir = useTempDirs();
const NOW = new Date('2026-11-28T12:00:00Z');

async function service(): Promise<CopydeskService> {
  return new CopydeskService(await ArticleStore.open(await tempDir()), { now: () => NOW });
}

const file = (name: string, bytes: Buffer = fixture(name)) => ({ name, base64: bytes.toString('base64') });

describe('importing structured formats through the service', () => {
  it('stores one article per item of a multi-item file, and reports the same file again as one duplicate', async () => {
    const api = await service();
    const first = await api.importFiles({ files: [file('newsml-g2-message-2-items.xml'), file('rss-3-items.xml')] });
    expect(first.errors).toEqual([]);
    expect(first.articles.map((a) => a.headline)).toEqual([
      'Berlin counts postal votes late into the night',
      'Zugverkehr nach Sturm wieder aufgenommen',
      'Council approves new bus lanes',
      'Library extends opening hours',
      'Marathon route announced',
    ]);
    expect((await api.listArticles({})).length).toBe(5);
    const again = await api.importFiles({ files: [file('rss-3-items.xml')] });
    expect(again.articles).toEqual([]);
    expect(again.duplicates.map((d) => d.fileName)).toEqual(['rss-3-items.xml']);
    expect(first.articles.slice(2).map((a) => a.id)).toContain(again.duplicates[0]?.id);
  });

  it('undoes and redoes a cleaning change on an item of a multi-item file, re-parsing that same item', async () => {
    const api = await service();
    const rss = Buffer.from(fixture('rss-3-items.xml').toString('utf8').replace('Work starts in April.', 'Work starts in April at the cafÃ©.'));
    const [, , third] = (await api.importFiles({ files: [file('feed.xml', rss)] })).articles;
    const [first] = (await api.listArticles({})).filter((s) => s.headline === 'Council approves new bus lanes');
    if (!first || !third) throw new Error('expected the stories');
    const article = await api.getArticle({ id: first.id });
    const change = article.changes.find((c) => c.rule === 'mojibake');
    if (!change) throw new Error('expected a mojibake change');
    const undone = await api.undoChange({ id: article.id, revision: article.revision, changeId: change.id });
    expect(undone.headline).toBe('Council approves new bus lanes');
    expect(undone.paragraphs.map((p) => p.text)).toContain('Work starts in April at the cafÃ©.');
    expect(undone.guid).toBe('https://wire.copydesk.test/1');
    const redone = await api.redoChange({ id: undone.id, revision: undone.revision, changeId: change.id });
    expect(redone.paragraphs.map((p) => p.text)).toContain('Work starts in April at the café.');
  });

  it('names each bad file with its reason and imports the good ones (hostile batch)', async () => {
    const api = await service();
    const report = await api.importFiles({
      files: [
        file('bad.json', Buffer.from('{"headline": ')),
        file('package.xml', Buffer.from('<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/"/>')),
        file('bomb.docx', buildDocx([['', 'x'.repeat(10)]]).subarray(0, 40)),
        file('billion-laughs.xml'),
        file('page.html'),
      ],
    });
    expect(report.errors.map((e) => e.fileName)).toEqual(['bad.json', 'package.xml', 'bomb.docx']);
    // Its JSON stops with its object open: cut short, which the reason says (not what the parser made of half of it).
    expect(report.errors[0]?.reason).toMatch(/^the file is cut short: its JSON stops after 13 bytes, with its outermost object or array still open/u);
    expect(report.articles.map((a) => a.original.format)).toEqual(['nitf', 'html']);
  });
});
