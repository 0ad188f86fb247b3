/**
 * Starts the per-input children for scripts/soak/per-input.ts, which bundles it and talks to it in JSON lines on
 * stdin and stdout: { id, entry, arg, limitMs } in, { id, code, signal, out, err } out.
 *
 * Why a launcher: on Linux a child's maxRSS (getrusage) keeps its parent's peak across fork and exec (measured here:
 * a 40 MB child of an 800 MB parent reports 824 MB). The soak holds its corpus and results; this process holds
 * nothing, so its small peak is the only floor under a child's figure, and it is below an empty child's own.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

interface Job {
  readonly id: number;
  readonly entry: string;
  readonly arg: string;
  readonly limitMs: number;
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const job = JSON.parse(line) as Job;
  const child = spawn(process.execPath, [job.entry, job.arg], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  // Only the end of a crash's message is kept: an out-of-memory trace can be long.
  child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
  const timer = setTimeout(() => child.kill('SIGKILL'), job.limitMs);
  child.on('close', (code, signal) => {
    clearTimeout(timer);
    process.stdout.write(`${JSON.stringify({ id: job.id, code, signal, out, err })}\n`);
  });
});
