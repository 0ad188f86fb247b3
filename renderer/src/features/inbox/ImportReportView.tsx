import type { ImportReport } from '../../../../electron/api/contract';
import { Button } from '../../ui/Button';

interface ImportReportViewProps {
  readonly report: ImportReport;
  readonly onOpen: (id: string) => void;
  readonly onDismiss: () => void;
  /** Opens the quarantine and past imports. */
  readonly onOpenQuarantine?: () => void;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Long imports list the first stories only: the full report is in the Imports view. */
const SHOWN = 50;

/**
 * What the last import did, file by file: stories imported, new versions of earlier stories, stories related
 * to others, files already in the library, and why the others failed (they are kept in the quarantine).
 */
export function ImportReportView({ report, onOpen, onDismiss, onOpenQuarantine }: ImportReportViewProps) {
  const { articles, duplicates, errors, updates, related } = report;
  const linked = new Set([...updates.map((u) => u.id), ...related.map((r) => r.id)]);
  const plain = articles.filter((a) => !linked.has(a.id));
  const headlineOf = new Map(articles.map((a) => [a.id, a.headline]));
  const tone = errors.length > 0 ? 'import-report import-report-warn' : 'import-report';
  const open = (id: string) => (
    <Button variant="quiet" className="btn-inline" onClick={() => onOpen(id)}>
      Open it
    </Button>
  );
  return (
    <section className={tone} role="status" aria-label="Import report">
      <div className="import-report-head">
        <p className="import-report-summary">
          {plural(articles.length, 'story', 'stories')} imported, {plural(duplicates.length, 'duplicate', 'duplicates')},{' '}
          {plural(errors.length, 'error', 'errors')}
          {updates.length > 0 && `, ${plural(updates.length, 'new version', 'new versions')}`}
          {related.length > 0 && `, ${related.length} related`}
        </p>
        <Button variant="quiet" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
      {errors.length > 0 && (
        <>
          <ul className="import-report-list" aria-label="Import errors">
            {errors.map((e, i) => (
              <li key={`${e.fileName}-${i}`} className="import-error">
                <strong>{e.fileName}</strong>: {e.reason}
              </li>
            ))}
          </ul>
          {onOpenQuarantine && (
            <Button variant="quiet" className="btn-inline" onClick={onOpenQuarantine}>
              Open quarantine
            </Button>
          )}
        </>
      )}
      {updates.length > 0 && (
        <ul className="import-report-list" aria-label="New versions">
          {updates.slice(0, SHOWN).map((u) => (
            <li key={u.id}>
              <strong>{u.fileName}</strong>: new version of “{headlineOf.get(u.previous) ?? headlineOf.get(u.id) ?? 'an earlier story'}” ({u.relation}) {open(u.id)}
            </li>
          ))}
        </ul>
      )}
      {related.length > 0 && (
        <ul className="import-report-list" aria-label="Related files">
          {related.slice(0, SHOWN).map((r) => (
            <li key={r.id}>
              <strong>{r.fileName}</strong>: related to {plural(r.related.length, 'story', 'stories')} (
              {r.related.map((x) => `${Math.round(x.similarity * 100)}%`).join(', ')} alike) {open(r.id)}
            </li>
          ))}
        </ul>
      )}
      {duplicates.length > 0 && (
        <ul className="import-report-list" aria-label="Duplicates">
          {duplicates.slice(0, SHOWN).map((d, i) => (
            <li key={`${d.fileName}-${i}`}>
              <strong>{d.fileName}</strong>: already in the library {open(d.id)}
            </li>
          ))}
        </ul>
      )}
      {plain.length > 0 && (
        <ul className="import-report-list" aria-label="Imported files">
          {plain.slice(0, SHOWN).map((a) => (
            <li key={a.id}>
              <strong>{a.original.fileName}</strong>: {a.headline || 'Untitled story'}
            </li>
          ))}
          {plain.length > SHOWN && <li className="muted">and {plain.length - SHOWN} more</li>}
        </ul>
      )}
    </section>
  );
}
