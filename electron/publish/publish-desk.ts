/**
 * Publishing stories to a site: which stories may go (the preset's gates; an embargo schedules the post instead of
 * blocking it), the exact payload each would send, sending it (create the first time, update the same post after),
 * queueing what an unreachable site could not take, retrying the queue, and taking a post down after a kill.
 * Plain Node: the service hands it the store, the presets and a credential store.
 */
import type { Article, ArticleStatus, ExportRecord } from '../domain/article.js';
import { CopydeskError, errorMessage } from '../domain/errors.js';
import type { ExportPreset } from '../domain/export-preset.js';
import { siteKey, targetKey, type GitFolderTarget, type PublishState, type PublishTarget } from '../domain/publish-target.js';
import { styleArticle } from '../export/apply-preset.js';
import { exportVersion } from '../export/export-plan.js';
import { blockReasons, embargoReason } from '../export/gates.js';
import { storyWarnings } from '../export/warnings.js';
import type { CredentialStore } from './credentials.js';
import { retryDelayMs, type PublishEntry, type PublishLog } from './publish-log.js';
import { PublishError, WordPressClient, type RemotePost } from './wordpress-client.js';
import { payloadRows, wordpressPost, type WordPressPost } from './wordpress-payload.js';
import { GitFolderClient } from './git-folder-client.js';
import { cleanContentDir, draftedText, gitFlavour, gitFolderFile, gitPayloadRows, type GitFolderFile } from './git-folder-payload.js';
import type { PublishPreview, PublishReport, PublishRequest, PublishStatusView, PublishStoryPreview, PublishTargetView } from './publish-types.js';

export type { PublishPreview, PublishReport, PublishRequest, PublishStatusView, PublishStoryPreview, PublishTargetView };

export interface PublishDeps {
  readonly load: (id: string) => Promise<Article>;
  readonly save: (article: Article, revision: number) => Promise<Article>;
  readonly idsWithStatus: (status: ArticleStatus) => string[];
  readonly preset: (name: string) => Promise<ExportPreset>;
  readonly log: () => Promise<PublishLog>;
  readonly credentials: CredentialStore;
  readonly now: () => Date;
  readonly fetch?: typeof fetch;
  /** The library's own blocks on a story that the story alone cannot show (a kill sent with another version). */
  readonly blockedBy?: (article: Article) => Promise<readonly string[]>;
}

/** The preset a bare `--wordpress URL --user NAME` publishes with: the built-in WordPress preset's style and gates. */
export const BARE_TARGET_PRESET = 'WordPress';

interface Resolved {
  readonly preset: ExportPreset;
  readonly target: PublishTarget;
}

/** The preset a bare `--git-folder DIR` publishes with: Hugo's front matter, style and gates. */
export const GIT_FOLDER_PRESET = 'Hugo';

/** Hugo's usual place for posts; a preset's target names its own. */
export const DEFAULT_CONTENT_DIR = 'content/posts';

function view(entry: PublishEntry): PublishStatusView {
  const { articleId, site, state, url, remoteId, message, attempts, nextAttemptAt, updatedAt } = entry;
  const git = entry.target?.kind === 'git-folder' ? { path: entry.path ?? null, commit: entry.commit ?? null } : {};
  return { articleId, site, state, url, remoteId, message, attempts, nextAttemptAt, updatedAt, ...git };
}

/** The target a log entry was sent to (entries from before Git folders hold only a WordPress site and user). */
function entryTarget(entry: PublishEntry): PublishTarget {
  return entry.target ?? { kind: 'wordpress', siteUrl: entry.site, user: entry.user, postStatus: entry.postStatus, takedown: entry.takedown };
}

export class PublishDesk {
  constructor(private readonly deps: PublishDeps) {}

  private async resolve(request: PublishRequest): Promise<Resolved> {
    const preset = await this.deps.preset(request.preset ?? (request.gitFolder ? GIT_FOLDER_PRESET : BARE_TARGET_PRESET));
    const base = preset.publish ?? null;
    let target: PublishTarget;
    if (request.gitFolder) {
      const contentDir = cleanContentDir(request.gitFolder.contentDir ?? (base?.kind === 'git-folder' ? base.contentDir : DEFAULT_CONTENT_DIR));
      target = { kind: 'git-folder', folder: request.gitFolder.folder, contentDir, postStatus: base?.postStatus ?? 'draft', takedown: base?.takedown ?? 'draft' };
    } else if (request.wordpress) {
      target = { kind: 'wordpress', siteUrl: request.wordpress.siteUrl, user: request.wordpress.user, postStatus: base?.postStatus ?? 'draft', takedown: base?.takedown ?? 'draft' };
    } else if (base) {
      target = base;
    } else {
      throw new CopydeskError('validation', `The preset "${preset.name}" has no publish target: set its WordPress site and user or its Git folder, or give one`);
    }
    targetKey(target); // throws on a malformed URL before anything else happens
    return { preset, target: request.postStatus ? { ...target, postStatus: request.postStatus } : target };
  }

  private async targetView({ preset, target }: Resolved): Promise<PublishTargetView> {
    const common = { kind: target.kind, site: targetKey(target), preset: preset.name, postStatus: target.postStatus };
    if (target.kind === 'git-folder') return { ...common, user: '', hasPassword: true };
    const hasPassword = (await this.deps.credentials.get(target.siteUrl, target.user)) !== null;
    return { ...common, user: target.user, hasPassword };
  }

  private ids(request: PublishRequest): readonly string[] {
    if (request.ids !== undefined) return request.ids;
    if (request.status !== undefined) return this.deps.idsWithStatus(request.status);
    throw new CopydeskError('validation', 'Choose the stories to publish: their ids, or a status');
  }

  /** Why a story cannot go to a site: the gates, except an embargo, which becomes the post's scheduled time. */
  private async reasons(article: Article, preset: ExportPreset): Promise<string[]> {
    const now = this.deps.now();
    const embargo = embargoReason(article, now);
    const scheduled = embargo !== null && article.embargo !== null && !Number.isNaN(Date.parse(article.embargo));
    const library = this.deps.blockedBy ? await this.deps.blockedBy(article) : [];
    return [...library, ...blockReasons(article, preset.gates, now).filter((r) => !(scheduled && r === embargo))];
  }

  private post(article: Article, resolved: Resolved): WordPressPost {
    return wordpressPost(styleArticle(article, resolved.preset), {
      postStatus: resolved.target.postStatus,
      defaultCategory: resolved.preset.defaultCategory,
      now: this.deps.now(),
    });
  }

  /** The story's file in the repository: the path it already has there, else a new one that no other file takes. */
  private async gitFile(article: Article, preset: ExportPreset, target: GitFolderTarget, client: GitFolderClient | null): Promise<GitFolderFile> {
    const previousPath = await this.pathOf(article, targetKey(target));
    const styled = styleArticle(article, preset);
    const options = { postStatus: target.postStatus, now: this.deps.now(), previousPath };
    const file = gitFolderFile(styled, preset, target, options);
    if (previousPath !== null || client === null || !(await client.exists(file.path))) return file;
    // Another story's file has that name (same date and slug): this story's id keeps them apart.
    const id = article.id.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 8);
    return gitFolderFile(styled, preset, target, { ...options, previousPath: file.path.replace(/\.md$/, `-${id}.md`) });
  }

  private async pathOf(article: Article, key: string): Promise<string | null> {
    const entry = (await this.deps.log()).get(article.id, key);
    if (entry?.path) return entry.path;
    const record = [...article.exports].reverse().find((e) => e.site === key && e.format === 'git-folder');
    return record?.fileName ?? null;
  }

  private async remoteIdOf(article: Article, site: string): Promise<number | null> {
    const entry = (await this.deps.log()).get(article.id, site);
    if (entry?.remoteId != null) return entry.remoteId;
    const record = [...article.exports].reverse().find((e) => e.site === site && typeof e.remoteId === 'number');
    return record?.remoteId ?? null;
  }

  async preview(request: PublishRequest): Promise<PublishPreview> {
    const resolved = await this.resolve(request);
    const site = targetKey(resolved.target);
    const stories: PublishStoryPreview[] = [];
    const errors: { articleId: string; reason: string }[] = [];
    for (const id of this.ids(request)) {
      try {
        const article = await this.deps.load(id);
        const common = {
          articleId: id,
          headline: article.headline,
          reasons: await this.reasons(article, resolved.preset),
          warnings: storyWarnings(article, resolved.preset.gates),
        };
        const { target } = resolved;
        if (target.kind === 'git-folder') {
          const updatesPath = await this.pathOf(article, site);
          const file = await this.gitFile(article, resolved.preset, target, new GitFolderClient(target.folder));
          stories.push({ ...common, updates: null, updatesPath, fields: gitPayloadRows(file, target.folder) });
        } else {
          stories.push({ ...common, updates: await this.remoteIdOf(article, site), fields: payloadRows(this.post(article, resolved)) });
        }
      } catch (err) {
        errors.push({ articleId: id, reason: errorMessage(err) });
      }
    }
    const canGo = stories.filter((s) => s.reasons.length === 0).length;
    return { target: await this.targetView(resolved), stories, canGo, total: stories.length + errors.length, errors };
  }

  async publish(request: PublishRequest): Promise<PublishReport> {
    const resolved = await this.resolve(request);
    const results: PublishStatusView[] = [];
    const blocked: PublishReport['blocked'][number][] = [];
    const warnings: PublishReport['warnings'][number][] = [];
    const errors: { articleId: string; reason: string }[] = [];
    for (const id of this.ids(request)) {
      let article: Article;
      try {
        article = await this.deps.load(id);
      } catch (err) {
        errors.push({ articleId: id, reason: errorMessage(err) });
        continue;
      }
      const reasons = await this.reasons(article, resolved.preset);
      if (reasons.length > 0) {
        blocked.push({ articleId: id, headline: article.headline, reasons });
        continue;
      }
      const said = storyWarnings(article, resolved.preset.gates);
      if (said.length > 0) warnings.push({ articleId: id, warnings: said });
      results.push(view(await this.attempt(article, resolved, 'publish', 0)));
    }
    return { target: await this.targetView(resolved), results, blocked, warnings, errors };
  }

  /** One try at sending (or taking down); the outcome is written to the log before it is returned. */
  private async attempt(article: Article, resolved: Resolved, action: 'publish' | 'takedown', attemptsBefore: number): Promise<PublishEntry> {
    const { target, preset } = resolved;
    if (target.kind === 'git-folder') return this.attemptGit(article, preset, target, action, attemptsBefore);
    const site = siteKey(target.siteUrl);
    const log = await this.deps.log();
    const now = this.deps.now();
    const previous = log.get(article.id, site);
    const base = {
      articleId: article.id, site, user: target.user, preset: preset.name === BARE_TARGET_PRESET && !preset.publish ? null : preset.name,
      postStatus: target.postStatus, takedown: target.takedown, action, target,
      remoteId: previous?.remoteId ?? (await this.remoteIdOf(article, site)), url: previous?.url ?? null, updatedAt: now.toISOString(),
    };
    const password = await this.deps.credentials.get(target.siteUrl, target.user);
    if (password === null) {
      return log.put({ ...base, state: 'failed', message: `No application password is saved for ${target.user} at ${site}`, attempts: attemptsBefore, nextAttemptAt: null });
    }
    const client = new WordPressClient({ siteUrl: target.siteUrl, user: target.user, password, ...(this.deps.fetch ? { fetch: this.deps.fetch } : {}) });
    try {
      if (action === 'takedown') {
        if (base.remoteId === null) throw new PublishError('This story has no post on the site to take down', false);
        await client.takeDown(base.remoteId, target.takedown);
        return log.put({ ...base, state: 'taken-down', message: target.takedown === 'trash' ? 'Moved to the trash' : 'Back to draft', attempts: 0, nextAttemptAt: null });
      }
      const post = this.post(article, resolved);
      const existing = base.remoteId === null ? null : await client.getPost(base.remoteId);
      const remote: RemotePost = existing ? await client.updatePost(existing.id, post) : await client.createPost(post);
      await this.record(article, preset, site, remote);
      const state: PublishState = remote.status === 'future' ? 'scheduled' : remote.status === 'publish' ? 'published' : 'draft';
      const message = state === 'draft' ? `On the site as ${remote.status}: not public until someone publishes it there` : null;
      return log.put({ ...base, state, remoteId: remote.id, url: remote.link, message, attempts: 0, nextAttemptAt: null });
    } catch (err) {
      const attempts = attemptsBefore + 1;
      if (err instanceof PublishError && err.retryable) {
        const next = new Date(now.getTime() + retryDelayMs(attempts)).toISOString();
        return log.put({ ...base, state: 'queued', message: err.message, attempts, nextAttemptAt: next });
      }
      return log.put({ ...base, state: 'failed', message: errorMessage(err), attempts, nextAttemptAt: null });
    }
  }

  /**
   * One try at writing and committing the story's file (or taking it down: `draft: true`, or the file removed, as
   * the target says). A republish rewrites the same file in a new commit; an unchanged file makes no commit.
   */
  private async attemptGit(article: Article, preset: ExportPreset, target: GitFolderTarget, action: 'publish' | 'takedown', attemptsBefore: number): Promise<PublishEntry> {
    const site = targetKey(target);
    const log = await this.deps.log();
    const now = this.deps.now();
    const previous = log.get(article.id, site);
    const base = {
      articleId: article.id, site, user: '', preset: preset.name, postStatus: target.postStatus, takedown: target.takedown, action, target,
      remoteId: null, url: null, path: previous?.path ?? (await this.pathOf(article, site)), commit: previous?.commit ?? null, updatedAt: now.toISOString(),
    };
    const client = new GitFolderClient(target.folder);
    const subject = article.headline.replace(/\s+/g, ' ').trim() || article.id;
    try {
      if (action === 'takedown') {
        if (base.path === null) throw new PublishError('This story has no file in the Git folder to take down', false);
        if (target.takedown === 'trash') {
          const done = await client.removeAndCommit(base.path, `Take down: ${subject}`);
          return log.put({ ...base, state: 'taken-down', commit: done.commit ?? base.commit, message: `Removed ${done.path}${done.commit ? ` in ${done.commit.slice(0, 7)}` : ''}`, attempts: 0, nextAttemptAt: null });
        }
        const current = await client.read(base.path);
        if (current === null) throw new PublishError(`${base.path} is no longer in the Git folder`, false);
        const done = await client.writeAndCommit(base.path, draftedText(current, gitFlavour(preset)), `Take down (draft): ${subject}`);
        return log.put({ ...base, state: 'taken-down', commit: done.commit ?? base.commit, message: `Back to draft in ${done.path}${done.commit ? ` (${done.commit.slice(0, 7)})` : ''}`, attempts: 0, nextAttemptAt: null });
      }
      const file = await this.gitFile(article, preset, target, client);
      const verb = base.path === null ? 'Publish' : 'Update';
      const done = await client.writeAndCommit(file.path, file.text, `${verb}: ${subject}`);
      await this.recordGit(article, preset, site, target, file.path);
      const state: PublishState = file.status === 'future' ? 'scheduled' : file.status === 'publish' ? 'published' : 'draft';
      const said = done.commit === null ? `Unchanged: ${file.path} is already as written (no new commit)` : `Committed ${done.commit.slice(0, 7)}: ${file.path}`;
      const message = state === 'draft' ? `${said}; marked draft, so the site leaves it out until someone publishes it` : state === 'scheduled' ? `${said}; goes live ${file.scheduledAt ?? ''}` : said;
      return log.put({ ...base, state, path: file.path, commit: done.commit ?? base.commit, message, attempts: 0, nextAttemptAt: null });
    } catch (err) {
      const attempts = attemptsBefore + 1;
      if (err instanceof PublishError && err.retryable) {
        return log.put({ ...base, state: 'queued', message: err.message, attempts, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)).toISOString() });
      }
      return log.put({ ...base, state: 'failed', message: errorMessage(err), attempts, nextAttemptAt: null });
    }
  }

  /** The file's path goes on the story's export record, so a republish rewrites the same file. */
  private async recordGit(article: Article, preset: ExportPreset, site: string, target: GitFolderTarget, path: string): Promise<void> {
    const record: ExportRecord = {
      format: 'git-folder',
      fileName: path,
      at: this.deps.now().toISOString(),
      revision: article.revision,
      version: exportVersion(article),
      folder: target.folder,
      preset: preset.name,
      site,
    };
    await this.deps.save({ ...article, status: 'exported', exports: [...article.exports, record] }, article.revision);
  }

  /** The post's id and URL go on the story's export record, so a republish finds the same post. */
  private async record(article: Article, preset: ExportPreset, site: string, remote: RemotePost): Promise<void> {
    const record: ExportRecord = {
      format: 'wordpress',
      fileName: remote.link,
      at: this.deps.now().toISOString(),
      revision: article.revision,
      version: exportVersion(article),
      folder: null,
      preset: preset.name,
      site,
      remoteId: remote.id,
      url: remote.link,
    };
    await this.deps.save({ ...article, status: 'exported', exports: [...article.exports, record] }, article.revision);
  }

  /** Tries every queued entry whose time has come (the newest version of each story goes). */
  async retryDue(): Promise<PublishStatusView[]> {
    const log = await this.deps.log();
    const out: PublishStatusView[] = [];
    for (const entry of log.due(this.deps.now())) {
      let article: Article;
      try {
        article = await this.deps.load(entry.articleId);
        const preset = await this.deps.preset(entry.preset ?? BARE_TARGET_PRESET);
        const target = entryTarget(entry);
        const reasons = entry.action === 'publish' ? await this.reasons(article, preset) : [];
        if (reasons.length > 0) {
          out.push(view(await log.put({ ...entry, state: 'failed', message: `No longer ready: ${reasons.join('; ')}`, nextAttemptAt: null, updatedAt: this.deps.now().toISOString() })));
          continue;
        }
        out.push(view(await this.attempt(article, { preset, target }, entry.action, entry.attempts)));
      } catch (err) {
        out.push(view(await log.put({ ...entry, state: 'failed', message: errorMessage(err), nextAttemptAt: null, updatedAt: this.deps.now().toISOString() })));
      }
    }
    return out;
  }

  /** Takes the story's post down on every site it is on (or the one named), as each target says: draft or trash. */
  async takeDown(articleId: string, site?: string): Promise<PublishStatusView[]> {
    const article = await this.deps.load(articleId);
    const log = await this.deps.log();
    const onSite = (e: PublishEntry) => (e.target?.kind === 'git-folder' ? (e.path ?? null) !== null && e.state !== 'taken-down' : e.remoteId !== null);
    const entries = log.forStory(articleId).filter((e) => onSite(e) && (site === undefined || e.site === (site.startsWith('git:') ? site : siteKey(site))));
    if (entries.length === 0) throw new CopydeskError('not-found', 'This story is not on any site');
    const out: PublishStatusView[] = [];
    for (const entry of entries) {
      const preset = await this.deps.preset(entry.preset ?? BARE_TARGET_PRESET);
      const target = entryTarget(entry);
      out.push(view(await this.attempt(article, { preset, target }, 'takedown', 0)));
    }
    return out;
  }

  async status(ids: readonly string[]): Promise<PublishStatusView[]> {
    const log = await this.deps.log();
    return ids.flatMap((id) => log.forStory(id).map(view));
  }

  async hasPassword(siteUrl: string, user: string): Promise<boolean> {
    return (await this.deps.credentials.get(siteUrl, user)) !== null;
  }
}
