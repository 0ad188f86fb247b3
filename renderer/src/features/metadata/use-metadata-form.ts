import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Article, ArticlePatch } from '../../../../electron/domain/article';
import { renderDatelineText } from '../../../../electron/domain/dateline-style';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';
import { publishMetadataPreview } from '../editor/metadata-preview';
import { confirmYearPatch, patchFor, withEdits, type MetadataEdits, type MetadataValues } from './metadata-draft';

/** The form's edits for one story, its save and its year confirmation. */
export function useMetadataForm(article: Article, onArticle: (article: Article) => void) {
  const { report } = useErrors();
  // Edits belong to one story: opening another one starts clean.
  const [draft, setDraft] = useState<{ id: string; edits: MetadataEdits }>({ id: article.id, edits: {} });
  const [saving, setSaving] = useState(false);
  const edits = useMemo(() => (draft.id === article.id ? draft.edits : {}), [draft, article.id]);

  const values = useMemo(() => withEdits(article, edits), [article, edits]);
  const patch = useMemo(() => patchFor(article, edits), [article, edits]);
  const dirty = Object.keys(patch).length > 0;

  // The story shows the byline and dateline as they are typed here (editor/metadata-preview.ts).
  useEffect(() => {
    // The dateline as the service will print it from the parts (dateline-style.ts).
    const dateline = patch.dateline ? renderDatelineText(patch.dateline) : article.dateline.text;
    publishMetadataPreview(article.id, { byline: values.byline, dateline });
  }, [article, values, patch]);

  const set = useCallback(
    <K extends keyof MetadataValues>(key: K, value: MetadataValues[K]) =>
      setDraft((d) => ({ id: article.id, edits: { ...(d.id === article.id ? d.edits : {}), [key]: value } })),
    [article.id],
  );

  const send = useCallback(
    async (p: ArticlePatch, clearEdits: boolean) => {
      setSaving(true);
      try {
        const saved = await api.saveArticle({ id: article.id, revision: article.revision, patch: p });
        if (clearEdits) setDraft({ id: saved.id, edits: {} });
        onArticle(saved);
      } catch (err) {
        // A conflict keeps the edits: the banner's Reload brings the new revision in underneath them.
        report(err);
      } finally {
        setSaving(false);
      }
    },
    [article.id, article.revision, onArticle, report],
  );

  const save = useCallback(() => send(patch, true), [send, patch]);
  const confirmYear = useCallback(() => send(confirmYearPatch(article), false), [send, article]);
  const revert = useCallback(() => setDraft({ id: article.id, edits: {} }), [article.id]);

  return { values, set, dirty, saving, save, confirmYear, revert };
}
