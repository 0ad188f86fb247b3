import { useRef } from 'react';
import { Button } from '../../ui/Button';

interface ImportControlsProps {
  readonly importing: boolean;
  readonly onFiles: (files: File[]) => void;
  readonly onPaste: () => void;
}

/** The file picker (any number of files) and the way into the paste dialog. */
export function ImportControls({ importing, onFiles, onPaste }: ImportControlsProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="import-controls">
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        multiple
        tabIndex={-1}
        aria-label="Wire copy files"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Cleared so that choosing the same file again still imports (and reports the duplicate).
          e.target.value = '';
          onFiles(files);
        }}
      />
      <Button variant="primary" disabled={importing} onClick={() => input.current?.click()}>
        {importing ? 'Importing…' : 'Import files…'}
      </Button>
      <Button disabled={importing} onClick={onPaste}>
        Paste copy
      </Button>
    </div>
  );
}
