import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PRESETS } from '../../../electron/domain/export-preset.js';
import { PresetStore } from '../../../electron/store/preset-store.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

describe('PresetStore', () => {
  it('sets a damaged presets.json aside with a message naming it, keeps its bytes, and offers the built-ins', async () => {
    const dir = await tempDir();
    const damaged = '{"presets": [{"name": "House WordPr';
    await writeFile(join(dir, 'presets.json'), damaged);
    const warnings: string[] = [];
    const store = await PresetStore.open(dir, (m) => warnings.push(m));
    expect(store.list().map((p) => p.name)).toEqual(BUILT_IN_PRESETS.map((p) => p.name));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(join(dir, 'presets.json'));
    expect(store.notice).toBe(warnings[0]);
    const aside = (await readdir(dir)).filter((n) => n.startsWith('presets.json.damaged-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, aside[0] ?? ''), 'utf8')).toBe(damaged);
    expect(warnings[0]).toContain(aside[0]);
  });

  it('opens a library without presets.json quietly', async () => {
    const warnings: string[] = [];
    const store = await PresetStore.open(await tempDir(), (m) => warnings.push(m));
    expect(store.notice).toBeNull();
    expect(warnings).toEqual([]);
  });
});
