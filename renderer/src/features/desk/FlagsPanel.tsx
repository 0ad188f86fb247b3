import type { Article } from '../../../../electron/domain/article';
import { api } from '../../api';
import { Button } from '../../ui/Button';
import { FLAG_LABELS } from '../../ui/flag-labels';
import { Panel } from '../../ui/Panel';
import { ParagraphLink } from '../editor/ParagraphLink';
import { useStoryAction } from './use-story-action';

/** What the linter asks the editor to look at; nothing changes until the editor applies a fix or dismisses it. */
export function FlagsPanel({ article, onArticle }: { readonly article: Article; readonly onArticle: (a: Article) => void }) {
  const { busy, run } = useStoryAction(article, onArticle);
  return (
    <Panel title="Flags" aside={<span className="panel-count">{article.flags.length}</span>} className="flags">
      {article.flags.length === 0 ? (
        <p className="empty-note">Nothing flagged.</p>
      ) : (
        <ol className="flag-list" aria-label="Flags">
          {article.flags.map((f) => (
            <li key={f.id} className={`flag flag-${f.kind}`} data-nav="flag" tabIndex={-1}>
              <div className="flag-head">
                <span className="flag-kind">{FLAG_LABELS[f.kind]}</span> <ParagraphLink index={f.paragraph} />{' '}
                <mark>{f.text}</mark>
              </div>
              <p className="flag-reason">{f.reason}</p>
              <div className="flag-actions">
                {f.suggestion !== null && (
                  <Button disabled={busy} onClick={() => void run((s) => api.fixFlag({ ...s, flagId: f.id }))}>
                    Replace with “{f.suggestion}”
                  </Button>
                )}
                <Button variant="quiet" disabled={busy} onClick={() => void run((s) => api.dismissFlag({ ...s, flagId: f.id }))}>
                  Dismiss
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
