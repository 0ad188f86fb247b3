import type { Article } from '../../../../electron/domain/article';
import type { OrphanedDecision } from '../../../../electron/domain/story-body';

const KIND = { speaker: 'Speaker tag', fix: 'Fix', dismissal: 'Dismissed flag', edit: 'Edit', entity: 'Entity' } as const satisfies Record<OrphanedDecision['kind'], string>;

/**
 * Decisions and edits whose words are gone from the text (after an edit, an agency update or a re-clean): listed
 * here with the words they were about, never moved onto other words.
 */
export function OrphanedNotes({ article }: { readonly article: Article }) {
  const orphaned = article.orphaned ?? [];
  if (orphaned.length === 0) return null;
  return (
    <details className="orphaned-notes">
      <summary>
        {orphaned.length} {orphaned.length === 1 ? 'decision no longer applies' : 'decisions no longer apply'} to the text
      </summary>
      <ul aria-label="Decisions that no longer apply">
        {orphaned.map((o, i) => (
          <li key={i}>
            <strong>{KIND[o.kind]}</strong> — {o.detail} <span className="muted">(was on “{o.anchor.quote.exact.slice(0, 80)}”)</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
