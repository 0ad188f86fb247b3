/**
 * Publishing to a static site's Git folder through the UI: a preset whose target is a real Git repository made by
 * the test; the editor previews (the exact file and its front matter), publishes, edits and publishes again. What
 * landed is read with git itself: one file, two commits, the new headline in the second.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { callApi, expect, SEED_STORY, test } from './fixtures.js';

const run = promisify(execFile);
const git = async (repo: string, ...args: string[]) => (await run('git', ['-C', repo, ...args], { encoding: 'utf8' })).stdout.trim();
const HEADLINE = 'Iran cautions Iraq on secessionist approaches';

interface Story {
  id: string;
  revision: number;
  dateline: Record<string, unknown>;
  flags: { id: string }[];
}

test('publishes the seed to a Git folder from the dialog, and a republish after an edit is a new commit of the same file', async ({ page, desk, request }) => {
  const repo = await mkdtemp(join(tmpdir(), 'copydesk-site-'));
  try {
    await git(repo, 'init', '--quiet', '-b', 'main');
    const presets = await callApi<{ name: string }[]>(desk, request, 'listPresets', {});
    const hugo = presets.find((p) => p.name === 'Hugo');
    await callApi(desk, request, 'savePreset', {
      preset: { ...hugo, name: 'News site', builtIn: false, publish: { kind: 'git-folder', folder: repo, contentDir: 'content/news', postStatus: 'publish', takedown: 'draft' } },
    });
    // The seed, read by the editor: year confirmed, flags dismissed.
    const report = await callApi<{ articles: Story[] }>(desk, request, 'importFiles', {
      files: [{ name: 'seed.txt', base64: (await readFile(SEED_STORY)).toString('base64') }],
    });
    const opened = await callApi<Story>(desk, request, 'getArticle', { id: report.articles[0]?.id });
    let saved = await callApi<Story>(desk, request, 'saveArticle', { id: opened.id, revision: opened.revision, patch: { dateline: { ...opened.dateline, yearInferred: false } } });
    for (const flag of opened.flags) saved = await callApi<Story>(desk, request, 'dismissFlag', { id: opened.id, revision: saved.revision, flagId: flag.id });

    await page.goto(desk.url);
    await page.getByRole('button', { name: new RegExp(HEADLINE) }).first().click();
    await expect(page.getByRole('article').getByRole('heading', { name: HEADLINE })).toBeVisible();
    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog', { name: `Publish “${HEADLINE}”` });
    await dialog.getByRole('combobox', { name: /^Site/ }).selectOption('News site');
    await dialog.getByRole('combobox', { name: /^Post status/ }).selectOption('publish');
    // No password for a Git folder.
    await expect(dialog.getByLabel('Application password')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const preview = dialog.getByRole('region', { name: 'Publish preview' });
    await expect(preview).toContainText(`1 of 1 can go to git:${repo}/`);
    await expect(preview).toContainText('A new file, in a new commit.');
    const fileRow = preview.getByRole('row', { name: /^File path in the repository/ });
    await expect(fileRow).toContainText(/content\/news\/\d{4}-07-23-iran-cautions-iraq-secessionist\.md/);
    await expect(preview.getByRole('row', { name: /^File text/ })).toContainText(`title: "${HEADLINE}"`);
    await dialog.getByRole('button', { name: 'Publish 1 of 1' }).click();
    const result = dialog.getByRole('status', { name: 'Publish result' });
    await expect(result).toContainText('Published');
    await expect(result).toContainText(/Committed [0-9a-f]{7}: content\/news\//);

    const path = await git(repo, 'ls-files');
    expect(path).toMatch(/^content\/news\/\d{4}-07-23-iran-cautions-iraq-secessionist\.md$/);
    expect(await git(repo, 'rev-list', '--count', 'HEAD')).toBe('1');
    expect(await git(repo, 'show', `HEAD:${path}`)).toContain(`title: "${HEADLINE}"\n`);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The editor changes the headline and publishes again: the same file, a second commit.
    const form = page.getByRole('region', { name: 'Metadata' });
    await form.getByLabel('Headline').fill('Iran warns Iraq over secession');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('button', { name: 'Save' })).toBeDisabled();
    await page.getByRole('button', { name: 'Publish…' }).click();
    const again = page.getByRole('dialog', { name: 'Publish “Iran warns Iraq over secession”' });
    await again.getByRole('button', { name: 'Preview' }).click();
    await expect(again.getByRole('region', { name: 'Publish preview' })).toContainText(`Rewrites ${path} in a new commit.`);
    await again.getByRole('button', { name: 'Publish 1 of 1' }).click();
    await expect(again.getByRole('status', { name: 'Publish result' })).toContainText(/Committed [0-9a-f]{7}/);
    await expect.poll(() => git(repo, 'rev-list', '--count', 'HEAD')).toBe('2');
    expect(await git(repo, 'ls-files')).toBe(path);
    expect(await git(repo, 'show', `HEAD:${path}`)).toContain('title: "Iran warns Iraq over secession"\n');
    await again.getByRole('button', { name: 'Close' }).click();
    // Opened again, the dialog lists where the story is: the file in the repository.
    await page.getByRole('button', { name: 'Publish…' }).click();
    await expect(again.getByRole('list', { name: 'On the sites' })).toContainText(path);
  } finally {
    await rm(repo, { recursive: true, force: true });
  }
});
