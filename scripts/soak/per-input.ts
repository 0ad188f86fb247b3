/**
 * The soak's bad-input run, one fresh process per input (pool of 2): each input is written to a temp file and read
 * by a child (read-one.ts) that reports its outcome, its time and its peak resident memory. The child's entry is
 * bundled once with esbuild into a temp .mjs, so 10,000 starts do not each pay for tsx compiling the importer.
 * The children are started by a launcher process (child-launcher.ts), not by the soak itself: see there why.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { build } from 'esbuild';
import type { BuildSettings } from '../../electron/desk/build-file.js';
import type { ReadReport, ReadRequest } from './read-one.js';

export interface SoakInput {
  readonly name: string;
  readonly bytes: Buffer;
  readonly good: boolean;
}

/** What is kept of an input once it has been read: not its bytes, so the soak stays small over 10,000 of them. */
export interface InputSeen {
  readonly name: string;
  readonly size: number;
  readonly good: boolean;
}

/** One input's outcome: a report from its child, or how the child failed (a crash, a kill at the time limit). */
export interface InputOutcome {
  readonly input: InputSeen;
  readonly report?: ReadReport;
  readonly failure?: string;
}

const repoRoot = join(import.meta.dirname, '..', '..');

interface LauncherAnswer {
  readonly id: number;
  readonly code: number | null;
  readonly signal: string | null;
  readonly out: string;
  readonly err: string;
}

/**
 * The per-input children, started by a launcher process that holds nothing (child-launcher.ts says why). Both
 * entries are bundled once with esbuild into DIR, everything included.
 */
export class PerInputRunner {
  private readonly waiting = new Map<number, (answer: LauncherAnswer) => void>();
  private nextId = 0;

  private constructor(
    private readonly launcher: ChildProcessByStdio<Writable, Readable, null>,
    private readonly entry: string,
  ) {
    createInterface({ input: launcher.stdout }).on('line', (line) => {
      const answer = JSON.parse(line) as LauncherAnswer;
      this.waiting.get(answer.id)?.(answer);
      this.waiting.delete(answer.id);
    });
  }

  static async start(dir: string): Promise<PerInputRunner> {
    await build({
      entryPoints: [join(import.meta.dirname, 'read-one.ts'), join(import.meta.dirname, 'child-launcher.ts')],
      outdir: dir,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      absWorkingDir: repoRoot,
      // CommonJS packages in the bundle call require() for Node's own modules: an ES module has none unless given one.
      banner: { js: "import { createRequire as __soakRequire } from 'node:module'; const require = __soakRequire(import.meta.url);" },
    });
    // NODE_PATH lets the bundle's require() find packages it resolves at run time (the spelling dictionary) from /tmp.
    const launcher = spawn(process.execPath, [join(dir, 'child-launcher.mjs')], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') } });
    return new PerInputRunner(launcher, join(dir, 'read-one.mjs'));
  }

  /** Runs the child once; a child that does not answer within limitMs is killed and reported as such. */
  run(arg: string, limitMs: number): Promise<{ report?: ReadReport; failure?: string }> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, ({ code, signal, out, err }) => {
        const line = out.trim().split('\n').pop() ?? '';
        if (code === 0 && line.startsWith('{')) resolve({ report: JSON.parse(line) as ReadReport });
        else if (signal === 'SIGKILL') resolve({ failure: `killed after ${limitMs} ms` });
        else resolve({ failure: `exit ${code ?? signal}: ${err.trim().split('\n').slice(-3).join(' ') || 'no message'}` });
      });
      this.launcher.stdin.write(`${JSON.stringify({ id, entry: this.entry, arg, limitMs })}\n`);
    });
  }

  /** Peak resident memory (KB) of a child that loads the importer and reads nothing: the median of `runs` starts. */
  async baselineKB(runs = 5): Promise<number> {
    const peaks: number[] = [];
    for (let k = 0; k < runs; k++) {
      const { report, failure } = await this.run('baseline', 30_000);
      if (!report) throw new Error(`the baseline child failed: ${failure ?? 'no report'}`);
      peaks.push(report.maxRssKB);
    }
    return peaks.sort((a, b) => a - b)[Math.floor(peaks.length / 2)] as number;
  }

  /**
   * Reads every input in its own child, `pool` at a time, in the order given; outcomes come back in that order.
   * The inputs are taken from the iterable one at a time, so a generator keeps only the files being read in memory.
   */
  async readEach(dir: string, inputs: Iterable<SoakInput>, settings: BuildSettings, opts: { pool?: number; limitMs?: number; progress?: (done: number) => void } = {}): Promise<InputOutcome[]> {
    const pool = opts.pool ?? 2;
    const limitMs = opts.limitMs ?? 60_000;
    mkdirSync(dir, { recursive: true });
    const source = inputs[Symbol.iterator]();
    const outcomes: InputOutcome[] = [];
    let taken = 0;
    let done = 0;
    const lane = async (slot: number): Promise<void> => {
      for (let step = source.next(); !step.done; step = source.next()) {
        const k = taken++;
        const input = step.value;
        // The name may be '', '..' or hold a NUL: the file on disk gets a plain name, the import gets the odd one.
        const path = join(dir, `input-${slot}`);
        writeFileSync(path, input.bytes);
        const request: ReadRequest = { path, name: input.name, settings };
        const result = await this.run(Buffer.from(JSON.stringify(request)).toString('base64url'), limitMs);
        rmSync(path, { force: true });
        outcomes[k] = { input: { name: input.name, size: input.bytes.length, good: input.good }, ...result };
        opts.progress?.(++done);
      }
    };
    await Promise.all(Array.from({ length: pool }, (_, slot) => lane(slot)));
    return outcomes;
  }

  close(): void {
    this.launcher.stdin.end();
  }
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
  const describe = (o: InputOutcome): string => `${JSON.stringify(o.input.name)} (${o.input.size.toLocaleString('en')} bytes, ${o.report?.ok ? `imported, ${o.report.stories} stories` : `refused: ${(o.report?.reason ?? '').slice(0, 80)}`})`;
  const peaks = reports.map((o) => (o.report as ReadReport).maxRssKB);
  const own = reports.map((o) => (o.report as ReadReport).hwmKB);
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
    filesOver10sNamed: reports.filter((o) => (o.report as ReadReport).wallMs > 10_000).slice(0, 8).map((o) => `${JSON.stringify(o.input.name)} ${Math.round((o.report as ReadReport).wallMs)} ms (${Math.round((o.report as ReadReport).cpuMs)} ms CPU)`).join(', '),
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
    // The same peaks read from VmHWM (the child's own address space): they agree with maxRSS when the launcher works.
    ownPeakMaxMB: mb(Math.max(0, ...own)),
    ownPeakP99MB: mb(quantile(own, 0.99)),
    inputsOver1GB: peaks.filter((kb) => kb > 1024 * 1024).length,
    worstMemoryFile: worstMemory ? describe(worstMemory) : '',
    topRefusals: [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([r, c]) => `${c}× ${r}`).join(' | '),
  };
}
