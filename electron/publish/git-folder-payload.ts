/**
 * What a story becomes in a static site's Git folder, before anything is written: the file's path inside the
 * repository and its exact text (Markdown with the generator's front matter). The preview shows exactly this and
 * the client writes exactly this. Pure: no I/O.
 *
 * Draft and schedule follow what each generator reads (their front matter docs):
 * - Hugo: `draft: true` is left out of the build; a `publishDate` in the future is left out until then.
 * - Jekyll: `published: false` is left out; a post dated in the future is left out (`future: false`, the default).
 * - Astro (blog collection): `draft: true` by convention; `pubDate` carries the scheduled time.
 */
import type { Article } from '../domain/article.js';
import type { ExportPreset } from '../domain/export-preset.js';
import type { GitFolderTarget, PublishPostStatus } from '../domain/publish-target.js';
import { storyFileBase } from '../export/apply-preset.js';
import { embargoReason } from '../export/gates.js';
import { renderMarkdown, type FrontMatterFlavour } from '../export/formats/markdown.js';
import type { YamlMap } from '../export/formats/yaml-front-matter.js';
import type { PayloadRow } from './publish-types.js';

export interface GitFolderFile {
  /** Inside the repository, `/`-separated, e.g. content/posts/pope-visits-peru-1a2b3c4d.md. */
  readonly path: string;
  readonly text: string;
  /** draft: not built; future: built from `scheduledAt`; publish: on the next build. */
  readonly status: PublishPostStatus | 'future';
  readonly scheduledAt: string | null;
  readonly flavour: FrontMatterFlavour;
}

/** The front matter dialect: the preset's Markdown flavour, Hugo for any other format. */
export function gitFlavour(preset: ExportPreset): FrontMatterFlavour {
  switch (preset.format) {
    case 'md-jekyll':
      return 'jekyll';
    case 'md-astro':
      return 'astro';
    default:
      return 'hugo';
  }
}

/** A content folder as a clean relative path: no leading or trailing slash, no `..`, no empty parts. */
export function cleanContentDir(dir: string): string {
  const parts = dir.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) throw new Error(`The content folder "${dir}" must stay inside the repository (no "..")`);
  return parts.join('/');
}

function draftFields(flavour: FrontMatterFlavour, draft: boolean): YamlMap {
  return flavour === 'jekyll' ? { published: !draft } : { draft };
}

function scheduleFields(flavour: FrontMatterFlavour, at: string): YamlMap {
  switch (flavour) {
    case 'hugo':
      return { date: at, publishDate: at };
    case 'jekyll':
      return { date: at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' +0000') };
    case 'astro':
      return { pubDate: at };
    case 'copydesk':
      return { date: at };
  }
}

export interface GitFileOptions {
  readonly postStatus: PublishPostStatus;
  readonly now: Date;
  /** The path this story already has in the repository: a republish rewrites that file, whatever the slug now is. */
  readonly previousPath: string | null;
}

/**
 * The file for a styled story (the preset's house style applied). An embargo still in force schedules it at the
 * embargo's time, whatever status was asked for, as the WordPress target does; `draft` keeps it out of the site.
 */
export function gitFolderFile(styled: Article, preset: ExportPreset, target: GitFolderTarget, options: GitFileOptions): GitFolderFile {
  const flavour = gitFlavour(preset);
  const embargoed = styled.embargo !== null && embargoReason(styled, options.now) !== null && !Number.isNaN(Date.parse(styled.embargo));
  const scheduledAt = embargoed && styled.embargo !== null ? new Date(Date.parse(styled.embargo)).toISOString() : null;
  const draft = options.postStatus === 'draft';
  const fields: YamlMap = { ...draftFields(flavour, draft), ...(scheduledAt === null ? {} : scheduleFields(flavour, scheduledAt)) };
  const dir = cleanContentDir(target.contentDir);
  const path = options.previousPath ?? `${dir === '' ? '' : `${dir}/`}${storyFileBase(styled, preset)}.md`;
  return {
    path,
    text: renderMarkdown(styled, flavour, fields),
    status: draft ? 'draft' : scheduledAt !== null ? 'future' : 'publish',
    scheduledAt,
    flavour,
  };
}

/** The same file taken down to a draft: the story stays in the repository, out of the built site. */
export function draftedText(text: string, flavour: FrontMatterFlavour): string {
  const end = text.indexOf('\n---\n', 4);
  if (!text.startsWith('---\n') || end < 0) return text;
  const head = text.slice(4, end).split('\n');
  const key = flavour === 'jekyll' ? 'published' : 'draft';
  const value = flavour === 'jekyll' ? 'false' : 'true';
  const at = head.findIndex((l) => l.startsWith(`${key}:`));
  if (at >= 0) head[at] = `${key}: ${value}`;
  else head.push(`${key}: ${value}`);
  return `---\n${head.join('\n')}${text.slice(end)}`;
}

/** The payload as the preview lists it: where the file goes, its state, and its exact text. */
export function gitPayloadRows(file: GitFolderFile, folder: string): PayloadRow[] {
  return [
    { field: 'Repository', target: 'git working tree', value: folder },
    { field: 'File', target: 'path in the repository', value: file.path },
    { field: 'Status', target: file.flavour === 'jekyll' ? 'published' : 'draft', value: file.status },
    ...(file.scheduledAt ? [{ field: 'Goes live (UTC)', target: file.flavour === 'hugo' ? 'publishDate' : file.flavour === 'astro' ? 'pubDate' : 'date', value: file.scheduledAt }] : []),
    { field: 'File text', target: 'Markdown + front matter', value: file.text },
  ];
}
