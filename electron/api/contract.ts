/**
 * The ONE list of calls the renderer may make: name → argument validator → result type. The service implements
 * it once; electron/main/ipc.ts and electron/api/http-host.ts only expose it. Adding a feature is one entry here,
 * one service method and one UI use.
 */
import {
  ARTICLE_STATUSES,
  type Article,
  type ArticlePatch,
  type ArticleSummary,
} from '../domain/article.js';
import { SOURCE_KINDS, type DeskSettings } from '../domain/desk.js';
import { EXPORT_FORMATS, type ExportFormat } from '../domain/export-format.js';
import { arr, bool, int, nullable, num, obj, oneOf, optional, str, type Validator } from './validate.js';

/** 30 MB of base64 ≈ 22 MB of file: above the default 20 MB import limit so the limit itself reports the error. */
const MAX_BASE64 = 30 * 1024 * 1024;
const MAX_FILES_PER_CALL = 500;
const id = str({ min: 1, max: 64 });
const text = (max = 10_000) => str({ max });

const dateline = obj({
  text: text(500),
  place: text(200),
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
  code: str({ min: 1, max: 100 }),
  scheme: str({ max: 100 }),
  name: text(300),
  score: optional(num),
  suggested: optional(bool),
});

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
  subjects: optional(arr(subject, { max: 200 })),
});
const story = { id, revision: int({ min: 1 }) };

export interface ImportedFile {
  readonly name: string;
  /** File bytes, base64-encoded so that any encoding survives JSON and IPC untouched. */
  readonly base64: string;
}

export interface ImportError {
  readonly fileName: string;
  readonly reason: string;
}

export interface ImportDuplicate {
  readonly fileName: string;
  readonly id: string;
}

export interface ImportReport {
  readonly articles: readonly Article[];
  readonly duplicates: readonly ImportDuplicate[];
  readonly errors: readonly ImportError[];
}

export interface ExportedFile {
  readonly articleId: string;
  readonly name: string;
  readonly mediaType: string;
  readonly content: string;
}

export interface ExportReport {
  readonly files: readonly ExportedFile[];
  readonly errors: readonly { readonly articleId: string; readonly reason: string }[];
  /** Where the files were written, when the entrance writes them (Electron's folder dialog, the CLI). */
  readonly writtenTo: string | null;
}

export const contract = {
  listArticles: obj({ status: optional(oneOf(ARTICLE_STATUSES)) }),
  getArticle: obj({ id }),
  importFiles: obj({
    files: arr(obj({ name: str({ min: 1, max: 1000 }), base64: str({ max: MAX_BASE64 }) }), { max: MAX_FILES_PER_CALL }),
  }),
  importText: obj({ text: str({ min: 0, max: MAX_BASE64 }), name: optional(str({ max: 1000 })) }),
  saveArticle: obj({ id, revision: int({ min: 1 }), patch }),
  undoChange: obj({ id, revision: int({ min: 1 }), changeId: str({ min: 1, max: 100 }) }),
  redoChange: obj({ id, revision: int({ min: 1 }), changeId: str({ min: 1, max: 100 }) }),
  exportArticles: obj({ ids: arr(id, { max: 10_000 }), format: oneOf(EXPORT_FORMATS) }),
  /** The editor confirms (or changes) who a paragraph is attributed to; null = the agency's own narration. */
  setSpeaker: obj({ ...story, paragraph: int({ min: 0, max: 10_000 }), speaker: nullable(str({ min: 1, max: 300 })) }),
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
} as const;

export type MethodName = keyof typeof contract;
export type Args<M extends MethodName> = ReturnType<(typeof contract)[M]>;

export interface Results {
  listArticles: readonly ArticleSummary[];
  getArticle: Article;
  importFiles: ImportReport;
  importText: ImportReport;
  saveArticle: Article;
  undoChange: Article;
  redoChange: Article;
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

export type { ExportFormat };

/** What the Electron preload exposes on `window.copydesk`: the same verbs, answering with envelopes. */
export type CopydeskBridge = { [M in MethodName]: (args: Args<M>) => Promise<Envelope<Results[M]>> };
