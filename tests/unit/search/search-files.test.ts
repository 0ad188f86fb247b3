import { readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchFiles, SnapshotDamaged } from '../../../electron/search/search-files.js';
import type { SearchRecord } from '../../../electron/search/search-record.js';
import { forEachLineOf } from '../../../electron/store/journal-lines.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

async function linesOf(path: string, chunkBytes: number): Promise<string[]> {
  const lines: string[] = [];
  await forEachLineOf(path, (bytes, start, end) => lines.push(bytes.toString('utf8', start, end)), { chunkBytes });
  return lines;
}

describe('forEachLineOf', () => {
  it('gives every line whole, however the chunks cut the file and whatever a line holds', async () => {
    const path = join(await tempDir(), 'lines.txt');
    const long = 'é'.repeat(5000);
    const text = `first\n\nTéhéran 🇮🇷 «x»\r\n${long}\nlast without newline`;
    await writeFile(path, text);
    const expected = ['first', '', 'Téhéran 🇮🇷 «x»', long, 'last without newline'];
    // Chunks of 7 bytes cut characters and lines apart; 3 is shorter than any line's non-ASCII character run.
    for (const chunkBytes of [3, 7, 64, 1 << 20]) expect(await linesOf(path, chunkBytes)).toEqual(expected);
    await writeFile(path, 'a\nb\n');
    expect(await linesOf(path, 2)).toEqual(['a', 'b']);
    await writeFile(path, '');
    expect(await linesOf(path, 8)).toEqual([]);
  });

  it('throws ENOENT for a missing file, and stops and closes the file when a line is refused', async () => {
    const dir = await tempDir();
    await expect(linesOf(join(dir, 'missing.txt'), 16)).rejects.toMatchObject({ code: 'ENOENT' });
    const path = join(dir, 'lines.txt');
    await writeFile(path, 'a\nb\nc\n');
    const seen: string[] = [];
    const reading = forEachLineOf(path, (bytes, start, end) => {
      seen.push(bytes.toString('utf8', start, end));
      if (seen.length === 2) throw new Error('refused');
    });
    await expect(reading).rejects.toThrow('refused');
    expect(seen).toEqual(['a', 'b']);
    // The descriptor was closed: none of this process's open files is it (Linux lists them in /proc/self/fd).
    const open = await Promise.all((await readdir('/proc/self/fd')).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
    expect(open).not.toContain(path);
  });

  it('reads no further chunk once told to stop', async () => {
    const path = join(await tempDir(), 'lines.txt');
    await writeFile(path, 'aaa\nbbb\nccc\nddd\n');
    const seen: string[] = [];
    await forEachLineOf(path, (bytes, start, end) => seen.push(bytes.toString('utf8', start, end)), { chunkBytes: 8, stop: () => seen.length >= 2 });
    expect(seen).toEqual(['aaa', 'bbb']);
  });
});

function record(n: number): SearchRecord {
  return { id: `story-${n}`, headline: `Headline ${n} — Téhéran`, revision: 1 } as unknown as SearchRecord;
}

async function snapshotFiles(): Promise<{ files: SearchFiles; dir: string }> {
  const dir = await tempDir();
  const files = new SearchFiles(dir);
  const records = [1, 2, 3].map((n) => [n, record(n)] as const);
  await files.writeSnapshot({ records, next: 4, parts: [['reg', '{"1":1}'], ['map', '["tehran",[1,2]]']], codes: Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]) });
  return { files, dir };
}

describe('SearchFiles snapshot read as bytes', () => {
  it('reads back the records, the parts and the codes written', async () => {
    const { files } = await snapshotFiles();
    const read = await files.readRecords();
    expect(read?.records).toEqual([1, 2, 3].map((n) => [n, record(n)]));
    expect(read).toMatchObject({ next: 4, parts: 2, codeBytes: 8 });
    const parts: [string, string][] = [];
    const codes = await files.readWords(read as NonNullable<typeof read>, (key, data) => parts.push([key, data]));
    expect(parts).toEqual([['reg', '{"1":1}'], ['map', '["tehran",[1,2]]']]);
    expect([...(await readFile(codes.path))]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(codes.bytes).toBe(8);
    // Stopped (nobody waits for the words any more): nothing handed over, no codes.
    let handed = 0;
    expect(await files.readWords(read as NonNullable<typeof read>, () => handed++, () => true)).toBeNull();
    expect(handed).toBe(0);
    expect(await new SearchFiles(join(await tempDir(), 'none')).readRecords()).toBeNull();
  });

  it('reads repeated values as one: the empty lists of every record are one list, the values unchanged', async () => {
    const dir = await tempDir();
    const files = new SearchFiles(dir);
    const full = (n: number, places: string[]): SearchRecord =>
      ({ id: `s-${n}`, revision: 1, status: 'new', source: 'AFP', sourceName: 'Agence France-Presse', language: 'fr', datelineDate: '2026-03-01', updatedAt: `2026-03-01T10:0${n}:00Z`, wireTime: n === 2 ? '2026-02-28T23:00:00Z' : `2026-03-01T10:0${n}:00Z`, places, subjects: [] }) as unknown as SearchRecord;
    const written = [full(1, []), full(2, ['Paris', 'Lyon']), full(3, [])];
    await files.writeSnapshot({ records: written.map((r, i) => [i, r] as const), next: 3, parts: [], codes: Buffer.alloc(0) });
    const read = await files.readRecords();
    const records = (read?.records ?? []).map(([, r]) => r);
    expect(records).toEqual(written);
    expect(records[0]?.places).toBe(records[2]?.places);
    expect(records[0]?.subjects).toBe(records[1]?.subjects);
    expect(records[1]?.places).toEqual(['Paris', 'Lyon']);
  });

  it('refuses a snapshot cut short, with lines after its end, with a garbled record or header, or empty', async () => {
    const { files, dir } = await snapshotFiles();
    const path = join(dir, 'snapshot.jsonl');
    const text = await readFile(path, 'utf8');
    const lines = text.split('\n');
    const cases: [string, RegExp][] = [
      [lines.slice(0, 3).join('\n'), /2 records where the header promises 3, and no end line/],
      [`${text}{"id":"late"}\n`, /lines after its end/],
      [text.replace('"story-2"', '2'), /a damaged record/],
      [text.replace('Headline 3', 'Headline "3'), /snapshot\.jsonl: /],
      [text.replace('copydesk-search-4', 'copydesk-search-3'), /a search snapshot of another format \(copydesk-search-3\)/],
      [`garbage${text}`, /not a Copydesk search snapshot \(header garbage/],
      ['', /not a Copydesk search snapshot \(header \)/],
    ];
    for (const [damaged, reason] of cases) {
      await writeFile(path, damaged);
      const reading = files.readRecords();
      await expect(reading).rejects.toBeInstanceOf(SnapshotDamaged);
      await expect(files.readRecords()).rejects.toThrow(reason);
    }
  });

  it('refuses words without their end line or with a part without its key', async () => {
    const { files, dir } = await snapshotFiles();
    const read = await files.readRecords();
    if (!read) throw new Error('no snapshot');
    const words = join(dir, (await readdir(dir)).find((n) => n.startsWith('words-')) ?? '');
    const text = await readFile(words, 'utf8');
    await writeFile(words, text.replace('{"end":true}\n', ''));
    await expect(files.readWords(read, () => undefined)).rejects.toThrow(/2 parts and no end line where the snapshot promises 2/);
    await writeFile(words, text.replace('map\t', 'map '));
    await expect(files.readWords(read, () => undefined)).rejects.toThrow(/a damaged index part \(line 2\)/);
    await writeFile(words, text.replace('reg\t', '\treg'));
    await expect(files.readWords(read, () => undefined)).rejects.toThrow(/a damaged index part \(line 1\)/);
  });
});
