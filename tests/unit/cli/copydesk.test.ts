import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { SEED_PATH, useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

describe('copydesk CLI', () => {
  it('imports the seed with --json in the documented shape', async () => {
    const data = await tempDir();
    const { code, out } = await cli(['import', fileURLToPath(SEED_PATH), '--data', data, '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { articles: Record<string, unknown>[]; errors: unknown[] };
    expect(parsed.errors).toEqual([]);
    const a = parsed.articles[0] ?? {};
    expect(Object.keys(a)).toEqual(expect.arrayContaining([
      'id', 'status', 'headline', 'slugline', 'byline', 'abstract', 'dateline', 'source', 'language', 'paragraphs', 'keywords', 'original', 'changes',
    ]));
    expect(a.dateline).toMatchObject({ place: 'Tehran', yearInferred: true, agency: 'IRNA' });
    expect(a.source).toEqual({ name: 'Islamic Republic News Agency', code: 'IRNA', credit: 'Islamic Republic News Agency' });
    expect(a.original).toMatchObject({ fileName: 'irna-iran-cautions-iraq-secessionist.txt', format: 'plain-text', encoding: 'utf-8' });
    expect((a.changes as { rule: string }[]).map((c) => c.rule)).toEqual(
      expect.arrayContaining(['scrape-debris', 'headline', 'dateline', 'credit-line', 'publisher-footer']),
    );
  });

  it('exits 1 and names each bad file, while the good ones still import', async () => {
    const data = await tempDir();
    const inputs = await tempDir();
    await writeFile(join(inputs, 'empty.txt'), '');
    const { code, out } = await cli(['import', join(inputs, 'empty.txt'), join(inputs, 'missing.txt'), fileURLToPath(SEED_PATH), '--data', data, '--json']);
    expect(code).toBe(1);
    const parsed = JSON.parse(out) as { articles: unknown[]; errors: { fileName: string; reason: string }[] };
    expect(parsed.articles).toHaveLength(1);
    // In the order the inputs were read; each failure is quarantined (a missing file without bytes).
    expect(parsed.errors).toEqual([
      { fileName: 'empty.txt', reason: 'the file is empty', quarantine: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { fileName: join(inputs, 'missing.txt'), reason: 'no such file or folder', quarantine: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
  });

  it('lists and exports every story to a folder', async () => {
    const data = await tempDir();
    const outDir = join(await tempDir(), 'site');
    await mkdir(outDir);
    await cli(['import', fileURLToPath(SEED_PATH), '--data', data]);
    const list = await cli(['list', '--data', data]);
    expect(list.out).toMatch(/new\s+IRNA\s+Iran cautions Iraq on secessionist approaches/);
    const exported = await cli(['export', '--all', '--format', 'md', '--out', outDir, '--data', data]);
    expect(exported.code).toBe(0);
    const [name] = await readdir(outDir);
    const md = await readFile(join(outDir, name ?? ''), 'utf8');
    expect(md).toMatch(/^---\n/);
    expect(md).toContain('Iran cautions Iraq on secessionist approaches');
    expect(md).not.toContain('News Gazette');
    const after = await cli(['list', '--data', data, '--json']);
    expect(JSON.parse(after.out)[0].status).toBe('exported');
  });

  it('answers usage errors with exit code 2', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['import'])).code).toBe(2);
    expect((await cli(['import', 'x', '--bogus'])).code).toBe(2);
    expect((await cli(['export', '--all', '--format', 'pdf', '--out', '/tmp'])).code).toBe(2);
    expect((await cli(['frobnicate'])).err).toContain('unknown command "frobnicate"');
  });
});
