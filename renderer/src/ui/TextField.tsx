import type { ReactNode } from 'react';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'date';
  /** Rows for a multi-line field; a single-line input when absent. */
  readonly rows?: number;
  readonly hint?: ReactNode;
  readonly dir?: 'ltr' | 'rtl' | 'auto';
  readonly className?: string;
}

/** A labelled input: the <label> wraps the control, so its text is the control's accessible name. */
export function TextField({ label, value, onChange, type = 'text', rows, hint, dir, className }: TextFieldProps) {
  return (
    <label className={['field', className].filter(Boolean).join(' ')}>
      <span className="field-label">{label}</span>
      {rows ? (
        <textarea value={value} rows={rows} dir={dir} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input type={type} value={value} dir={dir} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && <span className="field-hint">{hint}</span>}
    </label>
  );
}
