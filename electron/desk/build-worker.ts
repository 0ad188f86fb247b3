/**
 * A build worker (out/cli/build-worker.mjs, out/main/build-worker.cjs): builds the files it is sent with
 * `buildFile` and sends back the results, in order. See build-pool.ts.
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../domain/article.js';
import { errorMessage } from '../domain/errors.js';
import type { IncomingFile } from '../ingest/ingest.js';
import { buildFile, type BuildSettings } from './build-file.js';
import type { ReadResult, WorkerMessage } from './build-pool.js';
import { analyseArticle, type DeskRules } from './story-pipeline.js';

export interface BuildRequest {
  readonly id: number;
  readonly files: readonly IncomingFile[];
  readonly settings: BuildSettings;
}

/** Stories to make the desk's reading of (BuildPool.readAll), at the time `at`. */
export interface ReadRequest {
  readonly id: number;
  readonly articles: readonly Article[];
  readonly rules: DeskRules;
  readonly at: string;
}

// Each file is announced before it is read and answered on its own, so the pool can time it (its budget) and,
// when it stops this worker, knows which file was too much and which were done.
parentPort?.on('message', (request: BuildRequest | ReadRequest) => {
  if ('articles' in request) {
    request.articles.forEach((article, k) => {
      parentPort?.postMessage({ id: request.id, k, started: true } satisfies WorkerMessage);
      let read: ReadResult;
      try {
        read = { ok: true, article: analyseArticle(article, request.rules, request.at) };
      } catch (err) {
        read = { ok: false, reason: errorMessage(err) };
      }
      parentPort?.postMessage({ id: request.id, k, read } satisfies WorkerMessage);
    });
    return;
  }
  request.files.forEach((file, k) => {
    parentPort?.postMessage({ id: request.id, k, started: true } satisfies WorkerMessage);
    // A Buffer arrives as a plain Uint8Array: viewed as a Buffer again (no copy), as the importer is given on the main thread.
    const result = buildFile({ name: file.name, bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) }, request.settings);
    // Each story's encoded JSON (its own buffer: pack-line.ts) is handed over, not copied.
    const encoded = result.ok ? result.stories.flatMap((s) => (s.encoded ? [s.encoded.bytes.buffer as ArrayBuffer] : [])) : [];
    parentPort?.postMessage({ id: request.id, k, result } satisfies WorkerMessage, encoded);
  });
});
