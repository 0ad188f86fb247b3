import { useCallback, useState } from 'react';
import type { Article } from '../../../../electron/domain/article';
import { useErrors } from '../../ui/error-context';

/** Runs one API call that answers with the story, against the revision on screen; reports failures. */
export function useStoryAction(onArticle: (article: Article) => void) {
  const { report } = useErrors();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (call: () => Promise<Article>): Promise<boolean> => {
      setBusy(true);
      try {
        onArticle(await call());
        return true;
      } catch (err) {
        report(err);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onArticle, report],
  );
  return { busy, run };
}
