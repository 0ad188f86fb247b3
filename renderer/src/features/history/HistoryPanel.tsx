import { useId, useState } from 'react';
import type { Article } from '../../../../electron/domain/article';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Panel } from '../../ui/Panel';
import { DeskUserField } from './DeskUserField';
import { AgencyDiff, RevisionDiff } from './DiffView';
import { useHistory } from './use-history';
import './history.css';

const TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

interface HistoryPanelProps {
  readonly article: Article;
  readonly onArticle: (article: Article) => void;
}

/** Every revision of the story: who saved it, when and what changed; compare any two; revert to any. */
export function HistoryPanel({ article, onArticle }: HistoryPanelProps) {
  const history = useHistory(article, onArticle);
  const { revisions, shown, busy } = history;
  const fromId = useId();
  const toId = useId();
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const latest = revisions?.[revisions.length - 1]?.number ?? article.revision;
  const fromValue = from ?? 1;
  const toValue = to ?? latest;
  const numbers = revisions?.map((r) => r.number) ?? [];
  return (
    <Panel title="History" aside={<span className="panel-count">{revisions ? `${revisions.length} ${revisions.length === 1 ? 'revision' : 'revisions'}` : '…'}</span>} className="history">
      {revisions === null ? (
        <p className="empty-note">Reading the history…</p>
      ) : (
        <>
          <DeskUserField />
          <div className="history-compare">
            <label htmlFor={fromId}>Compare</label>
            <select id={fromId} aria-label="Compare from revision" value={fromValue} onChange={(e) => setFrom(Number(e.target.value))}>
              {numbers.map((n) => (
                <option key={n} value={n}>
                  revision {n}
                </option>
              ))}
            </select>
            <label htmlFor={toId}>with</label>
            <select id={toId} aria-label="With revision" value={toValue} onChange={(e) => setTo(Number(e.target.value))}>
              {numbers.map((n) => (
                <option key={n} value={n}>
                  revision {n}
                </option>
              ))}
            </select>
            <Button disabled={busy || fromValue === toValue} onClick={() => void history.compare(fromValue, toValue)}>
              Compare
            </Button>
          </div>
          <Button variant="quiet" disabled={busy} onClick={() => void history.compareAgency()}>
            Against the agency's copy (cleaning and edits)
          </Button>
          <ol className="revision-list" aria-label="Revisions" reversed>
            {[...revisions].reverse().map((r) => (
              <li key={r.number} className="revision">
                <div className="revision-head">
                  <span className="revision-number">{r.number}</span>
                  <span className="revision-author">{r.author || 'desk'}</span>
                  <time className="muted" dateTime={r.at}>
                    {TIME.format(new Date(r.at))}
                  </time>
                  {r.number === article.revision ? (
                    <span className="muted revision-current">current</span>
                  ) : (
                    <Button variant="quiet" disabled={busy} aria-label={`Revert to revision ${r.number}`} onClick={() => void history.revert(r.number)}>
                      Revert to this
                    </Button>
                  )}
                </div>
                <p className="revision-summary">{r.summary}</p>
              </li>
            ))}
          </ol>
        </>
      )}
      <Dialog
        open={shown !== null}
        title={shown?.kind === 'agency' ? "Against the agency's copy" : 'Compare revisions'}
        onClose={history.close}
      >
        <div className="diff-dialog">
          {shown?.kind === 'revisions' && <RevisionDiff comparison={shown.comparison} />}
          {shown?.kind === 'agency' && <AgencyDiff comparison={shown.comparison} />}
          <div className="panel-actions">
            {shown?.kind === 'revisions' && shown.comparison.from !== article.revision && (
              <Button disabled={busy} onClick={() => void history.revert(shown.comparison.from)}>
                Revert to revision {shown.comparison.from}
              </Button>
            )}
            <Button variant="quiet" onClick={history.close}>
              Close
            </Button>
          </div>
        </div>
      </Dialog>
    </Panel>
  );
}
