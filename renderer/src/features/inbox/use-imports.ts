import { useCallback, useState } from 'react';
import type { ImportReport } from '../../../../electron/api/contract';
import { useErrors } from '../../ui/error-context';
import { importFileList, importPastedText, type ImportOutcome } from './import-files';

export interface Imports {
  readonly importing: boolean;
  readonly report: ImportReport | null;
  readonly dismissReport: () => void;
  readonly importFiles: (files: readonly File[]) => void;
  readonly importText: (text: string, name: string) => Promise<boolean>;
}

/** Runs an import, keeps its report for the inbox, and tells the desk what arrived. */
export function useImports(onImported: (report: ImportReport) => void): Imports {
  const { report: reportError } = useErrors();
  const [importing, setImporting] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);

  const finish = useCallback(
    (outcome: ImportOutcome): boolean => {
      setImporting(false);
      setReport(outcome.report);
      if (outcome.failure) reportError(outcome.failure);
      onImported(outcome.report);
      return outcome.failure === null;
    },
    [onImported, reportError],
  );

  const importFiles = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return;
      setImporting(true);
      void importFileList(files).then(finish);
    },
    [finish],
  );

  const importText = useCallback(
    async (text: string, name: string) => {
      setImporting(true);
      return finish(await importPastedText(text, name));
    },
    [finish],
  );

  const dismissReport = useCallback(() => setReport(null), []);
  return { importing, report, dismissReport, importFiles, importText };
}
