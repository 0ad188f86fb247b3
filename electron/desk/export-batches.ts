/**
 * An export written in batches (issue 11, item 7): a few hundred stories at a time are read, planned and
 * rendered, their files written with one flush (writeExportBatch) and their export records saved with one more
 * (ArticleStore.saveMany, one new pack for the batch) — instead of a flush for every file and four for every
 * record. At most two batches of stories and files are held at once (one rendered while the one before goes to
 * disk), so a library of 100,000 stories exports in bounded memory. WXR and JSON Feed
 * write one file for all the stories, so they are planned whole, as before, and only their records are batched.
 *
 * The report is what a story-at-a-time export gave: a file is listed once it is on disk and every story it holds
 * records it; a story that fails (its file, or its record) is an error of its own, and the rest go on.
 */
import type { BlockedStory, ExportedFile, ExportReport } from '../api/contract.js';
import type { ExportRecord } from '../domain/article.js';
import { errorMessage } from '../domain/errors.js';
import { isBatchFormat } from '../domain/export-format.js';
import type { ExportPreset } from '../domain/export-preset.js';
import type { RenderedExport } from '../export/export-article.js';
import type { ExportPlan, PlannedStory } from '../export/export-plan.js';
import { storyWarnings } from '../export/warnings.js';
import { writeExportBatch, type WriteOutcome } from '../export/write-files.js';
import type { SaveOutcome, SaveRequest } from '../store/article-store.js';

/** Stories a batch: enough that the two flushes are a small part of its time, few enough to hold in memory. */
export const EXPORT_BATCH = 500;

export interface ExportOptions {
  /**
   * False: the report lists the files without their content (it is on disk; `copydesk export` prints paths only).
   * Keeps the report's size bounded too. Default true: the report carries each file, as the API returns it.
   */
  readonly withContent?: boolean;
  /** Stories a batch (EXPORT_BATCH unless a test wants small batches). */
  readonly batchSize?: number;
}

type StoryError = { articleId: string; reason: string };

export interface ExportSides {
  /** The plan of these stories with the preset (stories that cannot be read are errors). */
  readonly plan: (ids: readonly string[]) => Promise<{ plan: ExportPlan; errors: StoryError[] }>;
  readonly saveMany: (requests: readonly SaveRequest[]) => Promise<SaveOutcome[]>;
  readonly now: () => Date;
  /** Who exports, for the stories' history. */
  readonly author: string;
}

export async function exportInBatches(
  ids: readonly string[],
  preset: ExportPreset,
  dir: string | null,
  sides: ExportSides,
  options: ExportOptions = {},
): Promise<ExportReport> {
  const report = { files: [] as ExportedFile[], errors: [] as StoryError[], blocked: [] as BlockedStory[], warnings: [] as NonNullable<ExportReport['warnings']>[number][] };
  const size = isBatchFormat(preset.format) ? Math.max(1, ids.length) : Math.max(1, options.batchSize ?? EXPORT_BATCH);
  // Two batches overlap: while one batch's files and records go to disk (the process mostly waits there), the
  // next one is read and rendered. The disk work itself stays in order, one batch after the other, so the names
  // the files take and the report's order are those of a batch-at-a-time export.
  let writing: Promise<void> = Promise.resolve();
  let previous = new Set<string>();
  try {
    for (let from = 0; from < ids.length; from += size) {
      const batch = ids.slice(from, from + size);
      // A story listed again in the next batch is read only once its first export is recorded on it.
      if (batch.some((id) => previous.has(id))) await writing;
      const planned = await sides.plan(batch);
      await writing;
      writing = writeBatch(planned, preset, dir, sides, options, report);
      // Its failure is met at the next await of it; until then it must not count as unhandled.
      writing.catch(() => undefined);
      previous = new Set(batch);
    }
  } finally {
    await writing;
  }
  return { files: report.files, errors: report.errors, blocked: report.blocked, warnings: report.warnings, writtenTo: dir };
}

async function writeBatch(
  { plan, errors }: { plan: ExportPlan; errors: StoryError[] },
  preset: ExportPreset,
  dir: string | null,
  sides: ExportSides,
  options: ExportOptions,
  report: { files: ExportedFile[]; errors: StoryError[]; blocked: BlockedStory[]; warnings: NonNullable<ExportReport['warnings']>[number][] },
): Promise<void> {
  report.errors.push(...errors);
  for (const s of plan.stories) if (s.reasons.length > 0) report.blocked.push({ articleId: s.article.id, headline: s.article.headline, reasons: s.reasons });
  const ready = plan.stories.filter((s) => s.reasons.length === 0);
  const outputs: { file: RenderedExport; stories: PlannedStory[] }[] = plan.batchFile
    ? [{ file: plan.batchFile, stories: ready }]
    : ready.flatMap((s) => (s.file ? [{ file: s.file, stories: [s] }] : []));
  const written = await writeOutputs(dir, outputs.map((o) => o.file));
  const at = sides.now().toISOString();
  const requests: SaveRequest[] = [];
  const names: string[] = [];
  outputs.forEach(({ file, stories }, k) => {
    const outcome = written[k];
    if (!outcome?.ok) {
      for (const s of stories) report.errors.push({ articleId: s.article.id, reason: outcome?.reason ?? 'not written' });
      return;
    }
    const name = dir ? (outcome.path.split(/[\\/]/).pop() ?? file.name) : file.name;
    names[k] = name;
    for (const story of stories) requests.push(recordRequest(story, preset, name, dir, at, sides.author));
  });
  const saved = await sides.saveMany(requests);
  let next = 0;
  outputs.forEach(({ file, stories }, k) => {
    const name = names[k];
    if (name === undefined) return;
    const recorded: string[] = [];
    for (const story of stories) {
      const outcome = saved[next++];
      if (outcome?.ok) recorded.push(story.article.id);
      else report.errors.push({ articleId: story.article.id, reason: `${name} was written but not recorded on the story: ${outcome?.reason ?? 'not saved'}` });
    }
    // Reported done only once the story records it: a story is never listed as both exported and failed.
    if (recorded.length === 0) return;
    const content = options.withContent === false ? '' : file.content;
    report.files.push({ articleId: recorded[0] ?? '', articleIds: recorded, ...file, content, name });
    const exported = new Set(recorded);
    for (const s of stories) {
      const warnings = exported.has(s.article.id) ? storyWarnings(s.article, preset.gates) : [];
      if (warnings.length > 0) report.warnings.push({ articleId: s.article.id, headline: s.article.headline, warnings });
    }
  });
}

/** The batch's files on disk (one flush), or, with no folder, nothing to write: each goes back in the report. */
async function writeOutputs(dir: string | null, files: readonly RenderedExport[]): Promise<WriteOutcome[]> {
  if (!dir || files.length === 0) return files.map((f) => ({ ok: true, path: f.name }));
  try {
    return await writeExportBatch(dir, files);
  } catch (err) {
    // The folder itself (gone, not writable) or the flush: every file of the batch fails with the reason.
    const reason = errorMessage(err);
    return files.map(() => ({ ok: false, reason }));
  }
}

/** The story as its export leaves it: the record appended (format, file, folder, version, time), `exported`. */
function recordRequest(story: PlannedStory, preset: ExportPreset, fileName: string, dir: string | null, at: string, author: string): SaveRequest {
  const { article } = story;
  const record: ExportRecord = { format: preset.format, fileName, at, revision: article.revision, version: story.version, folder: dir, preset: preset.name };
  return {
    next: { ...article, status: 'exported', exports: [...article.exports, record] },
    expectedRevision: article.revision,
    note: { author, summary: `Exported as ${preset.format} (${fileName})` },
  };
}
