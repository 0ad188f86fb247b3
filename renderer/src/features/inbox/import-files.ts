/**
 * Sends dropped or picked files to api.importFiles in batches that fit the contract (500 files, 30 MB of base64
 * per file) and the HTTP host's 40 MB request limit, and merges the reports. A batch the API refuses becomes an
 * error for each of its files, so one failure never hides what the other batches imported. The files count
 * toward an import job (startImport), whose progress the desk polls; a cancel stops sending, and what was sent
 * stays imported.
 */
import type { ImportedFile, ImportError, ImportReport } from '../../../../electron/api/contract';
import { api, ApiError } from '../../api';
import { bytesToBase64 } from './base64';

/** Smaller than the contract's 500, so the progress bar moves in visible steps. */
const MAX_FILES_PER_CALL = 50;
const MAX_FILE_BASE64 = 30 * 1024 * 1024;
const MAX_BATCH_BASE64 = 24 * 1024 * 1024;

export interface ImportOutcome {
  readonly report: ImportReport;
  /** The first refusal from the API itself (not a bad file), for the error banner. */
  readonly failure: unknown;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export interface UploadHooks {
  /** Called once the job exists, with its id, for the progress bar. */
  readonly onJob?: (jobId: string) => void;
  readonly signal?: AbortSignal;
}

function emptyReport() {
  return {
    articles: [] as ImportReport['articles'][number][],
    duplicates: [] as ImportReport['duplicates'][number][],
    errors: [] as ImportError[],
    updates: [] as ImportReport['updates'][number][],
    related: [] as ImportReport['related'][number][],
  };
}

/** A file's name in reports: its path inside a picked folder when there is one. */
function displayName(file: File): string {
  return (file.webkitRelativePath || file.name).slice(0, 1000) || 'unnamed file';
}

export async function importFileList(files: readonly File[], hooks: UploadHooks = {}): Promise<ImportOutcome> {
  const merged = emptyReport();
  let failure: unknown = null;
  const sendable = files.filter((f) => Math.ceil(f.size / 3) * 4 <= MAX_FILE_BASE64);
  let jobId: string | undefined;
  try {
    const label = files.length === 1 ? displayName(files[0] as File) : `${files.length} files`;
    jobId = (await api.startImport({ total: sendable.length, label })).jobId;
    hooks.onJob?.(jobId);
  } catch (err) {
    // Without a job the import still works, only without progress.
    failure = err;
  }
  let batch: ImportedFile[] = [];
  let batchSize = 0;

  const send = async (final = false): Promise<void> => {
    if (batch.length === 0 && !(final && jobId)) return;
    const sending = batch;
    batch = [];
    batchSize = 0;
    if (hooks.signal?.aborted) return;
    try {
      const report = await api.importFiles(jobId ? { files: sending, jobId, final } : { files: sending });
      merged.articles.push(...report.articles);
      merged.duplicates.push(...report.duplicates);
      merged.errors.push(...report.errors);
      merged.updates.push(...report.updates);
      merged.related.push(...report.related);
    } catch (err) {
      if (hooks.signal?.aborted) return;
      failure ??= err;
      const reason = err instanceof Error ? err.message : String(err);
      merged.errors.push(...sending.map((f) => ({ fileName: f.name, reason })));
    }
  };

  for (const file of files) {
    if (hooks.signal?.aborted) break;
    const name = displayName(file);
    if (Math.ceil(file.size / 3) * 4 > MAX_FILE_BASE64) {
      merged.errors.push({ fileName: name, reason: `the file is ${megabytes(file.size)}, too large to import` });
      continue;
    }
    let base64: string;
    try {
      base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    } catch (err) {
      merged.errors.push({ fileName: name, reason: `could not be read: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    if (batch.length >= MAX_FILES_PER_CALL || (batch.length > 0 && batchSize + base64.length > MAX_BATCH_BASE64)) await send();
    batch.push({ name, base64 });
    batchSize += base64.length;
  }
  await send(true);
  return { report: merged, failure };
}

export async function importPastedText(text: string, name: string): Promise<ImportOutcome> {
  const trimmedName = name.trim();
  try {
    const report = await api.importText(trimmedName ? { text, name: trimmedName } : { text });
    return { report, failure: null };
  } catch (err) {
    const reason = err instanceof ApiError || err instanceof Error ? err.message : String(err);
    return { report: { ...emptyReport(), errors: [{ fileName: trimmedName || 'pasted text', reason }] }, failure: err };
  }
}
