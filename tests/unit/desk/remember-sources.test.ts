import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { rememberSources, rememberSourcesOf } from '../../../electron/desk/desk-actions.js';
import { analyseArticle, buildArticle } from '../../../electron/desk/story-pipeline.js';
import { DEFAULT_DESK } from '../../../electron/domain/desk.js';
import { ingestFile } from '../../../electron/ingest/ingest.js';
import { SEED_PATH } from '../helpers.js';

describe('rememberSourcesOf', () => {
  it('files a batch into the registry exactly as story after story would', async () => {
    const outcome = ingestFile({ name: 'seed.txt', bytes: await readFile(SEED_PATH) });
    if (!outcome.ok) throw new Error(outcome.reason);
    const [item] = outcome.items;
    if (!item) throw new Error('no story');
    const article = analyseArticle(buildArticle(item.original, item.draft, new Date('2026-11-28T10:00:00Z')));
    expect(article.sources.length).toBeGreaterThan(1);
    const batch = [article, article, article];
    const oneByOne = batch.reduce((d, a) => rememberSources(d, a), DEFAULT_DESK);
    const together = rememberSourcesOf(DEFAULT_DESK, batch);
    expect(together).toEqual(oneByOne);
    expect(together.registry.find((r) => r.name === 'Ali Shamkhani')?.stories).toBe(3);
  });
});
