import { useCallback, useEffect, useRef, useState } from 'react';
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

/**
 * The open story is in the address (`?story=ID`), so a reload reopens it. The query, not the fragment: the
 * fragment carries the one-time `#token=` of the HTTP host, which api.ts takes and removes.
 */
const PARAM = 'story';

function storyInUrl(): string | null {
  return new URLSearchParams(window.location.search).get(PARAM);
}

function putStoryInUrl(id: string): void {
  const url = new URL(window.location.href);
  if (url.searchParams.get(PARAM) === id) return;
  url.searchParams.set(PARAM, id);
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

export function useOpenStory(): OpenStory {
  const { report } = useErrors();
  const [article, setArticle] = useState<Article | null>(null);
  // The story last asked for: a slow answer for a story the editor has since left is dropped.
  const wanted = useRef<string | null>(null);

  const load = useCallback(
    (id: string) => {
      wanted.current = id;
      putStoryInUrl(id);
      api.getArticle({ id }).then(
        (a) => wanted.current === a.id && setArticle(a),
        (err: unknown) => report(err),
      );
    },
    [report],
  );

  // A reload (or a link with ?story=) opens that story.
  useEffect(() => {
    const id = storyInUrl();
    if (id && wanted.current === null) load(id);
  }, [load]);

  const reload = useCallback(() => {
    if (wanted.current) load(wanted.current);
  }, [load]);

  const replace = useCallback((a: Article) => {
    if (wanted.current === a.id) setArticle(a);
  }, []);

  return { article, open: load, reload, replace };
}
