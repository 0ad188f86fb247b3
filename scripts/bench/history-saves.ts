/**
 * Gives every story of a benchmark library a history of `revisions` revisions before saves are timed, as a desk
 * that has worked on each story would leave it: history/<2 hex>/<id>.jsonl with one line per revision, each
 * carrying the story as saved (about the size of the story itself). Written directly, not through 100,000 × 10
 * timed saves, which would take hours; the timed saves then append to these files as any later save does.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CopydeskService } from '../../electron/desk/service.js';

export async function seedHistory(service: CopydeskService, revisions: number): Promise<void> {
  const ids = service.store.list().map((s) => s.id);
  const sample = await service.store.get(ids[0] ?? '');
  const made = new Set<string>();
  const batch: Promise<void>[] = [];
  for (const id of ids) {
    const shard = join(service.store.dir, 'history', id.slice(0, 2).toLowerCase());
    if (!made.has(shard)) {
      await mkdir(shard, { recursive: true });
      made.add(shard);
    }
    const lines: string[] = [];
    for (let n = 1; n <= revisions; n++) {
      const article = { ...sample, id, revision: n, headline: `${sample.headline} (${n})` };
      lines.push(JSON.stringify({ number: n, author: 'Bench Desk', at: new Date(0).toISOString(), summary: n === 1 ? 'Imported' : `Edited ¶${n}`, article }));
    }
    batch.push(writeFile(join(shard, `${id}.jsonl`), `${lines.join('\n')}\n`));
    if (batch.length >= 256) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
}
