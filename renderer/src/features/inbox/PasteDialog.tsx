import { useState } from 'react';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';

interface PasteDialogProps {
  readonly open: boolean;
  readonly importing: boolean;
  readonly onClose: () => void;
  /** Resolves true when the copy was imported, so the dialog can close. */
  readonly onImport: (text: string, name: string) => Promise<boolean>;
}

export function PasteDialog({ open, importing, onClose, onImport }: PasteDialogProps) {
  return (
    <Dialog open={open} title="Paste copy" onClose={onClose}>
      <PasteForm importing={importing} onClose={onClose} onImport={onImport} />
    </Dialog>
  );
}

/** Mounted only while the dialog is open, so every opening starts empty. */
function PasteForm({ importing, onClose, onImport }: Omit<PasteDialogProps, 'open'>) {
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  return (
    <form
      className="paste-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onImport(text, name).then((ok) => ok && onClose());
      }}
    >
      <TextField label="Wire copy" value={text} onChange={setText} rows={14} dir="auto" />
      <TextField label="Name (optional)" value={name} onChange={setName} hint="Shown in reports, e.g. afp-budget-vote.txt" />
      <div className="dialog-actions">
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={importing || text.trim() === ''}>
          {importing ? 'Importing…' : 'Import'}
        </Button>
      </div>
    </form>
  );
}
