/**
 * The ONE list of calls the renderer may make: name → argument validator → result type. The service implements
 * it once; electron/main/ipc.ts and electron/api/http-host.ts only expose it. Adding a feature is one entry here,
 * one service method and one UI use.
 */
import { CopydeskError } from '../domain/errors.js';
import {
  ARTICLE_STATUSES,
  EDITABLE_FIELDS,
  type Article,
  type ArticlePatch,
  type ArticleSummary,
  type ExportRecord,
  type RelatedStory,
} from '../domain/article.js';
import { FLAG_KINDS, SOURCE_KINDS, type DeskSettings } from '../domain/desk.js';
import { EXPORT_FORMATS, type ExportFormat } from '../domain/export-format.js';
import {
  CREDIT_STYLES, DATELINE_STYLES, POST_STATUSES, QUOTE_STYLES, SUMMARY_SOURCES, TITLE_SOURCES, type ExportPreset,
} from '../domain/export-preset.js';
import type { RenderedExport } from '../export/export-article.js';
import type { FieldPreview } from '../export/export-plan.js';
import type { QuarantineRecord } from '../domain/quarantine-record.js';
import type { KillEntry } from '../domain/kill.js';
import { SORT_KEYS, type SearchFacets } from '../search/search-facets.js';
import type { StoryHit } from '../search/story-hit.js';
import { PUBLISH_POST_STATUSES, TAKEDOWN_ACTIONS, type PublishTarget } from '../domain/publish-target.js';
import type { PublishPreview, PublishReport, PublishStatusView } from '../publish/publish-types.js';
import type { MediaTopic } from '../domain/media-topic.js';
import type { CorrectedBlock } from '../domain/agency-correction.js';
import { BLOCK_TYPES, MARK_TYPES, type BlockInput, type BlockType, type InlineMark } from '../domain/story-body.js';
import { arr, bool, int, nullable, obj, oneOf, optional, str, type Validator } from './validate.js';

/** 30 MB of base64 ≈ 22 MB of file: above the default 20 MB import limit so the limit itself reports the error. */
const MAX_BASE64 = 30 * 1024 * 1024;
const MAX_FILES_PER_CALL = 500;
const id = str({ min: 1, max: 64 });
const jobId = str({ min: 1, max: 64 });
const path = str({ min: 1, max: 4096 });
const text = (max = 10_000) => str({ max });

const dateline = obj({
  text: text(500),
  place: text(200),
  region: optional(nullable(text(200))),
  date: nullable(str({ max: 10 })),
  yearInferred: bool,
  agency: nullable(text(100)),
  country: optional(nullable(str({ max: 3 }))),
});
const source = obj({ name: text(300), code: nullable(text(40)), credit: text(300) });

const name = str({ min: 1, max: 300 });
const entities = obj({
  people: arr(obj({ name, role: nullable(text(300)), organisation: nullable(text(300)) }), { max: 500 }),
  organisations: arr(obj({ name }), { max: 500 }),
  places: arr(obj({ name, country: nullable(str({ max: 3 })) }), { max: 500 }),
});
const subject = obj({
  code: text(100),
  scheme: text(100),
  name: text(300),
  score: optional((v, path) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) throw new CopydeskError('validation', `${path}: expected a number from 0 to 1`);
    return v;
  }),
  suggested: optional(bool),
});

/** An ISO 8601 date-time, or null (no embargo). */
const dateTime: Validator<string> = (v, path) => {
  const value = str({ min: 1, max: 40 })(v, path);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new CopydeskError('validation', `${path}: expected an ISO 8601 date and time`);
  }
  return value;
};

const patch: Validator<ArticlePatch> = obj({
  status: optional(oneOf(ARTICLE_STATUSES)),
  headline: optional(text(1000)),
  slugline: optional(text(200)),
  byline: optional(text(500)),
  abstract: optional(text(5000)),
  dateline: optional(dateline),
  source: optional(source),
  language: optional(str({ max: 35 })),
  keywords: optional(arr(text(200), { max: 200 })),
  entities: optional(entities),
  embargo: optional(nullable(dateTime)),
  subjects: optional(arr(subject, { max: 200 })),
  urgency: optional(nullable(int({ min: 1, max: 9 }))),
  priority: optional(nullable(int({ min: 1, max: 9 }))),
  ednote: optional(text(5000)),
  authors: optional(arr(obj({ name: str({ min: 1, max: 300 }), role: text(100) }), { max: 50 })),
});

/** A file name template: letters, digits, `-`, `_`, `.` and the tokens {slug} {date} {id} {headline}. */
const fileNaming: Validator<string> = (v, path) => {
  const value = str({ min: 1, max: 120 })(v, path);
  if (!/^(?:[A-Za-z0-9_.-]|\{(?:slug|date|id|headline)\})+$/.test(value)) {
    throw new CopydeskError('validation', `${path}: use letters, digits, - _ . and {slug} {date} {id} {headline}`);
  }
  return value;
};

const siteUrl: Validator<string> = (v, path) => {
  const value = str({ min: 1, max: 500 })(v, path);
  if (!/^https?:\/\/[^\s]+$/.test(value)) throw new CopydeskError('validation', `${path}: expected an http(s) URL`);
  return value;
};
const wpUser = str({ min: 1, max: 120 });
const wordpressTarget = obj({
  kind: oneOf(['wordpress'] as const),
  siteUrl,
  user: wpUser,
  postStatus: oneOf(PUBLISH_POST_STATUSES),
  takedown: oneOf(TAKEDOWN_ACTIONS),
});
/** A Git working tree: an absolute path (the service never guesses where a relative one would land). */
const gitFolderPath: Validator<string> = (v, path) => {
  const value = str({ min: 1, max: 1000 })(v, path);
  if (!/^(\/|[A-Za-z]:[\\/])/.test(value)) throw new CopydeskError('validation', `${path}: expected an absolute folder path`);
  return value;
};
const contentDir: Validator<string> = (v, path) => {
  const value = str({ max: 300 })(v, path);
  if (/(^|[\\/])\.\.([\\/]|$)/.test(value) || /^[\\/]/.test(value)) throw new CopydeskError('validation', `${path}: a folder inside the repository, e.g. content/posts`);
  return value;
};
const gitFolderTarget = obj({
  kind: oneOf(['git-folder'] as const),
  folder: gitFolderPath,
  contentDir,
  postStatus: oneOf(PUBLISH_POST_STATUSES),
  takedown: oneOf(TAKEDOWN_ACTIONS),
});
const publishTarget: Validator<PublishTarget> = (v, path) =>
  typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'git-folder' ? gitFolderTarget(v, path) : wordpressTarget(v, path);

/** Which stories to publish and where: a preset with a publish target, or a bare WordPress site and user. */
const publishRequest = obj({
  ids: optional(arr(id, { max: 10_000 })),
  status: optional(oneOf(ARTICLE_STATUSES)),
  preset: optional(str({ min: 1, max: 80 })),
  wordpress: optional(obj({ siteUrl, user: wpUser })),
  postStatus: optional(oneOf(PUBLISH_POST_STATUSES)),
  gitFolder: optional(obj({ folder: gitFolderPath, contentDir: optional(contentDir) })),
});

const preset: Validator<ExportPreset> = obj({
  name: str({ min: 1, max: 80 }),
  format: oneOf(EXPORT_FORMATS),
  fieldMapping: obj({ title: oneOf(TITLE_SOURCES), summary: oneOf(SUMMARY_SOURCES) }),
  datelineStyle: oneOf(DATELINE_STYLES),
  creditStyle: oneOf(CREDIT_STYLES),
  quoteStyle: oneOf(QUOTE_STYLES),
  fileNaming,
  outputFolder: nullable(str({ min: 1, max: 1000 })),
  gates: obj({
    headline: bool,
    confirmedDatelineYear: bool,
    creditedSource: bool,
    blockingFlags: arr(oneOf(FLAG_KINDS), { max: FLAG_KINDS.length }),
    fields: optional(obj({
      headlineMax: nullable(int({ min: 1, max: 10_000 })),
      abstractMax: nullable(int({ min: 1, max: 100_000 })),
      slugMax: nullable(int({ min: 1, max: 1000 })),
      requireAbstract: bool,
      requireByline: bool,
      requireSubject: bool,
    })),
  }),
  siteTitle: text(300),
  siteUrl: (v, path) => {
    const value = str({ min: 1, max: 500 })(v, path);
    if (!/^https?:\/\/[^\s]+$/.test(value)) throw new CopydeskError('validation', `${path}: expected an http(s) URL`);
    return value;
  },
  postStatus: oneOf(POST_STATUSES),
  defaultCategory: text(200),
  publish: optional(nullable(publishTarget)),
  builtIn: optional(bool),
});

/** Which stories to export (ids, or every story with a status) and where (a preset, or a bare format). */
const exportRequest = obj({
  ids: optional(arr(id, { max: 10_000 })),
  status: optional(oneOf(ARTICLE_STATUSES)),
  /** Every story this search matches (the query language of searchArticles). */
  query: optional(str({ max: 2000 })),
  format: optional(oneOf(EXPORT_FORMATS)),
  preset: optional(str({ min: 1, max: 80 })),
  /** Electron: write into the folder the previous call of this batch chose, instead of asking again. */
  sameFolder: optional(bool),
});
const story = { id, revision: int({ min: 1 }) };

/** Body limits: a story of 20,000 blocks and 2 million characters is far beyond any agency's copy. */
export const BODY_LIMITS = { blocks: 20_000, blockChars: 100_000, bodyChars: 2_000_000, marksPerBlock: 2_000 } as const;
/** A block id: one the story has (cleaning's `p<n>`), or a new one the editor minted (`b-` + 10–32 [a-z0-9]). */
const blockId = str({ min: 2, max: 40 });

/** Links go to the web or to a mail address only: no javascript:, data:, file: or relative URLs. */
const href: Validator<string> = (v, path) => {
  const value = str({ min: 1, max: 2000 })(v, path);
  if (!/^(?:https?:\/\/[^\s"<>]+|mailto:[^\s"<>]+)$/i.test(value)) throw new CopydeskError('validation', `${path}: a link must be an http(s) or mailto address`);
  return value;
};
const mark: Validator<InlineMark> = (v, path) => {
  const m = obj({ type: oneOf(MARK_TYPES), start: int({ min: 0 }), end: int({ min: 0 }), href: optional(href) })(v, path);
  if (m.end <= m.start) throw new CopydeskError('validation', `${path}: a mark must end after it starts`);
  if (m.type === 'link' && m.href === undefined) throw new CopydeskError('validation', `${path}: a link needs an href`);
  if (m.type !== 'link' && m.href !== undefined) throw new CopydeskError('validation', `${path}: only a link has an href`);
  return m;
};
const block: Validator<BlockInput> = (v, path) => {
  const b = obj({
    id: blockId,
    type: oneOf(BLOCK_TYPES),
    text: str({ max: BODY_LIMITS.blockChars }),
    marks: optional(arr(mark, { max: BODY_LIMITS.marksPerBlock })),
  })(v, path);
  for (const [i, m] of (b.marks ?? []).entries()) {
    if (m.end > b.text.length) throw new CopydeskError('validation', `${path}.marks[${i}]: ends at ${m.end}, past the block's ${b.text.length} characters`);
  }
  return b;
};
const blocks: Validator<BlockInput[]> = (v, path) => {
  const list = arr(block, { max: BODY_LIMITS.blocks })(v, path);
  const total = list.reduce((n, b) => n + b.text.length, 0);
  if (total > BODY_LIMITS.bodyChars) throw new CopydeskError('validation', `${path}: the body has ${total} characters, more than ${BODY_LIMITS.bodyChars}`);
  return list;
};

export interface ImportedFile {
  readonly name: string;
  /** File bytes, base64-encoded so that any encoding survives JSON and IPC untouched. */
  readonly base64: string;
}

export interface ImportError {
  readonly fileName: string;
  readonly reason: string;
  /** The quarantine record's key (the bytes' sha256), when the file was kept there. */
  readonly quarantine?: string;
}

export interface ImportDuplicate {
  readonly fileName: string;
  readonly id: string;
}

/** A stored story that is a new version of an earlier one (newer guid version, UPDATE 1-, REFILE-, write-thru…). */
export interface ImportUpdate {
  readonly fileName: string;
  readonly id: string;
  readonly previous: string;
  readonly relation: string;
}

/** A stored story grouped with near-duplicates from other sources. */
export interface ImportRelated {
  readonly fileName: string;
  readonly id: string;
  readonly related: readonly RelatedStory[];
}

export interface ImportReport {
  /** Every story stored: new ones, new versions and related ones alike. */
  readonly articles: readonly Article[];
  readonly duplicates: readonly ImportDuplicate[];
  readonly errors: readonly ImportError[];
  readonly updates: readonly ImportUpdate[];
  readonly related: readonly ImportRelated[];
}

export const IMPORT_OUTCOMES = ['imported', 'updated', 'duplicate', 'related', 'failed'] as const;
export type ImportOutcomeKind = (typeof IMPORT_OUTCOMES)[number];

/** One file's fate in a bulk import: small, so a report of 20,000 files stays small. */
export interface ImportOutcome {
  readonly fileName: string;
  readonly kind: ImportOutcomeKind;
  /** The story stored, or the one it duplicates; null for a failure. */
  readonly id: string | null;
  readonly headline: string;
  readonly previous: string | null;
  readonly relation: string | null;
  readonly related: readonly RelatedStory[];
  readonly reason: string | null;
  readonly quarantine: string | null;
}

export interface ImportSummary {
  readonly total: number;
  readonly imported: number;
  readonly updated: number;
  readonly duplicates: number;
  readonly related: number;
  readonly failed: number;
}

export const IMPORT_JOB_STATES = ['running', 'done', 'cancelled', 'failed'] as const;
export type ImportJobState = (typeof IMPORT_JOB_STATES)[number];

/** A bulk import's progress and report, polled with importStatus: works alike over IPC and HTTP. */
export interface ImportJob {
  readonly jobId: string;
  readonly label: string;
  readonly state: ImportJobState;
  readonly done: number;
  /** Files expected; null while a folder is still being counted. */
  readonly total: number | null;
  /** The file being imported now. */
  readonly current: string | null;
  readonly summary: ImportSummary;
  /** Outcomes from `outcomesFrom` on (at most 1,000 per call); `outcomeCount` is how many there are in all. */
  readonly outcomes: readonly ImportOutcome[];
  readonly outcomeCount: number;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly error: string | null;
}

/** A file kept in the quarantine with the reason it failed. */
export type QuarantineEntry = QuarantineRecord;

export interface StoryVersion {
  readonly id: string;
  readonly headline: string;
  readonly relation: string | null;
  readonly importedAt: string | null;
}

export interface StoryLink {
  readonly id: string;
  readonly headline: string;
  readonly source: string;
  readonly similarity: number;
}

/** A story's other versions (oldest first, itself included) and its near-duplicates from other sources. */
export interface StoryLinks {
  readonly versions: readonly StoryVersion[];
  readonly related: readonly StoryLink[];
  /**
   * Better agency copies of this story's guid and version that arrived after the editor had changed it: kept beside
   * it, never in its place (absent when there are none).
   */
  readonly agencyCopies?: readonly StoryVersion[];
}

/** What a corrected agency version changed against the version before it, and where earlier versions went out. */
export interface StoryCorrection {
  readonly id: string;
  /** "version 3": its place in the story's chain (the guid's version when the item has one). */
  readonly version: string;
  /** The previous agency version, compared with. */
  readonly of: { readonly id: string; readonly version: string; readonly headline: string };
  /** Where the item said it is a correction (see enrich/correction-signal.ts), and the agency's note. */
  readonly by: 'signal' | 'nitf-correction' | 'ednote' | 'mark' | 'text';
  readonly note: string;
  readonly blocks: readonly CorrectedBlock[];
  /** "¶3 'two' → 'three'; ¶5 added". */
  readonly summary: string;
  /** Every export of an earlier version, oldest first: where to put the correction right. */
  readonly exported: readonly {
    readonly versionId: string;
    readonly version: string;
    readonly format: string;
    readonly fileName: string;
    readonly folder: string | null;
    readonly at: string;
    readonly url?: string;
  }[];
}

export interface HotFolderStatus {
  readonly path: string | null;
  readonly watching: boolean;
  /** Files imported from it since the app started. */
  readonly imported: number;
  readonly lastScan: string | null;
  readonly lastError: string | null;
}

export interface ExportedFile {
  readonly articleId: string;
  /** Every story the file holds (one, or the whole batch for WXR and JSON Feed). */
  readonly articleIds: readonly string[];
  readonly name: string;
  readonly mediaType: string;
  readonly content: string;
}

export interface BlockedStory {
  readonly articleId: string;
  readonly headline: string;
  readonly reasons: readonly string[];
}

export interface ExportReport {
  readonly files: readonly ExportedFile[];
  readonly errors: readonly { readonly articleId: string; readonly reason: string }[];
  /** Stories the gates held back: nothing was written for them. */
  readonly blocked: readonly BlockedStory[];
  /** Stories that went with something the editor should know: open flags, an inferred year the gates let through. */
  readonly warnings?: readonly { readonly articleId: string; readonly headline: string; readonly warnings: readonly string[] }[];
  /** Where the files were written, when the entrance writes them (Electron's folder dialog, the CLI). */
  readonly writtenTo: string | null;
}

export interface StoryPreview {
  readonly articleId: string;
  readonly headline: string;
  readonly version: number;
  readonly reasons: readonly string[];
  /** What the editor should know even when nothing blocks it: open flags, an inferred year the gates let through. */
  readonly warnings?: readonly string[];
  readonly fields: readonly FieldPreview[];
  /** The story's own file; null when blocked, and for WXR and JSON Feed (see `batchFile`). */
  readonly file: PreviewFile | null;
}

/** A rendered file as the preview shows it: the exporter's own output. */
export type PreviewFile = RenderedExport;

/** A dry run: what an export would write, story by story; nothing is written or recorded. */
export interface ExportPreview {
  readonly preset: ExportPreset;
  readonly stories: readonly StoryPreview[];
  /** WXR and JSON Feed: the one file that holds every story that may go (sent once, not per story). */
  readonly batchFile: PreviewFile | null;
  readonly errors: readonly { readonly articleId: string; readonly reason: string }[];
}

/** A page of a search: `total` stories in the library, `matching` the query, `results` from `offset` on. */
export interface SearchPage {
  readonly total: number;
  readonly matching: number;
  readonly offset: number;
  readonly results: readonly StoryHit[];
  /** Counts over every matching story, when asked for. */
  readonly facets: SearchFacets | null;
  /** Folded words to highlight (fold-text.ts): the query's words, the words sharing their stems, and the words its prefixes stood for. */
  readonly terms: readonly string[];
}

/** One revision in a story's history. */
export interface RevisionInfo {
  readonly number: number;
  /** The desk user's name when it was saved ("" before a name was set). */
  readonly author: string;
  readonly at: string;
  readonly summary: string;
}

export interface DiffPart {
  readonly kind: 'same' | 'inserted' | 'deleted';
  readonly text: string;
}

export interface BlockComparison {
  readonly id: string;
  readonly type: BlockType;
  readonly status: 'same' | 'changed' | 'inserted' | 'deleted';
  readonly parts: readonly DiffPart[];
}

export interface RevisionComparison {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly headline: readonly DiffPart[];
  readonly abstract: readonly DiffPart[];
  /** In the order of revision `to`, with blocks only revision `from` had placed where they stood. */
  readonly blocks: readonly BlockComparison[];
}

/** Against the agency's copy: text cleaning removed or added, and text the editor removed or added. */
export interface AgencyPart {
  readonly kind: 'same' | 'machine-deleted' | 'machine-inserted' | 'editor-deleted' | 'editor-inserted';
  readonly text: string;
}

export interface AgencyComparison {
  readonly id: string;
  /** The whole body, blocks separated by a blank line ("\n\n"). */
  readonly parts: readonly AgencyPart[];
}

/** What the caller sent with a stale revision: kept whole so the editor can merge it with the stored one. */
export interface BodyEdit {
  readonly headline?: string;
  readonly abstract?: string;
  readonly blocks?: readonly BlockInput[];
}

export type SaveBodyResult =
  | { readonly saved: true; readonly article: Article }
  | {
      readonly saved: false;
      /** The stored story (its revision is newer than the caller's) and the caller's unsaved edit. */
      readonly conflict: { readonly theirs: Article; readonly yours: BodyEdit; readonly yourRevision: number; readonly message: string };
    };

export const contract = {
  listArticles: obj({ status: optional(oneOf(ARTICLE_STATUSES)) }),
  /** A page of the stories a query matches (empty: all), best first or in `sort` order; see search-query.ts. */
  searchArticles: obj({
    query: optional(str({ max: 2000 })),
    sort: optional(oneOf(SORT_KEYS)),
    offset: optional(int({ min: 0, max: 10_000_000 })),
    limit: optional(int({ min: 0, max: 1000 })),
    facets: optional(bool),
  }),
  getArticle: obj({ id }),
  importFiles: obj({
    files: arr(obj({ name: str({ min: 1, max: 1000 }), base64: str({ max: MAX_BASE64 }) }), { max: MAX_FILES_PER_CALL }),
    /** Counts these files toward a job from startImport (the renderer's uploads), so importStatus shows progress. */
    jobId: optional(jobId),
    /** The job's last call: it ends now, even if some of its files never arrived (unreadable on the sender's side). */
    final: optional(bool),
  }),
  /**
   * Starts a bulk import. With `paths` (files and folders on the service's machine: the CLI, Electron, a
   * browser on the same computer) the service reads and imports them itself; without, the caller sends the
   * `total` files with importFiles({ jobId }). Poll importStatus; cancelImport keeps what is already done.
   */
  startImport: obj({
    paths: optional(arr(path, { max: 1000 })),
    total: optional(int({ min: 0, max: 10_000_000 })),
    label: optional(str({ max: 200 })),
  }),
  importStatus: obj({ jobId, outcomesFrom: optional(int({ min: 0 })) }),
  cancelImport: obj({ jobId }),
  listImports: obj({}),
  listQuarantine: obj({ limit: optional(int({ min: 1, max: 10_000 })) }),
  storyLinks: obj({ id }),
  /** What a corrected agency version corrected; null when the story is not a correction. */
  correctionOf: obj({ id }),
  getHotFolder: obj({}),
  /** null stops watching. In Electron, `pick: true` asks for the folder with the native dialog instead. */
  setHotFolder: obj({ path: nullable(path), pick: optional(bool) }),
  importText: obj({ text: str({ min: 0, max: MAX_BASE64 }), name: optional(str({ max: 1000 })) }),
  saveArticle: obj({ id, revision: int({ min: 1 }), patch }),
  undoChange: obj({ id, revision: int({ min: 1 }), changeId: str({ min: 1, max: 100 }) }),
  /**
   * After an agency update was merged into the editor's copy: settle a block (`block`) or a field (`field`) both
   * changed, with the editor's version, the agency's, both merged (blocks only), or the editor's own `text`.
   */
  settleUpdate: obj({
    ...story,
    block: optional(blockId),
    field: optional(oneOf(EDITABLE_FIELDS)),
    choice: oneOf(['ours', 'theirs', 'merged'] as const),
    text: optional(str({ max: BODY_LIMITS.blockChars })),
  }),
  /** Undoes one change an agency update applied (the block back to the editor's text); `redo` applies it again. */
  undoUpdateChange: obj({ ...story, block: blockId, redo: optional(bool) }),
  redoChange: obj({ id, revision: int({ min: 1 }), changeId: str({ min: 1, max: 100 }) }),
  /**
   * The editor's text: headline, abstract and the body's blocks (each with its id; new blocks with an id the
   * editor minted). A stale `revision` is not an error: the result says `saved: false` and carries both versions.
   */
  saveBody: obj({
    ...story,
    headline: optional(text(1000)),
    abstract: optional(text(5000)),
    blocks: optional(blocks),
    /** The revision's one-line summary; made from the change when absent. */
    summary: optional(str({ max: 200 })),
  }),
  /** The story's revisions, oldest first. */
  listRevisions: obj({ id }),
  /** The story as it was at revision `number`. */
  getRevision: obj({ id, number: int({ min: 1 }) }),
  /** Word-level differences from revision `from` to revision `to` (jsdiff diffWords), block by block. */
  compareRevisions: obj({ id, from: int({ min: 1 }), to: int({ min: 1 }) }),
  /** Brings back revision `to`'s text and fields as a new revision (nothing is overwritten). */
  revertStory: obj({ ...story, to: int({ min: 1 }) }),
  /** In one picture: what cleaning changed and what the editor changed, against the agency's copy. */
  compareWithAgency: obj({ id }),
  /** The desk user's name, the author of every revision saved from now on. */
  setDeskUser: obj({ name: str({ min: 1, max: 100 }) }),
  /**
   * The editor confirms (or changes) who a block is attributed to; null = the agency's own narration. Name the
   * block by id (`block`); `paragraph` (its index) is still read for older callers.
   */
  setSpeaker: obj({
    ...story,
    block: optional(blockId),
    paragraph: optional(int({ min: 0, max: BODY_LIMITS.blocks })),
    speaker: nullable(str({ min: 1, max: 300 })),
  }),
  /** Applies a flag's suggested fix to its paragraph. */
  fixFlag: obj({ ...story, flagId: str({ min: 1, max: 1200 }) }),
  dismissFlag: obj({ ...story, flagId: str({ min: 1, max: 1200 }) }),
  /** "Always remove this for this source": files the passage as the story's source's boilerplate and re-cleans. */
  addBoilerplate: obj({ ...story, text: str({ min: 3, max: 5000 }) }),
  removeBoilerplate: obj({ source: str({ min: 1, max: 300 }), text: str({ min: 1, max: 5000 }) }),
  /** Runs cleaning and the desk's reading again with the current rules. */
  recleanStory: obj(story),
  getDesk: obj({}),
  saveGlossary: obj({ terms: arr(obj({ term: str({ min: 1, max: 200 }), suggestion: text(200), note: text(500) }), { max: 1000 }) }),
  saveRegistryEntry: obj({
    name,
    kind: oneOf(SOURCE_KINDS),
    role: nullable(text(300)),
    organisation: nullable(text(300)),
    note: text(1000),
  }),
  exportArticles: exportRequest,
  previewExport: exportRequest,
  listPresets: obj({}),
  savePreset: obj({ preset }),
  deletePreset: obj({ name: str({ min: 1, max: 80 }) }),
  /** Every kill, withdrawal or cancellation received, with the stories it reaches. */
  listKills: obj({}),
  killStatus: obj({ id }),
  /** Lifts the kill in force on a story; the reason is recorded with the editor's name and the time. */
  liftKill: obj({ id, reason: str({ min: 3, max: 500 }) }),
  /** The exact payload each story would send, field by field; nothing is sent. */
  previewPublish: publishRequest,
  publishStories: publishRequest,
  publishStatus: obj({ ids: arr(id, { max: 10_000 }) }),
  /** After a kill: the story's post goes back to draft or to the trash, as its target says. */
  takeDownStory: obj({ id, site: optional((v, path) => (typeof v === 'string' && v.startsWith('git:') ? str({ max: 1100 })(v, path) : siteUrl(v, path))) }),
  /** Write-only: the password is stored on the service's side and never sent back. */
  savePublishPassword: obj({ siteUrl, user: wpUser, password: str({ min: 1, max: 200 }) }),
  searchMediaTopics: obj({ query: str({ max: 200 }), limit: optional(int({ min: 1, max: 100 })) }),
} as const;

export type MethodName = keyof typeof contract;
export type Args<M extends MethodName> = ReturnType<(typeof contract)[M]>;

export interface Results {
  listArticles: readonly ArticleSummary[];
  searchArticles: SearchPage;
  getArticle: Article;
  importFiles: ImportReport;
  importText: ImportReport;
  startImport: ImportJob;
  importStatus: ImportJob;
  cancelImport: ImportJob;
  listImports: readonly ImportJob[];
  listQuarantine: readonly QuarantineEntry[];
  storyLinks: StoryLinks;
  correctionOf: StoryCorrection | null;
  getHotFolder: HotFolderStatus;
  setHotFolder: HotFolderStatus;
  saveArticle: Article;
  saveBody: SaveBodyResult;
  listRevisions: readonly RevisionInfo[];
  getRevision: Article;
  compareRevisions: RevisionComparison;
  revertStory: Article;
  compareWithAgency: AgencyComparison;
  setDeskUser: DeskSettings;
  undoChange: Article;
  redoChange: Article;
  settleUpdate: Article;
  undoUpdateChange: Article;
  exportArticles: ExportReport;
  setSpeaker: Article;
  fixFlag: Article;
  dismissFlag: Article;
  addBoilerplate: Article;
  removeBoilerplate: DeskSettings;
  recleanStory: Article;
  getDesk: DeskSettings;
  saveGlossary: DeskSettings;
  saveRegistryEntry: DeskSettings;
  previewExport: ExportPreview;
  listPresets: readonly ExportPreset[];
  savePreset: readonly ExportPreset[];
  deletePreset: readonly ExportPreset[];
  listKills: readonly KillReport[];
  killStatus: KillStatus;
  liftKill: KillStatus;
  previewPublish: PublishPreview;
  publishStories: PublishReport;
  publishStatus: readonly PublishStatusView[];
  takeDownStory: readonly PublishStatusView[];
  savePublishPassword: { readonly hasPassword: boolean };
  searchMediaTopics: readonly MediaTopic[];
}

/** A kill with the stories it reaches, for the Killed list. */
export interface KillReport extends KillEntry {
  readonly stories: readonly {
    readonly id: string;
    readonly headline: string;
    /** Where and when the story already went out: what has to be taken down. */
    readonly exports: readonly ExportRecord[];
    /** Set when the story's file could not be read. */
    readonly unreadable?: string;
  }[];
}

/** The kill in force on one story, if any, and every kill that ever named it. */
export interface KillStatus {
  readonly active: KillEntry | null;
  readonly all: readonly KillEntry[];
}

/** The typed API: what the preload exposes, what the HTTP client implements, what the service provides. */
export type CopydeskApi = { [M in MethodName]: (args: Args<M>) => Promise<Results[M]> };

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

/** Parses an argument that arrived from outside; throws CopydeskError('validation') naming the bad field. */
export function parseArgs<M extends MethodName>(method: M, value: unknown): Args<M> {
  return contract[method](value, method) as Args<M>;
}

/** What travels back over IPC and HTTP: errors as data, so their code and message survive the crossing. */
export type Envelope<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string } };

export type { ExportFormat, ExportPreset, StoryHit };

/** What the Electron preload exposes on `window.copydesk`: the same verbs, answering with envelopes. */
export type CopydeskBridge = { [M in MethodName]: (args: Args<M>) => Promise<Envelope<Results[M]>> };
