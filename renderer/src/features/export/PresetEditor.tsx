import { FLAG_KINDS } from '../../../../electron/domain/desk';
import { useState } from 'react';
import { EXPORT_FORMAT_LABELS, EXPORT_FORMATS, type ExportFormat } from '../../../../electron/domain/export-format';
import {
  CREDIT_STYLES, DATELINE_STYLES, POST_STATUSES, QUOTE_STYLES, SUMMARY_SOURCES, TITLE_SOURCES, type ExportPreset,
} from '../../../../electron/domain/export-preset';
import { Button } from '../../ui/Button';
import { FieldRulesFields } from './FieldRulesFields';
import { PublishTargetFields } from './PublishTargetFields';

interface PresetEditorProps {
  readonly preset: ExportPreset;
  readonly onSave: (preset: ExportPreset) => Promise<boolean>;
  readonly onDelete: (name: string) => void;
  readonly onDone: () => void;
}

function Choice<T extends string>(props: { label: string; value: T; options: readonly T[]; labels?: Readonly<Record<T, string>>; onChange: (v: T) => void }) {
  return (
    <label className="inline-field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.labels?.[o] ?? o}
          </option>
        ))}
      </select>
    </label>
  );
}

function Text(props: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <label className="inline-field">
      <span>{props.label}</span>
      <input value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </label>
  );
}

/** Edits a copy of a preset; saving under a built-in's name keeps the editor's version for this library. */
export function PresetEditor({ preset, onSave, onDelete, onDone }: PresetEditorProps) {
  const [draft, setDraft] = useState<ExportPreset>({ ...preset, builtIn: false });
  const set = (patch: Partial<ExportPreset>) => setDraft((d) => ({ ...d, ...patch }));
  const gates = draft.gates;
  return (
    <form
      className="preset-editor"
      aria-label="Preset"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(draft).then((ok) => ok && onDone());
      }}
    >
      <Text label="Preset name" value={draft.name} onChange={(name) => set({ name })} />
      <Choice<ExportFormat> label="Preset format" value={draft.format} options={EXPORT_FORMATS} labels={EXPORT_FORMAT_LABELS} onChange={(format) => set({ format })} />
      <Choice label="Title from" value={draft.fieldMapping.title} options={TITLE_SOURCES} onChange={(title) => set({ fieldMapping: { ...draft.fieldMapping, title } })} />
      <Choice label="Summary from" value={draft.fieldMapping.summary} options={SUMMARY_SOURCES} onChange={(summary) => set({ fieldMapping: { ...draft.fieldMapping, summary } })} />
      <Choice label="Dateline style" value={draft.datelineStyle} options={DATELINE_STYLES} onChange={(datelineStyle) => set({ datelineStyle })} />
      <Choice label="Credit line" value={draft.creditStyle} options={CREDIT_STYLES} onChange={(creditStyle) => set({ creditStyle })} />
      <Choice label="Quotes" value={draft.quoteStyle} options={QUOTE_STYLES} onChange={(quoteStyle) => set({ quoteStyle })} />
      <Text label="File naming" value={draft.fileNaming} onChange={(fileNaming) => set({ fileNaming })} />
      <Text label="Output folder" value={draft.outputFolder ?? ''} onChange={(v) => set({ outputFolder: v.trim() === '' ? null : v })} />
      <Text label="Site title" value={draft.siteTitle} onChange={(siteTitle) => set({ siteTitle })} />
      <Text label="Site URL" value={draft.siteUrl} onChange={(siteUrl) => set({ siteUrl })} />
      <Choice label="Post status" value={draft.postStatus} options={POST_STATUSES} onChange={(postStatus) => set({ postStatus })} />
      <Text label="Default category" value={draft.defaultCategory} onChange={(defaultCategory) => set({ defaultCategory })} />
      <PublishTargetFields target={draft.publish ?? null} onChange={(publish) => set({ publish })} />
      <FieldRulesFields rules={gates.fields} onChange={(fields) => set({ gates: { ...gates, fields } })} />
      <fieldset className="preset-gates">
        <legend>A story needs</legend>
        {(
          [
            ['headline', 'a headline'],
            ['confirmedDatelineYear', 'a confirmed dateline year'],
            ['creditedSource', 'a credited source'],
          ] as const
        ).map(([key, label]) => (
          <label key={key} className="check">
            <input type="checkbox" checked={gates[key]} onChange={(e) => set({ gates: { ...gates, [key]: e.target.checked } })} /> {label}
          </label>
        ))}
        {FLAG_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={gates.blockingFlags.includes(kind)}
              onChange={(e) =>
                set({ gates: { ...gates, blockingFlags: e.target.checked ? [...gates.blockingFlags, kind] : gates.blockingFlags.filter((k) => k !== kind) } })
              }
            />{' '}
            no open “{kind}” flag
          </label>
        ))}
      </fieldset>
      <div className="dialog-actions">
        {!preset.builtIn && (
          <Button variant="quiet" onClick={() => { onDelete(preset.name); onDone(); }}>
            Delete preset
          </Button>
        )}
        <Button variant="quiet" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" variant="primary">
          Save preset
        </Button>
      </div>
    </form>
  );
}
