/** `copydesk export` of a story an agency killed: refused, exit 1, the reason printed; nothing written. */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

describe('copydesk export of a killed story', () => {
  it('exits 1 and prints the agency\'s reason; nothing is written', async () => {
    const data = await tempDir();
    const inputs = await tempDir();
    const outDir = await tempDir();
    await writeFile(join(inputs, 'story.txt'), 'Council approves embankment rebuild\n\nKESSEL, Nov 27 (Reuters) - The regional council approved a plan on Tuesday to rebuild the flood-damaged river embankment.\n');
    await writeFile(join(inputs, 'kill.txt'), 'MANDATORY KILL - Council approves embankment rebuild\n\nKESSEL, Nov 28 (Reuters) - The story is withdrawn because it was based on a false report.\n');
    expect((await cli(['import', join(inputs, 'story.txt'), '--data', data])).code).toBe(0);
    expect((await cli(['import', join(inputs, 'kill.txt'), '--data', data])).code).toBe(0);
    const exported = await cli(['export', '--all', '--format', 'html', '--out', outDir, '--data', data]);
    expect(exported.code).toBe(1);
    expect(`${exported.out}\n${exported.err}`).toMatch(/Killed by the agency \(MANDATORY KILL\)/);
    expect(await readdir(outDir)).toEqual([]);
  });
});
