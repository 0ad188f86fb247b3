import type { ImportJob } from '../../../../electron/api/contract';
import { Button } from '../../ui/Button';

interface ImportProgressProps {
  readonly job: ImportJob | null;
  /** True from the moment the import starts, before the first status arrives. */
  readonly active: boolean;
  readonly onCancel: () => void;
}

const STATE_TEXT = { running: 'Importing', done: 'Import finished', cancelled: 'Import cancelled', failed: 'Import failed' } as const;

/** done / total as a progress bar, the file being read, and Cancel (what is already imported stays). */
export function ImportProgress({ job, active, onCancel }: ImportProgressProps) {
  if (!job && !active) return null;
  const running = active || job?.state === 'running';
  const total = job?.total ?? null;
  const done = job?.done ?? 0;
  const state = job ? (active && job.state === 'running' ? 'running' : job.state) : 'running';
  return (
    <section className="import-progress" aria-label="Import progress">
      <div className="import-progress-head">
        <span className="import-progress-state">{STATE_TEXT[state]}</span>
        <span className="import-progress-count">{total === null ? `${done} files` : `${done} / ${total} files`}</span>
        {running && (
          <Button variant="quiet" className="btn-inline" onClick={onCancel}>
            Cancel import
          </Button>
        )}
      </div>
      <progress aria-label="Files imported" max={total ?? undefined} value={total === null ? undefined : done} />
      {running && job?.current && <p className="import-progress-current muted">{job.current}</p>}
      {job?.error && <p className="import-error">{job.error}</p>}
    </section>
  );
}
