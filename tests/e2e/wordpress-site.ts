/**
 * A real WordPress for the publish tests, started by the project's own scripts/test-site/wordpress.sh in a run
 * folder of its own and stopped when the worker ends, also when a test failed.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, test as deskTest } from './fixtures.js';

const run = promisify(execFile);
const SCRIPT = join(REPO_ROOT, 'scripts', 'test-site', 'wordpress.sh');

export interface WordPressSite {
  readonly url: string;
  readonly user: string;
  readonly appPassword: string;
  /** GET/POST on the site's REST API as the editor, JSON back. */
  readonly rest: <T>(path: string, init?: { method?: string; body?: unknown }) => Promise<T>;
  readonly stop: () => Promise<void>;
}

export async function startWordPress(): Promise<WordPressSite> {
  const runDir = join(await mkdtemp(join(tmpdir(), 'copydesk-wp-e2e-')), 'site');
  const env = { ...process.env, COPYDESK_WP_RUN: runDir };
  const stop = async (): Promise<void> => {
    await run('bash', [SCRIPT, 'stop'], { env });
  };
  try {
    await run('bash', [SCRIPT, 'start'], { env, timeout: 300_000 });
    const vars = Object.fromEntries(
      (await readFile(join(runDir, 'site.env'), 'utf8')).split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    ) as Record<string, string>;
    const url = `${vars.WP_URL ?? ''}/`;
    const user = vars.WP_USER ?? '';
    const appPassword = vars.WP_APP_PASSWORD ?? '';
    const auth = `Basic ${Buffer.from(`${user}:${appPassword}`).toString('base64')}`;
    const rest = async <T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
      const response = await fetch(`${url}wp-json/wp/v2${path}`, {
        method: init.method ?? 'GET',
        headers: { Authorization: auth, 'Content-Type': 'application/json' },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
      if (!response.ok) throw new Error(`WordPress ${path}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    return { url, user, appPassword, rest, stop };
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
}

/** The desk's test with a real WordPress beside it: one site per worker, started and stopped by the project's script. */
export const wordpressTest = deskTest.extend<object, { site: WordPressSite }>({
  site: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await startWordPress();
      try {
        await use(site);
      } finally {
        await site.stop();
      }
    },
    { scope: 'worker', timeout: 300_000 },
  ],
});
