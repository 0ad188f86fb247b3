import { useEffect, useState } from 'react';
import type { Article } from '../../../../electron/domain/article';
import type { MediaTopic } from '../../../../electron/domain/media-topic';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';

interface MediaTopicPickerProps {
  readonly article: Article;
  readonly onArticle: (article: Article) => void;
}

/** Files the story under any IPTC Media Topic: search by name or code, pick one; its code travels with its name. */
export function MediaTopicPicker({ article, onArticle }: MediaTopicPickerProps) {
  const { report } = useErrors();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<readonly MediaTopic[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (query.trim().length < 2) return;
    let live = true;
    const timer = setTimeout(() => {
      api.searchMediaTopics({ query, limit: 12 }).then((r) => live && setFound(r), report);
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, report]);
  const shown = query.trim().length < 2 ? [] : found;
  const has = (code: string) => article.subjects.some((s) => s.code === code && s.suggested !== true);
  const add = async (topic: MediaTopic) => {
    setBusy(true);
    try {
      const others = article.subjects.filter((s) => s.code !== topic.code);
      const subjects = [...others, { code: topic.code, scheme: 'medtop', name: topic.name }];
      onArticle(await api.saveArticle({ id: article.id, revision: article.revision, patch: { subjects } }));
      setQuery('');
    } catch (err) {
      report(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="topic-picker">
      <label className="field">
        <span className="field-label">Add a Media Topic</span>
        <input type="search" value={query} placeholder="Search IPTC Media Topics by name or code" onChange={(e) => setQuery(e.target.value)} />
      </label>
      {shown.length > 0 && (
        <ul className="topic-results" aria-label="Media Topics found">
          {shown.map((t) => (
            <li key={t.code}>
              <button type="button" className="topic-result" disabled={busy || has(t.code)} onClick={() => void add(t)}>
                <span>{t.name}</span> <span className="muted">medtop:{t.code}{t.path.length > 0 ? ` · ${t.path.join(' › ')}` : ''}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {query.trim().length >= 2 && shown.length === 0 && <p className="field-hint">No topic matches “{query.trim()}”.</p>}
    </div>
  );
}
