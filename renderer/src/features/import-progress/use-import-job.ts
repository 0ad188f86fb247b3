import { useEffect, useState } from 'react';
import type { ImportJob } from '../../../../electron/api/contract';
import { api } from '../../api';

const POLL_MS = 150;

/**
 * Polls importStatus while the job runs (the API is request/response over IPC and HTTP alike) and returns
 * its latest state; stops polling once it has finished.
 */
export function useImportJob(jobId: string | null): ImportJob | null {
  const [job, setJob] = useState<ImportJob | null>(null);
  useEffect(() => {
    if (!jobId) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      api.importStatus({ jobId, outcomesFrom: Number.MAX_SAFE_INTEGER }).then(
        (next) => {
          if (!live) return;
          setJob(next);
          if (next.state === 'running') timer = setTimeout(poll, POLL_MS);
        },
        () => {
          if (live) timer = setTimeout(poll, POLL_MS * 4);
        },
      );
    };
    poll();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [jobId]);
  return job && job.jobId === jobId ? job : null;
}
