import type { Article } from '../../../../electron/domain/article';
import { api } from '../../api';
import { Panel } from '../../ui/Panel';
import { toggleSubject } from './subject-picks';
import { useStoryAction } from './use-story-action';

/** IPTC Media Topics: Copydesk's suggestions, best first, which the editor picks (or drops) with a checkbox. */
export function SubjectsPanel({ article, onArticle }: { readonly article: Article; readonly onArticle: (a: Article) => void }) {
  const { busy, run } = useStoryAction(article, onArticle);
  const toggle = (index: number) =>
    void run((s) => api.saveArticle({ ...s, patch: { subjects: toggleSubject(article.subjects, index) } }));
  return (
    <Panel title="Subjects" className="subjects">
      {article.subjects.length === 0 ? (
        <p className="empty-note">No subject suggested.</p>
      ) : (
        <ul className="subject-list" aria-label="Subjects">
          {article.subjects.map((s, i) => (
            <li key={`${s.scheme}:${s.code}`}>
              <label className="subject-pick">
                <input type="checkbox" checked={!s.suggested} disabled={busy} onChange={() => toggle(i)} />
                {s.name} <span className="muted">{s.scheme}:{s.code}{s.score !== undefined && s.suggested ? ` · ${Math.round(s.score * 100)} %` : ''}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <p className="field-hint">Language: {article.language || 'unknown'}</p>
    </Panel>
  );
}
