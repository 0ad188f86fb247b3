/**
 * The editor's desk on the IRNA seed: reject a cleaning change from the keyboard, file boilerplate for the source
 * and see the next import from it lose the passage, confirm and change speaker tags, fix a flagged term.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, SEED_STORY, test } from './fixtures.js';

const HEADLINE = 'Iran cautions Iraq on secessionist approaches';
const REMARKS = 'He made the remarks in a meeting with Iraqi Defense Minister Erfan al-Hiyali.';

async function importSeed(page: Page) {
  await page.getByLabel('Wire copy files').setInputFiles(SEED_STORY);
  await expect(page.getByRole('article').getByRole('heading', { name: HEADLINE })).toBeVisible();
  // The desk's reading runs on first opening: the sources panel shows once it has.
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Ali Shamkhani');
}

test('the editor rejects a cleaning change from the keyboard and the text returns', async ({ page, desk }) => {
  await page.goto(desk.url);
  await importSeed(page);
  const story = page.getByRole('article');
  await expect(story).not.toContainText('Source: Islamic Republic News Agency');
  // "p" goes to the previous change: from nowhere, the last one (the credit line); Tab reaches its Undo.
  await page.locator('body').press('p');
  const focused = page.locator('[data-nav="change"]:focus');
  await expect(focused).toContainText('credit line');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(story).toContainText('Source: Islamic Republic News Agency');
  await expect(page.getByRole('region', { name: 'Cleaning' }).getByRole('listitem').filter({ hasText: 'credit line' })).toContainText('(undone)');
});

test('a passage filed as boilerplate for IRNA is gone from this story and from the next IRNA import', async ({ page, desk }) => {
  await page.goto(desk.url);
  await importSeed(page);
  const story = page.getByRole('article');
  await expect(story).toContainText(REMARKS);
  const panel = page.getByRole('region', { name: 'Boilerplate' });
  await panel.getByLabel('Passage to remove').fill(REMARKS);
  await panel.getByRole('button', { name: 'Always remove for IRNA' }).click();
  await expect(story).not.toContainText(REMARKS);
  await expect(page.getByRole('region', { name: 'Cleaning' })).toContainText('source-boilerplate');

  // A second story from IRNA (the same copy, refiled with a note) arrives by paste.
  const seed = await readFile(SEED_STORY, 'utf8');
  await page.getByRole('button', { name: 'Paste copy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste copy' });
  await dialog.getByLabel('Wire copy').fill(`${seed}\n\nEditor's note: refiled.`);
  await dialog.getByLabel('Name (optional)').fill('irna-refiled.txt');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Import report' })).toContainText('1 story imported');
  await expect(page.getByRole('main')).toContainText('irna-refiled.txt');
  await expect(story).toContainText('Shamkhani praised Iraqi people');
  await expect(story).not.toContainText(REMARKS);
});

test('the editor confirms one speaker tag and changes another', async ({ page, desk }) => {
  await page.goto(desk.url);
  await importSeed(page);
  const sources = page.getByRole('region', { name: 'Sources' });
  const first = sources.getByRole('listitem').filter({ has: page.getByLabel('Speaker of paragraph 1', { exact: true }) });
  await expect(page.getByLabel('Speaker of paragraph 1', { exact: true })).toHaveValue('Ali Shamkhani');
  await first.getByRole('button', { name: 'Confirm' }).click();
  await expect(first.getByRole('button', { name: 'Confirmed' })).toBeVisible();
  await expect(page.getByRole('article').locator('.speaker-tag.confirmed')).toHaveText(['Ali Shamkhani']);

  // Paragraph 2 is narration; the editor attributes it to the defence minister instead.
  await expect(page.getByLabel('Speaker of paragraph 2', { exact: true })).toHaveValue('');
  await page.getByLabel('Speaker of paragraph 2', { exact: true }).selectOption('Erfan al-Hiyali');
  const second = sources.getByRole('listitem').filter({ has: page.getByLabel('Speaker of paragraph 2', { exact: true }) });
  await second.getByRole('button', { name: 'Confirm' }).click();
  await expect(sources.getByRole('list', { name: 'Sources of the story' })).toContainText('Erfan al-Hiyali');
  await expect(sources.getByRole('listitem').filter({ hasText: /^Erfan al-Hiyali/ })).toContainText('¶2');

  // The registry remembers a note on the agency across stories.
  await sources.getByLabel('Note on Islamic Republic News Agency').fill('state-run agency');
  await sources.getByRole('listitem').filter({ hasText: /^Islamic Republic News Agency/ }).getByRole('button', { name: 'Save note' }).click();
  await expect(sources.getByRole('listitem').filter({ hasText: /^Islamic Republic News Agency/ })).toContainText('· state-run agency');
});

test('the editor fixes a flagged term with its suggestion', async ({ page, desk }) => {
  await page.goto(desk.url);
  await importSeed(page);
  const story = page.getByRole('article');
  await expect(story).toContainText('from Daesh needs seven years');
  const flags = page.getByRole('region', { name: 'Flags' });
  const daesh = flags.getByRole('listitem').filter({ hasText: 'Daesh' });
  await expect(daesh).toContainText('Loaded term');
  await expect(daesh).toContainText("agency's own wording");
  // "f" reaches the flags from the keyboard.
  await page.locator('body').press('f');
  await expect(page.locator('[data-nav="flag"]:focus')).toBeVisible();
  await daesh.getByRole('button', { name: 'Replace with “Islamic State”' }).click();
  await expect(story).toContainText('from Islamic State needs seven years');
  await expect(story).not.toContainText('Daesh');
  await expect(flags.getByRole('listitem').filter({ hasText: 'Daesh' })).toHaveCount(0);
});
