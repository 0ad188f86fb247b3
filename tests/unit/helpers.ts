import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temp folder per test, removed afterwards. */
export function useTempDirs(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    // Retried: a library's search journal may still be finishing a write in the background as the test ends.
    await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-test-'));
    made.push(dir);
    return dir;
  };
}

export const SEED_PATH = new URL('../../seeds/irna-iran-cautions-iraq-secessionist.txt', import.meta.url);
