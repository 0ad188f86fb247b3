/**
 * Cold open of a kept library, as a user meets it (issue 11, target: a usable list within 1.5 s):
 * - `copydesk list --limit 20 --json`, a new process each run: wall time to its first byte of output and to its exit;
 * - `copydesk serve`: when it prints its URL (it listens), and when the first page of the inbox (the call the
 *   renderer makes first: searchArticles, 100 stories with facets) is answered through the HTTP host, both from
 *   the process's start.
 * Runs the built CLI (out/cli/copydesk.mjs: `node scripts/build.mjs node` first). The library is opened as the
 * user's own would be (a lock is taken and released, recovery runs if due): point it at a copy you may write.
 *   npx tsx scripts/bench/cold-open.ts LIBRARY… [--runs N] [--cli PATH]
 * (`--cli`: another build's out/cli/copydesk.mjs, to compare two builds on the same copy in the same minutes).
 * Prints the load average beside each figure: on a shared machine the wall times move with it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { argv, cliPath, option } from './script-args.js';

const cli = cliPath();
const runs = Number(option('--runs') ?? 5);

interface ListRun {
  readonly firstByteMs: number;
  readonly exitMs: number;
  readonly stories: number;
}

function list(dir: string): Promise<ListRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, 'list', '--data', dir, '--limit', '20', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let firstByteMs = NaN;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => {
      if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - t0;
      out.push(d);
    });
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.once('error', reject);
    child.once('close', (code) => {
      const exitMs = performance.now() - t0;
      if (code !== 0) return reject(new Error(`copydesk list --data ${dir} exited ${code}: ${Buffer.concat(err).toString().slice(0, 400)}`));
      const stories = (JSON.parse(Buffer.concat(out).toString()) as unknown[]).length;
      resolve({ firstByteMs, exitMs, stories });
    });
  });
}

interface ServeRun {
  readonly listeningMs: number;
  readonly firstPageMs: number;
  readonly total: number;
}

function serve(dir: string): Promise<ServeRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, 'serve', '--data', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    let asked = false;
    const fail = (err: Error): void => {
      child.kill('SIGTERM');
      reject(err);
    };
    child.stdout.on('data', (d: Buffer) => {
      text += d.toString();
      const found = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([0-9a-f]+)/.exec(text);
      if (!found || asked) return;
      asked = true;
      const listeningMs = performance.now() - t0;
      const [, origin, token] = found;
      fetch(`${origin}/api/searchArticles`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '', offset: 0, limit: 100, facets: true }),
      })
        .then(async (res) => {
          const body = (await res.json()) as { ok?: boolean; value?: { total?: number; results?: unknown[] } };
          const firstPageMs = performance.now() - t0;
          if (!body.ok || body.value?.results?.length !== Math.min(100, body.value?.total ?? 0)) throw new Error(`first page: ${JSON.stringify(body).slice(0, 300)}`);
          child.once('close', () => resolve({ listeningMs, firstPageMs, total: body.value?.total ?? 0 }));
          child.kill('SIGTERM');
        })
        .catch((err: unknown) => fail(err instanceof Error ? err : new Error(String(err))));
    });
    child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
    child.once('error', reject);
    child.once('close', (code) => {
      if (!asked) reject(new Error(`copydesk serve --data ${dir} exited ${code} before it listened`));
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

async function main(): Promise<void> {
  const args = argv;
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`node scripts/build.mjs node\` first`);
  if (args.length === 0 || !Number.isInteger(runs) || runs < 1) throw new Error('usage: npx tsx scripts/bench/cold-open.ts LIBRARY… [--runs N]');
  for (const dir of args) {
    const lists: ListRun[] = [];
    for (let i = 0; i < runs; i++) lists.push(await list(dir));
    const first = lists.map((r) => r.firstByteMs);
    const exit = lists.map((r) => r.exitMs);
    console.log(`${cli}`);
    console.log(
      `${dir}: list --limit 20, ${runs} runs: first byte median ${median(first).toFixed(0)} ms (min ${Math.min(...first).toFixed(0)}), ` +
        `exit median ${median(exit).toFixed(0)} ms (min ${Math.min(...exit).toFixed(0)}); load ${load()}`,
    );
    const serves: ServeRun[] = [];
    for (let i = 0; i < runs; i++) serves.push(await serve(dir));
    const listening = serves.map((r) => r.listeningMs);
    const page = serves.map((r) => r.firstPageMs);
    console.log(
      `${dir}: serve, ${runs} runs: listening median ${median(listening).toFixed(0)} ms (min ${Math.min(...listening).toFixed(0)}), ` +
        `first page (100 of ${serves[0]?.total} with facets) median ${median(page).toFixed(0)} ms (min ${Math.min(...page).toFixed(0)}); load ${load()}`,
    );
  }
}

await main();
