/**
 * `npm run bench -- --libraries` (`--sizes 1000,10000,100000`, `--only flexsearch,better-sqlite3`): search
 * libraries side by side (issue 11, item 3) on the same generated stories, run through the product's import and
 * reduced to what its index keeps (library-corpus.ts), with the same 300 queries of five kinds. Each library runs
 * in a process of its own (library-run.ts), once to index, search and keep its index on disk, once more to open
 * that index cold and answer the first query. Wall time is noisy on this shared machine, so CPU time is printed
 * beside it, with the load average at the start and end of each run.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchQueries, writeCorpus, QUERY_KINDS } from './library-corpus.js';
import { LIBRARIES, type BuildResult, type OpenResult, type RunArgs } from './library-run.js';

const QUERIES = 300;
const RUNNER = fileURLToPath(new URL('./library-run.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)}`;
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');

/** Runs one phase in a fresh Node with --expose-gc (and room for MiniSearch's heap); its stderr goes to ours. */
function run<T>(args: RunArgs): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=12288', '--import', 'tsx', RUNNER, JSON.stringify(args)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice(7)) as T);
      else reject(new Error(`${args.library} ${args.phase} at ${args.size.toLocaleString('en')} exited ${code}: ${err.trim().split('\n').slice(-6).join(' | ') || out.trim()}`));
    });
  });
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function sorted(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

function row(name: string, size: number, b: BuildResult, o: OpenResult): string {
  const s = sorted(b.searchMs);
  const f = sorted(b.facetMs);
  const n = b.searchMs.length;
  return [
    name,
    size.toLocaleString('en'),
    `${(size / (b.indexMs / 1000)).toFixed(0)} (${(size / (b.indexCpuMs / 1000)).toFixed(0)} CPU)`,
    `${(b.persistMs / 1000).toFixed(1)}`,
    `${percentile(s, 50).toFixed(2)} / ${percentile(s, 95).toFixed(2)} / ${mean(s).toFixed(2)} (${(b.searchCpuMs / n).toFixed(2)} CPU)`,
    `${percentile(f, 50).toFixed(2)} / ${percentile(f, 95).toFixed(2)} / ${mean(f).toFixed(2)} (${(b.facetCpuMs / n).toFixed(2)} CPU)`,
    `${o.firstQueryMs.toFixed(0)} (open ${o.openMs.toFixed(0)})`,
    `${mb(b.rssAfter - b.rssBefore)} / ${mb(b.heapAfter - b.heapBefore)} (peak RSS ${mb(b.maxRss)}; reopened ${mb(o.rss)} / ${mb(o.heap)})`,
    `${(b.diskBytes / 2 ** 20).toFixed(1)}`,
  ].join(' | ');
}

/** Which kinds of query make the tail: each kind's p95, alone and with facets. */
function byKind(b: BuildResult, kinds: readonly string[]): string {
  return QUERY_KINDS.map((kind) => {
    const alone = sorted(b.searchMs.filter((_, i) => kinds[i] === kind));
    const faceted = sorted(b.facetMs.filter((_, i) => kinds[i] === kind));
    return `${kind} ${percentile(alone, 95).toFixed(1)} / ${percentile(faceted, 95).toFixed(1)}`;
  }).join(', ');
}

/** How many of the queries got the reference's match count and facet counts, and of which kinds the others were. */
function agree(name: string, answers: BuildResult['answers'], reference: BuildResult['answers'], kinds: readonly string[]): string {
  let counts = 0;
  let facets = 0;
  const differ = new Map<string, number>();
  answers.forEach((a, i) => {
    const r = reference[i];
    const sameCount = r !== undefined && r.matching === a.matching;
    const sameFacets = r !== undefined && r.facets === a.facets;
    if (sameCount) counts++;
    if (sameFacets) facets++;
    if (!sameCount || !sameFacets) differ.set(kinds[i] ?? '?', (differ.get(kinds[i] ?? '?') ?? 0) + 1);
  });
  const where = [...differ].map(([kind, n]) => `${kind} ×${n}`).join(', ');
  return `${name} ${counts}/${answers.length}; ${facets}/${answers.length}${where ? ` (differ: ${where})` : ''}`;
}

export async function benchLibraries(sizes: readonly number[], only?: readonly string[]): Promise<void> {
  const names = only && only.length > 0 ? only : Object.keys(LIBRARIES);
  for (const name of names) if (!LIBRARIES[name]) throw new Error(`--only: unknown library "${name}" (one of ${Object.keys(LIBRARIES).join(', ')})`);
  const work = await mkdtemp(join(tmpdir(), 'copydesk-bench-libraries-'));
  try {
    const largest = Math.max(...sizes);
    const corpus = join(work, 'corpus.jsonl');
    console.log(`\nSearch libraries side by side (issue 11), ${new Date().toISOString()}, node ${process.version}, load average ${load()}`);
    const rate = await writeCorpus(corpus, largest);
    const now = new Date().toISOString();
    console.log(`  the same ${largest.toLocaleString('en')} generated stories for every library (the product's import: ${rate.toFixed(0)} stories/s, not a library's figure); ${QUERIES} queries: ${QUERY_KINDS.join(', ')}`);
    console.log('  library | stories | index stories/s (wall, CPU) | persist s | search p50 / p95 / mean ms (mean CPU) | + facets p50 / p95 / mean ms (mean CPU) | cold open → first answer ms | RSS / heap MB added (…) | disk MB');
    const failures: string[] = [];
    for (const size of sizes) {
      const queries = join(work, `queries-${size}.json`);
      const drawn = await benchQueries(corpus, size, QUERIES);
      const queryKinds = drawn.map((q) => q.kind);
      await writeFile(queries, JSON.stringify(drawn));
      const matches: string[] = [];
      let reference: { name: string; answers: BuildResult['answers'] } | null = null;
      const agreement: string[] = [];
      for (const name of names) {
        const library = LIBRARIES[name];
        if (!library) continue;
        const dir = join(work, `${name}-${size}`);
        await mkdir(dir, { recursive: true });
        const args: RunArgs = { phase: 'build', library: name, size, corpus, queries, dir, now };
        const loadBefore = load();
        try {
          const built = await run<BuildResult>(args);
          const opened = await run<OpenResult>({ ...args, phase: 'open' });
          console.log(`  ${row(library.name, size, built, opened)}   [load ${loadBefore} → ${load()}]`);
          matches.push(`${name}: ${QUERY_KINDS.map((k) => {
            const f = built.byKind[k];
            return `${k} ${f ? (f.matching / f.queries).toFixed(0) : '–'}`;
          }).join(', ')}`);
          console.log(`    ${name}, p95 by kind, alone / with facets (ms): ${byKind(built, queryKinds)}`);
          if (!reference) reference = { name: library.name, answers: built.answers };
          else agreement.push(agree(name, built.answers, reference.answers, queryKinds));
        } catch (err) {
          const line = `  ${library.name} at ${size.toLocaleString('en')}: FAILED, ${err instanceof Error ? err.message : String(err)}`;
          console.log(line);
          failures.push(line);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }
      if (reference && agreement.length > 0) console.log(`    the same answers as ${reference.name}, query by query (match count; facet counts): ${agreement.join('; ')}`);
      console.log(`    matches on average, by kind (the libraries should agree; MiniSearch has no phrases, the product's prefixes stop at 300 words): ${matches.join('; ')}`);
    }
    for (const name of names) console.log(`  ${LIBRARIES[name]?.name}: runs in Electron's main process without a native rebuild? ${LIBRARIES[name]?.electronMain}; on disk: ${LIBRARIES[name]?.persisted}`);
    if (failures.length > 0) throw new Error(`${failures.length} library run(s) failed:\n${failures.join('\n')}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
