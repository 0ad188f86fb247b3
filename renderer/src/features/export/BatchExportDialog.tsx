import { useState } from 'react';
import { EXPORT_FORMAT_LABELS } from '../../../../electron/domain/export-format';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ARTICLE_STATUSES, STATUS_LABELS, type ArticleStatus } from '../../ui/status-labels';
import { ExportPreviewView } from './ExportPreviewView';
import { ExportResult } from './ExportResult';
import { PresetEditor } from './PresetEditor';
import { useBatchExport, type Selection } from './use-batch-export';
import { usePresets } from './use-presets';

interface BatchExportDialogProps {
  readonly open: boolean;
  /** The inbox's search and how many stories it matches. */
  readonly query: string;
  readonly matching: number;
  /** Stories ticked in the inbox. */
  readonly ticked: readonly string[];
  readonly onClose: () => void;
  readonly onExported: () => void;
}

type Choice = 'search' | 'ticked' | ArticleStatus;

/**
 * Export the stories of the inbox's search, the stories ticked in the inbox, or every story with a status, with a
 * preset: preview first, then export with progress. No list of every story: the inbox is the selection.
 */
export function BatchExportDialog({ open, query, matching, ticked, onClose, onExported }: BatchExportDialogProps) {
  const { presets, save, remove } = usePresets(open);
  const [presetName, setPresetName] = useState('WordPress');
  const [choice, setChoice] = useState<Choice | null>(null);
  const [editing, setEditing] = useState(false);
  const batch = useBatchExport(onExported);
  const { reset } = batch;
  const preset = presets.find((p) => p.name === presetName) ?? presets[0];
  const chosen: Choice = choice ?? (ticked.length > 0 ? 'ticked' : 'search');
  const selection: Selection = chosen === 'search' ? { query } : chosen === 'ticked' ? { ids: ticked } : { query: `status:${chosen}` };
  const count = chosen === 'search' ? matching : chosen === 'ticked' ? ticked.length : null;

  // Once previewed, the button says how many can really go ("Export 3 of 5"), not how many were ticked.
  // "Export 3 of 4": once previewed, the count says how many of the chosen stories can really go.
  const previewed = batch.preview && (count === null || batch.preview.stories.length === count) ? batch.preview : null;
  const canGo = previewed ? previewed.stories.filter((s) => s.reasons.length === 0).length : null;

  const close = () => {
    setEditing(false);
    setChoice(null);
    reset();
    onClose();
  };

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
            <span>Stories</span>
            <select aria-label="Stories" value={chosen} onChange={(e) => { setChoice(e.target.value as Choice); reset(); }}>
              <option value="search">the {matching.toLocaleString()} stories of this search</option>
              <option value="ticked">the {ticked.length} ticked in the inbox</option>
              {ARTICLE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  every {STATUS_LABELS[s]} story
                </option>
              ))}
            </select>
          </label>
        </div>
        {editing && preset && <PresetEditor key={preset.name} preset={preset} onSave={async (p) => { const ok = await save(p); if (ok) setPresetName(p.name); return ok; }} onDelete={(n) => void remove(n)} onDone={() => setEditing(false)} />}
        <p className="muted">
          {chosen === 'search' ? (query ? `Search: ${query}` : 'Search: every story') : chosen === 'ticked' ? 'Tick stories in the inbox (x on the current story) to choose them.' : `Every story that is ${STATUS_LABELS[chosen]}.`}
          {count !== null && ` · ${count.toLocaleString()} ${count === 1 ? 'story' : 'stories'} selected`}
        </p>
        {batch.progress && <progress aria-label="Export progress" value={batch.progress.done} max={batch.progress.total} />}
        {batch.preview && <ExportPreviewView preview={batch.preview} />}
        {batch.result && <ExportResult result={batch.result} onDismiss={reset} />}
        <div className="dialog-actions">
          <Button variant="quiet" onClick={close}>
            Close
          </Button>
          <Button disabled={!preset || count === 0 || batch.busy} onClick={() => preset && void batch.runPreview(selection, preset)}>
            Preview
          </Button>
          <Button variant="primary" disabled={!preset || count === 0 || batch.busy} onClick={() => preset && void batch.runExport(selection, preset)}>
            {batch.busy
              ? 'Working…'
              : canGo !== null && previewed
                ? `Export ${canGo.toLocaleString()} of ${previewed.stories.length.toLocaleString()}`
                : count === null ? 'Export' : `Export ${count.toLocaleString()}`}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
