/**
 * Packaging needs Electron zips from the internet, so here we check what can be checked offline: that
 * electron-builder accepts the configuration, and that everything it would package exists after a build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);
type Config = Record<string, unknown> & { files: { filter: string[] }[]; linux: { target: string[]; icon: string }; mac: { target: string }; win: { target: string } };
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, path: string | null, inline: unknown): Promise<Config>;
  validateConfiguration(config: unknown, log: { isEnabled: boolean; add(): void }): Promise<void>;
};
const quietLog = { isEnabled: false, add: () => undefined };

beforeAll(async () => {
  const { buildNode, buildRenderer } = (await import(join(root, 'scripts/build.mjs'))) as { buildNode(): Promise<void>; buildRenderer(): Promise<void> };
  await buildNode();
  await buildRenderer();
}, 120_000);

describe('electron-builder configuration', () => {
  it('is accepted by electron-builder and targets AppImage, deb, dmg and nsis', async () => {
    const config = await getConfig(root, 'build/electron-builder.yml', null);
    await expect(validateConfiguration(config, quietLog)).resolves.toBeUndefined();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
  });

  it('flips the fuses: no run-as-Node, NODE_OPTIONS or inspect arguments; asar integrity checked and the only app source', async () => {
    const config = await getConfig(root, 'build/electron-builder.yml', null);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('the main bundle loads the app from its own scheme, takes the single-instance lock, and has spell checking off', () => {
    const main = readFileSync(join(root, 'out/main/main.cjs'), 'utf8');
    expect(main).toContain('requestSingleInstanceLock');
    expect(main).toContain('registerSchemesAsPrivileged');
    expect(main).toContain('"copydesk"');
    expect(main).toContain('://app/index.html');
    expect(main).not.toMatch(/pathToFileURL\(rendererIndex/);
    expect(main).toMatch(/spellcheck: false/);
  });

  it('rejects a broken configuration (so the check above can fail)', async () => {
    await expect(validateConfiguration({ linux: { target: 5, bogus: true } }, quietLog)).rejects.toThrow();
  });

  it('packages files that exist after the build: main, preload, renderer, icon', async () => {
    const config = await getConfig(root, 'build/electron-builder.yml', null);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(existsSync(join(root, pkg.main))).toBe(true);
    const patterns = config.files.flatMap((f) => f.filter);
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns.filter((f) => !f.startsWith('!'))) {
      const base = pattern.replace(/\/\*\*$/, '');
      expect(existsSync(join(root, base)), `${pattern} has nothing to package`).toBe(true);
    }
    expect(existsSync(join(root, 'out/preload/preload.cjs'))).toBe(true);
    expect(existsSync(join(root, 'out/main/build-worker.cjs'))).toBe(true);
    expect(readFileSync(join(root, 'out/renderer/index.html'), 'utf8')).toContain('Content-Security-Policy');
    const icon = readFileSync(join(root, config.linux.icon));
    expect(icon.subarray(1, 4).toString()).toBe('PNG');
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    // The main bundle must not need node_modules at run time: only electron stays external.
    for (const bundle of ['out/main/main.cjs', 'out/main/build-worker.cjs']) {
      const code = readFileSync(join(root, bundle), 'utf8');
      const requires = [...code.matchAll(/require\("([^".][^"]*)"\)/g)].map((m) => m[1]);
      expect(requires.filter((r) => r && !r.startsWith('node:') && r !== 'electron' && !isBuiltin(r)), bundle).toEqual([]);
    }
  });
});

function isBuiltin(name: string): boolean {
  return (require('node:module') as { builtinModules: string[] }).builtinModules.includes(name);
}
