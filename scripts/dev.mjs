// `npm run dev`: rebuilds the renderer on every change (vite build --watch) and serves it with the API from
// the local HTTP host; reload the page to see a change. Electron side changes need a restart.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildNode } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await buildNode();
await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { watch: {} } });
const host = spawn(process.execPath, [join(root, 'out/cli/copydesk.mjs'), 'serve', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
