import type { PublishPreview } from '../../../../electron/publish/publish-types';

/** The payload exactly as it would be sent, field by field, with what blocks it and what the editor should know. */
export function PublishPreviewView({ preview }: { readonly preview: PublishPreview }) {
  return (
    <section className="publish-preview" aria-label="Publish preview">
      <p className="panel-count">
        {preview.canGo} of {preview.total} can go to {preview.target.site}
        {preview.target.kind === 'git-folder' ? '' : ` as ${preview.target.user}`}
      </p>
      {preview.stories.map((s) => (
        <div key={s.articleId} className="publish-story">
          {s.reasons.length > 0 && (
            <p className="field-issue error" role="alert">
              Blocked: {s.reasons.join('; ')}
            </p>
          )}
          {s.warnings.length > 0 && (
            <ul className="publish-warnings" aria-label="Warnings">
              {s.warnings.map((w) => (
                <li key={w} role="alert">
                  Warning: {w}
                </li>
              ))}
            </ul>
          )}
          <p className="field-hint">
            {preview.target.kind === 'git-folder'
              ? s.updatesPath ? `Rewrites ${s.updatesPath} in a new commit.` : 'A new file, in a new commit.'
              : s.updates === null ? 'A new post.' : `Updates post ${s.updates} on the site.`}
          </p>
          <table className="preview-fields">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Sent as</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {s.fields.map((f) => (
                <tr key={f.target}>
                  <th scope="row">{f.field}</th>
                  <td>
                    <code>{f.target}</code>
                  </td>
                  <td>{f.target === 'content' || f.field === 'File text' ? <pre className="payload-content">{f.value}</pre> : f.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
