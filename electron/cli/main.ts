/** Entry point of the built CLI (out/cli/copydesk.mjs). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './copydesk.js';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const buildWorker = join(here, 'build-worker.mjs');

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  rendererDir: existsSync(join(rendererDir, 'index.html')) ? rendererDir : null,
  buildWorker: existsSync(buildWorker) ? buildWorker : null,
});
process.exitCode = code;
