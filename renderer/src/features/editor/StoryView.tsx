import type { Article } from '../../../../electron/domain/article';
import { directionOf } from '../../ui/text-direction';

/** The story as it will run: headline, byline, the dateline before the first paragraph, the paragraphs. */
export function StoryView({ article }: { readonly article: Article }) {
  const dir = directionOf(article.language);
  return (
    <article className="story" dir={dir} lang={article.language || undefined} aria-labelledby="story-headline">
      {article.slugline && <p className="story-slugline">{article.slugline}</p>}
      <h2 id="story-headline" className="story-headline">
        {article.headline || 'Untitled story'}
      </h2>
      {article.byline && <p className="story-byline">{article.byline}</p>}
      <div className="story-body">
        {article.dateline.text && <p className="story-dateline">{article.dateline.text}</p>}
        {article.paragraphs.length === 0 ? (
          <p className="empty-note">Cleaning left no body text.</p>
        ) : (
          article.paragraphs.map((p, i) => (
            <div key={i} className="story-para">
              {article.analysed && (
                <span className={p.speakerConfirmed ? 'speaker-tag confirmed' : 'speaker-tag'} aria-label={`Speaker: ${p.speaker ?? 'agency narration'}`}>
                  {p.speaker ?? 'narration'}
                </span>
              )}
              <p>{p.text}</p>
            </div>
          ))
        )}
      </div>
    </article>
  );
}
