import type { AgencyComparison, DiffPart, RevisionComparison } from '../../../../electron/api/contract';

/** Word-level changes inline, as track changes show them: insertions underlined, deletions struck through. */
function Parts({ parts }: { readonly parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.kind === 'inserted' ? (
          <ins key={i} className="diff-ins">
            {p.text}
          </ins>
        ) : p.kind === 'deleted' ? (
          <del key={i} className="diff-del">
            {p.text}
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

const STATUS_LABEL = { same: '', changed: 'changed', inserted: 'added', deleted: 'removed' } as const;

export function RevisionDiff({ comparison }: { readonly comparison: RevisionComparison }) {
  const changed = comparison.blocks.filter((b) => b.status !== 'same').length;
  return (
    <div className="diff" aria-label={`Changes from revision ${comparison.from} to ${comparison.to}`}>
      <p className="muted diff-summary">
        Revision {comparison.from} → {comparison.to}: {changed} {changed === 1 ? 'block' : 'blocks'} changed
      </p>
      <h3 className="diff-headline">
        <Parts parts={comparison.headline} />
      </h3>
      {comparison.abstract.length > 0 && (
        <div className="diff-block">
          <span className="diff-field">abstract</span>
          <p className="diff-abstract">
            <Parts parts={comparison.abstract} />
          </p>
        </div>
      )}
      <span className="diff-field">body</span>
      {comparison.blocks.map((b) => (
        <div key={`${b.id}:${b.status}`} className={`diff-block diff-${b.status} diff-type-${b.type}`}>
          {b.status !== 'same' && <span className="diff-status">{STATUS_LABEL[b.status]}</span>}
          <p>
            <Parts parts={b.parts} />
          </p>
        </div>
      ))}
    </div>
  );
}

const AGENCY_CLASS = {
  same: '',
  'machine-deleted': 'diff-del diff-machine',
  'machine-inserted': 'diff-ins diff-machine',
  'editor-deleted': 'diff-del diff-editor',
  'editor-inserted': 'diff-ins diff-editor',
} as const;

/** One picture: what cleaning changed (one colour) and what the editor changed (another), on the agency's copy. */
export function AgencyDiff({ comparison }: { readonly comparison: AgencyComparison }) {
  // The body comes as one text with blank lines between blocks: shown as paragraphs again.
  const paragraphs: { kind: keyof typeof AGENCY_CLASS; text: string }[][] = [[]];
  for (const part of comparison.parts) {
    const pieces = part.text.split('\n\n');
    pieces.forEach((text, i) => {
      if (i > 0) paragraphs.push([]);
      if (text) paragraphs[paragraphs.length - 1]!.push({ kind: part.kind, text });
    });
  }
  return (
    <div className="diff" aria-label="Changes against the agency's copy">
      <p className="diff-legend">
        <span className="diff-ins diff-machine">cleaning added</span> <span className="diff-del diff-machine">cleaning removed</span>{' '}
        <span className="diff-ins diff-editor">editor added</span> <span className="diff-del diff-editor">editor removed</span>
      </p>
      {paragraphs.map((parts, i) => (
        <p key={i} className="diff-block">
          {parts.map((p, k) => {
            const cls = AGENCY_CLASS[p.kind];
            if (p.kind.endsWith('deleted')) return <del key={k} className={cls}>{p.text}</del>;
            if (p.kind.endsWith('inserted')) return <ins key={k} className={cls}>{p.text}</ins>;
            return <span key={k}>{p.text}</span>;
          })}
        </p>
      ))}
    </div>
  );
}
