/**
 * Opens the real Electron app where its runtime is installed: the window loads, the preload bridge is there,
 * Node is not. Where the runtime is missing (it cannot be downloaded offline), the test says so and is skipped.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with scripts/start.mjs, without type declarations
import { electronBinary } from '../../scripts/electron-runtime.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const binary = (electronBinary as () => string | null)();

test('the Electron window opens the workstation with a hardened renderer', async () => {
  if (!binary) console.log('Electron smoke test NOT RUN: no Electron runtime is installed on this machine.');
  test.skip(!binary, 'no Electron runtime installed here');
  const data = await mkdtemp(join(tmpdir(), 'copydesk-electron-'));
  const app = await electron.launch({ executablePath: binary ?? undefined, args: [root], env: { ...process.env, COPYDESK_DATA: data } });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Copydesk' })).toBeVisible();
    expect(await window.evaluate(() => typeof (window as unknown as { copydesk?: unknown }).copydesk)).toBe('object');
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  } finally {
    await app.close();
    await rm(data, { recursive: true, force: true });
  }
});
