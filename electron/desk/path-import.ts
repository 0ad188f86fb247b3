/** Runs a folder/file import job on the service's side: count first (for the progress bar), then stream. */
import { errorMessage } from '../domain/errors.js';
import { countInputs } from '../ingest/count-files.js';
import { readInputs } from '../ingest/read-files.js';
import type { BatchInput } from './bulk-import.js';
import type { RunningJob } from './import-jobs.js';
import { toBatchInput, type StreamOptions, type StreamResult } from './import-stream.js';

export type Streamer = (inputs: AsyncIterable<BatchInput>, options: StreamOptions) => Promise<StreamResult>;

export async function runPathImport(job: RunningJob, paths: readonly string[], maxBytes: number, stream: Streamer, now: () => Date): Promise<void> {
  try {
    job.total = await countInputs(paths, job.controller.signal);
    async function* inputs(): AsyncGenerator<BatchInput> {
      for await (const input of readInputs(paths, { maxBytes })) yield toBatchInput(input);
    }
    await runStream(job, inputs(), stream, now);
  } catch (err) {
    job.finish('failed', now(), errorMessage(err));
  }
}

/** Streams inputs into a job: progress, outcomes, and the final state. */
export async function runStream(job: RunningJob, inputs: AsyncIterable<BatchInput>, stream: Streamer, now: () => Date): Promise<StreamResult> {
  const result = await stream(inputs, {
    signal: job.controller.signal,
    onProgress: (done, current) => {
      job.done = done;
      job.current = current;
    },
    onBatch: (batch) => job.record(batch.outcomes),
  });
  if (job.total === null || job.total < job.done) job.total = job.done;
  job.finish(result.cancelled ? 'cancelled' : 'done', now());
  return result;
}
