import { useCallback, useState } from 'react';
import type { Article } from '../../../../electron/domain/article';
import { flushEdits } from '../editor/pending-edits';
import { useErrors } from '../../ui/error-context';

/** The story an action runs on: its id, and the revision to name (after the editor's typing was saved). */
export interface StoryRef {
  readonly id: string;
  readonly revision: number;
}

/**
 * Runs one API call that answers with the story; reports failures. The editor's unsaved typing is saved first
 * (pending-edits.ts), so the call runs on the revision that holds it and the store's answer keeps it.
 */
export function useStoryAction(article: StoryRef, onArticle: (article: Article) => void) {
  const { report } = useErrors();
  const [busy, setBusy] = useState(false);
  const { id, revision } = article;
  const run = useCallback(
    async (call: (story: StoryRef) => Promise<Article>): Promise<boolean> => {
      setBusy(true);
      try {
        const saved = await flushEdits(id);
        onArticle(await call({ id, revision: saved ?? revision }));
        return true;
      } catch (err) {
        report(err);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [id, revision, onArticle, report],
  );
  return { busy, run };
}
