// `npm start`: builds, then opens the Electron app; where Electron's runtime is not installed, says so in one
// line and serves the same workstation from the local HTTP host instead.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNode, buildRenderer } from './build.mjs';
import { electronBinary } from './electron-runtime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await buildNode();
await buildRenderer();

const electron = electronBinary();
const args = process.argv.slice(2);
const child = electron
  ? spawn(electron, [root, ...args], { stdio: 'inherit' })
  : (console.log('Electron runtime not installed here (its download needs the internet): serving Copydesk in your browser instead.'),
    spawn(process.execPath, [join(root, 'out/cli/copydesk.mjs'), 'serve', ...args], { stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
