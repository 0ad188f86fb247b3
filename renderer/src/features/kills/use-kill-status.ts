import { useCallback, useEffect, useState } from 'react';
import type { KillStatus } from '../../../../electron/api/contract';
import { api } from '../../api';

/** The kill in force on the open story, asked again when the story, its revision or the library changes. */
export function useKillStatus(id: string, revision: number, generation: number) {
  const [state, setState] = useState<{ id: string; status: KillStatus } | null>(null);
  useEffect(() => {
    let live = true;
    api.killStatus({ id }).then(
      (status) => live && setState({ id, status }),
      () => live && setState({ id, status: { active: null, all: [] } }),
    );
    return () => {
      live = false;
    };
  }, [id, revision, generation]);
  const lift = useCallback(
    async (reason: string) => {
      const status = await api.liftKill({ id, reason });
      setState({ id, status });
    },
    [id],
  );
  return { status: state && state.id === id ? state.status : null, lift };
}
