import { useCallback, useRef, useState } from 'react';
import type { ImportReport } from '../../../../electron/api/contract';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';
import { importFileList, importPastedText, type ImportOutcome } from './import-files';

export interface Imports {
  readonly importing: boolean;
  readonly report: ImportReport | null;
  /** The running or last import job, for the progress bar. */
  readonly jobId: string | null;
  readonly dismissReport: () => void;
  readonly importFiles: (files: readonly File[]) => void;
  readonly importText: (text: string, name: string) => Promise<boolean>;
  readonly cancel: () => void;
}

/** Runs an import, keeps its report for the inbox, and tells the desk what arrived. */
export function useImports(onImported: (report: ImportReport) => void): Imports {
  const { report: reportError } = useErrors();
  const [importing, setImporting] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const running = useRef<{ controller: AbortController; jobId: string | null } | null>(null);

  const finish = useCallback(
    (outcome: ImportOutcome): boolean => {
      running.current = null;
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
      if (files.length === 0 || running.current) return;
      const current = { controller: new AbortController(), jobId: null as string | null };
      running.current = current;
      setImporting(true);
      setReport(null);
      void importFileList(files, {
        signal: current.controller.signal,
        onJob: (id) => {
          current.jobId = id;
          setJobId(id);
        },
      }).then(finish);
    },
    [finish],
  );

  const cancel = useCallback(() => {
    const current = running.current;
    if (!current) return;
    current.controller.abort();
    if (current.jobId) void api.cancelImport({ jobId: current.jobId }).catch(reportError);
  }, [reportError]);

  const importText = useCallback(
    async (text: string, name: string) => {
      setImporting(true);
      return finish(await importPastedText(text, name));
    },
    [finish],
  );

  const dismissReport = useCallback(() => {
    setReport(null);
    setJobId(null);
  }, []);
  return { importing, report, jobId, dismissReport, importFiles, importText, cancel };
}
