import type { ExportPreview } from '../../../../electron/api/contract';

interface ExportPreviewViewProps {
  readonly preview: ExportPreview;
}

/** The dry run, per story: blocked with its reasons, or what each field becomes and the rendered file. */
export function ExportPreviewView({ preview }: ExportPreviewViewProps) {
  const blocked = preview.stories.filter((s) => s.reasons.length > 0);
  const ready = preview.stories.filter((s) => s.reasons.length === 0);
  const { batchFile } = preview;
  return (
    <section className="export-preview" aria-label="Export preview">
      <p>
        {ready.length} of {preview.stories.length} {preview.stories.length === 1 ? 'story' : 'stories'} will go with “{preview.preset.name}”
        {blocked.length > 0 && `; ${blocked.length} blocked`}.
      </p>
      {blocked.length > 0 && (
        <ul className="export-blocked" aria-label="Blocked stories">
          {blocked.map((s) => (
            <li key={s.articleId}>
              <strong>{s.headline || s.articleId}</strong>: {s.reasons.join('; ')}
            </li>
          ))}
        </ul>
      )}
      {ready.some((s) => (s.warnings ?? []).length > 0) && (
        <ul className="export-warnings" aria-label="Warnings">
          {ready.flatMap((s) =>
            (s.warnings ?? []).map((w) => (
              <li key={`${s.articleId}:${w}`} role="alert">
                <strong>{s.headline || s.articleId}</strong>: {w}
              </li>
            )),
          )}
        </ul>
      )}
      {ready.map((s) => (
        <details key={s.articleId} className="export-preview-story">
          <summary>
            {s.headline || s.articleId} <span className="muted">version {s.version}</span>
          </summary>
          <table className="export-fields" aria-label={`Fields of ${s.headline}`}>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Goes to</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {s.fields.map((f) => (
                <tr key={f.field}>
                  <th scope="row">{f.field}</th>
                  <td>
                    <code>{f.target}</code>
                  </td>
                  <td dir="auto">{f.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {s.file && <RenderedFile name={s.file.name} content={s.file.content} />}
        </details>
      ))}
      {batchFile && <RenderedFile name={batchFile.name} content={batchFile.content} />}
      {preview.errors.map((e) => (
        <p key={e.articleId} className="export-errors">
          {e.articleId}: {e.reason}
        </p>
      ))}
    </section>
  );
}

function RenderedFile({ name, content }: { readonly name: string; readonly content: string }) {
  return (
    <details className="export-rendered">
      <summary>
        Rendered <code>{name}</code>
      </summary>
      <pre aria-label={`Rendered ${name}`}>{content}</pre>
    </details>
  );
}
