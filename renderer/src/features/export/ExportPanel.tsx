import { useState } from 'react';
import { EXPORT_FORMAT_LABELS, EXPORT_FORMATS, type ExportFormat } from '../../../../electron/domain/export-format';
import { Button } from '../../ui/Button';
import { ExportResult } from './ExportResult';
import { PublishDialog } from './PublishDialog';
import { useExport } from './use-export';

interface ExportPanelProps {
  readonly articleId: string;
  readonly onExported: () => void;
  /** For the publish dialog's title; the id alone is enough to publish. */
  readonly headline?: string;
}

export function ExportPanel({ articleId, onExported, headline = '' }: ExportPanelProps) {
  const [format, setFormat] = useState<ExportFormat>('html');
  const [publishing, setPublishing] = useState(false);
  const { busy, result, run, dismiss } = useExport(onExported);
  return (
    <div className="export">
      <form
        className="export-bar"
        aria-label="Export"
        onSubmit={(e) => {
          e.preventDefault();
          void run([articleId], format);
        }}
      >
        <label className="inline-field">
          <span>Format</span>
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {EXPORT_FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Exporting…' : 'Export'}
        </Button>
        <Button onClick={() => setPublishing(true)}>Publish…</Button>
      </form>
      <PublishDialog article={{ id: articleId, headline }} open={publishing} onClose={() => setPublishing(false)} onPublished={onExported} />
      {result && <ExportResult result={result} onDismiss={dismiss} />}
    </div>
  );
}
