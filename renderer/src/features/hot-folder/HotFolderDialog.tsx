import { useState } from 'react';
import type { HotFolderStatus } from '../../../../electron/api/contract';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';

interface HotFolderDialogProps {
  readonly open: boolean;
  readonly status: HotFolderStatus | null;
  readonly onClose: () => void;
  readonly onSet: (args: { path: string | null; pick?: boolean }) => Promise<boolean>;
}

/** In the desktop app the folder is chosen with the system dialog; in a browser its path is typed. */
const inDesktopApp = (): boolean => window.copydesk !== undefined;

export function HotFolderDialog({ open, status, onClose, onSet }: HotFolderDialogProps) {
  return (
    <Dialog open={open} title="Hot folder" onClose={onClose}>
      <HotFolderForm status={status} onClose={onClose} onSet={onSet} />
    </Dialog>
  );
}

function HotFolderForm({ status, onClose, onSet }: Omit<HotFolderDialogProps, 'open'>) {
  const [path, setPath] = useState(status?.path ?? '');
  return (
    <form
      className="paste-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onSet({ path: path.trim() }).then((ok) => ok && onClose());
      }}
    >
      <p className="muted">
        Files that appear in this folder are imported once each, remembered across restarts. Copydesk never moves or deletes them.
      </p>
      <p role="status" aria-label="Hot folder status">
        {status?.watching ? `Watching ${status.path} — ${status.imported} imported since start` : 'No folder is watched.'}
        {status?.lastError && <span className="import-error"> {status.lastError}</span>}
      </p>
      {inDesktopApp() ? (
        <Button variant="primary" onClick={() => void onSet({ path: null, pick: true })}>
          Choose folder…
        </Button>
      ) : (
        <TextField label="Folder path" value={path} onChange={setPath} hint="A folder on this computer, e.g. /srv/wire/incoming" />
      )}
      <div className="dialog-actions">
        {status?.watching && <Button onClick={() => void onSet({ path: null })}>Stop watching</Button>}
        <Button onClick={onClose}>Close</Button>
        {!inDesktopApp() && (
          <Button type="submit" variant="primary" disabled={path.trim() === ''}>
            Watch folder
          </Button>
        )}
      </div>
    </form>
  );
}
