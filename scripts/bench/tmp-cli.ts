import { runCli } from '../../electron/cli/copydesk.js';
const t0 = performance.now();
const code = await runCli(process.argv.slice(2), { out: (l) => console.log(`${(performance.now() - t0).toFixed(0)} ms: ${l.slice(0, 60)}`), err: (l) => console.error(l), env: process.env, rendererDir: null });
console.log(`done ${(performance.now() - t0).toFixed(0)} ms, code ${code}`);
