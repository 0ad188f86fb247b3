/**
 * The per-input memory child (scripts/soak/per-input.ts bundles it with esbuild and starts one fresh process per
 * input): reads ONE file from disk and builds it as an import does (build-file.ts), then prints one JSON line with
 * the outcome, the time and the process's peak resident memory. A fresh process per input is what makes the peak
 * that input's own: in one long process V8 keeps earlier inputs' garbage until it needs the room.
 *
 *   node read-one.mjs REQUEST    REQUEST: base64url JSON { path, name, settings }, or "baseline"
 *
 * "baseline" loads the same code and reads nothing: its peak is the cost of the process itself.
 */
import { readFileSync } from 'node:fs';
import { buildFile, type BuildSettings } from '../../electron/desk/build-file.js';

export interface ReadRequest {
  readonly path: string;
  /** The name the file is imported under (may hold characters a path cannot, such as a NUL). */
  readonly name: string;
  readonly settings: BuildSettings;
}

export interface ReadReport {
  readonly ok: boolean;
  readonly reason?: string;
  readonly stories: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  /** process.resourceUsage().maxRSS: kilobytes on Linux (it includes the launcher's peak, see child-launcher.ts). */
  readonly maxRssKB: number;
  /** VmHWM: the peak of this process's own address space alone, in kilobytes (0 where /proc is missing). */
  readonly hwmKB: number;
}

function highWaterKB(): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

const arg = process.argv[2] ?? '';
if (arg === 'baseline') {
  const report: ReadReport = { ok: true, stories: 0, wallMs: 0, cpuMs: 0, maxRssKB: process.resourceUsage().maxRSS, hwmKB: highWaterKB() };
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  const request = JSON.parse(Buffer.from(arg, 'base64url').toString('utf8')) as ReadRequest;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // Read from disk as a path import does; build-file.ts catches every error into a refusal with a reason.
  const result = buildFile({ name: request.name, bytes: readFileSync(request.path) }, request.settings);
  const cpu = process.cpuUsage(cpu0);
  const report: ReadReport = {
    ok: result.ok,
    ...(result.ok ? {} : { reason: result.reason }),
    stories: result.ok ? result.stories.length : 0,
    wallMs: performance.now() - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssKB: process.resourceUsage().maxRSS,
    hwmKB: highWaterKB(),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
