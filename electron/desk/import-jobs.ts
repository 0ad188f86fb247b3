/**
 * Bulk imports as jobs: the API is request/response (IPC invoke, HTTP POST), so a long import is started, then
 * polled (importStatus) and maybe cancelled (cancelImport) by id. One implementation serves the Electron
 * preload and the HTTP host alike. Finished jobs are kept (the last MAX_KEPT) so their reports can be reopened.
 */
import { randomUUID } from 'node:crypto';
import { CopydeskError } from '../domain/errors.js';
import type { ImportJob, ImportJobState, ImportOutcome, ImportSummary } from '../api/contract.js';
import { addOutcomes, EMPTY_SUMMARY } from './import-stream.js';

const MAX_KEPT = 20;
const OUTCOMES_PER_CALL = 1000;

export class RunningJob {
  readonly jobId = randomUUID();
  readonly controller = new AbortController();
  state: ImportJobState = 'running';
  done = 0;
  total: number | null;
  current: string | null = null;
  summary: ImportSummary = EMPTY_SUMMARY;
  readonly outcomes: ImportOutcome[] = [];
  readonly startedAt: string;
  finishedAt: string | null = null;
  error: string | null = null;

  constructor(
    readonly label: string,
    /** `upload`: the caller sends the files; `paths`: the service reads them (a folder, the hot folder). */
    readonly kind: 'upload' | 'paths',
    total: number | null,
    now: Date,
  ) {
    this.total = total;
    this.startedAt = now.toISOString();
  }

  record(outcomes: readonly ImportOutcome[]): void {
    this.outcomes.push(...outcomes);
    this.summary = addOutcomes(this.summary, outcomes);
  }

  finish(state: ImportJobState, now: Date, error: string | null = null): void {
    if (this.state !== 'running') return;
    this.state = state;
    this.current = null;
    this.finishedAt = now.toISOString();
    this.error = error;
  }

  view(outcomesFrom = 0): ImportJob {
    return {
      jobId: this.jobId,
      label: this.label,
      state: this.state,
      done: this.done,
      total: this.total,
      current: this.current,
      summary: this.summary,
      outcomes: this.outcomes.slice(outcomesFrom, outcomesFrom + OUTCOMES_PER_CALL),
      outcomeCount: this.outcomes.length,
      startedAt: this.startedAt,
      finishedAt: this.finishedAt,
      error: this.error,
    };
  }
}

export class ImportJobs {
  private readonly jobs = new Map<string, RunningJob>();

  create(label: string, kind: 'upload' | 'paths', total: number | null, now: Date): RunningJob {
    const job = new RunningJob(label, kind, total, now);
    this.jobs.set(job.jobId, job);
    const finished = [...this.jobs.values()].filter((j) => j.state !== 'running');
    for (const old of finished.slice(0, Math.max(0, finished.length - MAX_KEPT))) this.jobs.delete(old.jobId);
    return job;
  }

  get(jobId: string): RunningJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new CopydeskError('not-found', `No import job ${jobId}`);
    return job;
  }

  /** Newest first, without their outcome lists (open one with importStatus). */
  list(): ImportJob[] {
    return [...this.jobs.values()].reverse().map((j) => ({ ...j.view(), outcomes: [] }));
  }

  /** Forgets a job that turned out to have nothing in it (a hot-folder scan whose files were all seen before). */
  discard(jobId: string): void {
    this.jobs.delete(jobId);
  }

  cancelAll(now: Date): void {
    for (const job of this.jobs.values()) {
      job.controller.abort();
      if (job.kind === 'upload') job.finish('cancelled', now);
    }
  }
}
