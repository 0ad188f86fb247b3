import { useCallback, useState } from 'react';

export interface PaneWidths {
  readonly inbox: number;
  readonly side: number;
}

const KEY = 'copydesk.panes';
const DEFAULTS: PaneWidths = { inbox: 340, side: 400 };

/** The inbox's and side column's widths, remembered across reloads. */
export function usePaneWidths(): [PaneWidths, (next: Partial<PaneWidths>) => void] {
  const [widths, setWidths] = useState<PaneWidths>(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<PaneWidths> | null;
      return { inbox: Number(saved?.inbox) || DEFAULTS.inbox, side: Number(saved?.side) || DEFAULTS.side };
    } catch {
      return DEFAULTS;
    }
  });
  const update = useCallback((next: Partial<PaneWidths>) => {
    setWidths((old) => {
      const merged = { ...old, ...next };
      try {
        localStorage.setItem(KEY, JSON.stringify(merged));
      } catch {
        // Not remembered.
      }
      return merged;
    });
  }, []);
  return [widths, update];
}
