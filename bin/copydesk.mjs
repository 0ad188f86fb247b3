#!/usr/bin/env node
// `copydesk` (after `npm link`) and `npm run --silent copydesk -- ARGS`: builds the CLI first when its sources
// are newer than the build (and the renderer too for `serve`), then runs it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newest(dir) {
  // A file (package-lock.json: the CLI bundles its packages) counts by its own time.
  if (!statSync(dir).isDirectory()) return statSync(dir).mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function stale(output, ...sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((s) => existsSync(s) && newest(s) > built);
}

const cli = join(root, 'out/cli/copydesk.mjs');
const needsNode = stale(cli, join(root, 'electron'), join(root, 'package-lock.json'));
const needsRenderer = process.argv[2] === 'serve' && stale(join(root, 'out/renderer/index.html'), join(root, 'renderer'), join(root, 'electron/api'), join(root, 'electron/domain'));
if (needsNode || needsRenderer) {
  const { buildNode, buildRenderer } = await import(pathToFileURL(join(root, 'scripts/build.mjs')).href);
  if (needsNode) await buildNode();
  if (needsRenderer) await buildRenderer();
}
await import(pathToFileURL(cli).href);
