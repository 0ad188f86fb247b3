import { forwardRef, useEffect, useState } from 'react';
import { SORT_KEYS, type SortKey } from '../../../../electron/search/search-facets';
import type { InboxSearch } from './search-filters';

const SORT_LABELS: Readonly<Record<SortKey, string>> = {
  relevance: 'best match',
  wire: 'wire time',
  dateline: 'dateline date',
  urgency: 'urgency',
  headline: 'headline',
  updated: 'last change',
};

interface SearchBarProps {
  readonly search: InboxSearch;
  readonly onSearch: (next: InboxSearch) => void;
  readonly total: number | null;
  readonly matching: number | null;
  readonly problem: string | null;
}

/** The search box (`/` focuses it), the sort, and how many of the library's stories match. */
export const SearchBar = forwardRef<HTMLInputElement, SearchBarProps>(function SearchBar({ search, onSearch, total, matching, problem }, ref) {
  const [text, setText] = useState(search.text);
  useEffect(() => setText(search.text), [search.text]);
  return (
    <div className="search-bar">
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          onSearch({ ...search, text });
        }}
      >
        <label className="visually-hidden" htmlFor="inbox-search">
          Search stories
        </label>
        <input
          ref={ref}
          id="inbox-search"
          type="search"
          className="search-input"
          placeholder={'Search: words, "phrase", source:AFP, since:2026-01-01'}
          value={text}
          aria-describedby="inbox-search-count"
          aria-invalid={problem ? true : undefined}
          onChange={(e) => {
            setText(e.target.value);
            onSearch({ ...search, text: e.target.value });
          }}
        />
      </form>
      <div className="search-meta">
        <p id="inbox-search-count" className="search-count" aria-live="polite">
          {matching === null || total === null ? 'Counting…' : matching === total ? `${total.toLocaleString()} stories` : `${matching.toLocaleString()} of ${total.toLocaleString()} stories`}
        </p>
        <label className="inline-field">
          <span>Sort</span>
          <select value={search.sort ?? ''} onChange={(e) => onSearch({ ...search, sort: (e.target.value || null) as SortKey | null })}>
            <option value="">default</option>
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {SORT_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {problem && (
        <p className="search-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
});
