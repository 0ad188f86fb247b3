import type { SearchFacets } from '../../../../electron/search/search-facets';
import { STATUS_LABELS, type ArticleStatus } from '../../ui/status-labels';
import type { FacetField, InboxSearch } from './search-filters';

const DATE_LABELS: Readonly<Record<string, string>> = { today: 'today', 'last-24h': 'last 24 hours', 'this-week': 'this week', older: 'older' };

interface FacetRailProps {
  readonly facets: SearchFacets | null;
  readonly search: InboxSearch;
  readonly onSearch: (next: InboxSearch) => void;
}

/** Counts of the matching stories by source, status, wire date, language and desk flags; a click narrows to one. */
export function FacetRail({ facets, search, onSearch }: FacetRailProps) {
  if (!facets) return null;
  const toggle = (field: FacetField, value: string) => {
    const picked = { ...search.picked };
    if (picked[field] === value) delete picked[field];
    else picked[field] = value;
    onSearch({ ...search, picked });
  };
  const group = (field: FacetField, title: string, counts: readonly { value: string; count: number }[], label: (v: string) => string = (v) => v) =>
    counts.length > 0 && (
      <fieldset className="facet-group">
        <legend>{title}</legend>
        {counts.map((c) => (
          <button
            key={c.value}
            type="button"
            className="facet"
            aria-pressed={search.picked[field] === c.value}
            disabled={c.count === 0 && search.picked[field] !== c.value}
            onClick={() => toggle(field, c.value)}
          >
            <span>{label(c.value)}</span> <span className="facet-count">{c.count.toLocaleString()}</span>
          </button>
        ))}
      </fieldset>
    );
  const is = [
    { value: 'flagged', count: facets.flagged },
    { value: 'embargoed', count: facets.embargoed },
    { value: 'killed', count: facets.killed },
    { value: 'edited', count: facets.edited },
    { value: 'updated', count: facets.updated ?? 0 },
  ];
  return (
    <nav className="facet-rail" aria-label="Narrow the search">
      {group('source', 'Source', facets.source.slice(0, 12))}
      {group('status', 'Status', facets.status, (v) => STATUS_LABELS[v as ArticleStatus] ?? v)}
      {group('date', 'Wire date', facets.date, (v) => DATE_LABELS[v] ?? v)}
      {group('lang', 'Language', facets.language.slice(0, 8))}
      {group('is', 'Desk', is)}
    </nav>
  );
}
