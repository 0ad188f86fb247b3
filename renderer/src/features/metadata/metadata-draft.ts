/**
 * The metadata form's state: the editor's unsaved edits lie over the article, so an undo or a reload underneath
 * changes every field the editor has not touched, and the edits survive it. Saving sends only what differs.
 */
import type { Article, ArticlePatch, ArticleStatus, Dateline, Source } from '../../../../electron/domain/article';

export interface MetadataValues {
  readonly status: ArticleStatus;
  readonly headline: string;
  readonly slugline: string;
  readonly byline: string;
  readonly abstract: string;
  readonly place: string;
  /** YYYY-MM-DD as an <input type="date"> gives it, '' for no date. */
  readonly date: string;
  readonly agency: string;
  readonly sourceName: string;
  readonly sourceCode: string;
  readonly sourceCredit: string;
  readonly language: string;
}

export type MetadataEdits = Partial<MetadataValues>;

export function valuesOf(article: Article): MetadataValues {
  return {
    status: article.status,
    headline: article.headline,
    slugline: article.slugline,
    byline: article.byline,
    abstract: article.abstract,
    place: article.dateline.place,
    date: article.dateline.date ?? '',
    agency: article.dateline.agency ?? '',
    sourceName: article.source.name,
    sourceCode: article.source.code ?? '',
    sourceCredit: article.source.credit,
    language: article.language,
  };
}

export function withEdits(article: Article, edits: MetadataEdits): MetadataValues {
  return { ...valuesOf(article), ...edits };
}

type MutablePatch = { -readonly [K in keyof ArticlePatch]: ArticlePatch[K] };

/** Only the fields whose value differs from the article; {} when there is nothing to save. */
export function patchFor(article: Article, edits: MetadataEdits): ArticlePatch {
  const now = withEdits(article, edits);
  const was = valuesOf(article);
  const patch: MutablePatch = {};
  if (now.status !== was.status) patch.status = now.status;
  for (const key of ['headline', 'slugline', 'byline', 'abstract', 'language'] as const) {
    if (now[key].trim() !== was[key]) patch[key] = now[key].trim();
  }
  const dateline = datelinePatch(article.dateline, now, was);
  if (dateline) patch.dateline = dateline;
  const source = sourcePatch(now, was);
  if (source) patch.source = source;
  return patch;
}

function datelinePatch(current: Dateline, now: MetadataValues, was: MetadataValues): Dateline | null {
  const place = now.place.trim();
  const agency = now.agency.trim();
  if (place === was.place && now.date === was.date && agency === was.agency) return null;
  return {
    // The service renders the printed text from the parts on every save.
    text: current.text,
    place,
    // The region belongs to the place the copy named: a new place drops it.
    region: place === was.place ? (current.region ?? null) : null,
    date: now.date === '' ? null : now.date,
    // A date the editor typed is a date the editor chose: its year is no longer a guess.
    yearInferred: now.date === was.date ? current.yearInferred : false,
    agency: agency === '' ? null : agency,
  };
}

function sourcePatch(now: MetadataValues, was: MetadataValues): Source | null {
  const name = now.sourceName.trim();
  const code = now.sourceCode.trim();
  const credit = now.sourceCredit.trim();
  if (name === was.sourceName && code === was.sourceCode && credit === was.sourceCredit) return null;
  return { name, code: code === '' ? null : code, credit };
}

/** The patch the "Confirm year" button saves: the dateline as it stands, with its year confirmed. */
export function confirmYearPatch(article: Article): ArticlePatch {
  return { dateline: { ...article.dateline, yearInferred: false } };
}
