/**
 * Publishing to a static site's Git folder, tested the way the WordPress target is: against the real thing, a Git
 * repository the test makes in a temp folder, read back with git itself (log, show, ls-tree), never with Copydesk.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { BUILT_IN_PRESETS } from '../../../electron/domain/export-preset.js';
import { SEED_PATH, useTempDirs } from '../helpers.js';
import { readyStory } from '../ready-story.js';

const run = promisify(execFile);
const tempDir = useTempDirs();

async function git(repo: string, ...args: string[]): Promise<string> {
  return (await run('git', ['-C', repo, ...args], { encoding: 'utf8' })).stdout;
}

/** A fresh repository with one commit of its own and no identity configured (as on a CI machine). */
async function siteRepo(): Promise<string> {
  const repo = await tempDir();
  await git(repo, 'init', '--quiet', '-b', 'main');
  await writeFile(join(repo, 'hugo.toml'), 'title = "Test site"\n');
  await git(repo, 'add', 'hugo.toml');
  await git(repo, '-c', 'user.name=Site', '-c', 'user.email=site@example.org', 'commit', '--quiet', '-m', 'Site');
  return repo;
}

/** Front matter as a reader sees it: the lines between the first two `---`, as key → raw value. */
function frontMatter(text: string): Map<string, string> {
  const [, head = ''] = text.split(/^---$/m);
  return new Map(head.split('\n').filter((l) => /^\w+:/.test(l)).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

async function library(clock: { now: Date }): Promise<CopydeskService> {
  return new CopydeskService(await ArticleStore.open(await tempDir()), { now: () => clock.now });
}

/** The seed, imported and made ready as an editor would: the inferred year confirmed, every open flag dismissed. */
async function readySeed(api: CopydeskService, headline?: string): Promise<string> {
  const seed = await readFile(SEED_PATH, 'utf8');
  const text = headline === undefined ? seed : seed.replace('Iran cautions Iraq on secessionist approaches', headline);
  const report = await api.importText({ text, name: 'seed.txt' });
  const id = report.articles[0]?.id ?? '';
  await readyStory(api, id);
  return id;
}

async function gitPreset(api: CopydeskService, repo: string, takedown: 'draft' | 'trash'): Promise<void> {
  const hugo = BUILT_IN_PRESETS.find((p) => p.name === 'Hugo');
  if (!hugo) throw new Error('no Hugo preset');
  await api.savePreset({
    preset: { ...hugo, name: 'Site repo', builtIn: false, publish: { kind: 'git-folder', folder: repo, contentDir: 'content/news', postStatus: 'publish', takedown } },
  });
}

describe('publish to a Git folder', () => {
  it('commits the story as one Markdown file with Hugo front matter, and a republish after an edit updates the same file in a new commit', async () => {
    const repo = await siteRepo();
    const clock = { now: new Date('2026-12-01T12:00:00Z') };
    const api = await library(clock);
    const id = await readySeed(api);
    await gitPreset(api, repo, 'draft');

    const preview = await api.previewPublish({ ids: [id], preset: 'Site repo' });
    expect(preview.canGo).toBe(1);
    const planned = preview.stories[0]?.fields.find((f) => f.field === 'File')?.value ?? '';
    expect(planned).toMatch(/^content\/news\/[a-z0-9-]+\.md$/);
    expect((await git(repo, 'rev-list', '--count', 'HEAD')).trim()).toBe('1');

    const first = await api.publishStories({ ids: [id], preset: 'Site repo' });
    expect(first.blocked).toEqual([]);
    expect(first.results[0]?.state).toBe('published');
    expect(first.results[0]?.path).toBe(planned);

    expect((await git(repo, 'rev-list', '--count', 'HEAD')).trim()).toBe('2');
    // The commit holds exactly that file, and nothing else.
    expect((await git(repo, 'show', '--name-only', '--format=', 'HEAD')).trim()).toBe(planned);
    const committed = await git(repo, 'show', `HEAD:${planned}`);
    const fm = frontMatter(committed);
    expect(fm.get('title')).toBe('"Iran cautions Iraq on secessionist approaches"');
    expect(fm.get('draft')).toBe('false');
    expect(fm.has('publishDate')).toBe(false);
    expect(fm.get('date')).toMatch(/^"\d{4}-07-23T/);
    expect(committed).toContain('Shamkhani cautioned Iraq on the secessionist approaches');
    // The dateline leads the body, as the preset prints it.
    expect(committed.split(/^---$/m)[2]).toMatch(/^\s*\*\*TEHRAN/m);

    const story = await api.getArticle({ id });
    await api.saveArticle({ id, revision: story.revision, patch: { headline: 'Iran warns Iraq over secession' } });
    const second = await api.publishStories({ ids: [id], preset: 'Site repo' });
    expect(second.results[0]?.state).toBe('published');
    expect((await git(repo, 'rev-list', '--count', 'HEAD')).trim()).toBe('3');
    expect((await git(repo, 'show', '--name-only', '--format=', 'HEAD')).trim()).toBe(planned);
    // One story, one file: the new headline changed the slug, not the file's name.
    const files = (await git(repo, 'ls-tree', '-r', '--name-only', 'HEAD')).trim().split('\n');
    expect(files.filter((f) => f.startsWith('content/'))).toEqual([planned]);
    expect(frontMatter(await git(repo, 'show', `HEAD:${planned}`)).get('title')).toBe('"Iran warns Iraq over secession"');

    // Nothing changed since: no empty commit.
    const third = await api.publishStories({ ids: [id], preset: 'Site repo' });
    expect(third.results[0]?.message).toMatch(/Unchanged/);
    expect((await git(repo, 'rev-list', '--count', 'HEAD')).trim()).toBe('3');
  });

  it('schedules an embargoed story as Hugo reads it (date and publishDate in the future), and a draft says draft: true', async () => {
    const repo = await siteRepo();
    const clock = { now: new Date('2026-12-01T12:00:00Z') };
    const api = await library(clock);
    const id = await readySeed(api);
    const story = await api.getArticle({ id });
    await api.saveArticle({ id, revision: story.revision, patch: { embargo: '2026-12-02T06:00:00Z' } });

    const scheduled = await api.publishStories({ ids: [id], gitFolder: { folder: repo }, postStatus: 'publish' });
    expect(scheduled.results[0]?.state).toBe('scheduled');
    const path = scheduled.results[0]?.path ?? '';
    expect(path).toMatch(/^content\/posts\//);
    const fm = frontMatter(await git(repo, 'show', `HEAD:${path}`));
    expect(fm.get('publishDate')).toBe('"2026-12-02T06:00:00.000Z"');
    expect(fm.get('date')).toBe('"2026-12-02T06:00:00.000Z"');
    expect(fm.get('draft')).toBe('false');

    const other = await readySeed(api, 'Iraq answers Iran on secession');
    const draft = await api.publishStories({ ids: [other], gitFolder: { folder: repo, contentDir: 'content/drafts' }, postStatus: 'draft' });
    expect(draft.results[0]?.state).toBe('draft');
    const draftPath = draft.results[0]?.path ?? '';
    expect(draftPath).toMatch(/^content\/drafts\//);
    expect(frontMatter(await git(repo, 'show', `HEAD:${draftPath}`)).get('draft')).toBe('true');
  });

  it('a kill takes the story down as the preset says: draft: true in a new commit, or the file removed', async () => {
    for (const takedown of ['draft', 'trash'] as const) {
      const repo = await siteRepo();
      const api = await library({ now: new Date('2026-12-01T12:00:00Z') });
      const id = await readySeed(api);
      await gitPreset(api, repo, takedown);
      const path = (await api.publishStories({ ids: [id], preset: 'Site repo' })).results[0]?.path ?? '';
      expect(path).not.toBe('');

      const down = await api.takeDownStory({ id });
      expect(down[0]?.state).toBe('taken-down');
      expect((await git(repo, 'rev-list', '--count', 'HEAD')).trim()).toBe('3');
      const files = (await git(repo, 'ls-tree', '-r', '--name-only', 'HEAD')).trim().split('\n');
      if (takedown === 'trash') {
        expect(files).not.toContain(path);
      } else {
        expect(files).toContain(path);
        const fm = frontMatter(await git(repo, 'show', `HEAD:${path}`));
        expect(fm.get('draft')).toBe('true');
        expect(fm.get('title')).toBe('"Iran cautions Iraq on secessionist approaches"');
      }
    }
  });

  it('refuses a folder that is not a repository, naming it, and leaves what else is staged alone', async () => {
    const api = await library({ now: new Date('2026-12-01T12:00:00Z') });
    const id = await readySeed(api);
    const plain = await tempDir();
    const failed = await api.publishStories({ ids: [id], gitFolder: { folder: plain } });
    expect(failed.results[0]?.state).toBe('failed');
    expect(failed.results[0]?.message).toContain(`${plain} is not a Git repository`);

    const repo = await siteRepo();
    await writeFile(join(repo, 'notes.txt'), 'the site editor is working on this\n');
    await git(repo, 'add', 'notes.txt');
    const done = await api.publishStories({ ids: [id], gitFolder: { folder: repo } });
    expect(done.results[0]?.state).toBe('draft');
    expect((await git(repo, 'show', '--name-only', '--format=', 'HEAD')).trim()).toBe(done.results[0]?.path);
    expect((await git(repo, 'status', '--porcelain')).trim()).toBe('A  notes.txt');
  });
});
