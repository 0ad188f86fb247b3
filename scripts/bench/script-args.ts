/** The arguments of a bench script run on its own (`npx tsx scripts/bench/X.ts …`), and the built CLI it drives. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The script's own arguments; `option` takes `--name VALUE` pairs out, leaving the positional ones. */
export const argv = process.argv.slice(2);

/** Takes `--name VALUE` out of the arguments. */
export function option(name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv.splice(at, 2)[1] : undefined;
}

/** `--cli PATH` (another build's out/cli/copydesk.mjs, to compare two builds), else this checkout's. */
export function cliPath(): string {
  return option('--cli') ?? join(root, 'out/cli/copydesk.mjs');
}
