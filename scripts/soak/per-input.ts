/**
 * The soak's bad-input run, one fresh process per input (pool of 2): each input is written to a temp file and read
 * by a child (read-one.ts) that reports its outcome, its time and its peak resident memory. The child's entry is
 * bundled once with esbuild into a temp .mjs, so 10,000 starts do not each pay for tsx compiling the importer.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BuildSettings } from '../../electron/api/build-file.js';
import type { ReadReport, ReadRequest } from './read-one.js';

export interface SoakInput {
  readonly name: string;
  readonly bytes: Buffer;
  readonly good: boolean;
}

/** One input's outcome: a report from its child, or how the child failed (a crash, a kill at the time limit). */
export interface InputOutcome {
  readonly input: SoakInput;
  readonly report?: ReadReport;
  readonly failure?: string;
}

const repoRoot = join(import.meta.dirname, '..', '..');

/** Bundles read-one.ts, everything included, into DIR/read-one.mjs and returns its path. */
export async function bundleChild(dir: string): Promise<string> {
  const outfile = join(dir, 'read-one.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'read-one.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    absWorkingDir: repoRoot,
    // CommonJS packages in the bundle call require() for Node's own modules: an ES module has none unless given one.
    banner: { js: "import { createRequire as __soakRequire } from 'node:module'; const require = __soakRequire(import.meta.url);" },
  });
  return outfile;
}

/** Runs the bundled child once; a child that does not answer within limitMs is killed and reported as such. */
function runChild(entry: string, arg: string, limitMs: number): Promise<{ report?: ReadReport; failure?: string }> {
  return new Promise((resolve) => {
    // NODE_PATH lets the bundle's require() find packages it resolves at run time (the spelling dictionary) from /tmp.
    const child = spawn(process.execPath, [entry, arg], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve({ report: JSON.parse(line) as ReadReport });
      else if (signal === 'SIGKILL') resolve({ failure: `killed after ${limitMs} ms` });
      else resolve({ failure: `exit ${code ?? signal}: ${err.trim().split('\n').slice(-3).join(' ') || 'no message'}` });
    });
  });
}

/** Peak resident memory (KB) of a child that loads the importer and reads nothing: the median of `runs` starts. */
export async function baselineKB(entry: string, runs = 5): Promise<number> {
  const peaks: number[] = [];
  for (let k = 0; k < runs; k++) {
    const { report, failure } = await runChild(entry, 'baseline', 30_000);
    if (!report) throw new Error(`the baseline child failed: ${failure ?? 'no report'}`);
    peaks.push(report.maxRssKB);
  }
  return (peaks.sort((a, b) => a - b)[Math.floor(peaks.length / 2)] as number);
}

/** Reads every input in its own child, `pool` at a time, in the given order; outcomes come back in that order. */
export async function readEach(entry: string, dir: string, inputs: readonly SoakInput[], settings: BuildSettings, opts: { pool?: number; limitMs?: number; progress?: (done: number) => void } = {}): Promise<InputOutcome[]> {
  const pool = opts.pool ?? 2;
  const limitMs = opts.limitMs ?? 60_000;
  mkdirSync(dir, { recursive: true });
  const outcomes: InputOutcome[] = new Array<InputOutcome>(inputs.length);
  let next = 0;
  let done = 0;
  const lane = async (slot: number): Promise<void> => {
    while (next < inputs.length) {
      const k = next++;
      const input = inputs[k] as SoakInput;
      // The name may be '', '..' or hold a NUL: the file on disk gets a plain name, the import gets the odd one.
      const path = join(dir, `input-${slot}`);
      writeFileSync(path, input.bytes);
      const request: ReadRequest = { path, name: input.name, settings };
      const result = await runChild(entry, Buffer.from(JSON.stringify(request)).toString('base64url'), limitMs);
      rmSync(path, { force: true });
      outcomes[k] = { input, ...result };
      done++;
      opts.progress?.(done);
    }
  };
  await Promise.all(Array.from({ length: pool }, (_, slot) => lane(slot)));
  return outcomes;
}

/** The value at quantile q (0–1) of the numbers, by the nearest-rank method. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/** The run's figures: outcomes, crashes, time and per-input peak memory (raw and above the empty child's). */
export function summarise(outcomes: readonly InputOutcome[], baseKB: number): Record<string, number | string> {
  const mb = (kb: number): number => Math.round(kb / 102.4) / 10;
  const reports = outcomes.filter((o) => o.report);
  const failed = outcomes.filter((o) => !o.report);
  const reasons = new Map<string, number>();
  for (const o of reports) {
    if (o.report?.ok) continue;
    const kind = (o.report?.reason ?? '').replace(/\d[\d,.]*/g, 'N').slice(0, 60);
    reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
  }
  const by = (f: (r: ReadReport) => number): InputOutcome => reports.reduce((a, b) => (f(b.report as ReadReport) > f(a.report as ReadReport) ? b : a));
  const describe = (o: InputOutcome): string => `${JSON.stringify(o.input.name)} (${o.input.bytes.length.toLocaleString('en')} bytes, ${o.report?.ok ? `imported, ${o.report.stories} stories` : `refused: ${(o.report?.reason ?? '').slice(0, 80)}`})`;
  const peaks = reports.map((o) => (o.report as ReadReport).maxRssKB);
  const worstMemory = reports.length > 0 ? by((r) => r.maxRssKB) : undefined;
  const slowest = reports.length > 0 ? by((r) => r.wallMs) : undefined;
  const slowestCpu = reports.length > 0 ? by((r) => r.cpuMs) : undefined;
  return {
    files: outcomes.length,
    badInputs: outcomes.filter((o) => !o.input.good).length,
    goodFiles: outcomes.filter((o) => o.input.good).length,
    imported: reports.filter((o) => o.report?.ok).length,
    refused: reports.filter((o) => !o.report?.ok).length,
    crashes: failed.length,
    goodFilesNotImported: outcomes.filter((o) => o.input.good && !o.report?.ok).length,
    filesOver10s: reports.filter((o) => (o.report as ReadReport).wallMs > 10_000).length,
    slowestFileMs: Math.round(slowest?.report?.wallMs ?? 0),
    slowestFile: slowest ? describe(slowest) : '',
    mostCpuMs: Math.round(slowestCpu?.report?.cpuMs ?? 0),
    mostCpuFile: slowestCpu ? describe(slowestCpu) : '',
    baselineRssMB: mb(baseKB),
    peakRssMaxMB: mb(Math.max(0, ...peaks)),
    peakRssP99MB: mb(quantile(peaks, 0.99)),
    peakRssMedianMB: mb(quantile(peaks, 0.5)),
    aboveBaselineMaxMB: mb(Math.max(0, ...peaks) - baseKB),
    aboveBaselineP99MB: mb(quantile(peaks, 0.99) - baseKB),
    inputsOver1GB: peaks.filter((kb) => kb > 1024 * 1024).length,
    worstMemoryFile: worstMemory ? describe(worstMemory) : '',
    topRefusals: [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([r, c]) => `${c}× ${r}`).join(' | '),
  };
}
