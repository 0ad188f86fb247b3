import {
  PUBLISH_POST_STATUSES, TAKEDOWN_ACTIONS, type GitFolderTarget, type PublishTarget, type WordPressTarget,
} from '../../../../electron/domain/publish-target';

const NO_SITE: WordPressTarget = { kind: 'wordpress', siteUrl: '', user: '', postStatus: 'draft', takedown: 'draft' };
const NO_FOLDER: GitFolderTarget = { kind: 'git-folder', folder: '', contentDir: 'content/posts', postStatus: 'draft', takedown: 'draft' };

type Kind = 'none' | PublishTarget['kind'];
const KIND_LABELS: Readonly<Record<Kind, string>> = { none: 'Files only', wordpress: 'WordPress site', 'git-folder': 'Static site Git folder' };

interface PublishTargetFieldsProps {
  readonly target: PublishTarget | null;
  readonly onChange: (target: PublishTarget | null) => void;
}

function Field(props: { label: string; value: string; placeholder?: string; onChange: (v: string) => void }) {
  return (
    <label className="inline-field">
      <span>{props.label}</span>
      <input value={props.value} placeholder={props.placeholder} onChange={(e) => props.onChange(e.target.value)} />
    </label>
  );
}

/** Where a preset publishes instead of writing a file: nowhere, a WordPress site, or a static site's Git folder. */
export function PublishTargetFields({ target, onChange }: PublishTargetFieldsProps) {
  const kind: Kind = target?.kind ?? 'none';
  const common = target ?? NO_SITE;
  return (
    <fieldset className="preset-gates">
      <legend>Publish to</legend>
      <label className="inline-field">
        <span>Publish target</span>
        <select
          value={kind}
          onChange={(e) => {
            const next = e.target.value as Kind;
            const keep = { postStatus: common.postStatus, takedown: common.takedown };
            onChange(next === 'none' ? null : next === 'wordpress' ? { ...NO_SITE, ...keep } : { ...NO_FOLDER, ...keep });
          }}
        >
          {(Object.keys(KIND_LABELS) as Kind[]).map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      {target?.kind === 'wordpress' && (
        <>
          <Field label="WordPress site (publish)" value={target.siteUrl} placeholder="https://news.example.org/" onChange={(v) => onChange({ ...target, siteUrl: v.trim() })} />
          <Field label="WordPress user" value={target.user} onChange={(user) => onChange({ ...target, user })} />
        </>
      )}
      {target?.kind === 'git-folder' && (
        <>
          <Field label="Git folder (absolute path)" value={target.folder} placeholder="/home/desk/site" onChange={(folder) => onChange({ ...target, folder: folder.trim() })} />
          <Field label="Content folder in the repository" value={target.contentDir} onChange={(contentDir) => onChange({ ...target, contentDir: contentDir.trim() })} />
        </>
      )}
      {target && (
        <>
          <label className="inline-field">
            <span>Publish as</span>
            <select value={target.postStatus} onChange={(e) => onChange({ ...target, postStatus: e.target.value as PublishTarget['postStatus'] })}>
              {PUBLISH_POST_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            <span>{target.kind === 'git-folder' ? 'A kill' : 'A kill moves the post to'}</span>
            <select value={target.takedown} onChange={(e) => onChange({ ...target, takedown: e.target.value as PublishTarget['takedown'] })}>
              {TAKEDOWN_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {target.kind === 'git-folder' ? (a === 'trash' ? 'removes the file' : 'sets draft: true') : a}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </fieldset>
  );
}
