/**
 * Each test owns its data: a fresh temp library and a `copydesk serve` of the built CLI and renderer over it,
 * stopped and deleted when the test ends.
 */
import { test as base, expect, type APIRequestContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED_STORY = join(REPO_ROOT, 'seeds', 'irna-iran-cautions-iraq-secessionist.txt');

const CLI = join(REPO_ROOT, 'out', 'cli', 'copydesk.mjs');
const READY = /Copydesk is serving the workstation at (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/;
const START_TIMEOUT_MS = 15_000;

export interface Desk {
  /** The URL to open, token in the fragment. */
  readonly url: string;
  /** The server's origin and token, for calling the API directly from a test. */
  readonly origin: string;
  readonly token: string;
  /** A folder of the test's own for files it writes (not the library). */
  readonly scratchDir: string;
}

function waitForUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`copydesk serve did not start in ${START_TIMEOUT_MS} ms\n${stderr}`)), START_TIMEOUT_MS);
    server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`copydesk serve exited with ${code} before serving (is it built? node scripts/build.mjs all)\n${stderr}`));
    });
    const lines = createInterface({ input: server.stdout! });
    lines.on('line', (line) => {
      const match = READY.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 5_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

export const test = base.extend<{ desk: Desk }>({
  // Playwright reads a fixture's dependencies from this destructuring; the desk needs none.
  // eslint-disable-next-line no-empty-pattern
  desk: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'copydesk-e2e-'));
    const dataDir = join(root, 'library');
    const scratchDir = join(root, 'scratch');
    const server = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', '0', '--allow', scratchDir], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await waitForUrl(server);
      const { origin, hash } = new URL(url);
      await mkdir(scratchDir, { recursive: true });
      await use({ url, origin, token: hash.replace('#token=', ''), scratchDir });
    } finally {
      await stop(server);
      await rm(root, { recursive: true, force: true });
    }
  },
});

export { expect };

/** Calls the workstation's HTTP API as the renderer does (token in the header); fails the test on an error envelope. */
export async function callApi<T = unknown>(desk: Desk, request: APIRequestContext, method: string, args: unknown): Promise<T> {
  const response = await request.post(`${desk.origin}/api/${method}`, { headers: { Authorization: `Bearer ${desk.token}` }, data: args });
  const envelope = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  expect(envelope.ok, envelope.error?.message).toBe(true);
  return envelope.value;
}
