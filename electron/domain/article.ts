/**
 * The article model: what Copydesk knows about one story. Every field is readonly; updates return a new
 * Article. The original bytes (kept by the store) and text stay with the article so that cleaning can always be
 * run again from the source.
 */
import type { UpdateMerge } from './update-merge.js';
import { NO_DECISIONS, NO_ENTITIES, type DeskDecisions, type Entities, type Flag, type StorySource } from './desk.js';
import type { BlockType, BodyAnchor, InlineMark, MachineBlock, OrphanedDecision } from './story-body.js';

export const ARTICLE_STATUSES = ['new', 'in-review', 'ready', 'exported', 'spiked'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const WIRE_FORMATS = [
  'plain-text', 'anpa-1312', 'iptc-7901', 'nitf', 'newsml-1', 'newsml-g2', 'ninjs', 'html', 'email', 'docx', 'feed',
  'ritzau-xml', 'ntb-release-xml',
] as const;
export type WireFormat = (typeof WIRE_FORMATS)[number];

/** IPTC pubstatus: whether the item may be published. */
export const PUBSTATUSES = ['usable', 'withheld', 'canceled'] as const;
export type Pubstatus = (typeof PUBSTATUSES)[number];

/** A subject code with its scheme (IPTC Media Topics, IPTC subject codes, an agency's own), as the format gives it. */
export interface Subject {
  readonly code: string;
  readonly scheme: string;
  readonly name: string;
  /** Relevance, 0–1, for suggestions Copydesk made itself. */
  readonly score?: number;
  /** True for a suggestion the editor has not picked yet. */
  readonly suggested?: boolean;
}

/** An ANPA-1312 category (e.g. `i` international, `s` sports). */
export interface Category {
  readonly code: string;
  readonly name: string;
}

export interface Place {
  readonly name: string;
  readonly code: string | null;
}

export interface Author {
  readonly name: string;
  readonly role: string;
}

/** How a story relates to an earlier one it updates: a newer version of a guid, an UPDATE 1-, a REFILE-… */
export interface Lineage {
  readonly previous: string;
  readonly relation: string;
}

/** A near-duplicate from another source (same event, other wording), with how alike the two are (0–1). */
export interface RelatedStory {
  readonly id: string;
  readonly similarity: number;
}

export interface Dateline {
  /** The dateline as it will be printed, rendered from the fields below. */
  readonly text: string;
  readonly place: string;
  /** The state, province or country the copy names after the place: "Texas" in `AUSTIN, Texas, Feb. 1 …`. */
  readonly region?: string | null;
  /** ISO date (YYYY-MM-DD) or null when the copy gave none. */
  readonly date: string | null;
  /** True while the year was inferred from the import date and not yet confirmed by the editor. */
  readonly yearInferred: boolean;
  /** The agency named in the dateline, e.g. "AFP" in `PARIS, July 23 (AFP) -`. */
  readonly agency: string | null;
  /** ISO 3166 country code of the place, when known. */
  readonly country?: string | null;
}

export interface Source {
  /** The agency the copy came from, e.g. "Islamic Republic News Agency". */
  readonly name: string;
  /** Its short code, e.g. "IRNA", when known. */
  readonly code: string | null;
  /** The credit line printed with the story. */
  readonly credit: string;
}

/** One block of the body (see story-body.ts): a paragraph, subhead, list item or quote. */
export interface Paragraph {
  /** Stable across re-cleaning, undo/redo and edits (story-body.ts); absent only in libraries not yet migrated. */
  readonly id: string;
  /** 'paragraph' when absent. */
  readonly type?: BlockType;
  readonly text: string;
  /** Bold, italic and links over the text. */
  readonly marks?: readonly InlineMark[];
  /** Who the paragraph is attributed to (a person or organisation), or null for the agency's own narration. */
  readonly speaker?: string | null;
  /** True once the editor confirmed or changed the speaker. */
  readonly speakerConfirmed?: boolean;
}

export interface Original {
  readonly fileName: string;
  readonly format: WireFormat;
  readonly encoding: string;
  readonly sha256: string;
  readonly size: number;
  /** The decoded text exactly as received: never modified. */
  readonly text: string;
  /** Which item of the file this story is, for files that carry several (NewsML, RSS…); 0 otherwise. */
  readonly item?: number;
  /**
   * The file's XML or JSON stops before its document closes (ingest/cut-short.ts): where, in the desk's words. The
   * story read from it may end early; the desk's reading flags it until the editor dismisses the flag.
   */
  readonly cutShort?: string;
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
  /**
   * Where the change's result sits in the current body (block id and quoted words), when it left text there;
   * null when it removed or lifted out its text, or the editor has since rewritten those words.
   */
  readonly anchor?: BodyAnchor | null;
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
  /** People, organisations and places: found by enrichment, corrected by the editor. */
  readonly entities: Entities;
  /** Subjects: the wire's and Copydesk's suggestions (suggested: true until the editor picks them). */
  readonly subjects: readonly Subject[];
}
export type EditableField = keyof EditableFields;
export const EDITABLE_FIELDS: readonly EditableField[] = [
  'status', 'headline', 'slugline', 'byline', 'abstract', 'dateline', 'source', 'language', 'keywords', 'entities',
  'subjects',
];

export interface ExportRecord {
  readonly format: string;
  readonly fileName: string;
  readonly at: string;
  /** The story's revision that was exported (the export's own save makes the next one). */
  readonly revision: number;
  /** The version written in the file (ninjs/NewsML-G2 `version`): bumped when an edited story goes out again. */
  readonly version?: number;
  /** The folder written to; null when the file went back to the browser as a download. */
  readonly folder?: string | null;
  readonly preset?: string;
  /** A publish to a site (format 'wordpress'): the site, and the post's id there, so a republish updates it. */
  readonly site?: string;
  readonly remoteId?: number;
  readonly url?: string;
}

export interface DeclaredWordCount {
  readonly words: number;
  /** CRC-32 (hex) of the body's paragraphs as imported, one a line. */
  readonly body: string;
}

/** What the wire format itself said about the item (empty for plain text): kept as the agency sent it. */
export interface WireFields {
  readonly guid: string | null;
  readonly version: number | null;
  /** ISO 8601 with offset. */
  readonly created: string | null;
  readonly updated: string | null;
  readonly priority: number | null;
  readonly urgency: number | null;
  readonly pubstatus: Pubstatus;
  readonly ednote: string;
  /**
   * What the desk alone reads and no export carries: an agency's note marked private (STT's `sttnote:private`
   * edNote), and the word that the text was not sent with the item. Absent when there is none.
   */
  readonly deskNote?: string;
  readonly embargo: string | null;
  readonly takeKey: string;
  readonly category: readonly Category[];
  readonly subjects: readonly Subject[];
  readonly places: readonly Place[];
  readonly authors: readonly Author[];
  /**
   * The story's words: the count its format declared (declaredWordCount) while the body is still the one it was
   * imported with, otherwise the words the desk holds, counted as a word processor does.
   */
  readonly wordCount: number;
  /**
   * The word count the item declared in its own field (NewsML-G2 `wordcount`, ANPA-1312's header, NewsML 1's
   * WordCount property…), with the checksum of the body it came with: once the body changes, the count is the desk's
   * own again. Absent when the item declared none.
   */
  readonly declaredWordCount?: DeclaredWordCount;
  readonly lineage: Lineage | null;
  readonly related: readonly RelatedStory[];
}

export const EMPTY_WIRE_FIELDS: WireFields = {
  guid: null, version: null, created: null, updated: null, priority: null, urgency: null, pubstatus: 'usable',
  ednote: '', embargo: null, takeKey: '', category: [], subjects: [], places: [], authors: [], wordCount: 0,
  lineage: null, related: [],
};

export interface Article extends EditableFields, WireFields {
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
  /** Every source of the story (the agency, people, organisations, documents) and the paragraphs it supports. */
  readonly sources: readonly StorySource[];
  /** What the attribution and style linter asks the editor to look at. */
  readonly flags: readonly Flag[];
  /** The editor's speaker tags, wording fixes and dismissed flags: kept across re-runs of cleaning. */
  readonly decisions: DeskDecisions;
  /**
   * False until the desk's reading (entities, speakers, sources, flags, suggested subjects) has been run: an import
   * defers it to the story's first opening, so that importing stays fast (see BENCHMARKS.md).
   */
  readonly analysed: boolean;
  /**
   * The machine's cleaned body the editor's edits were made on: the common ancestor a re-run of cleaning merges
   * them from. Absent until the editor first edits the body.
   */
  readonly machine?: readonly MachineBlock[];
  /** Decisions and edits that no longer apply to the text, newest last (shown to the editor, never dropped). */
  readonly orphaned?: readonly OrphanedDecision[];
  /**
   * Set when this agency version was merged into the editor's copy of the one before (update-merge.ts): what was
   * applied (each undoable) and what is left for the editor to choose.
   */
  readonly writeThrough?: UpdateMerge;
}

/** The desk fields of a story nothing has been found in yet. */
export const EMPTY_DESK_FIELDS: Pick<Article, 'entities' | 'sources' | 'flags' | 'decisions' | 'analysed'> = {
  entities: NO_ENTITIES, sources: [], flags: [], decisions: NO_DECISIONS, analysed: false,
};

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

/**
 * The wire fields the desk may set by hand: an embargo, the subjects the story files under, urgency and priority,
 * the editor's note, and the contributors ("Writing by …", "Editing by …").
 */
export type WirePatch = Partial<Pick<WireFields, 'embargo' | 'subjects' | 'urgency' | 'priority' | 'ednote' | 'authors'>>;

export type ArticlePatch = Partial<EditableFields> & WirePatch;

/** Applies an editor's patch: the patched fields become "edited" and survive any later re-run of cleaning. */
export function applyPatch(article: Article, patch: ArticlePatch): Article {
  const touched = EDITABLE_FIELDS.filter((f) => patch[f] !== undefined);
  const edited = [...new Set([...article.edited, ...touched])];
  return { ...article, ...patch, edited };
}

export function isStatus(value: unknown): value is ArticleStatus {
  return typeof value === 'string' && (ARTICLE_STATUSES as readonly string[]).includes(value);
}
