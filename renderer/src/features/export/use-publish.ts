import { useCallback, useState } from 'react';
import type { PublishPreview, PublishReport, PublishRequest, PublishStatusView } from '../../../../electron/publish/publish-types';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';

/** A publish dialog's calls: preview (nothing sent), publish, the story's status on each site, the password. */
export function usePublish(articleId: string) {
  const { report } = useErrors();
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<PublishPreview | null>(null);
  const [result, setResult] = useState<PublishReport | null>(null);
  const [status, setStatus] = useState<readonly PublishStatusView[]>([]);

  const guard = useCallback(
    async <T,>(work: () => Promise<T>): Promise<T | null> => {
      setBusy(true);
      try {
        return await work();
      } catch (err) {
        report(err);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [report],
  );

  const refreshStatus = useCallback(async () => {
    const s = await guard(() => api.publishStatus({ ids: [articleId] }));
    if (s) setStatus(s);
  }, [guard, articleId]);

  const runPreview = useCallback(
    async (request: Omit<PublishRequest, 'ids'>) => {
      setResult(null);
      const p = await guard(() => api.previewPublish({ ...request, ids: [articleId] }));
      if (p) setPreview(p);
    },
    [guard, articleId],
  );

  const publish = useCallback(
    async (request: Omit<PublishRequest, 'ids'>) => {
      const r = await guard(() => api.publishStories({ ...request, ids: [articleId] }));
      if (r) {
        setResult(r);
        await refreshStatus();
      }
      return r;
    },
    [guard, articleId, refreshStatus],
  );

  const savePassword = useCallback(
    async (siteUrl: string, user: string, password: string) => (await guard(() => api.savePublishPassword({ siteUrl, user, password }))) !== null,
    [guard],
  );

  return { busy, preview, result, status, refreshStatus, runPreview, publish, savePassword };
}
