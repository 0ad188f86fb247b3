/**
 * Plans an export without writing anything: for each story, whether it may go (and if not, why), the version it
 * goes out as, what each field becomes in the target, and the rendered file. The preview shows this plan; the
 * export writes exactly it.
 */
import { errorMessage } from '../domain/errors.js';
import type { Article } from '../domain/article.js';
import { isBatchFormat, type ExportFormat } from '../domain/export-format.js';
import type { ExportPreset } from '../domain/export-preset.js';
import { batchFileBase, storyFileBase, styleArticle } from './apply-preset.js';
import { renderBatch, renderExport, type RenderedExport } from './export-article.js';
import { articleGuid, storyDateTime, type RenderOptions } from './export-options.js';
import { blockReasons } from './gates.js';
import { printedByline, printedCredit, printedDateline, printedKeywords } from './house-style.js';
import { storyCategories } from './formats/wxr.js';
import { confirmedSubjects, subjectLabel, subjectQcode } from './subject-codes.js';
import { storyAuthor } from './story-author.js';

export interface FieldPreview {
  /** The story's field, in the desk's words. */
  readonly field: string;
  /** Where it goes in the target format. */
  readonly target: string;
  readonly value: string;
}

export interface PlannedStory {
  readonly article: Article;
  readonly styled: Article;
  readonly version: number;
  /** Empty when the story may go. */
  readonly reasons: readonly string[];
  readonly fields: readonly FieldPreview[];
  /** The story's own file; null when blocked or when a batch file holds it. */
  readonly file: RenderedExport | null;
}

export interface ExportPlan {
  readonly preset: ExportPreset;
  readonly stories: readonly PlannedStory[];
  /** WXR and JSON Feed: the one file holding every story that may go; null for per-story formats or none ready. */
  readonly batchFile: RenderedExport | null;
  /** Stories that could not be rendered (a damaged story file): each with its reason; the rest of the batch goes. */
  readonly failed: readonly { readonly articleId: string; readonly reason: string }[];
}

/**
 * The version this export writes (ninjs/NewsML-G2 `version`, WXR meta): 1 the first time (the agency's version when
 * the story keeps the agency's guid); the same again when
 * nothing changed since the last export (the export's own save is the only revision since); one more after an edit.
 */
export function exportVersion(article: Article): number {
  const last = article.exports.at(-1);
  // Under the agency's own guid the first export goes out at the agency's version, never below it.
  if (last === undefined) return Math.max(1, article.guid ? (article.version ?? 1) : 1);
  const lastVersion = last.version ?? 1;
  return article.revision > last.revision + 1 ? lastVersion + 1 : lastVersion;
}

type TargetNames = Readonly<Record<'title' | 'summary' | 'dateline' | 'byline' | 'credit' | 'subjects' | 'keywords' | 'version' | 'date', string>>;

function targetNames(format: ExportFormat): TargetNames {
  const xml = (names: TargetNames): TargetNames => names;
  switch (format) {
    case 'wxr':
      return xml({ title: 'item/title', summary: 'excerpt:encoded', dateline: 'postmeta copydesk_dateline', byline: 'dc:creator (author)', credit: 'postmeta copydesk_credit + body', subjects: 'category (domain=category)', keywords: 'category (domain=post_tag)', version: 'postmeta copydesk_version', date: 'wp:post_date_gmt' });
    case 'ninjs':
    case 'ninjs3':
      return { title: 'headlines[main]', summary: 'descriptions[summary]', dateline: 'descriptions[dateline]', byline: 'by', credit: 'descriptions[creditline]', subjects: 'subjects (uri, literal)', keywords: 'subjects (name)', version: 'version', date: format === 'ninjs' ? 'firstcreated' : 'firstCreated' };
    case 'nitf':
      return { title: 'hedline/hl1', summary: 'abstract', dateline: 'dateline', byline: 'byline', credit: 'distributor, tagline', subjects: 'tobject.subject', keywords: 'key-list/keyword', version: 'du-key/@version', date: 'date.issue' };
    case 'newsml-g2':
      return { title: 'headline', summary: 'description[summary]', dateline: 'dateline', byline: 'by', credit: 'creditline', subjects: 'subject/@qcode', keywords: 'keyword', version: 'newsItem/@version', date: 'firstCreated' };
    case 'md':
    case 'md-hugo':
    case 'md-jekyll':
    case 'md-astro':
      return { title: 'title', summary: format === 'md-jekyll' ? 'excerpt' : 'description', dateline: 'dateline', byline: format === 'md-hugo' ? 'authors' : 'author', credit: 'credit', subjects: 'categories, subject_codes', keywords: 'tags', version: '—', date: format === 'md-astro' ? 'pubDate' : 'date' };
    case 'jsonfeed':
      return { title: 'title', summary: 'summary', dateline: '_copydesk.dateline', byline: 'authors', credit: '_copydesk.credit', subjects: '_copydesk.subjects', keywords: 'tags', version: '_copydesk.version', date: 'date_published' };
    case 'html':
    case 'html-page':
    case 'text':
      return { title: 'headline', summary: format === 'html-page' ? 'meta description' : '—', dateline: 'first paragraph', byline: 'byline', credit: 'credit line', subjects: format === 'html-page' ? 'JSON-LD about' : '—', keywords: format === 'html-page' ? 'meta keywords' : '—', version: format === 'html-page' ? 'JSON-LD version' : '—', date: format === 'html-page' ? 'article:published_time' : '—' };
    default:
      return format satisfies never;
  }
}

export function fieldPreview(styled: Article, preset: ExportPreset, version: number): FieldPreview[] {
  const names = targetNames(preset.format);
  const subjects = confirmedSubjects(styled.subjects).map((s) => `${subjectLabel(s)}${subjectQcode(s) ? ` (${subjectQcode(s)})` : ''}`);
  const categories = preset.format === 'wxr' ? storyCategories(styled, { ...optionsFor(preset, version, new Date(0)) }).map((t) => t.name) : subjects;
  const rows: FieldPreview[] = [
    { field: 'Headline', target: names.title, value: styled.headline.trim() },
    { field: 'Summary', target: names.summary, value: styled.abstract.trim() },
    { field: 'Dateline', target: names.dateline, value: printedDateline(styled) },
    { field: 'Byline', target: names.byline, value: preset.format === 'wxr' ? storyAuthor(styled).login : printedByline(styled) },
    { field: 'Credit', target: names.credit, value: printedCredit(styled) },
    { field: 'Subjects', target: names.subjects, value: categories.join('; ') },
    { field: 'Keywords', target: names.keywords, value: printedKeywords(styled).join('; ') },
    { field: 'Date', target: names.date, value: storyDateTime(styled) },
    { field: 'GUID', target: 'identifier', value: articleGuid(styled) },
    { field: 'Version', target: names.version, value: String(version) },
  ];
  if (preset.format === 'wxr') rows.push({ field: 'Status', target: 'wp:status', value: preset.postStatus });
  return rows;
}

export function optionsFor(preset: ExportPreset, version: number, now: Date): RenderOptions {
  return {
    version,
    generatedAt: now.toISOString(),
    siteTitle: preset.siteTitle,
    siteUrl: preset.siteUrl,
    postStatus: preset.postStatus,
    defaultCategory: preset.defaultCategory,
  };
}

/**
 * `blockedBy` adds the library's own blocks that a story alone cannot show (a kill sent for another version of it).
 */
export function planExport(
  articles: readonly Article[],
  preset: ExportPreset,
  now: Date,
  blockedBy: (article: Article) => readonly string[] = () => [],
): ExportPlan {
  const batch = isBatchFormat(preset.format);
  const failed: { articleId: string; reason: string }[] = [];
  const fail = (article: Article, err: unknown): void => {
    const name = typeof article.headline === 'string' && article.headline !== '' ? `"${article.headline}"` : 'the story';
    failed.push({ articleId: String(article.id), reason: `${name} could not be exported (its stored copy may be damaged): ${errorMessage(err)}` });
  };
  const stories = articles.flatMap((article): PlannedStory[] => {
    try {
      const version = exportVersion(article);
      const styled = styleArticle(article, preset);
      const reasons = [...blockedBy(article), ...blockReasons(article, preset.gates, now)];
      const file = reasons.length > 0 || batch ? null : renderExport(styled, preset.format, optionsFor(preset, version, now), storyFileBase(article, preset));
      return [{ article, styled, version, reasons, fields: fieldPreview(styled, preset, version), file }];
    } catch (err) {
      fail(article, err);
      return [];
    }
  });
  let ready = stories.filter((s) => s.reasons.length === 0);
  const format = preset.format;
  const render = (some: readonly PlannedStory[], as: 'wxr' | 'jsonfeed'): RenderedExport =>
    renderBatch(
      some.map((s) => s.styled),
      as,
      optionsFor(preset, 1, now),
      new Map(some.map((s) => [s.article.id, s.version])),
      batchFileBase(preset, now),
    );
  let batchFile: RenderedExport | null = null;
  if (batch && ready.length > 0 && (format === 'wxr' || format === 'jsonfeed')) {
    try {
      batchFile = render(ready, format);
    } catch {
      // One story spoils the batch file: each is tried alone, the ones that fail are left out with their reason.
      ready = ready.filter((s) => {
        try {
          render([s], format);
          return true;
        } catch (err) {
          fail(s.article, err);
          return false;
        }
      });
      batchFile = ready.length > 0 ? render(ready, format) : null;
    }
  }
  const bad = new Set(failed.map((f) => f.articleId));
  return { preset, stories: stories.filter((s) => !bad.has(String(s.article.id))), batchFile, failed };
}
