import { useState } from 'react';
import type { Article } from '../../../../electron/domain/article';
import type { DeskSettings, GlossaryTerm } from '../../../../electron/domain/desk';
import { api } from '../../api';
import { Button } from '../../ui/Button';
import { Panel } from '../../ui/Panel';
import { useStoryAction } from './use-story-action';

interface Props {
  readonly article: Article;
  readonly glossary: readonly GlossaryTerm[];
  readonly onDesk: (desk: DeskSettings) => void;
  readonly onArticle: (a: Article) => void;
}

/** The house glossary of loaded terms: editable; saving re-reads the open story so its flags follow. */
export function GlossaryPanel({ article, glossary, onDesk, onArticle }: Props) {
  const { busy, run } = useStoryAction(article, onArticle);
  const [terms, setTerms] = useState<GlossaryTerm[]>([...glossary]);
  const set = (i: number, patch: Partial<GlossaryTerm>) => setTerms(terms.map((t, k) => (k === i ? { ...t, ...patch } : t)));
  const save = () =>
    void run(async (s) => {
      onDesk(await api.saveGlossary({ terms: terms.filter((t) => t.term.trim() !== '') }));
      return api.recleanStory(s);
    });
  return (
    <Panel title="House glossary" className="glossary">
      <ul className="entity-list" aria-label="Glossary terms">
        {terms.map((t, i) => (
          <li key={i} className="entity-row">
            <input aria-label="Term" value={t.term} onChange={(e) => set(i, { term: e.target.value })} />
            <input aria-label={`Use instead of ${t.term}`} placeholder="use instead" value={t.suggestion} onChange={(e) => set(i, { suggestion: e.target.value })} />
            <input aria-label={`Why ${t.term} is flagged`} placeholder="why" value={t.note} onChange={(e) => set(i, { note: e.target.value })} />
            <Button variant="quiet" aria-label={`Remove ${t.term || 'term'}`} onClick={() => setTerms(terms.filter((_, k) => k !== i))}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <div className="panel-actions">
        <Button onClick={() => setTerms([...terms, { term: '', suggestion: '', note: '' }])}>Add term</Button>
        <Button variant="primary" disabled={busy} onClick={save}>
          Save glossary
        </Button>
      </div>
    </Panel>
  );
}
