import { useId } from 'react';
import type { CleaningChange } from '../../../../electron/domain/article';
import { Button } from '../../ui/Button';
import { ParagraphLink } from './ParagraphLink';
import { showWhitespace } from './visible-whitespace';

interface ChangeItemProps {
  readonly change: CleaningChange;
  /** The paragraph the change's result stands in now (from its anchor), or -1 when it left no text there. */
  readonly paragraph: number;
  readonly busy: boolean;
  readonly onToggle: (change: CleaningChange) => void;
}

/** One change: which rule, why, what went (struck through) and what came in, with its Undo or Redo. */
export function ChangeItem({ change, paragraph, busy, onToggle }: ChangeItemProps) {
  const explanationId = useId();
  return (
    <li className={change.applied ? 'change' : 'change change-undone'} data-nav="change" tabIndex={-1}>
      <div className="change-head">
        <span className="change-rule">{change.rule}</span>
        {!change.applied && <span className="change-state">(undone)</span>}
        {paragraph >= 0 && <ParagraphLink index={paragraph} />}
        <Button
          className="change-action"
          disabled={busy}
          aria-describedby={explanationId}
          onClick={() => onToggle(change)}
        >
          {change.applied ? 'Undo' : 'Redo'}
        </Button>
      </div>
      <p id={explanationId} className="change-explanation">
        {change.explanation}
      </p>
      <p className="change-diff">
        {change.before !== '' && <del>{showWhitespace(change.before)}</del>}
        {change.before !== '' && change.after !== '' && <span aria-hidden="true"> → </span>}
        {change.after !== '' && <ins>{showWhitespace(change.after)}</ins>}
      </p>
    </li>
  );
}
