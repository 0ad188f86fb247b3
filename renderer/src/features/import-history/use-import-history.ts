import { useCallback, useEffect, useState } from 'react';
import type { ImportJob, ImportOutcome, QuarantineEntry } from '../../../../electron/api/contract';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';

export interface ImportHistory {
  readonly jobs: readonly ImportJob[] | null;
  readonly quarantine: readonly QuarantineEntry[] | null;
  readonly selected: { readonly job: ImportJob; readonly outcomes: readonly ImportOutcome[] } | null;
  readonly select: (jobId: string) => void;
}

/** Past imports (this session) and the quarantine, read when the view opens; a job's full report on demand. */
export function useImportHistory(): ImportHistory {
  const { report } = useErrors();
  const [jobs, setJobs] = useState<readonly ImportJob[] | null>(null);
  const [quarantine, setQuarantine] = useState<readonly QuarantineEntry[] | null>(null);
  const [selected, setSelected] = useState<ImportHistory['selected']>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.listImports({}), api.listQuarantine({})]).then(
      ([j, q]) => {
        if (!live) return;
        setJobs(j);
        setQuarantine(q);
      },
      (err: unknown) => live && report(err),
    );
    return () => {
      live = false;
    };
  }, [report]);

  const select = useCallback(
    (jobId: string) => {
      void (async () => {
        const first = await api.importStatus({ jobId });
        const outcomes = [...first.outcomes];
        // Outcomes come 1,000 at a time: a 20,000-file report is read in pages.
        while (outcomes.length < first.outcomeCount) {
          const page = await api.importStatus({ jobId, outcomesFrom: outcomes.length });
          if (page.outcomes.length === 0) break;
          outcomes.push(...page.outcomes);
        }
        setSelected({ job: first, outcomes });
      })().catch(report);
    },
    [report],
  );

  return { jobs, quarantine, selected, select };
}
