/**
 * copydesk publish (ID…|--all|--status S|--retry-queue) (--preset NAME | --wordpress URL --user NAME |
 *   --git-folder DIR [--content-dir content/posts]) [--post-status draft|publish] [--password-file FILE]
 *   [--dry-run] [--json] [--data DIR]
 *
 * The application password comes from $COPYDESK_WP_PASSWORD or --password-file, never from an argument (it
 * would show in the process list and the shell's history). Given once, it is kept in the library's 0600
 * credentials file, so the queue can be retried later without it.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { isStatus, type ArticleStatus } from '../domain/article.js';
import { PUBLISH_POST_STATUSES, type PublishPostStatus } from '../domain/publish-target.js';
import type { CopydeskService } from '../desk/service.js';
import type { PublishPreview, PublishReport, PublishRequest, PublishStatusView } from '../publish/publish-desk.js';
import { flag, UsageError, type ParsedArgs } from './args.js';
import type { CliIo } from './copydesk.js';

export const PUBLISH_OPTIONS = {
  values: ['data', 'preset', 'wordpress', 'user', 'post-status', 'password-file', 'status', 'password', 'git-folder', 'content-dir'],
  switches: ['all', 'dry-run', 'json', 'retry-queue'],
};

export const PUBLISH_USAGE = `  copydesk publish (ID…|--all|--status S|--retry-queue) (--preset NAME | --wordpress URL --user NAME |
      --git-folder DIR [--content-dir content/posts]) [--post-status draft|publish] [--password-file FILE]
      [--dry-run] [--json] [--data DIR]
      the application password: $COPYDESK_WP_PASSWORD or --password-file FILE (kept in the library, mode 0600);
      --git-folder commits each story's Markdown file (Hugo front matter unless the preset is Jekyll or Astro)`;

function isPostStatus(value: string): value is PublishPostStatus {
  return (PUBLISH_POST_STATUSES as readonly string[]).includes(value);
}

async function readPassword(args: ParsedArgs, io: CliIo): Promise<string | null> {
  const file = flag(args, 'password-file');
  if (file !== undefined) {
    const text = (await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new UsageError(`--password-file ${file}: ${err.code === 'ENOENT' ? 'no such file' : 'cannot be read'}`);
    })).trim();
    if (text === '') throw new UsageError(`--password-file ${file} is empty`);
    return text;
  }
  const env = io.env.COPYDESK_WP_PASSWORD?.trim();
  return env ? env : null;
}

function line(s: PublishStatusView): string {
  const where = s.url ?? s.site;
  const tail = s.state === 'queued' ? ` (next try ${s.nextAttemptAt}): ${s.message}` : s.message ? `: ${s.message}` : '';
  return `${s.state.padEnd(10)} ${s.articleId}  ${where}${tail}`;
}

function printPreview(preview: PublishPreview, json: boolean, io: CliIo): number {
  if (json) {
    io.out(JSON.stringify(preview, null, 2));
  } else {
    const t = preview.target;
    const as = t.kind === 'git-folder' ? '' : ` as ${t.user}`;
    io.out(`Dry run: ${preview.canGo} of ${preview.total} can go to ${t.site}${as} (preset "${t.preset}", ${t.postStatus}); nothing is sent.`);
    if (!t.hasPassword) io.out('   No application password is saved for this site yet: set COPYDESK_WP_PASSWORD or --password-file.');
    for (const s of preview.stories) {
      const updates = t.kind === 'git-folder'
        ? (s.updatesPath ? `  (updates ${s.updatesPath})` : '  (new file)')
        : s.updates === null ? '  (new post)' : `  (updates post ${s.updates})`;
      io.out(`\n== ${s.articleId}  ${s.headline}${updates}`);
      if (s.reasons.length > 0) io.out(`   BLOCKED: ${s.reasons.join('; ')}`);
      for (const w of s.warnings) io.out(`   WARNING: ${w}`);
      for (const f of s.fields) io.out(`   ${f.field.padEnd(16)} → ${f.target.padEnd(26)} ${f.value}`);
    }
  }
  for (const e of preview.errors) io.err(`error: ${e.articleId}: ${e.reason}`);
  return preview.errors.length > 0 || preview.canGo < preview.total ? 1 : 0;
}

function printReport(report: PublishReport, json: boolean, io: CliIo): number {
  if (json) io.out(JSON.stringify(report, null, 2));
  else for (const r of report.results) io.out(line(r));
  if (!json) {
    for (const w of report.warnings) io.err(`warning: ${w.articleId}: ${w.warnings.join('; ')}`);
    for (const b of report.blocked) io.err(`blocked: ${b.articleId}: ${b.reasons.join('; ')}`);
    for (const e of report.errors) io.err(`error: ${e.articleId}: ${e.reason}`);
  }
  const failed = report.results.some((r) => r.state === 'failed' || r.state === 'queued');
  return failed || report.blocked.length > 0 || report.errors.length > 0 ? 1 : 0;
}

export async function publishCommand(args: ParsedArgs, io: CliIo, open: () => Promise<CopydeskService>): Promise<number> {
  if (args.flags.has('password')) throw new UsageError('the password is never an argument: set COPYDESK_WP_PASSWORD or use --password-file FILE');
  const presetName = flag(args, 'preset');
  const siteUrl = flag(args, 'wordpress');
  const user = flag(args, 'user');
  const status = flag(args, 'status');
  const postStatus = flag(args, 'post-status');
  const json = args.flags.has('json');
  const gitFolder = flag(args, 'git-folder');
  const contentDir = flag(args, 'content-dir');
  if (gitFolder !== undefined && siteUrl !== undefined) throw new UsageError('--git-folder and --wordpress are two targets: give one');
  if (contentDir !== undefined && gitFolder === undefined) throw new UsageError('--content-dir goes with --git-folder DIR');
  if (contentDir !== undefined && (isAbsolute(contentDir) || contentDir.split(/[\\/]/).includes('..'))) throw new UsageError('--content-dir is a folder inside the repository, e.g. content/posts');
  if (postStatus !== undefined && !isPostStatus(postStatus)) throw new UsageError('--post-status must be draft or publish');
  if ((siteUrl === undefined) !== (user === undefined)) throw new UsageError('--wordpress URL and --user NAME go together');
  if (siteUrl !== undefined && !/^https?:\/\/\S+$/.test(siteUrl)) throw new UsageError('--wordpress must be an http(s) URL');
  if (status !== undefined && !isStatus(status)) throw new UsageError(`unknown status "${status}"`);
  const retry = args.flags.has('retry-queue');
  const selections = [args.flags.has('all'), status !== undefined, args.positional.length > 0, retry].filter(Boolean).length;
  if (selections !== 1) throw new UsageError('give story ids, --all, --status S or --retry-queue (one of them)');
  if (!retry && presetName === undefined && siteUrl === undefined && gitFolder === undefined) {
    throw new UsageError('publish needs --preset NAME, --wordpress URL --user NAME or --git-folder DIR');
  }

  const password = await readPassword(args, io);
  const service = await open();
  if (password !== null && siteUrl !== undefined && user !== undefined) await service.savePublishPassword({ siteUrl, user, password });
  if (retry) {
    const tried = await service.retryPublishQueue();
    if (json) io.out(JSON.stringify(tried, null, 2));
    else if (tried.length === 0) io.out('Nothing in the publish queue is due.');
    else for (const r of tried) io.out(line(r));
    return tried.some((r) => r.state === 'failed' || r.state === 'queued') ? 1 : 0;
  }
  const ids = args.flags.has('all') ? (await service.listArticles({})).map((s) => s.id) : args.positional.length > 0 ? args.positional : undefined;
  const request: PublishRequest = {
    ...(ids === undefined ? {} : { ids }),
    ...(status !== undefined ? { status: status as ArticleStatus } : {}),
    ...(presetName === undefined ? {} : { preset: presetName }),
    ...(siteUrl !== undefined && user !== undefined ? { wordpress: { siteUrl, user } } : {}),
    ...(postStatus !== undefined && isPostStatus(postStatus) ? { postStatus } : {}),
    ...(gitFolder !== undefined ? { gitFolder: { folder: resolve(gitFolder), ...(contentDir === undefined ? {} : { contentDir }) } } : {}),
  };
  if (args.flags.has('dry-run')) return printPreview(await service.previewPublish(request), json, io);
  if (password !== null && siteUrl === undefined && presetName !== undefined) {
    const target = (await service.listPresets()).find((p) => p.name === presetName)?.publish;
    if (target?.kind === 'wordpress') await service.savePublishPassword({ siteUrl: target.siteUrl, user: target.user, password });
  }
  return printReport(await service.publishStories(request), json, io);
}
