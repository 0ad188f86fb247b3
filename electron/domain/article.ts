/**
 * The article model: what Copydesk knows about one story. Every field is readonly; updates return a new
 * Article. The original bytes (kept by the store) and text stay with the article so that cleaning can always be
 * run again from the source.
 */
export const ARTICLE_STATUSES = ['new', 'in-review', 'ready', 'exported', 'spiked'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const WIRE_FORMATS = ['plain-text'] as const;
export type WireFormat = (typeof WIRE_FORMATS)[number];

export interface Dateline {
  /** The dateline as it will be printed, rendered from the fields below. */
  readonly text: string;
  readonly place: string;
  /** ISO date (YYYY-MM-DD) or null when the copy gave none. */
  readonly date: string | null;
  /** True while the year was inferred from the import date and not yet confirmed by the editor. */
  readonly yearInferred: boolean;
  /** The agency named in the dateline, e.g. "AFP" in `PARIS, July 23 (AFP) -`. */
  readonly agency: string | null;
}

export interface Source {
  /** The agency the copy came from, e.g. "Islamic Republic News Agency". */
  readonly name: string;
  /** Its short code, e.g. "IRNA", when known. */
  readonly code: string | null;
  /** The credit line printed with the story. */
  readonly credit: string;
}

export interface Paragraph {
  readonly text: string;
}

export interface Original {
  readonly fileName: string;
  readonly format: WireFormat;
  readonly encoding: string;
  readonly sha256: string;
  readonly size: number;
  /** The decoded text exactly as received: never modified. */
  readonly text: string;
}

/** Where a change applied: which block of the decoded original and the character span inside it. */
export interface ChangePosition {
  readonly block: number;
  readonly start: number;
  readonly end: number;
}

export interface CleaningChange {
  /** Stable across re-runs of cleaning on the same original: `rule@block` (`rule@block.k` for a block's k-th). */
  readonly id: string;
  readonly rule: string;
  readonly explanation: string;
  readonly before: string;
  readonly after: string;
  readonly position: ChangePosition;
  /** False once the editor has undone it. */
  readonly applied: boolean;
}

/** The fields an editor corrects by hand. */
export interface EditableFields {
  readonly status: ArticleStatus;
  readonly headline: string;
  readonly slugline: string;
  readonly byline: string;
  readonly abstract: string;
  readonly dateline: Dateline;
  readonly source: Source;
  readonly language: string;
  readonly keywords: readonly string[];
}
export type EditableField = keyof EditableFields;
export const EDITABLE_FIELDS: readonly EditableField[] = [
  'status', 'headline', 'slugline', 'byline', 'abstract', 'dateline', 'source', 'language', 'keywords',
];

export interface ExportRecord {
  readonly format: string;
  readonly fileName: string;
  readonly at: string;
  readonly revision: number;
}

export interface Article extends EditableFields {
  readonly id: string;
  /** Increases by one on every save; a save that names an older revision is refused. */
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** When the copy was imported: the reference date for inferring a missing year. */
  readonly importedAt: string;
  readonly paragraphs: readonly Paragraph[];
  readonly original: Original;
  readonly changes: readonly CleaningChange[];
  /** Fields the editor set by hand: re-running cleaning never overwrites them. */
  readonly edited: readonly EditableField[];
  readonly exports: readonly ExportRecord[];
}

export interface ArticleSummary {
  readonly id: string;
  readonly revision: number;
  readonly status: ArticleStatus;
  readonly headline: string;
  readonly slugline: string;
  readonly source: string;
  readonly datelineDate: string | null;
  readonly updatedAt: string;
  readonly sha256: string;
}

export function summarize(a: Article): ArticleSummary {
  return {
    id: a.id,
    revision: a.revision,
    status: a.status,
    headline: a.headline,
    slugline: a.slugline,
    source: a.source.code ?? a.source.name,
    datelineDate: a.dateline.date,
    updatedAt: a.updatedAt,
    sha256: a.original.sha256,
  };
}

export type ArticlePatch = Partial<EditableFields>;

/** Applies an editor's patch: the patched fields become "edited" and survive any later re-run of cleaning. */
export function applyPatch(article: Article, patch: ArticlePatch): Article {
  const touched = EDITABLE_FIELDS.filter((f) => patch[f] !== undefined);
  const edited = [...new Set([...article.edited, ...touched])];
  return { ...article, ...patch, edited };
}

export function isStatus(value: unknown): value is ArticleStatus {
  return typeof value === 'string' && (ARTICLE_STATUSES as readonly string[]).includes(value);
}
