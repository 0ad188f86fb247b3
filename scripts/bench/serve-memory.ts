/**
 * The main process's memory with a kept library open, as the user runs it (issue 11: ≤ 600 MB resident with
 * 100,000 stories after an hour of use): the built `copydesk serve` (the same service, search and store the app's
 * main process holds) is started on the library; through its HTTP host the inbox's first page is asked, then the
 * search bench's 300 queries (each alone and with facets) and 200 stories opened, three rounds over. Its resident
 * memory (VmRSS, and VmHWM: the high-water mark) is read from /proc after each step.
 *   npx tsx scripts/bench/serve-memory.ts LIBRARY [--size N] [--cli PATH] [--rounds N]
 * `--opens N`: stories opened a round (200). `--size`: the number of stories the library was generated with (the queries are drawn from generate.ts's copy).
 * Point it at a copy you may write: the library is opened as the user's own would be.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { argv, cliPath, option } from './script-args.js';
import { queries } from './search.js';

const cli = cliPath();
const size = Number(option('--size') ?? 100_000);
const rounds = Number(option('--rounds') ?? 3);
/** `--opens N`: stories opened a round (200 unless said; 0 for searches alone). */
const opens = Number(option('--opens') ?? 200);
/** `--heap-snapshot DIR`: a heap snapshot of the serve process after the last round (written by Node into DIR). */
const snapshotDir = option('--heap-snapshot');
const dir = argv[0];
if (!dir || !Number.isInteger(size) || !Number.isInteger(rounds)) throw new Error('usage: npx tsx scripts/bench/serve-memory.ts LIBRARY [--size N] [--cli PATH] [--rounds N]');

/** VmRSS and VmHWM of a process, in MB. */
function memory(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

const nodeFlags = snapshotDir ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${snapshotDir}`] : [];
const child = spawn(process.execPath, [...nodeFlags, cli, 'serve', '--data', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const t0 = performance.now();
const { origin, token } = await new Promise<{ origin: string; token: string }>((resolve, reject) => {
  let text = '';
  child.stdout.on('data', (d: Buffer) => {
    text += d.toString();
    const found = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([0-9a-f]+)/.exec(text);
    if (found?.[1] && found[2]) resolve({ origin: found[1], token: found[2] });
  });
  child.once('close', (code) => reject(new Error(`copydesk serve --data ${dir} exited ${code} before it listened`)));
});

async function call<T>(method: string, args: unknown): Promise<T> {
  const res = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!body.ok || body.value === undefined) throw new Error(`${method}: ${JSON.stringify(body).slice(0, 300)}`);
  return body.value;
}

const pid = child.pid as number;
const line = (what: string): void => {
  const m = memory(pid);
  console.log(`${what.padEnd(44)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  RSS ${m.rss.toFixed(0).padStart(5)} MB  high-water ${m.hwm.toFixed(0).padStart(5)} MB  load ${loadavg()[0]?.toFixed(2)}`);
};

try {
  const first = await call<{ total: number; results: { id: string }[] }>('searchArticles', { query: '', offset: 0, limit: 100, facets: true });
  line(`first page (${first.total.toLocaleString('en')} stories)`);
  const qs = queries(size, 300);
  await call('searchArticles', { query: qs[0], limit: 50 });
  line('first search with words');
  for (let round = 1; round <= rounds; round++) {
    const ids: string[] = [];
    for (const q of qs) {
      const page = await call<{ results: { id: string }[] }>('searchArticles', { query: q, limit: 50 });
      await call('searchArticles', { query: q, limit: 50, facets: true });
      const hit = page.results[round % Math.max(1, page.results.length)];
      if (hit && ids.length < opens) ids.push(hit.id);
    }
    for (const id of ids) await call('getArticle', { id });
    line(`round ${round}: 600 searches, ${ids.length} stories opened`);
  }
  // At rest after use, as between an editor's bursts: V8 shrinks an idle heap on its own (its memory reducer).
  for (const seconds of [5, 10, 20]) {
    await new Promise((r) => setTimeout(r, (seconds === 5 ? 5 : seconds / 2) * 1000));
    line(`idle ${seconds} s after the last call`);
  }
  if (snapshotDir) {
    child.kill('SIGUSR2');
    // Node writes the snapshot on its main thread: the next call is answered once it is written.
    await new Promise((r) => setTimeout(r, 500));
    await call('searchArticles', { query: '', offset: 0, limit: 1 });
    line(`heap snapshot written into ${snapshotDir}`);
  }
} finally {
  child.kill('SIGTERM');
}
