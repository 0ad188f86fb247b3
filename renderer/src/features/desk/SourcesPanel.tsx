import type { Article } from '../../../../electron/domain/article';
import type { DeskSettings, RegistryEntry } from '../../../../electron/domain/desk';
import { api } from '../../api';
import { Panel } from '../../ui/Panel';
import { RegistryNote } from './RegistryNote';
import { ParagraphLink } from '../editor/ParagraphLink';
import { speakerOptions } from './speaker-options';
import { SpeakerRow } from './SpeakerRow';
import { useStoryAction } from './use-story-action';

interface SourcesPanelProps {
  readonly article: Article;
  readonly registry: readonly RegistryEntry[];
  readonly onArticle: (article: Article) => void;
  readonly onDesk: (desk: DeskSettings) => void;
}

const KIND_LABEL = { agency: 'agency', person: 'person', organisation: 'organisation', document: 'document', unnamed: 'unnamed' } as const;

/** Who says what: every source with the paragraphs it supports, and each paragraph's speaker to confirm or change. */
export function SourcesPanel({ article, registry, onArticle, onDesk }: SourcesPanelProps) {
  const { busy, run } = useStoryAction(article, onArticle);
  const options = speakerOptions(article);
  const tag = (paragraph: number, speaker: string | null) =>
    void run((s) => api.setSpeaker({ ...s, block: article.paragraphs[paragraph]?.id ?? '', speaker }));
  return (
    <Panel title="Sources" aside={<span className="panel-count">{article.sources.length}</span>} className="sources">
      <ul className="source-list" aria-label="Sources of the story">
        {article.sources.map((s) => {
          const known = registry.find((r) => r.name === s.name);
          return (
            <li key={`${s.kind}:${s.name}`} className="source-item">
              <span className="source-name">{s.name}</span> <span className="source-kind">{KIND_LABEL[s.kind]}</span>
              {known?.role && <span className="muted"> · {[known.role, known.organisation].filter(Boolean).join(', ')}</span>}
              {known?.note && <span className="muted"> · {known.note}</span>}
              <div className="source-paras">
                {s.paragraphs.length > 0 ? s.paragraphs.map((i) => <ParagraphLink key={i} index={i} />) : 'no paragraphs'}
              </div>
              {s.kind !== 'unnamed' && <RegistryNote key={`${s.name}:${known?.note ?? ''}`} source={s} known={known} onDesk={onDesk} />}
            </li>
          );
        })}
      </ul>
      <h3 className="subhead">Speaker of each paragraph</h3>
      {/* Keyed by story, revision and block: a row never keeps a choice made on another story's paragraph. */}
      <ol className="speaker-rows" aria-label="Paragraph speakers">
        {article.paragraphs.map((p, i) => (
          <SpeakerRow key={`${article.id}@${article.revision}:${p.id}`} index={i} paragraph={p} options={options} busy={busy} onTag={tag} />
        ))}
      </ol>
    </Panel>
  );
}
