/**
 * One soak process (scripts/soak.ts starts it and kills it with SIGKILL at a random moment): imports, saves,
 * exports and compactions on a library, in a random order, forever. Every operation the library reports done is
 * appended to the log right after (one JSON line), so the soak can check that nothing reported done was lost.
 *
 *   node --import tsx scripts/soak/workload.ts LIBRARY LOG SEED
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CopydeskService } from '../../electron/desk/service.js';
import { errorMessage } from '../../electron/domain/errors.js';
import { ArticleStore } from '../../electron/store/article-store.js';

const [dir = '', log = '', seedText = '1'] = process.argv.slice(2);
let seed = Number(seedText) >>> 0 || 1;
const random = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
const note = (entry: Record<string, unknown>): void => appendFileSync(log, `${JSON.stringify(entry)}\n`);

let store: ArticleStore;
try {
  store = await ArticleStore.open(dir);
} catch (err) {
  note({ op: 'refused', pid: process.pid, reason: errorMessage(err) });
  process.exit(3);
}
note({ op: 'opened', pid: process.pid });
const service = new CopydeskService(store);
const out = join(dir, '..', `exports-${process.pid}`);
mkdirSync(out, { recursive: true });
let n = 0;

function story(): { name: string; bytes: Buffer } {
  n += 1;
  const tag = `${seedText}-${process.pid}-${n}`;
  const text = `Harbour ${tag} reopens after the storm\n\nPARIS, July ${1 + (n % 28)} (AFP) - The harbour of town ${tag} reopened on Monday, officials said.\n\nRepairs cost ${n * 1000} euros, the mayor told reporters on ${tag}.\n`;
  return { name: `soak-${tag}.txt`, bytes: Buffer.from(text) };
}

for (;;) {
  const roll = random();
  if (roll < 0.4) {
    const files = Array.from({ length: 1 + Math.floor(random() * 40) }, story);
    const report = await service.importBytes(files);
    note({ op: 'import', ids: report.articles.map((a) => a.id) });
  } else if (roll < 0.85) {
    const target = pick(store.list());
    if (!target) continue;
    const article = await store.get(target.id);
    const headline = `Saved ${seedText}-${process.pid}-${n++}`;
    try {
      const saved = await store.save({ ...article, headline }, article.revision);
      note({ op: 'save', id: saved.id, revision: saved.revision, headline });
    } catch (err) {
      note({ op: 'save-refused', id: target.id, reason: errorMessage(err) });
    }
  } else if (roll < 0.95) {
    const ids = Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(store.list())?.id).filter((id): id is string => id !== undefined);
    const report = await service.exportTo({ ids: [...new Set(ids)], format: 'text' }, out);
    note({ op: 'export', files: report.files.length, errors: report.errors.map((e) => e.reason) });
  } else {
    await (store as unknown as { index: { compact(): Promise<void> } }).index.compact();
    note({ op: 'compact' });
  }
}
