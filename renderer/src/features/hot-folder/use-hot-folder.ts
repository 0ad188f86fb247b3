import { useCallback, useEffect, useRef, useState } from 'react';
import type { HotFolderStatus } from '../../../../electron/api/contract';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';

const POLL_MS = 2000;

/**
 * The hot folder's state, polled while the desk is open; `onImported` runs when it has imported new stories, so
 * the inbox can refresh.
 */
export function useHotFolder(onImported: () => void) {
  const { report } = useErrors();
  const [status, setStatus] = useState<HotFolderStatus | null>(null);
  const lastCount = useRef<number | null>(null);
  const latest = useRef(onImported);
  useEffect(() => {
    latest.current = onImported;
  }, [onImported]);

  const take = useCallback((s: HotFolderStatus) => {
    if (lastCount.current !== null && s.imported > lastCount.current) latest.current();
    lastCount.current = s.imported;
    setStatus(s);
  }, []);

  useEffect(() => {
    let live = true;
    const poll = () => void api.getHotFolder({}).then((s) => live && take(s), () => undefined);
    poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [take]);

  const set = useCallback(
    async (args: { path: string | null; pick?: boolean }) => {
      try {
        take(await api.setHotFolder(args));
        return true;
      } catch (err) {
        report(err);
        return false;
      }
    },
    [report, take],
  );
  return { status, set };
}
