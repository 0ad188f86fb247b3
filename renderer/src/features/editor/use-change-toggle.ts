import { useCallback, useState } from 'react';
import type { Article, CleaningChange } from '../../../../electron/domain/article';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';
import { flushEdits } from './pending-edits';

/** Undo an applied cleaning change or redo an undone one, against the revision on screen (after saving typing). */
export function useChangeToggle(article: Article, onArticle: (article: Article) => void) {
  const { report } = useErrors();
  const [busy, setBusy] = useState(false);
  const toggle = useCallback(
    async (change: CleaningChange) => {
      setBusy(true);
      try {
        // The editor's typing is saved first, so the change is undone in the text the editor sees.
        const revision = (await flushEdits(article.id)) ?? article.revision;
        const args = { id: article.id, revision, changeId: change.id };
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
