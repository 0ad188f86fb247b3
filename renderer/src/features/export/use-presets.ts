import { useCallback, useEffect, useState } from 'react';
import type { ExportPreset } from '../../../../electron/domain/export-preset';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';

/** The library's export presets (built-in and saved), with save and delete. */
export function usePresets(active: boolean) {
  const { report } = useErrors();
  const [presets, setPresets] = useState<readonly ExportPreset[]>([]);

  useEffect(() => {
    if (!active) return;
    let current = true;
    api.listPresets({}).then(
      (list) => current && setPresets(list),
      (err: unknown) => current && report(err),
    );
    return () => {
      current = false;
    };
  }, [active, report]);

  const save = useCallback(
    async (preset: ExportPreset): Promise<boolean> => {
      try {
        setPresets(await api.savePreset({ preset }));
        return true;
      } catch (err) {
        report(err);
        return false;
      }
    },
    [report],
  );

  const remove = useCallback(
    async (name: string) => {
      try {
        setPresets(await api.deletePreset({ name }));
      } catch (err) {
        report(err);
      }
    },
    [report],
  );

  return { presets, save, remove };
}
