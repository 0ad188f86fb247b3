import { useId, type ReactNode } from 'react';

interface PanelProps {
  readonly title: string;
  /** Shown beside the title, e.g. a count or a small action. */
  readonly aside?: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A titled region of the desk; the heading names the region for assistive technology. */
export function Panel({ title, aside, className, children }: PanelProps) {
  const headingId = useId();
  return (
    <section className={['panel', className].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId}>{title}</h2>
        {aside}
      </header>
      {children}
    </section>
  );
}
