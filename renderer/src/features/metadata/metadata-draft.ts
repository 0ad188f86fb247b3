/**
 * The metadata form's state: the editor's unsaved edits lie over the article, so an undo or a reload underneath
 * changes every field the editor has not touched, and the edits survive it. Saving sends only what differs.
 */
import type { Article, ArticlePatch, ArticleStatus, Author, Dateline, Source } from '../../../../electron/domain/article';

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
  /** `YYYY-MM-DDTHH:MM` in the desk's local time, as <input type="datetime-local"> gives it; '' for none. */
  readonly embargo: string;
  /** '' or 1–9, as typed. */
  readonly urgency: string;
  readonly priority: string;
  readonly ednote: string;
  /** Comma-separated. */
  readonly keywords: string;
  /** One per line: `role: name`. */
  readonly contributors: string;
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
    embargo: localDateTime(article.embargo),
    urgency: article.urgency === null ? '' : String(article.urgency),
    priority: article.priority === null ? '' : String(article.priority),
    ednote: article.ednote,
    keywords: article.keywords.join(', '),
    contributors: article.authors.map((a) => `${a.role || 'by'}: ${a.name}`).join('\n'),
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** An ISO instant as the local `YYYY-MM-DDTHH:MM` a datetime-local input shows. */
export function localDateTime(iso: string | null): string {
  if (iso === null || iso.trim() === '') return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function contributorsOf(text: string): Author[] {
  return text
    .split('\n')
    .map((line) => /^([^:]+):\s*(.+)$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ role: (m[1] ?? '').trim(), name: (m[2] ?? '').trim() }));
}

function levelOf(text: string): number | null {
  const n = Number(text.trim());
  return text.trim() === '' || !Number.isInteger(n) ? null : n;
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
  if (now.embargo !== was.embargo) patch.embargo = now.embargo === '' ? null : new Date(now.embargo).toISOString();
  if (now.urgency.trim() !== was.urgency) patch.urgency = levelOf(now.urgency);
  if (now.priority.trim() !== was.priority) patch.priority = levelOf(now.priority);
  if (now.ednote.trim() !== was.ednote) patch.ednote = now.ednote.trim();
  if (now.keywords !== was.keywords) patch.keywords = [...new Set(now.keywords.split(',').map((k) => k.trim()).filter(Boolean))];
  if (now.contributors !== was.contributors) patch.authors = contributorsOf(now.contributors);
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
