import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

async function library(): Promise<string> {
  const data = await tempDir();
  const inputs = join(await tempDir(), 'wire');
  await mkdir(inputs);
  const stories = [
    ['a.txt', 'Floods close Lisbon metro\n\nLISBON, Nov. 3 (AFP) - Heavy rain flooded the Lisbon metro on Tuesday, the operator said.\n'],
    ['b.txt', 'Porto dockers strike\n\nPORTO, Nov. 5 (Reuters) - Dock workers in Porto walked out over pay, union leaders said.\n'],
    ['c.txt', 'Lisbon dockers join strike\n\nLISBON, Nov. 6 (Reuters) - Dock workers in Lisbon joined the strike on Friday.\n'],
  ];
  for (const [name, text] of stories) await writeFile(join(inputs, name ?? ''), text ?? '');
  const imported = await cli(['import', inputs, '--data', data]);
  expect(imported.code).toBe(0);
  return data;
}

describe('copydesk search and list', () => {
  it('search --json gives the matches best first with id and headline, and facets when asked', async () => {
    const data = await library();
    const { code, out } = await cli(['search', '"dock workers" lisbon', '--data', data, '--json', '--facets']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { results: { id: string; headline: string }[]; matching: number; facets: { source: unknown } };
    expect(parsed.results.map((r) => r.headline)).toEqual(['Lisbon dockers join strike']);
    expect(parsed.results[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(parsed.facets.source).toEqual([{ value: 'Reuters', count: 1 }]);
    const text = await cli(['search', 'lisbon', '--data', data, '--sort', 'headline']);
    expect(text.out.split('\n')[0]).toBe('2 of 3 stories match');
    expect(text.out).toMatch(/Floods close Lisbon metro[\s\S]*Lisbon dockers join strike/);
  });

  it('list narrows by --source and --since, sorts and limits', async () => {
    const data = await library();
    const reuters = await cli(['list', '--data', data, '--source', 'Reuters', '--sort', 'headline', '--json']);
    expect((JSON.parse(reuters.out) as { headline: string }[]).map((s) => s.headline)).toEqual(['Lisbon dockers join strike', 'Porto dockers strike']);
    const one = await cli(['list', '--data', data, '--sort', 'dateline', '--limit', '1', '--json']);
    expect((JSON.parse(one.out) as { headline: string }[]).map((s) => s.headline)).toEqual(['Lisbon dockers join strike']);
  });

  it('refuses a bad flag or query with a usage error naming it', async () => {
    const data = await library();
    expect((await cli(['search', 'x', '--data', data, '--sort', 'size'])).err).toMatch(/--sort must be one of/);
    expect((await cli(['list', '--data', data, '--since', 'monday'])).code).toBe(2);
    const bad = await cli(['search', 'since:yesterday', '--data', data]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/since:yesterday is not a date/);
  });
});
