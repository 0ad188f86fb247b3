import type { Article } from '../../../../electron/domain/article';
import { Button } from '../../ui/Button';
import { useStoryLinks } from './use-story-links';

interface StoryLinksPanelProps {
  readonly article: Article;
  readonly onOpen: (id: string) => void;
  /** Changes when the library may have changed (after an import). */
  readonly generation: number;
}

/** The versions of an updated story (oldest first) and near-duplicates from other sources, with how alike. */
export function StoryLinksPanel({ article, onOpen, generation }: StoryLinksPanelProps) {
  const links = useStoryLinks(article.id, article.revision, generation);
  const copies = links?.agencyCopies ?? [];
  if (!links || (links.versions.length < 2 && links.related.length === 0 && copies.length === 0)) return null;
  const newest = links.versions.at(-1);
  const behind = newest && newest.id !== article.id && links.versions.some((v) => v.id === article.id) ? newest : null;
  return (
    <section className="story-links" aria-label="Versions and related stories">
      {behind && (
        // The editor is on an earlier version: what they type here stays on it, so they are told where the story went.
        <p className="story-links-newer" role="status">
          A newer version of this story has arrived: Version {links.versions.length}, {behind.headline || 'Untitled story'} ({behind.relation ?? 'update'}).
          Saved work on this version was carried into it when it arrived; what you change here stays on this version.{' '}
          <Button variant="quiet" className="btn-inline" onClick={() => onOpen(behind.id)}>
            Open the newest version
          </Button>
        </p>
      )}
      {links.versions.length > 1 && (
        <div>
          <h3 className="story-links-title">Versions</h3>
          <ol className="story-links-list" aria-label="Versions">
            {links.versions.map((v, i) => (
              <li key={v.id}>
                {v.id === article.id ? (
                  <strong aria-current="true">
                    Version {i + 1}: {v.headline || 'Untitled story'} (this one)
                  </strong>
                ) : (
                  <Button variant="quiet" className="btn-inline" onClick={() => onOpen(v.id)}>
                    Version {i + 1}: {v.headline || 'Untitled story'}
                  </Button>
                )}{' '}
                <span className="muted">{v.relation ?? 'first version'}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {copies.length > 0 && (
        <div>
          <h3 className="story-links-title">Agency copies</h3>
          <ul className="story-links-list" aria-label="Agency copies">
            {copies.map((c) => (
              <li key={c.id}>
                <Button variant="quiet" className="btn-inline" onClick={() => onOpen(c.id)}>
                  {c.headline || 'Untitled story'}
                </Button>{' '}
                <span className="muted">{c.relation}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {links.related.length > 0 && (
        <div>
          <h3 className="story-links-title">Related stories</h3>
          <ul className="story-links-list" aria-label="Related coverage">
            {links.related.map((r) => (
              <li key={r.id}>
                <Button variant="quiet" className="btn-inline" onClick={() => onOpen(r.id)}>
                  {r.source}: {r.headline || 'Untitled story'}
                </Button>{' '}
                <span className="muted">{Math.round(r.similarity * 100)}% alike</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
