import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DESK } from '../../../electron/domain/desk.js';
import { DeskStore } from '../../../electron/store/desk-store.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

describe('DeskStore', () => {
  it('starts from the defaults and keeps what is saved across openings', async () => {
    const dir = await tempDir();
    const desk = await DeskStore.open(dir);
    expect(desk.settings).toEqual(DEFAULT_DESK);
    await desk.update((d) => ({ ...d, boilerplate: [{ source: 'IRNA', text: 'Follow us.', createdAt: 'x' }] }));
    expect((await DeskStore.open(dir)).settings.boilerplate).toEqual([{ source: 'IRNA', text: 'Follow us.', createdAt: 'x' }]);
  });

  it('sets a damaged desk.json aside instead of refusing to open the library', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'desk.json'), '{"boilerplate": [');
    const desk = await DeskStore.open(dir);
    expect(desk.settings).toEqual(DEFAULT_DESK);
    expect((await readdir(dir)).some((f) => f.startsWith('desk.json.damaged-'))).toBe(true);
  });

  it('drops malformed entries and keeps the good ones', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'desk.json'),
      JSON.stringify({
        boilerplate: [{ source: 'IRNA', text: 'ok' }, { source: 3 }, null],
        glossary: [{ term: 'Daesh', suggestion: 'Islamic State' }, { term: '' }, 'x'],
        registry: [{ name: 'Ali Shamkhani', kind: 'person', stories: 2 }, { name: 'X', kind: 'alien' }],
      }),
    );
    const { settings } = await DeskStore.open(dir);
    expect(settings.boilerplate).toEqual([{ source: 'IRNA', text: 'ok', createdAt: '' }]);
    expect(settings.glossary).toEqual([{ term: 'Daesh', suggestion: 'Islamic State', note: '' }]);
    expect(settings.registry).toEqual([{ name: 'Ali Shamkhani', kind: 'person', role: null, organisation: null, note: '', stories: 2 }]);
  });

  it('serialises quick updates so none is lost', async () => {
    const desk = await DeskStore.open(await tempDir());
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => desk.update((d) => ({ ...d, boilerplate: [...d.boilerplate, { source: 'S', text: `t${i}`, createdAt: '' }] }))),
    );
    expect(desk.settings.boilerplate).toHaveLength(20);
  });
});
