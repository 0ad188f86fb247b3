import { useEffect, useState } from 'react';
import type { DeskSettings } from '../../../../electron/domain/desk';
import { api } from '../../api';

/** The desk's rules and memory (registry, glossary, boilerplate), read again whenever the story changes. */
export function useDesk(revisionKey: string): readonly [DeskSettings | null, (desk: DeskSettings) => void] {
  const [desk, setDesk] = useState<DeskSettings | null>(null);
  useEffect(() => {
    let live = true;
    api.getDesk({}).then(
      (d) => live && setDesk(d),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [revisionKey]);
  return [desk, setDesk] as const;
}
