/** Entry point of the built CLI (out/cli/copydesk.mjs). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './copydesk.js';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const buildWorker = join(here, 'build-worker.mjs');

// Output piped into a reader that stops early (`copydesk search … | head`) is not an error: stop quietly, as
// other command-line tools do, instead of a stack trace for the write that found the pipe closed.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  rendererDir: existsSync(join(rendererDir, 'index.html')) ? rendererDir : null,
  buildWorker: existsSync(buildWorker) ? buildWorker : null,
});
process.exitCode = code;
