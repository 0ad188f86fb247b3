import { useState } from 'react';
import { Button } from '../../ui/Button';
import { useErrors } from '../../ui/error-context';
import { useKillStatus } from './use-kill-status';

interface KillBannerProps {
  readonly articleId: string;
  readonly revision: number;
  readonly generation: number;
  /** Called once a kill is lifted, so the export controls ask again. */
  readonly onLifted: () => void;
}

/**
 * The agency killed this story (or the story it comes from): a red banner with the agency's reason. Export is
 * refused until an editor lifts the kill, and lifting asks for the reason that is recorded with it.
 */
export function KillBanner({ articleId, revision, generation, onLifted }: KillBannerProps) {
  const { status, lift } = useKillStatus(articleId, revision, generation);
  const { report } = useErrors();
  const [lifting, setLifting] = useState(false);
  const [reason, setReason] = useState('');
  const lifted = status?.all.find((k) => k.lifted !== null) ?? null;
  if (!status?.active) {
    return lifted?.lifted ? (
      <p className="kill-lifted" role="note">
        A kill ({lifted.signal}) was lifted by {lifted.lifted.by}: “{lifted.lifted.reason}”.
      </p>
    ) : null;
  }
  const kill = status.active;
  return (
    <section className="kill-banner" role="alert" aria-label="Killed by the agency">
      <div className="kill-banner-text">
        <strong>Killed by the agency — do not publish.</strong>{' '}
        <span>
          {kill.signal}
          {kill.reason ? `: ${kill.reason}` : ' (no reason given)'}
        </span>
        {kill.noticeId !== articleId && <span className="kill-banner-note"> The kill came with another version of this story.</span>}
      </div>
      {lifting ? (
        <form
          className="kill-lift"
          onSubmit={(e) => {
            e.preventDefault();
            lift(reason).then(onLifted, report);
          }}
        >
          <label className="field">
            <span className="field-label">Why may it go?</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} maxLength={500} />
          </label>
          <Button type="submit" disabled={reason.trim().length < 3}>
            Lift the kill
          </Button>
          <Button variant="quiet" onClick={() => setLifting(false)}>
            Cancel
          </Button>
        </form>
      ) : (
        <Button variant="quiet" onClick={() => setLifting(true)}>
          Lift kill…
        </Button>
      )}
    </section>
  );
}
