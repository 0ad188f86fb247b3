/** The build worker bundled as `npm run build` bundles it (out/cli/build-worker.mjs), for the benchmarks' pools. */
import { join } from 'node:path';
import { build } from 'esbuild';
import { BuildPool } from '../../electron/desk/build-pool.js';

const root = join(import.meta.dirname, '..', '..');

export async function startBuildPool(): Promise<BuildPool> {
  const outfile = join(root, 'out', 'bench', 'build-worker.mjs');
  await build({ entryPoints: [join(root, 'electron/desk/build-worker.ts')], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  return BuildPool.start(outfile);
}
