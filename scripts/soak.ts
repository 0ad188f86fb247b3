/**
 * npm run soak: crash Copydesk on purpose and feed it junk, and count what it lost.
 *
 *   npm run soak -- [--trials N] [--bad N] [--seed S] [--keep DIR] [--analyse]
 *
 * Kill trials (default 20; --trials 1000 for the acceptance run): workload processes (scripts/soak/workload.ts)
 * import, save, export and compact one library and are killed with SIGKILL at a random moment; in every fifth
 * trial a second process is started on the same library at once (the library lock must turn it away). After each
 * kill the library is opened again and checked against what the processes logged as done: stories lost, reported
 * saves lost, stories left unsaveable, failed opens, two writers at once.
 *
 * Bad-input run (default 300; --bad 10000 for the acceptance): generated junk (random bytes, truncations and
 * mutations of every fixture format, deep nesting, huge arrays and feeds, DTD tricks, fake zips, odd names, and
 * one file of each costly shape at the size limit) mixed with good files, each read as an import reads it
 * (build-file.ts) in a fresh process of its own, two at a time (soak/per-input.ts): per-file outcome, crashes, the
 * slowest file, each input's peak resident memory (raw and above an empty child's), whether every good file imported.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildSettings } from '../electron/desk/build-file.js';
import { errorMessage } from '../electron/domain/errors.js';
import { DEFAULT_MAX_BYTES } from '../electron/ingest/decode.js';
import { ArticleStore } from '../electron/store/article-store.js';
import { soakInputs } from './soak/inputs.js';
import { PerInputRunner, summarise } from './soak/per-input.js';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
};
const trials = option('trials', 20);
const bad = option('bad', 300);
// The app's import (and `serve`) leaves the desk's reading to a story's first opening; the CLI's import reads at import.
const analyse = argv.includes('--analyse');
let seed = option('seed', Date.now() % 100000);
const random = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const keepAt = argv.indexOf('--keep');
const root = keepAt >= 0 && argv[keepAt + 1] ? (argv[keepAt + 1] as string) : mkdtempSync(join(tmpdir(), 'copydesk-soak-'));
const workload = join(import.meta.dirname, 'soak', 'workload.ts');

interface Entry {
  readonly op: string;
  readonly ids?: string[];
  readonly id?: string;
  readonly revision?: number;
  readonly headline?: string;
  readonly errors?: string[];
  readonly pid?: number;
}

async function killTrials(): Promise<Record<string, number>> {
  const library = join(root, 'library');
  const log = join(root, 'done.jsonl');
  const figures = { trials: 0, twoProcessTrials: 0, secondRefusedByLock: 0, twoWritersAtOnce: 0, storiesImported: 0, savesReported: 0, storiesLost: 0, savesLost: 0, unsaveable: 0, failedOpens: 0, exportsNotRecorded: 0, damageReports: 0 };
  for (let t = 0; t < trials; t++) {
    const two = t % 5 === 4;
    // Process ids are reused (pid_max is 32,768 here; a run starts tens of thousands of processes): only what was
    // logged from this trial's start on can be this trial's processes' own.
    const from = existsSync(log) ? statSync(log).size : 0;
    const procs = [start(library, log, t * 2 + 1), ...(two ? [start(library, log, t * 2 + 2)] : [])];
    // The kill comes at a random moment once every process has the library open (or was turned away).
    await untilOpened(log, from, procs.map((p) => p.pid ?? -1));
    await new Promise((r) => setTimeout(r, 50 + Math.floor(random() * 2000)));
    for (const p of procs) p.kill('SIGKILL');
    await Promise.all(procs.map((p) => new Promise((r) => (p.exitCode !== null || p.signalCode !== null ? r(null) : p.once('exit', r)))));
    figures.trials++;
    if (two) figures.twoProcessTrials++;
    const entries = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((l) => l.endsWith('}')).map((l) => JSON.parse(l) as Entry) : [];
    const pids = new Set(procs.map((p) => p.pid));
    const mine = linesFrom(log, from).filter((e) => e.pid !== undefined && pids.has(e.pid));
    if (two) {
      if (mine.some((e) => e.op === 'refused')) figures.secondRefusedByLock++;
      if (mine.filter((e) => e.op === 'opened').length > 1) {
        figures.twoWritersAtOnce++;
        console.error(`trial ${t}: two processes had the library open at once: ${JSON.stringify(mine)}`);
      }
    }
    let store: ArticleStore;
    try {
      store = await ArticleStore.open(library);
    } catch (err) {
      figures.failedOpens++;
      console.error(`trial ${t}: the library did not open: ${errorMessage(err)}`);
      continue;
    }
    figures.damageReports += store.damage.length;
    const imported = new Set(entries.flatMap((e) => (e.op === 'import' ? (e.ids ?? []) : [])));
    const lastSave = new Map<string, Entry>();
    for (const e of entries) if (e.op === 'save' && e.id && (lastSave.get(e.id)?.revision ?? 0) < (e.revision ?? 0)) lastSave.set(e.id, e);
    figures.storiesImported = imported.size;
    figures.savesReported = entries.filter((e) => e.op === 'save').length;
    figures.exportsNotRecorded = entries.reduce((n, e) => n + (e.errors ?? []).filter((r) => /written but not recorded/.test(r)).length, 0);
    figures.storiesLost = [...imported].filter((id) => !store.summary(id)).length;
    figures.savesLost = [...lastSave.values()].filter((s) => {
      const now = store.summary(s.id ?? '');
      return !now || now.revision < (s.revision ?? 0) || (now.revision === s.revision && now.headline !== s.headline);
    }).length;
    // Every story saved in this trial, and a few others, must take a save now.
    const probe = [...new Set([...mine.flatMap((e) => (e.op === 'save' && e.id ? [e.id] : [])), ...store.list().slice(0, 5).map((s) => s.id)])].slice(0, 30);
    for (const id of probe) {
      try {
        const article = await store.get(id);
        const headline = `Checked after trial ${t}`;
        const saved = await store.save({ ...article, headline }, article.revision);
        appendFileSync(log, `${JSON.stringify({ op: 'save', id, revision: saved.revision, headline })}\n`);
      } catch (err) {
        figures.unsaveable++;
        console.error(`trial ${t}: ${id} cannot be saved: ${errorMessage(err)}`);
      }
    }
    await store.close();
    if ((t + 1) % 10 === 0) console.error(`… ${t + 1}/${trials} kill trials, ${imported.size} stories, ${figures.savesReported} saves`);
  }
  return figures;
}

/** The log's entries from byte `from` on. */
function linesFrom(log: string, from: number): Entry[] {
  const text = existsSync(log) ? readFileSync(log).subarray(from).toString('utf8') : '';
  return text.split('\n').filter((l) => l.endsWith('}')).map((l) => JSON.parse(l) as Entry);
}

async function untilOpened(log: string, from: number, pids: readonly number[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const text = existsSync(log) ? readFileSync(log).subarray(from).toString('utf8') : '';
    if (pids.every((pid) => text.includes(`"pid":${pid}}`) || text.includes(`"pid":${pid},`))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

function start(library: string, log: string, n: number) {
  return spawn(process.execPath, ['--import', 'tsx', workload, library, log, String(seed + n)], { stdio: ['ignore', 'ignore', 'inherit'] });
}

async function badInputRun(): Promise<Record<string, number | string>> {
  const settings: BuildSettings = { now: new Date().toISOString(), rules: {}, analyse, maxFileBytes: DEFAULT_MAX_BYTES };
  const runner = await PerInputRunner.start(root);
  const base = await runner.baselineKB();
  const outcomes = await runner.readEach(join(root, 'inputs'), soakInputs(bad, () => random(), DEFAULT_MAX_BYTES), settings, {
    progress: (done) => {
      if (done % 500 === 0) console.error(`… ${done} inputs read, one process each`);
    },
  });
  runner.close();
  for (const o of outcomes) {
    if (o.failure) console.error(`crash on ${JSON.stringify(o.input.name)}: ${o.failure}`);
    else if (o.input.good && !o.report?.ok) console.error(`good file refused: ${o.input.name}: ${o.report?.reason ?? ''}`);
  }
  return summarise(outcomes, base);
}

const started = Date.now();
console.log(`Copydesk soak (seed ${seed}, in ${root}${analyse ? ', inputs read with the desk\'s analysis' : ''})`);
if (trials > 0) {
  const kill = await killTrials();
  console.log('kill -9 trials:');
  for (const [k, v] of Object.entries(kill)) console.log(`  ${k.padEnd(22)} ${v}`);
}
if (bad > 0) {
  const run = await badInputRun();
  console.log('bad-input corpus:');
  for (const [k, v] of Object.entries(run)) console.log(`  ${k.padEnd(22)} ${v}`);
}
console.log(`took ${Math.round((Date.now() - started) / 1000)} s`);
if (keepAt < 0) rmSync(root, { recursive: true, force: true });

