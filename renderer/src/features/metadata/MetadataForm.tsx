import type { Article, ArticleStatus } from '../../../../electron/domain/article';
import { Button } from '../../ui/Button';
import { Panel } from '../../ui/Panel';
import { ARTICLE_STATUSES, STATUS_LABELS } from '../../ui/status-labels';
import { directionOf } from '../../ui/text-direction';
import { TextField } from '../../ui/TextField';
import { DatelineFields } from './DatelineFields';
import { SourceFields } from './SourceFields';
import { useMetadataForm } from './use-metadata-form';

interface MetadataFormProps {
  readonly article: Article;
  readonly onArticle: (article: Article) => void;
}

/** The fields the editor corrects by hand; Save sends only what changed, against the revision on screen. */
export function MetadataForm({ article, onArticle }: MetadataFormProps) {
  const { values, set, dirty, saving, save, confirmYear, revert } = useMetadataForm(article, onArticle);
  // Right-to-left copy gets right-to-left inputs; otherwise the browser follows each field's own text.
  const dir = directionOf(article.language) === 'rtl' ? 'rtl' : 'auto';
  return (
    <Panel title="Metadata" className="metadata">
      <form
        className="metadata-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <TextField label="Headline" value={values.headline} onChange={(v) => set('headline', v)} rows={2} dir={dir} />
        <div className="field-row">
          <TextField label="Slugline" value={values.slugline} onChange={(v) => set('slugline', v)} />
          <label className="field">
            <span className="field-label">Status</span>
            <select value={values.status} onChange={(e) => set('status', e.target.value as ArticleStatus)}>
              {ARTICLE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <TextField label="Byline" value={values.byline} onChange={(v) => set('byline', v)} dir={dir} />
        <TextField label="Abstract" value={values.abstract} onChange={(v) => set('abstract', v)} rows={4} dir={dir} />
        <DatelineFields
          values={values}
          printed={article.dateline.text}
          country={article.dateline.country ?? null}
          // Once the editor types another date, saving confirms it; the warning is for the guessed one only.
          yearInferred={article.dateline.yearInferred && values.date === (article.dateline.date ?? '')}
          busy={saving}
          set={set}
          onConfirmYear={() => void confirmYear()}
        />
        <SourceFields values={values} set={set} />
        <div className="form-actions">
          {dirty && <span className="panel-count unsaved">Unsaved changes</span>}
          <Button onClick={revert} disabled={!dirty || saving}>
            Revert
          </Button>
          <Button type="submit" variant="primary" disabled={!dirty || saving}>
            {saving ? 'Saving…' : 'Save'}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
