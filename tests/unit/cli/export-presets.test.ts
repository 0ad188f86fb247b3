import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { SEED_PATH, useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

describe('copydesk export --preset / --dry-run', () => {
  it('lists the presets', async () => {
    const { code, out } = await cli(['presets', '--data', await tempDir()]);
    expect(code).toBe(0);
    expect(out).toMatch(/^WordPress\s+wxr\s+built-in/m);
    expect(out).toMatch(/^NITF syndication\s+nitf/m);
  });

  it('dry-runs a preset: the seed is blocked by the year gate and its open flags, with the reasons, and nothing is written', async () => {
    const data = await tempDir();
    await cli(['import', fileURLToPath(SEED_PATH), '--data', data]);
    const out = await tempDir();
    const dry = await cli(['export', '--all', '--preset', 'NITF syndication', '--dry-run', '--data', data]);
    expect(dry.code).toBe(1);
    expect(dry.out).toContain('Dry run with preset "NITF syndication" (nitf): nothing is written.');
    expect(dry.out).toContain('BLOCKED: The dateline year was inferred, not confirmed');
    expect(await readdir(out)).toEqual([]);
    const blocked = await cli(['export', '--all', '--preset', 'NITF syndication', '--out', out, '--data', data]);
    expect(blocked.code).toBe(1);
    // The shipped presets block on open flags too, saying how many of each kind are left.
    expect(blocked.err).toMatch(/^blocked: .+; Open flag: loaded-term \(5: fix or dismiss them\); Open flag: spelling \(2: fix or dismiss them\)$/m);
    // And a syndication feed needs a confirmed subject (the seed has only suggestions).
    expect(blocked.err).toMatch(/^blocked: .+: The dateline year was inferred, not confirmed; Subjects: required: add at least one Media Topic; Open flag/m);
    expect(await readdir(out)).toEqual([]);
  });

  it('dry-runs a preset without gates in the way, showing fields and the rendered file', async () => {
    const data = await tempDir();
    await cli(['import', fileURLToPath(SEED_PATH), '--data', data]);
    const dry = await cli(['export', '--status', 'new', '--preset', 'Plain text', '--dry-run', '--data', data]);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/Headline\s+→ headline\s+Iran cautions Iraq on secessionist approaches/);
    expect(dry.out).toContain('file: iran-cautions-iraq-secessionist-');
    const json = await cli(['export', '--status', 'new', '--preset', 'Plain text', '--dry-run', '--json', '--data', data]);
    const preview = JSON.parse(json.out) as { stories: { reasons: string[]; file: { name: string } }[] };
    expect(preview.stories[0]?.file.name).toMatch(/\.txt$/);
  });

  it('writes with a preset and a bare format alike, and refuses an unknown preset or a missing selection', async () => {
    const data = await tempDir();
    await cli(['import', fileURLToPath(SEED_PATH), '--data', data]);
    const out = await tempDir();
    expect((await cli(['export', '--all', '--format', 'newsml-g2', '--out', out, '--data', data])).code).toBe(0);
    expect((await cli(['export', '--all', '--preset', 'Plain text', '--out', out, '--data', data])).code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([expect.stringMatching(/\.newsml\.xml$/), expect.stringMatching(/\.txt$/)]);
    const unknown = await cli(['export', '--all', '--preset', 'Nope', '--out', out, '--data', data]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('No export preset named "Nope"');
    expect((await cli(['export', '--preset', 'Plain text', '--out', out, '--data', data])).code).toBe(2);
    expect((await cli(['export', '--all', '--out', out, '--data', data])).code).toBe(2);
  });
});
