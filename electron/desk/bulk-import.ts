/**
 * Imports a batch of files with duplicate, update and near-duplicate detection, and quarantines what fails.
 * Each file gets one outcome: imported, updated (a new version of an earlier story), duplicate (same bytes, same
 * guid and version, or — without a guid — the same source, headline and text), related (stored, grouped with near-duplicates from other sources) or failed. Stories
 * of the same batch see each other, so an original and its UPDATE 1 dropped together are linked.
 */
import { type Article, type RelatedStory } from '../domain/article.js';
import { CopydeskError, errorMessage } from '../domain/errors.js';
import type { Signature } from '../enrich/fingerprint.js';
import { describeMarks, headlineKey, readUpdateMarks } from '../enrich/lineage.js';
import type { IncomingFile } from '../ingest/ingest.js';
import { liftedMark, storySignature, storyTextKeyOf, unmarkedHeadline, type FileBuild } from './build-file.js';
import type { ArticleStore } from '../store/article-store.js';
import type { EncodedArticle } from '../store/pack-line.js';
import type { FingerprintIndex, StoryKeys } from '../store/fingerprint-index.js';
import type { Quarantine } from '../store/quarantine.js';
import type { ImportOutcome, ImportReport } from '../api/contract.js';

/**
 * Estimated Jaccard similarity (of content words and their pairs) from which another source's story is listed as
 * related. Two agencies' accounts of one event measure about 0.45; unrelated stories under 0.1.
 */
export const RELATED_THRESHOLD = 0.3;
/** From which an agency update (UPDATE 1-…) with a changed headline is still taken for the same story. */
const UPDATE_THRESHOLD = 0.5;

/** A file to import, or one that could not even be read (with the reason). */
export type BatchInput = IncomingFile | { readonly name: string; readonly failure: string };

export interface BatchContext {
  readonly store: ArticleStore;
  /**
   * Reads and builds the files, in order (the service's pipeline with the desk's rules, on every core: see
   * build-pool.ts).
   */
  readonly buildFiles: (files: readonly IncomingFile[]) => Promise<FileBuild[]>;
  /** Called with the stories once they are stored (the desk remembers their sources). */
  readonly stored?: (articles: readonly Article[]) => Promise<void>;
  readonly index: FingerprintIndex;
  readonly quarantine: Quarantine;
  readonly now: Date;
  /** Called before each file, for progress. */
  readonly onFile?: (name: string) => void;
}

export interface BatchResult {
  readonly report: ImportReport;
  readonly outcomes: readonly ImportOutcome[];
  /** sha256 of every file that was read, for the hot folder's memory. */
  readonly sha256s: readonly string[];
}

const blank = { id: null, headline: '', previous: null, relation: null, related: [], reason: null, quarantine: null } as const;

/** A batch read, built and linked, ready to be stored: what `commitBatch` writes. */
export interface PreparedBatch {
  readonly result: BatchResult;
  readonly fresh: readonly { readonly article: Article; readonly bytes: Uint8Array; readonly encoded?: EncodedArticle }[];
}

export async function importBatch(files: readonly BatchInput[], ctx: BatchContext): Promise<BatchResult> {
  return commitBatch(await prepareBatch(files, ctx), ctx);
}

/**
 * Reads, builds and links a batch (duplicates, updates, related stories): everything but storing it. The fingerprint
 * index learns the batch's stories here, so a next batch prepared while this one is being stored sees them.
 */
export async function prepareBatch(files: readonly BatchInput[], ctx: BatchContext, building?: Promise<FileBuild[]>): Promise<PreparedBatch> {
  const report = { articles: [] as Article[], duplicates: [] as ImportReport['duplicates'][number][], errors: [] as ImportReport['errors'][number][], updates: [] as ImportReport['updates'][number][], related: [] as ImportReport['related'][number][] };
  const outcomes: ImportOutcome[] = [];
  // Each outcome's file, by its place in the batch: outcomes are reported in the order the files came.
  const outcomeFile: number[] = [];
  let current = 0;
  const fresh: { article: Article; bytes: Uint8Array; encoded?: EncodedArticle }[] = [];
  const sha256s: string[] = [];
  const seen = new Map<string, string>();

  const fail = async (name: string, reason: string, bytes: Uint8Array | null): Promise<void> => {
    let key: string | null = null;
    try {
      key = (await ctx.quarantine.put(name, reason, bytes, ctx.now)).key;
    } catch {
      // Quarantine is a courtesy: a full disk there must not stop the batch.
    }
    report.errors.push(key ? { fileName: name, reason, quarantine: key } : { fileName: name, reason });
    outcomes.push({ ...blank, fileName: name, kind: 'failed', reason, quarantine: key });
    outcomeFile.push(current);
  };

  // First every file is read and built; then the stories are linked oldest-first (no update mark before
  // UPDATE 1 before UPDATE 2, lower guid versions first), so a folder whose names sort an update before its
  // original still links them the right way round.
  const built: { file: IncomingFile; fileAt: number; article: Article; signature: Signature; textKey: string | null | undefined; encoded: EncodedArticle | undefined; sha256: string; rank: number }[] = [];
  // The files may be building already (a stream starts a batch's build before it links the batch before).
  const builds = await (building ?? ctx.buildFiles(readableFiles(files)));
  let at = 0;
  for (const [fileAt, file] of files.entries()) {
    current = fileAt;
    ctx.onFile?.(file.name);
    if ('failure' in file) {
      await fail(file.name, file.failure, null);
      continue;
    }
    const outcome = builds[at++] ?? { ok: false, reason: 'was not read' };
    if (!outcome.ok) {
      await fail(file.name, outcome.reason, file.bytes);
      continue;
    }
    const { sha256 } = outcome;
    sha256s.push(sha256);
    const sameBytes = ctx.store.idForOriginal(sha256) ?? seen.get(sha256);
    if (sameBytes) {
      report.duplicates.push({ fileName: file.name, id: sameBytes });
      outcomes.push({ ...blank, fileName: file.name, kind: 'duplicate', id: sameBytes, reason: 'the same file is already in the library' });
      outcomeFile.push(fileAt);
      continue;
    }
    for (const { article, signature, textKey, encoded } of outcome.stories) {
      if (!seen.has(sha256)) seen.set(sha256, article.id);
      built.push({ file, fileAt, article, signature, textKey, encoded, sha256, rank: updateRank(article) });
    }
  }
  // Linked oldest-first, reported in the order the files came. The order of linking never depends on the order
  // of the files: at an equal update rank the later wire time goes first, then the more complete item, then the
  // bytes themselves, so two copies of one guid and version keep the same one whichever came first.
  const order = new Map(built.map((b, i) => [b.article.id, i]));
  built.sort(compareForLinking);
  for (const { file, fileAt, article: draft, signature, textKey, encoded, sha256 } of built) {
    outcomeFile.push(fileAt);
    const matched = linkStory(draft, ctx.index, signature, { edited: (id) => (ctx.store.summary(id)?.revision ?? 1) > 1, ...(textKey !== undefined ? { textKey } : {}) });
    if (matched.kind === 'duplicate') {
      seen.delete(sha256);
      report.duplicates.push({ fileName: file.name, id: matched.of });
      outcomes.push({ ...blank, fileName: file.name, kind: 'duplicate', id: matched.of, reason: matched.reason });
      continue;
    }
    const { article } = matched;
    fresh.push({ article, bytes: file.bytes, ...(encoded && asBuilt(article, draft) ? { encoded } : {}) });
    report.articles.push(article);
    const replaced = matched.replaces
      ? `a better copy (later or more complete) of version ${article.version ?? 'none'} than the one stored: shown in its place, which stays stored`
      : null;
    const base = { ...blank, fileName: file.name, id: article.id, headline: article.headline, reason: replaced };
    if (article.lineage) {
      report.updates.push({ fileName: file.name, id: article.id, ...article.lineage });
      outcomes.push({ ...base, kind: 'updated', ...article.lineage });
    } else if (article.related.length > 0) {
      report.related.push({ fileName: file.name, id: article.id, related: article.related });
      outcomes.push({ ...base, kind: 'related', related: article.related });
    } else {
      outcomes.push({ ...base, kind: 'imported' });
    }
  }
  const position = (id: string): number => order.get(id) ?? 0;
  report.articles.sort((a, b) => position(a.id) - position(b.id));
  const inFileOrder = outcomes.map((o, i) => ({ o, at: outcomeFile[i] ?? 0, i })).sort((a, b) => a.at - b.at || a.i - b.i).map((x) => x.o);
  return { result: { report, outcomes: inFileOrder, sha256s }, fresh };
}

/** Stores a prepared batch durably; its stories count as imported once this returns. */
export async function commitBatch({ result, fresh }: PreparedBatch, ctx: BatchContext): Promise<BatchResult> {
  try {
    await ctx.store.insert(fresh);
  } catch (err) {
    throw new CopydeskError('io', `Could not store the imported stories: ${errorMessage(err)}`);
  }
  await ctx.index.persist(fresh.map((f) => f.article.id));
  await ctx.stored?.(fresh.map((f) => f.article));
  return result;
}

/**
 * True when linking left the story as it was built (linkStory sets only these fields): then the JSON its build made
 * for the pack is the stored story's.
 */
function asBuilt(linked: Article, built: Article): boolean {
  return (
    linked.headline === built.headline &&
    linked.slugline === built.slugline &&
    linked.lineage === null &&
    built.lineage === null &&
    linked.related.length === 0 &&
    built.related.length === 0
  );
}

/** The files of a batch that could be read at all. */
export function readableFiles(files: readonly BatchInput[]): IncomingFile[] {
  return files.filter((f): f is IncomingFile => !('failure' in f));
}

interface Linkable {
  readonly article: Article;
  readonly sha256: string;
  readonly rank: number;
}

/** Update rank first; then the later wire time, the more complete item, the bytes, the item's place in its file. */
export function compareForLinking(a: Linkable, b: Linkable): number {
  return (
    a.rank - b.rank ||
    wireTime(b.article) - wireTime(a.article) ||
    completeness(b.article) - completeness(a.article) ||
    (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0) ||
    (a.article.original.item ?? 0) - (b.article.original.item ?? 0)
  );
}

function wireTime(article: Article): number {
  const t = Date.parse(article.updated ?? article.created ?? '');
  return Number.isNaN(t) ? 0 : t;
}

/** How much of a story the item carries: a headline above all, then its words and the fields a desk fills. */
export function completeness(article: Article): number {
  return (
    (hasOwnHeadline(article) ? 100_000 : 0) +
    Math.min(article.wordCount, 50_000) +
    (article.byline.trim() ? 50 : 0) +
    (article.dateline.place.trim() ? 50 : 0) +
    (article.abstract.trim() ? 20 : 0) +
    article.subjects.length * 5
  );
}

/** A headline the item carried, not one cleaning made from the body's first words for an item that had none. */
function hasOwnHeadline(article: Article): boolean {
  const headline = article.headline.trim().replace(/…$/u, '');
  if (!headline) return false;
  const opening = article.paragraphs[0]?.text.trim() ?? '';
  return !(article.headline.trim().endsWith('…') && opening.startsWith(headline));
}

/** Sort key: originals first, then by update number (UPDATE 2 after UPDATE 1), guid version, write-thru number. */
function updateRank(article: Article): number {
  const read = readUpdateMarks(article.headline, article.takeKey);
  const lifted = liftedMark(article);
  const marks = read.marks.length > 0 ? read.marks : lifted ? readUpdateMarks(`${lifted}-${article.headline}`, article.takeKey).marks : [];
  let n = (article.version ?? 0) * 100;
  for (const m of marks) n += Number(/\d+/.exec(m.label)?.[0] ?? 1) || 1;
  return n;
}

export type Linked =
  /** `replaces`: the stored copy of the same guid and version this better copy is now shown instead of. */
  | { readonly kind: 'stored'; readonly article: Article; readonly replaces?: string }
  | { readonly kind: 'duplicate'; readonly of: string; readonly reason: string };

export interface LinkOptions {
  /** True for a stored story the editor has changed (saved since import): a better copy never replaces it. */
  readonly edited?: (id: string) => boolean;
  /** The story's textKey (`storyTextKeyOf`) when the build already made it; null when it has none. */
  readonly textKey?: string | null;
}

/**
 * Finds the story a new one updates or duplicates, or the related ones; adds it to the index. `sig` is the story's
 * fingerprint (`storySignature`), when the build already made it.
 *
 * The result never depends on the order stories arrive in: the chain is ordered by the items' own keys (the index's
 * `versions`), so an older version arriving after a newer one takes its place before it, and of two copies of one
 * guid and version the better one (later wire time, then more complete) is kept whichever came first. A better copy
 * of a version the editor has already edited is stored beside it as held, and the editor's story stays.
 */
export function linkStory(built: Article, index: FingerprintIndex, sig: Signature = storySignature(built), options: LinkOptions = {}): Linked {
  const read = readUpdateMarks(built.headline, built.takeKey);
  // The mark is metadata (kept in lineage.relation), not part of the headline.
  const headline = unmarkedHeadline(built, read);
  const source = (built.source.code ?? built.source.name).toLowerCase();
  const lifted = liftedMark(built);
  // Cleaning lifted the mark out of the headline: read it back as if it were still there.
  const marks = read.marks.length > 0 ? read.marks : lifted ? readUpdateMarks(`${lifted}-${built.headline}`, built.takeKey).marks : [];
  const label = marks.length > 0 ? `${describeMarks(marks)}${built.guid ? ` (version ${built.version})` : ''}` : built.guid ? `version ${built.version}` : null;
  const ranked = { ...built, headline };
  // The same story sent again in other bytes (no guid to say so): a duplicate of the one stored, not a new story.
  const textKey = options.textKey !== undefined ? (options.textKey ?? undefined) : storyTextKeyOf(built);
  const sameText = textKey ? index.withText(textKey) : undefined;
  if (sameText) return { kind: 'duplicate', of: sameText.id, reason: 'the same story (source, headline and text) is already in the library' };
  const keys: StoryKeys = {
    id: built.id, source, headlineKey: headlineKey(headline), guid: built.guid, version: built.version, previous: null, relation: label,
    rank: updateRank(built), time: wireTime(built), weight: completeness(ranked), sha: `${built.original.sha256}:${built.original.item ?? 0}`,
    ...(textKey ? { textKey } : {}),
  };
  let linkTo: string | null = null;
  let held = false;
  const kept = built.guid ? index.keptCopy(built.guid, built.version) : undefined;
  if (built.guid) {
    const same = index.withGuid(built.guid);
    if (kept) {
      if (!isBetterCopy(keys, kept)) return { kind: 'duplicate', of: kept.id, reason: `the same guid and version (${built.version ?? 'none'}) is already in the library` };
      // The better copy is kept; the one stored stays (nothing stored is lost), shadowed in the chain.
      linkTo = kept.id;
      held = options.edited?.(kept.id) ?? false;
    } else if (same.length > 0) {
      linkTo = (same[0] as StoryKeys).id;
    }
  }
  if (!linkTo && marks.length > 0) {
    const byHeadline = index.withHeadline(source, keys.headlineKey).at(-1);
    const bySimilarity = index.similar(sig, UPDATE_THRESHOLD, 5, built.id).find((c) => index.get(c.id)?.source === source);
    linkTo = byHeadline?.id ?? bySimilarity?.id ?? null;
  }
  // One query serves both the check below and the related stories.
  const alike = linkTo ? [] : index.similar(sig, RELATED_THRESHOLD, 10, built.id);
  if (!linkTo && marks.length === 0 && !built.guid) {
    // An original arriving after its updates: it joins a chain of the same source made only of updates.
    const candidates = [
      ...index.withHeadline(source, keys.headlineKey).map((k) => k.id),
      ...alike.filter((c) => c.similarity >= UPDATE_THRESHOLD && index.get(c.id)?.source === source).map((c) => c.id),
    ];
    linkTo = candidates.find((id) => index.versions(id).every((v) => v.rank !== undefined && v.rank > (keys.rank ?? 0) && !v.guid)) ?? null;
  }
  let related: RelatedStory[] = [];
  if (!linkTo) {
    // Across sources only: alike stories from one source are its takes, updates or templates, not another account.
    related = alike
      .filter((c) => index.get(c.id)?.source !== source)
      .slice(0, 5)
      .map((c) => ({ id: index.latest(c.id), similarity: Math.round(c.similarity * 100) / 100 }))
      .filter((c, i, all) => all.findIndex((x) => x.id === c.id) === i);
  }
  const relation = held ? `agency copy of version ${built.version ?? 'none'} (the editor's copy is kept)` : label;
  index.add({ ...keys, previous: linkTo, relation, ...(held ? { held } : {}) }, sig);
  // The lineage names the version before this one in the chain as it stands now (its own place, not its arrival).
  const chain = linkTo ? index.versions(built.id) : [];
  const at = chain.findIndex((k) => k.id === built.id);
  const before = held ? linkTo : at > 0 ? (chain[at - 1] as StoryKeys).id : null;
  const article: Article = {
    ...built,
    headline,
    // The slug was made from the marked headline: "update-1-floods-…" → "floods-…".
    slugline: read.marks.length > 0 ? built.slugline.replace(/^((update-?\d+|refile|corrected|correction|rpt|repeat)-)+/, '') : built.slugline,
    lineage: before ? { previous: before, relation: relation ?? 'version' } : null,
    related,
  };
  return { kind: 'stored', article, ...(kept && !held && linkTo === kept.id ? { replaces: kept.id } : {}) };
}

/** At one guid and version: the later wire time, then the more complete item, then the bytes decide. */
function isBetterCopy(copy: StoryKeys, kept: StoryKeys): boolean {
  return (copy.time ?? 0) - (kept.time ?? 0) > 0 || ((copy.time ?? 0) === (kept.time ?? 0) && ((copy.weight ?? 0) > (kept.weight ?? 0) || ((copy.weight ?? 0) === (kept.weight ?? 0) && (copy.sha ?? '') < (kept.sha ?? ''))));
}
