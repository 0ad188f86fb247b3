import { useCallback, useState } from 'react';
import type { ExportReport } from '../../../../electron/api/contract';
import type { ExportFormat } from '../../../../electron/domain/export-format';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';
import { downloadFile } from './download-file';

/**
 * Exports stories. When the entrance wrote the files itself (Electron's folder dialog) `writtenTo` says where;
 * otherwise (the browser) the files come back in the reply and are downloaded here.
 */
export function useExport(onExported: () => void) {
  const { report: reportError } = useErrors();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportReport | null>(null);

  const run = useCallback(
    async (ids: readonly string[], format: ExportFormat) => {
      setBusy(true);
      setResult(null);
      try {
        const report = await api.exportArticles({ ids: [...ids], format });
        if (report.writtenTo === null) report.files.forEach(downloadFile);
        setResult(report);
      } catch (err) {
        reportError(err);
      } finally {
        setBusy(false);
        // Exporting changes the story (status, export record) even when some of it failed.
        onExported();
      }
    },
    [onExported, reportError],
  );

  const dismiss = useCallback(() => setResult(null), []);
  return { busy, result, run, dismiss };
}
