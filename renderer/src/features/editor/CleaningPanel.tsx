import type { Article } from '../../../../electron/domain/article';
import { Panel } from '../../ui/Panel';
import { ChangeItem } from './ChangeItem';
import { useChangeToggle } from './use-change-toggle';

interface CleaningPanelProps {
  readonly article: Article;
  readonly onArticle: (article: Article) => void;
}

/** Every automatic change cleaning made to the copy, each with its own Undo (or Redo once undone). */
export function CleaningPanel({ article, onArticle }: CleaningPanelProps) {
  const { busy, toggle } = useChangeToggle(article, onArticle);
  const undone = article.changes.filter((c) => !c.applied).length;
  const indexOf = new Map(article.paragraphs.map((p, i) => [p.id, i]));
  const count = (
    <span className="panel-count">
      {article.changes.length} {article.changes.length === 1 ? 'change' : 'changes'}
      {undone > 0 && `, ${undone} undone`}
    </span>
  );
  return (
    <Panel title="Cleaning" aside={count} className="cleaning">
      {article.changes.length === 0 ? (
        <p className="empty-note">Cleaning changed nothing in this copy.</p>
      ) : (
        <ol className="changes" aria-label="Cleaning changes">
          {article.changes.map((change) => (
            <ChangeItem key={change.id} change={change} paragraph={change.anchor ? (indexOf.get(change.anchor.block) ?? -1) : -1} busy={busy} onToggle={(c) => void toggle(c)} />
          ))}
        </ol>
      )}
    </Panel>
  );
}
