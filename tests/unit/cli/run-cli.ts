import { runCli } from '../../../electron/cli/copydesk.js';

/** Runs the CLI in-process and returns its exit code and what it printed on each stream. */
export async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, rendererDir: null });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
