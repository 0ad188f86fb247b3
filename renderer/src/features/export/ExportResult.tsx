import type { ExportReport } from '../../../../electron/api/contract';
import { Button } from '../../ui/Button';

interface ExportResultProps {
  readonly result: ExportReport;
  readonly onDismiss: () => void;
}

/** Which files the export produced (downloaded, or written to a folder) and which stories failed. */
export function ExportResult({ result, onDismiss }: ExportResultProps) {
  const { files, errors, blocked, writtenTo } = result;
  const nothing = files.length === 0 && errors.length === 0 && blocked.length === 0;
  const warn = errors.length > 0 || blocked.length > 0;
  return (
    <section className={warn ? 'export-result export-result-warn' : 'export-result'} role="status" aria-label="Export result">
      <div className="export-result-head">
        <p>
          {nothing
            ? 'Nothing was exported.'
            : writtenTo
              ? `Exported ${files.length} ${files.length === 1 ? 'file' : 'files'} to ${writtenTo}`
              : `Exported ${files.length} ${files.length === 1 ? 'file' : 'files'} (downloaded)`}
        </p>
        <Button variant="quiet" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
      {files.length > 0 && (
        <ul className="export-files">
          {files.map((f) => (
            <li key={`${f.articleId}-${f.name}`}>
              <code>{f.name}</code> <span className="muted">{f.mediaType}</span>
            </li>
          ))}
        </ul>
      )}
      {(result.warnings ?? []).length > 0 && (
        <ul className="export-warnings" aria-label="Exported with warnings">
          {(result.warnings ?? []).map((w) => (
            <li key={w.articleId} role="alert">
              Exported with open questions: <strong>{w.headline || w.articleId}</strong>: {w.warnings.join('; ')}
            </li>
          ))}
        </ul>
      )}
      {blocked.length > 0 && (
        <ul className="export-blocked" aria-label="Refused stories">
          {blocked.map((b) => (
            <li key={b.articleId}>
              Not exported: <strong>{b.headline || b.articleId}</strong>: {b.reasons.join('; ')}
            </li>
          ))}
        </ul>
      )}
      {errors.length > 0 && (
        <ul className="export-errors" aria-label="Export errors">
          {errors.map((e) => (
            <li key={e.articleId}>
              {e.articleId}: {e.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
