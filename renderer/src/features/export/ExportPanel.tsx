import { useState } from 'react';
import { EXPORT_FORMAT_LABELS, EXPORT_FORMATS, type ExportFormat } from '../../../../electron/domain/export-format';
import { Button } from '../../ui/Button';
import { ExportResult } from './ExportResult';
import { useExport } from './use-export';

interface ExportPanelProps {
  readonly articleId: string;
  readonly onExported: () => void;
}

export function ExportPanel({ articleId, onExported }: ExportPanelProps) {
  const [format, setFormat] = useState<ExportFormat>('html');
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
      </form>
      {result && <ExportResult result={result} onDismiss={dismiss} />}
    </div>
  );
}
