import { useEffect, useState } from 'react';
import type { Article } from '../../../../electron/domain/article';
import { targetLabel, type PublishPostStatus, type PublishState } from '../../../../electron/domain/publish-target';
import type { PublishRequest } from '../../../../electron/publish/publish-types';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { PublishPreviewView } from './PublishPreviewView';
import { usePresets } from './use-presets';
import { usePublish } from './use-publish';

interface PublishDialogProps {
  readonly article: Pick<Article, 'id' | 'headline'>;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onPublished: () => void;
}

const OTHER = '';

const RESULT_LABELS: Readonly<Record<PublishState, string>> = {
  published: 'Published',
  scheduled: 'Scheduled',
  draft: 'Sent as a draft',
  queued: 'Queued (the site could not be reached; Copydesk keeps trying)',
  failed: 'Failed',
  'taken-down': 'Taken down',
};

/** Publish one story to a WordPress site: choose the target, preview the exact payload, then send it. */
export function PublishDialog({ article, open, onClose, onPublished }: PublishDialogProps) {
  const { presets } = usePresets(open);
  const targets = presets.filter((p) => p.publish);
  const [presetName, setPresetName] = useState(OTHER);
  const [siteUrl, setSiteUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [postStatus, setPostStatus] = useState<PublishPostStatus>('draft');
  const { busy, preview, result, status, refreshStatus, runPreview, publish, savePassword } = usePublish(article.id);

  useEffect(() => {
    if (open) void refreshStatus();
  }, [open, refreshStatus]);

  const request = (): Omit<PublishRequest, 'ids'> =>
    presetName !== OTHER ? { preset: presetName, postStatus } : { wordpress: { siteUrl: siteUrl.trim(), user: user.trim() }, postStatus };
  const chosen = targets.find((p) => p.name === presetName)?.publish ?? null;
  const git = chosen?.kind === 'git-folder';
  const site = chosen?.kind === 'wordpress' ? chosen.siteUrl : siteUrl.trim();
  const account = chosen?.kind === 'wordpress' ? chosen.user : user.trim();
  const ready = presetName !== OTHER || (/^https?:\/\/\S+$/.test(siteUrl.trim()) && user.trim() !== '');

  const withPassword = async (then: () => Promise<unknown>) => {
    // The password goes to the service once, to be stored there; it is never read back into the page.
    if (!git && password !== '' && !(await savePassword(site, account, password))) return;
    setPassword('');
    await then();
  };

  return (
    <Dialog open={open} title={`Publish “${article.headline || 'this story'}”`} onClose={onClose}>
      <div className="publish-dialog">
        <div className="field-row">
          <label className="field">
            <span className="field-label">Site</span>
            <select value={presetName} onChange={(e) => setPresetName(e.target.value)}>
              {targets.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.name} ({p.publish ? targetLabel(p.publish) : ''})
                </option>
              ))}
              <option value={OTHER}>Another WordPress site…</option>
            </select>
          </label>
          <label className="field">
            <span className="field-label">Post status</span>
            <select value={postStatus} onChange={(e) => setPostStatus(e.target.value as PublishPostStatus)}>
              <option value="draft">Draft</option>
              <option value="publish">Publish</option>
            </select>
          </label>
        </div>
        {presetName === OTHER && (
          <div className="field-row">
            <label className="field">
              <span className="field-label">WordPress site URL</span>
              <input type="url" value={siteUrl} placeholder="https://news.example.org/" onChange={(e) => setSiteUrl(e.target.value)} />
            </label>
            <label className="field">
              <span className="field-label">WordPress user</span>
              <input value={user} autoComplete="username" onChange={(e) => setUser(e.target.value)} />
            </label>
          </div>
        )}
        {!git && (
        <label className="field">
          <span className="field-label">Application password</span>
          <input type="password" value={password} autoComplete="off" onChange={(e) => setPassword(e.target.value)} />
          <span className="field-hint">
            {preview?.target.hasPassword ? 'A password is saved for this site; type one only to replace it.' : 'Kept by Copydesk for this site (keychain or a private file), never shown again.'}
          </span>
        </label>
        )}
        {status.length > 0 && (
          <ul className="publish-status" aria-label="On the sites">
            {status.map((s) => (
              <li key={s.site}>
                <strong>{s.state}</strong> · {s.url ? <a href={s.url} target="_blank" rel="noreferrer">{s.url}</a> : s.site}
                {s.path && <span> · {s.path}</span>}
                {s.message && <span className="muted"> · {s.message}</span>}
              </li>
            ))}
          </ul>
        )}
        {preview && <PublishPreviewView preview={preview} />}
        {result && (
          <div className="publish-result" role="status" aria-label="Publish result">
            {result.results.map((r) => (
              <p key={r.site}>
                <strong>{RESULT_LABELS[r.state]}</strong>
                {r.url && (
                  <>
                    {' '}
                    <a href={r.url} target="_blank" rel="noreferrer">{r.url}</a>
                  </>
                )}
                {r.message && <span> — {r.message}</span>}
              </p>
            ))}
            {result.blocked.map((b) => (
              <p key={b.articleId}>Not published: {b.reasons.join('; ')}</p>
            ))}
          </div>
        )}
        <div className="form-actions">
          <Button onClick={onClose}>Close</Button>
          <Button disabled={busy || !ready} onClick={() => void withPassword(() => runPreview(request()))}>
            Preview
          </Button>
          <Button
            variant="primary"
            disabled={busy || !ready || !preview || preview.canGo === 0}
            onClick={() =>
              void withPassword(async () => {
                const r = await publish(request());
                if (r && r.results.length > 0) onPublished();
              })
            }
          >
            {busy ? 'Working…' : preview ? `Publish ${preview.canGo} of ${preview.total}` : 'Publish'}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
