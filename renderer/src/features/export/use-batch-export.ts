import { useCallback, useState } from 'react';
import type { ExportPreview, ExportReport } from '../../../../electron/api/contract';
import { isBatchFormat } from '../../../../electron/domain/export-format';
import type { ExportPreset } from '../../../../electron/domain/export-preset';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';
import { downloadFile } from './download-file';

/** Stories per call for per-story formats: small enough for the progress bar to move, large enough to be quick. */
const CHUNK = 10;

/** What to export: these stories, or every story a search matches (sent as the query, in one call). */
export type Selection = { readonly ids: readonly string[] } | { readonly query: string };

export interface Progress {
  readonly done: number;
  readonly total: number;
}

function merge(a: ExportReport, b: ExportReport): ExportReport {
  return {
    files: [...a.files, ...b.files],
    errors: [...a.errors, ...b.errors],
    blocked: [...a.blocked, ...b.blocked],
    writtenTo: b.writtenTo ?? a.writtenTo,
  };
}

/**
 * Preview and export of a selection with a preset. Per-story formats go in chunks so the progress bar moves; the
 * Electron entrance asks for the folder on the first chunk and the rest follow it (`sameFolder`). WXR and JSON
 * Feed hold the whole batch in one file, so they go in one call. In a browser the files come back and are downloaded.
 */
export function useBatchExport(onExported: () => void) {
  const { report: reportError } = useErrors();
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [result, setResult] = useState<ExportReport | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(false);

  const runPreview = useCallback(
    async (selection: Selection, preset: ExportPreset) => {
      setBusy(true);
      setResult(null);
      try {
        setPreview(await api.previewExport({ ...('query' in selection ? { query: selection.query } : { ids: [...selection.ids] }), preset: preset.name }));
      } catch (err) {
        reportError(err);
      } finally {
        setBusy(false);
      }
    },
    [reportError],
  );

  const runExport = useCallback(
    async (selection: Selection, preset: ExportPreset) => {
      setBusy(true);
      setResult(null);
      const ids = 'ids' in selection ? selection.ids : [];
      // A search goes as its query, in one call: the service reads its stories itself.
      const chunks: Selection[] =
        'query' in selection ? [selection] : isBatchFormat(preset.format) ? [{ ids }] : Array.from({ length: Math.ceil(ids.length / CHUNK) }, (_, i) => ({ ids: ids.slice(i * CHUNK, (i + 1) * CHUNK) }));
      let total: ExportReport = { files: [], errors: [], blocked: [], writtenTo: null };
      setProgress({ done: 0, total: Math.max(ids.length, 1) });
      try {
        for (const [i, chunk] of chunks.entries()) {
          const part = await api.exportArticles({ ...('query' in chunk ? { query: chunk.query } : { ids: [...chunk.ids] }), preset: preset.name, sameFolder: i > 0 });
          if (part.writtenTo === null) part.files.forEach(downloadFile);
          total = merge(total, part);
          setProgress((p) => (p ? { ...p, done: p.done + ('ids' in chunk ? chunk.ids.length : p.total) } : p));
          // The Electron folder dialog was cancelled: nothing was written, so the rest is not asked for either.
          if (i === 0 && part.writtenTo === null && part.files.length === 0 && part.errors.length === 0 && part.blocked.length === 0 && window.copydesk) break;
        }
        setResult(total);
        setPreview(null);
      } catch (err) {
        reportError(err);
      } finally {
        setBusy(false);
        setProgress(null);
        onExported();
      }
    },
    [onExported, reportError],
  );

  const reset = useCallback(() => {
    setPreview(null);
    setResult(null);
  }, []);

  return { preview, result, progress, busy, runPreview, runExport, reset };
}
