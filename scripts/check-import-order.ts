/**
 * Issue 10, part 6 on real copy: imports every real wire sample (../shared/wire-samples and wire-samples-more, or
 * the folders given) once sorted by name in one batch, then in shuffled orders split into random batches, and
 * fails when any library differs from the first, ids aside (each story's chain of versions: headline, body,
 * version, guid, relation). Prints the time each import and listing took.
 *
 *   npx tsx scripts/check-import-order.ts [--orders N] [DIR…]
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CopydeskService } from '../electron/desk/service.js';
import { ArticleStore } from '../electron/store/article-store.js';
import { seededRandom } from './seeded-random.js';

const root = resolve(import.meta.dirname, '..');
const shared = process.env.COPYDESK_SHARED ?? join(root, '..', 'shared');
const args = process.argv.slice(2);
const ordersAt = args.indexOf('--orders');
const orders = ordersAt >= 0 ? Number(args.splice(ordersAt, 2)[1]) : 5;
const dirs = args.length > 0 ? args : [join(shared, 'wire-samples'), join(shared, 'wire-samples-more')];

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) out.push(...(await walk(path)));
    else if (!/\.(md|tsv|mp3|jpg|png)$/iu.test(name)) out.push(path);
  }
  return out;
}


async function library(files: readonly { name: string; bytes: Buffer }[][]): Promise<{ canon: string[]; importMs: number; listMs: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-order-'));
  const api = new CopydeskService(await ArticleStore.open(dir), { now: () => new Date('2026-12-01T12:00:00Z') });
  try {
    const t0 = performance.now();
    for (const batch of files) await api.importBytes(batch);
    const t1 = performance.now();
    const listed = await api.listArticles({});
    const t2 = performance.now();
    const canon: string[] = [];
    for (const s of listed) {
      const chain = [];
      for (const v of (await api.storyLinks({ id: s.id })).versions) {
        const a = await api.getArticle({ id: v.id });
        chain.push([a.headline, a.paragraphs.map((p) => p.text), a.version, a.guid, v.relation]);
      }
      canon.push(JSON.stringify(chain));
    }
    return { canon: canon.sort(), importMs: t1 - t0, listMs: t2 - t1 };
  } finally {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const paths = (await Promise.all(dirs.map(walk))).flat();
const files = await Promise.all(paths.map(async (p) => ({ name: p.slice(shared.length + 1), bytes: await readFile(p) })));
const reference = await library([files]);
const chains = reference.canon.filter((c) => (JSON.parse(c) as unknown[]).length > 1).length;
console.log(`${files.length} files → ${reference.canon.length} stories, ${chains} with several versions; import ${reference.importMs.toFixed(0)} ms, list ${reference.listMs.toFixed(1)} ms`);
const random = seededRandom(20261201);
let failed = 0;
for (let round = 0; round < orders; round++) {
  const shuffled = [...files];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as (typeof files)[number], shuffled[i] as (typeof files)[number]];
  }
  const cuts = [...new Set(Array.from({ length: 1 + Math.floor(random() * 6) }, () => 1 + Math.floor(random() * (files.length - 1))))].sort((a, b) => a - b);
  const at = [0, ...cuts, files.length];
  const batches = at.slice(1).map((end, i) => shuffled.slice(at[i], end));
  const got = await library(batches);
  const same = JSON.stringify(got.canon) === JSON.stringify(reference.canon);
  if (!same) {
    failed++;
    const missing = reference.canon.filter((c) => !got.canon.includes(c));
    const extra = got.canon.filter((c) => !reference.canon.includes(c));
    console.log(`order ${round}: DIFFERS (${batches.length} batches): missing ${missing.map((c) => c.slice(0, 160)).join(' | ')}; extra ${extra.map((c) => c.slice(0, 160)).join(' | ')}`);
  } else console.log(`order ${round}: same (${batches.length} batches); import ${got.importMs.toFixed(0)} ms, list ${got.listMs.toFixed(1)} ms`);
}
process.exitCode = failed > 0 ? 1 : 0;
