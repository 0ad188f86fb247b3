// Where the Electron runtime is, if it is installed. Requiring the electron package would try to download the
// binary (and hang or fail offline), so read its path.txt and check the binary is really there instead.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');

export function electronBinary() {
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const binary = join(base, relative);
  return existsSync(binary) ? binary : null;
}
