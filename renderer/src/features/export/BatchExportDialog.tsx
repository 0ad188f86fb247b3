import { useState } from 'react';
import type { ArticleSummary } from '../../../../electron/domain/article';
import { EXPORT_FORMAT_LABELS } from '../../../../electron/domain/export-format';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ARTICLE_STATUSES, STATUS_LABELS, type ArticleStatus } from '../../ui/status-labels';
import { ExportPreviewView } from './ExportPreviewView';
import { ExportResult } from './ExportResult';
import { PresetEditor } from './PresetEditor';
import { useBatchExport } from './use-batch-export';
import { usePresets } from './use-presets';

interface BatchExportDialogProps {
  readonly open: boolean;
  readonly stories: readonly ArticleSummary[];
  readonly onClose: () => void;
  readonly onExported: () => void;
}

/** Export a selection (or every story with a status) with a preset: preview first, then export with progress. */
export function BatchExportDialog({ open, stories, onClose, onExported }: BatchExportDialogProps) {
  const { presets, save, remove } = usePresets(open);
  const [presetName, setPresetName] = useState('WordPress');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [byStatus, setByStatus] = useState<ArticleStatus | ''>('');
  const [editing, setEditing] = useState(false);
  const batch = useBatchExport(onExported);
  const { reset } = batch;
  const preset = presets.find((p) => p.name === presetName) ?? presets[0];
  const ids = byStatus === '' ? stories.filter((s) => picked.has(s.id)).map((s) => s.id) : stories.filter((s) => s.status === byStatus).map((s) => s.id);

  // Once previewed, the button says how many can really go ("Export 3 of 5"), not how many were ticked.
  const previewed = batch.preview && batch.preview.stories.length === ids.length ? batch.preview : null;
  const canGo = previewed ? previewed.stories.filter((s) => s.reasons.length === 0).length : null;

  const close = () => {
    setEditing(false);
    reset();
    onClose();
  };

  const toggle = (id: string) =>
    setPicked((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Dialog open={open} title="Export stories" onClose={close}>
      <div className="batch-export">
        <div className="batch-export-controls">
          <label className="inline-field">
            <span>Preset</span>
            <select aria-label="Preset" value={preset?.name ?? ''} onChange={(e) => { setPresetName(e.target.value); reset(); }}>
              {presets.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.name} — {EXPORT_FORMAT_LABELS[p.format]}
                </option>
              ))}
            </select>
          </label>
          <Button variant="quiet" onClick={() => setEditing((e) => !e)} disabled={!preset}>
            {editing ? 'Close preset' : 'Edit preset'}
          </Button>
          <label className="inline-field">
            <span>Select</span>
            <select value={byStatus} onChange={(e) => { setByStatus(e.target.value as ArticleStatus | ''); reset(); }}>
              <option value="">stories ticked below</option>
              {ARTICLE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  every {STATUS_LABELS[s]} story
                </option>
              ))}
            </select>
          </label>
        </div>
        {editing && preset && <PresetEditor key={preset.name} preset={preset} onSave={async (p) => { const ok = await save(p); if (ok) setPresetName(p.name); return ok; }} onDelete={(n) => void remove(n)} onDone={() => setEditing(false)} />}
        {byStatus === '' && (
          <ul className="batch-export-stories" aria-label="Stories to export">
            {stories.map((s) => (
              <li key={s.id}>
                <label className="check">
                  <input type="checkbox" checked={picked.has(s.id)} onChange={() => { toggle(s.id); reset(); }} /> <span dir="auto">{s.headline || 'Untitled story'}</span>{' '}
                  <span className="muted">{STATUS_LABELS[s.status]}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        <p className="muted">{ids.length} {ids.length === 1 ? 'story' : 'stories'} selected</p>
        {batch.progress && <progress aria-label="Export progress" value={batch.progress.done} max={batch.progress.total} />}
        {batch.preview && <ExportPreviewView preview={batch.preview} />}
        {batch.result && <ExportResult result={batch.result} onDismiss={reset} />}
        <div className="dialog-actions">
          <Button variant="quiet" onClick={close}>
            Close
          </Button>
          <Button disabled={!preset || ids.length === 0 || batch.busy} onClick={() => preset && void batch.runPreview(ids, preset)}>
            Preview
          </Button>
          <Button variant="primary" disabled={!preset || ids.length === 0 || batch.busy} onClick={() => preset && void batch.runExport(ids, preset)}>
            {batch.busy ? 'Working…' : canGo === null ? `Export ${ids.length}` : `Export ${canGo} of ${ids.length}`}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
