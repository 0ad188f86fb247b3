import { useEffect, useState } from 'react';
import type { StoryCorrection } from '../../../../electron/api/contract';
import { api } from '../../api';
import { correctionNoticeText } from './correction-notice-text';

interface CorrectionNoticeProps {
  readonly articleId: string;
  readonly revision: number;
  /** Changes when the library may have changed (after an import). */
  readonly generation: number;
}

/**
 * A corrected agency version: one line saying what the agency corrected and where the earlier version already
 * went out, so the editor can put it right there too. Nothing is shown for a story that is not a correction.
 */
export function CorrectionNotice({ articleId, revision, generation }: CorrectionNoticeProps) {
  const [found, setFound] = useState<{ id: string; correction: StoryCorrection | null } | null>(null);
  useEffect(() => {
    let live = true;
    api.correctionOf({ id: articleId }).then(
      (correction) => live && setFound({ id: articleId, correction }),
      () => live && setFound({ id: articleId, correction: null }),
    );
    return () => {
      live = false;
    };
  }, [articleId, revision, generation]);
  const correction = found?.id === articleId ? found.correction : null;
  if (!correction) return null;
  return (
    <p className="correction-notice" role="note" aria-label="Agency correction">
      <strong>Agency correction.</strong> {correctionNoticeText(correction)}
      {correction.note && <span className="correction-notice-note"> — “{correction.note}”</span>}
    </p>
  );
}
