import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32 } from 'node:zlib';
import { ArticleIndex } from '../../../electron/store/article-index.js';
import { decodeCheckedBytes, decodeCheckedLine, encodeCheckedLine } from '../../../electron/store/journal-lines.js';
import type { ArticleSummary } from '../../../electron/domain/article.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

function summary(n: number, headline = `Headline ${n}`): ArticleSummary {
  return {
    id: `story-${n}`,
    revision: 1,
    status: 'new',
    headline,
    slugline: `slug-${n}`,
    source: 'AFP',
    datelineDate: n % 2 === 0 ? null : '2026-11-28',
    updatedAt: `2026-11-28T10:00:0${n % 10}.000Z`,
    sha256: `${n}`.padStart(64, '0'),
  };
}

describe('journal lines read as bytes', () => {
  it('decodes every line as the string reader does: checked, unchecked, non-ASCII, flipped', () => {
    const lines = [
      encodeCheckedLine('{"headline":"Téhéran: l’Iran met en garde 🇮🇷"}').slice(0, -1),
      encodeCheckedLine('{"plain":"ascii"}').slice(0, -1),
      '{"written":"before checksums"}',
      // A checksum over the wrong text: what a torn and glued line looks like.
      `{"headline":"Téhéran"}\t${crc32('{"headline":"Teheran"}').toString(16).padStart(8, '0')}`,
      // A line written on Windows, its sum followed by a carriage return.
      `${encodeCheckedLine('{"a":1}').slice(0, -1)}\r`,
      '',
    ];
    for (const line of lines) {
      const bytes = Buffer.from(`xx${line}yy`, 'utf8');
      const fromBytes = decodeCheckedBytes(bytes, 2, bytes.length - 2);
      expect(fromBytes).toEqual(decodeCheckedLine(line));
    }
    expect(decodeCheckedBytes(Buffer.from(lines[3] as string), 0, Buffer.byteLength(lines[3] as string)).ok).toBe(false);
    expect(decodeCheckedBytes(Buffer.from(lines[0] as string), 0, Buffer.byteLength(lines[0] as string))).toMatchObject({ ok: true, checked: true });
  });

  it('refuses a checksum that is not 8 lower-case hex digits, as the string reader does', () => {
    const good = encodeCheckedLine('{"a":1}').slice(0, -1);
    const sum = good.slice(-8);
    for (const line of [good, `${good} `, ` ${good}`, good.replace(sum, sum.toUpperCase()), good.replace(sum, `0${sum}`), good.replace(sum, sum.slice(1)), good.replace(sum, `${sum.slice(0, 7)}g`), `${good.slice(0, -8)}\t${sum}`]) {
      const bytes = Buffer.from(line, 'utf8');
      expect(decodeCheckedBytes(bytes, 0, bytes.length)).toEqual(decodeCheckedLine(line));
    }
  });
});

describe('ArticleIndex opened from its bytes', () => {
  it('reads back exactly the summaries put, without their pack places, newest revision winning', async () => {
    const path = join(await tempDir(), 'index.jsonl');
    const index = await ArticleIndex.load(path);
    const put = [summary(1, 'Téhéran «met en garde» 🇮🇷'), summary(2), summary(3)];
    await index.put(put.map((s, i) => ({ summary: s, pack: { id: 'mx4-0123456789ab', article: [i * 100, 100] as const, original: [i * 50, 50] as const } })));
    expect(index.coveredBytes('mx4-0123456789ab')).toBe(300);
    expect(index.coveredBytes('mx4-fedcba987654')).toBe(0);
    await index.put([{ summary: { ...summary(2), revision: 2, headline: 'Edited' }, pack: { id: 'mx4-0123456789ab', article: [100, 100] as const }, file: true }]);
    const reopened = await ArticleIndex.load(path);
    expect(reopened.damage).toEqual([]);
    const byId = new Map(reopened.all().map((s) => [s.id, s]));
    expect(byId.get('story-1')).toEqual(put[0]);
    expect(Object.keys(byId.get('story-1') ?? {}).sort()).toEqual(Object.keys(put[0] as ArticleSummary).sort());
    expect(byId.get('story-2')).toEqual({ ...summary(2), revision: 2, headline: 'Edited' });
    expect(reopened.articleSlice('story-1')).toEqual({ pack: 'mx4-0123456789ab', offset: 0, length: 100 });
    // Saved since: read from its own file, but its pack line still counts as covered.
    expect(reopened.articleSlice('story-2')).toBeUndefined();
    expect(reopened.homeSlice('story-2')).toEqual({ pack: 'mx4-0123456789ab', offset: 100, length: 100 });
    expect(reopened.originalSlice(summary(3).sha256)).toEqual({ pack: 'mx4-0123456789ab', offset: 100, length: 50 });
    // Story 2's line is named twice (offset 100): counted once.
    expect(reopened.coveredBytes('mx4-0123456789ab')).toBe(300);
    expect([...reopened.packs()]).toEqual(['mx4-0123456789ab']);
  });

  it('reports a flipped line by its number and story and a torn tail by its bytes, and keeps every other story', async () => {
    const path = join(await tempDir(), 'index.jsonl');
    const index = await ArticleIndex.load(path);
    await index.put([summary(1), summary(2, 'Zürich, 2°C'), summary(3)].map((s) => ({ summary: s })));
    const text = await readFile(path, 'utf8');
    // One character of the second line changed (its checksum no longer matches), and half a line appended.
    const damaged = text.replace('Zürich, 2°C', 'Zürich, 3°C');
    expect(damaged).not.toBe(text);
    await writeFile(path, `${damaged}{"id":"story-4","headl`);
    const reopened = await ArticleIndex.load(path);
    expect(reopened.all().map((s) => s.id).sort()).toEqual(['story-1', 'story-3']);
    expect(reopened.damage).toEqual([
      { file: path, story: 'story-4', reason: `torn last line (${Buffer.byteLength('{"id":"story-4","headl')} bytes, a crash mid-append)` },
      { file: path, story: 'story-2', reason: 'line 2: checksum mismatch (the line was torn or overwritten)' },
    ]);
  });

  it('reports a line whose checksum matches but whose JSON does not parse', async () => {
    const path = join(await tempDir(), 'index.jsonl');
    await writeFile(path, `${encodeCheckedLine(JSON.stringify(summary(1)))}${encodeCheckedLine('{"id":"story-2",')}`);
    const reopened = await ArticleIndex.load(path);
    expect(reopened.all().map((s) => s.id)).toEqual(['story-1']);
    expect(reopened.damage).toHaveLength(1);
    expect(reopened.damage[0]).toMatchObject({ story: 'story-2' });
    expect(reopened.damage[0]?.reason).toMatch(/^line 2: /);
  });
});
