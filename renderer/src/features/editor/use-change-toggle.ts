import { useCallback, useState } from 'react';
import type { Article, CleaningChange } from '../../../../electron/domain/article';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';

/** Undo an applied cleaning change or redo an undone one, against the revision on screen. */
export function useChangeToggle(article: Article, onArticle: (article: Article) => void) {
  const { report } = useErrors();
  const [busy, setBusy] = useState(false);
  const toggle = useCallback(
    async (change: CleaningChange) => {
      setBusy(true);
      const args = { id: article.id, revision: article.revision, changeId: change.id };
      try {
        onArticle(change.applied ? await api.undoChange(args) : await api.redoChange(args));
      } catch (err) {
        report(err);
      } finally {
        setBusy(false);
      }
    },
    [article.id, article.revision, onArticle, report],
  );
  return { busy, toggle };
}
