import { useCallback, useEffect, useState } from 'react';
import type { ArticleStatus, ArticleSummary } from '../../../../electron/domain/article';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';

export type StatusFilter = ArticleStatus | 'all';

export interface StoryList {
  readonly stories: readonly ArticleSummary[] | null;
  readonly filter: StatusFilter;
  readonly setFilter: (filter: StatusFilter) => void;
  readonly refresh: () => void;
}

export function useStoryList(): StoryList {
  const { report } = useErrors();
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [stories, setStories] = useState<readonly ArticleSummary[] | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    api.listArticles(filter === 'all' ? {} : { status: filter }).then(
      (list) => current && setStories(list),
      (err: unknown) => current && report(err),
    );
    return () => {
      current = false;
    };
  }, [filter, generation, report]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  return { stories, filter, setFilter, refresh };
}
