import { useEffect, useState } from 'react';
import type { KillReport } from '../../../../electron/api/contract';
import { api } from '../../api';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useErrors } from '../../ui/error-context';

const WHEN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

function formatDate(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : WHEN.format(t);
}

interface KilledDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onOpenStory: (id: string) => void;
}

/** Every kill the agencies sent: the stories it reaches and, for those already out, where and when, to take them down. */
export function KilledDialog({ open, onClose, onOpenStory }: KilledDialogProps) {
  const [kills, setKills] = useState<readonly KillReport[] | null>(null);
  const { report } = useErrors();
  useEffect(() => {
    if (!open) return;
    let live = true;
    api.listKills({}).then((k) => live && setKills(k), report);
    return () => {
      live = false;
    };
  }, [open, report]);
  return (
    <Dialog open={open} title="Killed stories" onClose={onClose}>
      {kills === null ? (
        <p className="muted">Loading…</p>
      ) : kills.length === 0 ? (
        <p className="empty-note">No agency has killed a story in this library.</p>
      ) : (
        <ol className="killed-list" aria-label="Kills">
          {[...kills].reverse().map((k) => (
            <li key={k.noticeId} className={k.lifted ? 'killed-item lifted' : 'killed-item'}>
              <p>
                <strong>{k.signal}</strong>
                {k.reason ? `: ${k.reason}` : ''} <span className="muted">received {formatDate(k.at)}</span>
              </p>
              {k.lifted && (
                <p className="muted">
                  Lifted by {k.lifted.by} on {formatDate(k.lifted.at)}: “{k.lifted.reason}”
                </p>
              )}
              <ul aria-label="Stories the kill reaches">
                {k.stories.map((s) => (
                  <li key={s.id}>
                    <Button
                      variant="quiet"
                      className="btn-inline"
                      onClick={() => {
                        onOpenStory(s.id);
                        onClose();
                      }}
                    >
                      {s.headline || 'Untitled story'}
                    </Button>{' '}
                    {s.exports.length === 0 ? (
                      <span className="muted">never exported</span>
                    ) : (
                      <span className="killed-exported">
                        went out:{' '}
                        {s.exports
                          .map((e) => `${e.fileName} (${e.preset ?? e.format}${e.folder ? `, ${e.folder}` : ''}) on ${formatDate(e.at)}`)
                          .join('; ')}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <div className="dialog-actions">
        <Button onClick={onClose}>Close</Button>
      </div>
    </Dialog>
  );
}
