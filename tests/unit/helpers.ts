import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { buildArticle } from '../../electron/desk/story-pipeline.js';
import type { Article } from '../../electron/domain/article.js';
import { ingestFile } from '../../electron/ingest/ingest.js';

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

/** Story number `n` of a small made-up AFP copy, built as an import builds it, with its bytes. */
export function numberedStory(n: number): { article: Article; bytes: Uint8Array } {
  const bytes = Buffer.from(`Headline number ${n}\n\nPARIS, July 23 (AFP) - Body of story ${n} says something.\n`, 'utf8');
  const outcome = ingestFile({ name: `s${n}.txt`, bytes });
  if (!outcome.ok) throw new Error(outcome.reason);
  const [first] = outcome.items;
  if (!first) throw new Error('no story in the file');
  return { article: buildArticle(first.original, first.draft, new Date('2026-11-28T10:00:00Z')), bytes };
}
