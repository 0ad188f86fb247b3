import { useState } from 'react';
import type { DeskSettings, RegistryEntry, StorySource } from '../../../../electron/domain/desk';
import { api } from '../../api';
import { Button } from '../../ui/Button';
import { useErrors } from '../../ui/error-context';

interface Props {
  readonly source: StorySource;
  readonly known: RegistryEntry | undefined;
  readonly onDesk: (desk: DeskSettings) => void;
}

/** The registry's note on a source ("state-run agency"), kept across stories. */
export function RegistryNote({ source, known, onDesk }: Props) {
  const { report } = useErrors();
  const [note, setNote] = useState(known?.note ?? '');
  const save = () =>
    void api
      .saveRegistryEntry({ name: source.name, kind: source.kind, role: known?.role ?? null, organisation: known?.organisation ?? null, note: note.trim() })
      .then(onDesk, report);
  return (
    <div className="registry-note">
      <input aria-label={`Note on ${source.name}`} placeholder="note, e.g. state-run agency" value={note} onChange={(e) => setNote(e.target.value)} />
      <Button variant="quiet" disabled={note.trim() === (known?.note ?? '')} onClick={save}>
        Save note
      </Button>
    </div>
  );
}
