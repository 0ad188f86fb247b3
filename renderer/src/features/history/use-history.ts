import { useCallback, useEffect, useState } from 'react';
import type { AgencyComparison, RevisionComparison, RevisionInfo } from '../../../../electron/api/contract';
import type { Article } from '../../../../electron/domain/article';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';
import { flushEdits } from '../editor/pending-edits';

export type Shown =
  | { readonly kind: 'revisions'; readonly comparison: RevisionComparison }
  | { readonly kind: 'agency'; readonly comparison: AgencyComparison };

/** The story's revisions (asked again whenever its revision changes), comparisons and reverts. */
export function useHistory(article: Article, onArticle: (a: Article) => void) {
  const { report } = useErrors();
  const [revisions, setRevisions] = useState<readonly RevisionInfo[] | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [busy, setBusy] = useState(false);
  const { id, revision } = article;

  useEffect(() => {
    let live = true;
    api.listRevisions({ id }).then(
      (list) => live && setRevisions(list),
      (err: unknown) => live && report(err),
    );
    return () => {
      live = false;
    };
  }, [id, revision, report]);

  const guard = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      try {
        await work();
      } catch (err) {
        report(err);
      } finally {
        setBusy(false);
      }
    },
    [report],
  );

  const compare = useCallback(
    (from: number, to: number) => guard(async () => setShown({ kind: 'revisions', comparison: await api.compareRevisions({ id, from, to }) })),
    [guard, id],
  );
  const compareAgency = useCallback(
    () => guard(async () => setShown({ kind: 'agency', comparison: await api.compareWithAgency({ id }) })),
    [guard, id],
  );
  const revert = useCallback(
    (to: number) =>
      guard(async () => {
        // Unsaved typing is saved first, so the revert is one more revision and the typing stays in history.
        const current = (await flushEdits(id)) ?? revision;
        onArticle(await api.revertStory({ id, revision: current, to }));
        setShown(null);
      }),
    [guard, id, onArticle, revision],
  );

  return { revisions, shown, busy, compare, compareAgency, revert, close: () => setShown(null) };
}
