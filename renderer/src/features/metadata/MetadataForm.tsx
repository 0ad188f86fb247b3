import type { Article, ArticleStatus } from '../../../../electron/domain/article';
import { Button } from '../../ui/Button';
import { Panel } from '../../ui/Panel';
import { ARTICLE_STATUSES, STATUS_LABELS } from '../../ui/status-labels';
import { directionOf } from '../../ui/text-direction';
import { TextField } from '../../ui/TextField';
import { DatelineFields } from './DatelineFields';
import { EmbargoBanner } from './EmbargoBanner';
import { MediaTopicPicker } from './MediaTopicPicker';
import { validateMetadata, type FieldIssue } from './metadata-validation';
import { usePresets } from '../export/use-presets';
import { presetFieldIssues, presetIssueText, type PresetFieldIssue } from './preset-field-issues';
import { SourceFields } from './SourceFields';
import { useMetadataForm } from './use-metadata-form';
import { WireFields } from './WireFields';

function Issues({ issues }: { readonly issues: readonly FieldIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="field-issues">
      {issues.map((i) => (
        <li key={i.message} className={`field-issue ${i.level}`} role={i.level === 'error' ? 'alert' : 'note'}>
          {i.message}
        </li>
      ))}
    </ul>
  );
}

/** What a preset would refuse in this field: shown as a warning, since the story can still be saved. */
function PresetIssues({ issues, field }: { readonly issues: readonly PresetFieldIssue[]; readonly field: PresetFieldIssue['field'] }) {
  const here = issues.filter((i) => i.field === field);
  if (here.length === 0) return null;
  return (
    <ul className="field-issues" aria-label={`Preset rules: ${field}`}>
      {here.map((i) => (
        // A plain list item (no role of its own): a role on an <li> breaks the list for assistive technology.
        <li key={i.message} className="field-issue warning">
          {presetIssueText(i)}
        </li>
      ))}
    </ul>
  );
}

interface MetadataFormProps {
  readonly article: Article;
  readonly onArticle: (article: Article) => void;
}

/** The fields the editor corrects by hand; Save sends only what changed, against the revision on screen. */
export function MetadataForm({ article, onArticle }: MetadataFormProps) {
  const { values, set, dirty, saving, save, confirmYear, revert } = useMetadataForm(article, onArticle);
  // Right-to-left copy gets right-to-left inputs; otherwise the browser follows each field's own text.
  const dir = directionOf(article.language) === 'rtl' ? 'rtl' : 'auto';
  const issues = validateMetadata(values);
  const errors = issues.filter((i) => i.level === 'error');
  const about = (field: FieldIssue['field']) => issues.filter((i) => i.field === field);
  const { presets } = usePresets(true);
  const subjects = article.subjects.filter((s) => s.suggested !== true).length;
  const ruled = presetFieldIssues({ headline: values.headline, abstract: values.abstract, byline: values.byline, slugline: values.slugline, subjects }, presets);
  return (
    <Panel title="Metadata" className="metadata">
      <EmbargoBanner embargo={article.embargo} />
      <form
        className="metadata-form"
        onSubmit={(e) => {
          e.preventDefault();
          // Refused with the reasons on screen, next to their fields: nothing is sent.
          if (errors.length === 0) void save();
        }}
      >
        <TextField label="Headline" value={values.headline} onChange={(v) => set('headline', v)} rows={2} dir={dir} />
        <Issues issues={about('headline')} />
        <PresetIssues issues={ruled} field="headline" />
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
        <PresetIssues issues={ruled} field="slugline" />
        <TextField label="Byline" value={values.byline} onChange={(v) => set('byline', v)} dir={dir} />
        <PresetIssues issues={ruled} field="byline" />
        <TextField label="Abstract" value={values.abstract} onChange={(v) => set('abstract', v)} rows={4} dir={dir} />
        <Issues issues={about('abstract')} />
        <PresetIssues issues={ruled} field="abstract" />
        <DatelineFields
          values={values}
          printed={article.dateline.text}
          country={article.dateline.country ?? null}
          // Once the editor types another date, saving confirms it; the warning is for the guessed one only.
          yearInferred={article.dateline.yearInferred && values.date === (article.dateline.date ?? '')}
          importedAt={article.importedAt}
          busy={saving}
          set={set}
          onConfirmYear={() => void confirmYear()}
        />
        <SourceFields values={values} set={set} />
        <WireFields
          values={values}
          set={set}
          deskNote={article.deskNote ?? ''}
          words={{ count: article.wordCount, ...(article.declaredWordCount ? { declared: article.declaredWordCount.words } : {}) }}
        />
        <Issues issues={issues.filter((i) => !['headline', 'abstract'].includes(i.field))} />
        <MediaTopicPicker article={article} onArticle={onArticle} />
        <PresetIssues issues={ruled} field="subjects" />
        <div className="form-actions">
          {dirty && <span className="panel-count unsaved">Unsaved changes</span>}
          {dirty && errors.length > 0 && (
            <span id="metadata-errors" className="field-issue error">
              Not saved: {errors.length === 1 ? 'fix the field marked above' : `fix the ${errors.length} fields marked above`}
            </span>
          )}
          <Button onClick={revert} disabled={!dirty || saving}>
            Revert
          </Button>
          <Button type="submit" variant="primary" disabled={!dirty || saving} aria-describedby={errors.length > 0 ? 'metadata-errors' : undefined}>
            {saving ? 'Saving…' : 'Save'}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
