/**
 * An agency update merged into the editor's copy: what it applied (each with undo), and, side by side in their
 * place, the paragraphs and fields both the editor and the agency changed, for the editor to settle. The editor's
 * text stays in the story until they choose.
 */
import { useState, type ReactNode } from 'react';
import type { Article } from '../../../../electron/domain/article';
import type { FieldConflict, UpdateMerge } from '../../../../electron/domain/update-merge';
import type { BlockConflict } from '../../../../electron/domain/write-through';
import { api } from '../../api';
import { useStoryAction } from '../desk/use-story-action';
import { ParagraphLink } from '../editor/ParagraphLink';
import './updates.css';

interface Props {
  readonly article: Article;
  readonly onArticle: (article: Article) => void;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function fieldText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'name' in value) return String((value as { name: unknown }).name);
  return JSON.stringify(value);
}

export function UpdateMergePanel({ article, onArticle }: Props) {
  const merge = article.writeThrough;
  const { busy, run } = useStoryAction(article, onArticle);
  if (!merge) return null;
  const open = merge.conflicts.length + merge.fields.length;
  const index = (blockId: string) => article.paragraphs.findIndex((p) => p.id === blockId);
  return (
    <section className={`update-merge${open > 0 ? ' update-merge-open' : ''}`} aria-label={`${cap(merge.label)} merged into your copy`}>
      <h3 className="update-merge-title">
        {cap(merge.label)} arrived and was merged into your copy
        <span className="muted">
          {' '}
          — {merge.applied.length} {merge.applied.length === 1 ? 'change' : 'changes'} applied
          {open > 0 ? `, ${open} for you to choose` : ', nothing left to choose'}
        </span>
      </h3>
      {merge.applied.length > 0 && (
        <ul className="update-applied" aria-label="Changes the update applied">
          {merge.applied.map((c) => {
            const at = index(c.blockId);
            return (
              <li key={c.blockId} className={c.undone ? 'undone' : undefined}>
                <span className="update-applied-what">
                  {merge.label} {c.kind} {c.kind === 'removed' ? 'a paragraph' : at >= 0 ? <ParagraphLink index={at} /> : '(undone)'}
                </span>{' '}
                {c.before && <del>{clip(c.before)}</del>} {c.after && <ins>{clip(c.after)}</ins>}{' '}
                <button
                  type="button"
                  className="btn btn-quiet btn-inline"
                  disabled={busy}
                  onClick={() => void run((s) => api.undoUpdateChange({ ...s, block: c.blockId, redo: c.undone }))}
                >
                  {c.undone ? 'Redo' : 'Undo'}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {merge.conflicts.map((c) => (
        <BlockChoice key={c.blockId} conflict={c} merge={merge} at={index(c.blockId)} busy={busy} run={run} />
      ))}
      {merge.fields.map((f) => (
        <FieldChoice key={f.field} conflict={f} busy={busy} run={run} />
      ))}
    </section>
  );
}

type Run = ReturnType<typeof useStoryAction>['run'];

function BlockChoice({ conflict, merge, at, busy, run }: { conflict: BlockConflict; merge: UpdateMerge; at: number; busy: boolean; run: Run }) {
  const [editing, setEditing] = useState<string | null>(null);
  const block = conflict.blockId;
  return (
    <div className="update-choice" role="group" aria-label={`Paragraph ${at + 1}: you and ${merge.label} both changed it`}>
      <p className="update-choice-title">
        {at >= 0 ? <ParagraphLink index={at} /> : 'A paragraph'}: you and {merge.label} both changed it. Your text stays until you choose.
      </p>
      <Sides
        ours={['Your copy', conflict.ours ?? <em className="muted">You had deleted this paragraph.</em>]}
        theirs={[`The agency’s ${merge.label}`, conflict.theirs ?? <em className="muted">The agency removed this paragraph.</em>]}
      />
      {conflict.merged && (
        <p className="update-merged">
          <span className="muted">Both merged: </span>
          {conflict.merged}
        </p>
      )}
      {editing !== null ? (
        <div className="update-edit">
          <label>
            Your own words for this paragraph
            <textarea value={editing} rows={4} onChange={(e) => setEditing(e.target.value)} />
          </label>
          <button type="button" className="btn btn-primary" disabled={busy || editing.trim() === ''} onClick={() => void run((s) => api.settleUpdate({ ...s, block, choice: 'ours', text: editing }))}>
            Use these words
          </button>
          <button type="button" className="btn btn-quiet" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="mark-card-actions">
          <button type="button" className="btn" disabled={busy} onClick={() => void run((s) => api.settleUpdate({ ...s, block, choice: 'ours' }))}>
            Keep mine
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => void run((s) => api.settleUpdate({ ...s, block, choice: 'theirs' }))}>
            Take the agency’s
          </button>
          {conflict.merged && (
            <button type="button" className="btn" disabled={busy} onClick={() => void run((s) => api.settleUpdate({ ...s, block, choice: 'merged' }))}>
              Take both merged
            </button>
          )}
          <button type="button" className="btn btn-quiet" onClick={() => setEditing(conflict.merged ?? conflict.ours ?? conflict.theirs ?? '')}>
            Write my own…
          </button>
        </div>
      )}
    </div>
  );
}

function FieldChoice({ conflict, busy, run }: { conflict: FieldConflict; busy: boolean; run: Run }) {
  const field = conflict.field;
  return (
    <div className="update-choice" role="group" aria-label={`The ${field}: you and the agency both changed it`}>
      <p className="update-choice-title">The {field}: you and the agency both changed it. Yours stays until you choose.</p>
      <Sides ours={['Yours', fieldText(conflict.ours)]} theirs={['The agency’s', fieldText(conflict.theirs)]} />
      <div className="mark-card-actions">
        <button type="button" className="btn" disabled={busy} onClick={() => void run((s) => api.settleUpdate({ ...s, field, choice: 'ours' }))}>
          Keep mine
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void run((s) => api.settleUpdate({ ...s, field, choice: 'theirs' }))}>
          Take the agency’s
        </button>
      </div>
    </div>
  );
}

/** The editor's version and the agency's, side by side, each under its title. */
function Sides({ ours, theirs }: { ours: readonly [string, ReactNode]; theirs: readonly [string, ReactNode] }) {
  return (
    <div className="update-sides">
      <div className="update-side">
        <h4>{ours[0]}</h4>
        <p>{ours[1]}</p>
      </div>
      <div className="update-side update-side-agency">
        <h4>{theirs[0]}</h4>
        <p>{theirs[1]}</p>
      </div>
    </div>
  );
}

function clip(text: string): string {
  return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}
