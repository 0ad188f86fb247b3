import { useRef, type ChangeEvent } from 'react';
import { Button } from '../../ui/Button';

interface ImportControlsProps {
  readonly importing: boolean;
  readonly onFiles: (files: File[]) => void;
  readonly onPaste: () => void;
}

/** Chromium and Electron pick a whole folder (recursively) with this non-standard attribute. */
function asFolderPicker(input: HTMLInputElement | null): void {
  input?.setAttribute('webkitdirectory', '');
}

/** The file picker (any number of files), the folder picker and the way into the paste dialog. */
export function ImportControls({ importing, onFiles, onPaste }: ImportControlsProps) {
  const input = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement | null>(null);
  const take = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    // Cleared so that choosing the same file again still imports (and reports the duplicate).
    e.target.value = '';
    onFiles(files);
  };
  return (
    <div className="import-controls">
      <input ref={input} className="visually-hidden" type="file" multiple tabIndex={-1} aria-label="Wire copy files" onChange={take} />
      <input
        ref={(el) => {
          folder.current = el;
          asFolderPicker(el);
        }}
        className="visually-hidden"
        type="file"
        multiple
        tabIndex={-1}
        aria-label="Wire copy folder"
        onChange={take}
      />
      <Button variant="primary" disabled={importing} onClick={() => input.current?.click()}>
        {importing ? 'Importing…' : 'Import files…'}
      </Button>
      <Button disabled={importing} onClick={() => folder.current?.click()}>
        Import folder…
      </Button>
      <Button disabled={importing} onClick={onPaste}>
        Paste copy
      </Button>
    </div>
  );
}
