import type { ImportReport } from '../../../../electron/api/contract';
import { Button } from '../../ui/Button';

interface ImportReportViewProps {
  readonly report: ImportReport;
  readonly onOpen: (id: string) => void;
  readonly onDismiss: () => void;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the last import did: how many stories arrived, which files were already in, and why the others failed. */
export function ImportReportView({ report, onOpen, onDismiss }: ImportReportViewProps) {
  const { articles, duplicates, errors } = report;
  const tone = errors.length > 0 ? 'import-report import-report-warn' : 'import-report';
  return (
    <section className={tone} role="status" aria-label="Import report">
      <div className="import-report-head">
        <p className="import-report-summary">
          {plural(articles.length, 'story', 'stories')} imported, {plural(duplicates.length, 'duplicate', 'duplicates')},{' '}
          {plural(errors.length, 'error', 'errors')}
        </p>
        <Button variant="quiet" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
      {errors.length > 0 && (
        <ul className="import-report-list" aria-label="Import errors">
          {errors.map((e, i) => (
            <li key={`${e.fileName}-${i}`} className="import-error">
              <strong>{e.fileName}</strong>: {e.reason}
            </li>
          ))}
        </ul>
      )}
      {duplicates.length > 0 && (
        <ul className="import-report-list" aria-label="Duplicates">
          {duplicates.map((d, i) => (
            <li key={`${d.fileName}-${i}`}>
              <strong>{d.fileName}</strong>: already in the library{' '}
              <Button variant="quiet" className="btn-inline" onClick={() => onOpen(d.id)}>
                Open it
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
