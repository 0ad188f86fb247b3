/** The article's flags and speakers as the editor's decorations take them (see desk-marks.ts). */
import type { Article } from '../../../../../electron/domain/article';
import type { DeskMarks } from './desk-marks';
import type { StoryFrame } from './story-frame';
import { FLAG_LABELS } from '../../../ui/flag-labels';

export function deskMarksOf(article: Article): DeskMarks {
  const dismissed = new Set(article.decisions.dismissedFlags);
  return {
    flags: article.flags
      .filter((f) => f.anchor && !dismissed.has(f.id))
      .map((f) => ({
        id: f.id,
        kind: f.kind,
        label: FLAG_LABELS[f.kind],
        block: f.anchor.block,
        start: f.anchor.start,
        exact: f.anchor.quote.exact,
        prefix: f.anchor.quote.prefix,
        suffix: f.anchor.quote.suffix,
        reason: f.reason,
        suggestion: f.suggestion,
      })),
    speakers: article.analysed
      ? article.paragraphs
          .filter((p) => (p.type ?? 'paragraph') !== 'subhead')
          .map((p) => ({ block: p.id, speaker: p.speaker ?? null, confirmed: p.speakerConfirmed === true }))
      : [],
  };
}

export function frameOf(article: Article): StoryFrame {
  return { byline: article.byline, dateline: article.dateline.text };
}
