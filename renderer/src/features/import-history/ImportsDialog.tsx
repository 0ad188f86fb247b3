import type { ImportOutcome } from '../../../../electron/api/contract';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useImportHistory } from './use-import-history';

interface ImportsDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onOpenStory: (id: string) => void;
}

/** "Imports and quarantine": every import of this session with its full report, and the files kept in quarantine. */
export function ImportsDialog({ open, onClose, onOpenStory }: ImportsDialogProps) {
  return (
    <Dialog open={open} title="Imports and quarantine" onClose={onClose}>
      <ImportsBody onClose={onClose} onOpenStory={onOpenStory} />
    </Dialog>
  );
}

const KIND_TEXT: Record<ImportOutcome['kind'], string> = {
  imported: 'imported',
  updated: 'new version',
  duplicate: 'duplicate',
  related: 'related',
  failed: 'failed',
};

function describe(o: ImportOutcome): string {
  if (o.kind === 'failed') return o.reason ?? 'failed';
  if (o.kind === 'duplicate') return o.reason ?? 'already in the library';
  if (o.kind === 'updated') return `${o.headline} (${o.relation ?? 'new version'})`;
  if (o.kind === 'related') return `${o.headline} (${o.related.map((r) => `${Math.round(r.similarity * 100)}%`).join(', ')} alike)`;
  return o.headline;
}

/** Mounted only while open, so the lists are read fresh each time. */
function ImportsBody({ onClose, onOpenStory }: Omit<ImportsDialogProps, 'open'>) {
  const { jobs, quarantine, selected, select } = useImportHistory();
  return (
    <div className="imports-view">
      <section aria-label="Past imports">
        <h3>Imports</h3>
        {jobs === null ? (
          <p className="muted">Loading…</p>
        ) : jobs.length === 0 ? (
          <p className="muted">No imports since Copydesk started.</p>
        ) : (
          <ul className="import-report-list">
            {jobs.map((j) => (
              <li key={j.jobId}>
                <Button variant="quiet" className="btn-inline" onClick={() => select(j.jobId)}>
                  {j.label}
                </Button>{' '}
                <span className="muted">
                  {j.state}: {j.summary.imported} imported, {j.summary.updated} updated, {j.summary.duplicates} duplicates, {j.summary.related} related,{' '}
                  {j.summary.failed} failed
                </span>
              </li>
            ))}
          </ul>
        )}
        {selected && (
          <ul className="import-report-list" aria-label="Import outcomes">
            {selected.outcomes.map((o, i) => (
              <li key={i} className={o.kind === 'failed' ? 'import-error' : undefined}>
                <span className={`outcome outcome-${o.kind}`}>{KIND_TEXT[o.kind]}</span> <strong>{o.fileName}</strong>: {describe(o)}{' '}
                {o.id && (
                  <Button
                    variant="quiet"
                    className="btn-inline"
                    onClick={() => {
                      onOpenStory(o.id ?? '');
                      onClose();
                    }}
                  >
                    Open it
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Quarantine">
        <h3>Quarantine</h3>
        <p className="muted">Files that could not be imported, kept with their bytes and the reason.</p>
        {quarantine === null ? (
          <p className="muted">Loading…</p>
        ) : quarantine.length === 0 ? (
          <p className="muted">Nothing is in quarantine.</p>
        ) : (
          <ul className="import-report-list" aria-label="Quarantined files">
            {quarantine.map((q) => (
              <li key={q.key}>
                <strong>{q.fileName}</strong>: {q.reason}{' '}
                <span className="muted" title={q.path ?? undefined}>
                  {q.size === null ? '(not readable, no bytes kept)' : `${q.size} bytes kept as ${q.key.slice(0, 12)}…`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="dialog-actions">
        <Button onClick={onClose}>Close</Button>
      </div>
    </div>
  );
}
