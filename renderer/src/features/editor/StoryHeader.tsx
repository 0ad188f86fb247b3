import type { ReactNode } from 'react';
import type { Article } from '../../../../electron/domain/article';
import { StatusBadge } from '../../ui/StatusBadge';

/** What the story is and where it came from, with room for the story-wide actions (export). */
export function StoryHeader({ article, children }: { readonly article: Article; readonly children: ReactNode }) {
  const { original } = article;
  return (
    <header className="story-header">
      <div className="story-facts">
        <StatusBadge status={article.status} />
        <span>{article.source.code ?? article.source.name}</span>
        <span className="muted" title={`${original.encoding}, ${original.size} bytes`}>
          {original.fileName}
        </span>
        <span className="muted">revision {article.revision}</span>
      </div>
      {children}
    </header>
  );
}
