// Builds Copydesk: `node scripts/build.mjs [node|renderer|all]`.
//   node     → out/main/main.cjs, out/main/build-worker.cjs, out/preload/preload.cjs (Electron),
//              out/cli/copydesk.mjs, out/cli/build-worker.mjs (CLI and HTTP host)
//   renderer → out/renderer (Vite)
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');


export async function buildNode() {
  const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', absWorkingDir: root };
  await Promise.all([
    // Electron's main and sandboxed preload load CommonJS; everything but electron is bundled in.
    esbuild({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'out/main/main.cjs', format: 'cjs', external: ['electron'] }),
    esbuild({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'out/preload/preload.cjs', format: 'cjs', external: ['electron'] }),
    // Build workers: imports read and build files on every core (electron/desk/build-pool.ts).
    esbuild({ ...common, entryPoints: ['electron/desk/build-worker.ts'], outfile: 'out/main/build-worker.cjs', format: 'cjs' }),
    // The CLI runs from the checkout, with node_modules beside it; its packages are bundled in, as the Electron
    // main's are: resolving and loading them one by one from node_modules cost ~80 ms of every command's start
    // (issue 11, cold open). `require` is given for the CommonJS packages' own requires of Node's modules.
    esbuild({
      ...common,
      entryPoints: ['electron/cli/main.ts'],
      outfile: 'out/cli/copydesk.mjs',
      format: 'esm',
      banner: { js: "import { createRequire as createRequireForPackages } from 'node:module'; const require = createRequireForPackages(import.meta.url);" },
    }),
    esbuild({ ...common, entryPoints: ['electron/desk/build-worker.ts'], outfile: 'out/cli/build-worker.mjs', format: 'esm', packages: 'external' }),
  ]);
}

export async function buildRenderer() {
  await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const target = process.argv[2] ?? 'all';
  if (!['node', 'renderer', 'all'].includes(target)) {
    console.error(`build: unknown target ${target} (node, renderer or all)`);
    process.exit(2);
  }
  if (target === 'node' || target === 'all') await buildNode();
  if (target === 'renderer' || target === 'all') await buildRenderer();
}
