/**
 * An import pack's line made from the article's JSON encoded ahead (in a build worker) is byte for byte the line
 * made in one go, and the store reads it back as the story; a story that linking changed is written from itself.
 */
import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { decodeCheckedBytes, encodeCheckedBytes } from '../../../electron/store/journal-lines.js';
import { encodeArticle, packLinePieces } from '../../../electron/store/pack-line.js';
import { story } from '../export/fixture.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

describe('a pack line from an article encoded ahead', () => {
  it('is the same bytes as the line made in one go, for any original (none, a slice) and any text', () => {
    const article = { ...story, headline: 'Förhandlingar i Genève — “ett genombrott” 北京', abstract: 'Tab\there, quote " and backslash \\ too' };
    for (const original of [null, { pack: 'mx5-abc', offset: 1024, length: 4479 }]) {
      const whole = encodeCheckedBytes(JSON.stringify({ article, original }));
      const { pieces, length } = packLinePieces(article, original, encodeArticle(article));
      const joined = Buffer.concat(pieces);
      expect(joined.length).toBe(length);
      expect(joined.equals(whole)).toBe(true);
      const read = decodeCheckedBytes(joined);
      expect(read.ok && JSON.parse(read.json)).toEqual({ article, original });
    }
  });

  it('stores an imported batch that the store reads back whole after reopening, updates and their lineage included', async () => {
    const dir = await tempDir();
    const copy = (extra: string): string => `Ferry back in service${extra}\n\nSKARHOLM, March 1 (CDT) - The ferry between Skarholm and Vedd\u00f8 runs again from Monday.\n\nThe operator said timetables would be posted.\n`;
    const files = [
      { name: 'a.txt', bytes: Buffer.from(copy('')) },
      { name: 'b.txt', bytes: Buffer.from(`UPDATE 1-${copy('')}Tickets bought for cancelled crossings will be refunded.\n`) },
      ...Array.from({ length: 40 }, (_, i) => ({ name: `s${i}.txt`, bytes: Buffer.from(copy(` ${i}`).replace('Skarholm and', `Skarholm ${i} and`)) })),
    ];
    const api = new CopydeskService(await ArticleStore.open(dir), { now: () => new Date('2026-03-01T12:00:00Z') });
    const report = await api.importBytes(files);
    expect(report.errors).toEqual([]);
    expect(report.articles).toHaveLength(42);
    await api.close();
    const reopened = await ArticleStore.open(dir);
    // What the import linked is what the disk holds: the 41 stories as built, and the update with its lineage.
    const after = await Promise.all(report.articles.map((a) => reopened.get(a.id)));
    expect(after).toEqual(report.articles);
    const original = report.articles.find((a) => a.original.fileName === 'a.txt');
    expect(after.find((a) => a.original.fileName === 'b.txt')?.lineage).toMatchObject({ previous: original?.id });
    await reopened.close();
  });
});
