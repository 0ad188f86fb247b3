import { useState } from 'react';
import type { Article } from '../../../../electron/domain/article';
import type { Entities } from '../../../../electron/domain/desk';
import { api } from '../../api';
import { Button } from '../../ui/Button';
import { Panel } from '../../ui/Panel';
import {
  addEntity,
  cleanEntities,
  mergeEntity,
  removeEntity,
  updateOrganisation,
  updatePerson,
  updatePlace,
  type EntityKind,
} from '../../../../electron/domain/entity-edits';
import { useStoryAction } from './use-story-action';

interface Props {
  readonly article: Article;
  readonly onArticle: (a: Article) => void;
}

function MergeSelect({ kind, index, names, onMerge }: { kind: string; index: number; names: readonly string[]; onMerge: (into: number) => void }) {
  if (names.length < 2) return null;
  return (
    <select aria-label={`Merge ${names[index] || kind} into`} value="" onChange={(e) => e.target.value !== '' && onMerge(Number(e.target.value))}>
      <option value="">Merge into…</option>
      {names.map((n, i) => (i === index ? null : <option key={`${n}-${i}`} value={i}>{n || '(unnamed)'}</option>))}
    </select>
  );
}

/** People, organisations and places found in the story: the editor adds, removes, renames and merges them. */
export function EntitiesPanel({ article, onArticle }: Props) {
  const { busy, run } = useStoryAction(article, onArticle);
  const [draft, setDraft] = useState<Entities>(article.entities);
  const dirty = JSON.stringify(draft) !== JSON.stringify(article.entities);
  const save = () => void run((s) => api.saveArticle({ ...s, patch: { entities: cleanEntities(draft) } }));
  const merge = (kind: EntityKind, from: number) => (into: number) => setDraft(mergeEntity(draft, kind, from, into));
  const remove = (kind: EntityKind, i: number, name: string) => (
    <Button variant="quiet" aria-label={`Remove ${name || 'entry'}`} onClick={() => setDraft(removeEntity(draft, kind, i))}>
      Remove
    </Button>
  );
  return (
    <Panel title="Entities" aside={dirty ? <span className="panel-count unsaved">unsaved</span> : null} className="entities">
      <h3 className="subhead">People</h3>
      <ul className="entity-list" aria-label="People">
        {draft.people.map((p, i) => (
          <li key={i} className="entity-row">
            <input aria-label="Person name" value={p.name} onChange={(e) => setDraft(updatePerson(draft, i, { name: e.target.value }))} />
            <input aria-label={`Role of ${p.name}`} placeholder="role" value={p.role ?? ''} onChange={(e) => setDraft(updatePerson(draft, i, { role: e.target.value }))} />
            <input aria-label={`Organisation of ${p.name}`} placeholder="organisation" value={p.organisation ?? ''} onChange={(e) => setDraft(updatePerson(draft, i, { organisation: e.target.value }))} />
            <MergeSelect kind="person" index={i} names={draft.people.map((x) => x.name)} onMerge={merge('people', i)} />
            {remove('people', i, p.name)}
          </li>
        ))}
      </ul>
      <h3 className="subhead">Organisations</h3>
      <ul className="entity-list" aria-label="Organisations">
        {draft.organisations.map((o, i) => (
          <li key={i} className="entity-row">
            <input aria-label="Organisation name" value={o.name} onChange={(e) => setDraft(updateOrganisation(draft, i, { name: e.target.value }))} />
            <MergeSelect kind="organisation" index={i} names={draft.organisations.map((x) => x.name)} onMerge={merge('organisations', i)} />
            {remove('organisations', i, o.name)}
          </li>
        ))}
      </ul>
      <h3 className="subhead">Places</h3>
      <ul className="entity-list" aria-label="Places">
        {draft.places.map((p, i) => (
          <li key={i} className="entity-row">
            <input aria-label="Place name" value={p.name} onChange={(e) => setDraft(updatePlace(draft, i, { name: e.target.value }))} />
            <input aria-label={`Country of ${p.name}`} placeholder="country" size={3} value={p.country ?? ''} onChange={(e) => setDraft(updatePlace(draft, i, { country: e.target.value }))} />
            <MergeSelect kind="place" index={i} names={draft.places.map((x) => x.name)} onMerge={merge('places', i)} />
            {remove('places', i, p.name)}
          </li>
        ))}
      </ul>
      <div className="panel-actions">
        <Button onClick={() => setDraft(addEntity(draft, 'people'))}>Add person</Button>
        <Button onClick={() => setDraft(addEntity(draft, 'organisations'))}>Add organisation</Button>
        <Button onClick={() => setDraft(addEntity(draft, 'places'))}>Add place</Button>
        <Button variant="primary" disabled={busy || !dirty} onClick={save}>
          Save entities
        </Button>
      </div>
    </Panel>
  );
}
