import { useCallback, useRef, useState } from 'react';
import type { Article } from '../../../../electron/domain/article';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';

export interface OpenStory {
  readonly article: Article | null;
  readonly open: (id: string) => void;
  readonly reload: () => void;
  /** Puts the article an API call returned in place of the one on screen. */
  readonly replace: (article: Article) => void;
}

export function useOpenStory(): OpenStory {
  const { report } = useErrors();
  const [article, setArticle] = useState<Article | null>(null);
  // The story last asked for: a slow answer for a story the editor has since left is dropped.
  const wanted = useRef<string | null>(null);

  const load = useCallback(
    (id: string) => {
      wanted.current = id;
      api.getArticle({ id }).then(
        (a) => wanted.current === a.id && setArticle(a),
        (err: unknown) => report(err),
      );
    },
    [report],
  );

  const reload = useCallback(() => {
    if (wanted.current) load(wanted.current);
  }, [load]);

  const replace = useCallback((a: Article) => {
    if (wanted.current === a.id) setArticle(a);
  }, []);

  return { article, open: load, reload, replace };
}
