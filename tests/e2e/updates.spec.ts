/**
 * Issue 10's acceptance in Chromium: the editor edits a story's headline and second paragraph; its UPDATE 1
 * arrives, in which the agency rewrote the fourth paragraph, added a seventh and also rewrote the second. One story
 * in the inbox, marked; the fourth and seventh applied and listed; the second shown side by side as a choice; the
 * editor chooses; the export carries the result. Then a kill arrives: the red banner, and export refused.
 * The copy is written here in Reuters' plain-text style.
 */
import type { Page } from '@playwright/test';
import { block, caretAfter, downloadExport as download, select } from './editor-helpers.js';
import { ADDED_7, REWRITTEN_2, REWRITTEN_4, WIND_PARAGRAPHS, WIND_UPDATE_PARAGRAPHS, plainText } from '../fixtures/updates/wind-story.js';
import { expect, test } from './fixtures.js';

const P = WIND_PARAGRAPHS;
const file = (name: string, head: string, paras: readonly string[]) => ({ name, mimeType: 'text/plain', buffer: plainText(head, paras) });

async function importFile(page: Page, f: ReturnType<typeof file>) {
  await page.getByLabel('Wire copy files').setInputFiles(f);
}


test('an update is merged into the editor\'s copy: applied changes listed, the paragraph both changed offered side by side', async ({ page, desk }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(desk.url);
  await importFile(page, file('wind.txt', 'Norway to open two offshore wind zones', P));
  const story = page.getByRole('article');
  await expect(story.getByRole('heading', { name: 'Norway to open two offshore wind zones' })).toBeVisible();

  // The editor's edits: the headline, and the second paragraph ("The zones" → "The two zones").
  await select(page, 'Norway to open two offshore wind zones', 0, 'Norway to open'.length);
  await page.keyboard.type('Norway opens');
  await caretAfter(page, 'The ');
  await select(page, 'The zones could host', 'The '.length);
  await page.keyboard.type('two ');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await expect(block(page, 'The two zones could host')).toBeVisible();

  // UPDATE 1 arrives.
  await importFile(page, file('wind-update1.txt', 'UPDATE 1-Norway to open two offshore wind zones', WIND_UPDATE_PARAGRAPHS));
  const rows = page.getByRole('list', { name: 'Stories' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('update 1 arrived · 1 to choose');
  await rows.first().getByRole('button', { name: /Norway opens two offshore wind zones/ }).click();

  const merged = page.getByRole('region', { name: 'Update 1 merged into your copy' });
  await expect(merged).toContainText('2 changes applied, 1 for you to choose');
  const applied = merged.getByRole('list', { name: 'Changes the update applied' }).getByRole('listitem');
  await expect(applied).toHaveCount(2);
  await expect(applied.nth(0)).toContainText('update 1 rewrote ¶4');
  await expect(applied.nth(1)).toContainText('update 1 added ¶7');
  await expect(block(page, REWRITTEN_4)).toBeVisible();
  await expect(block(page, ADDED_7)).toBeVisible();
  // The headline the editor set stays (the agency did not change it), and so does their second paragraph, for now.
  await expect(story.getByRole('heading', { name: 'Norway opens two offshore wind zones' })).toBeVisible();
  const choice = merged.getByRole('group', { name: 'Paragraph 2: you and update 1 both changed it' });
  await expect(choice).toContainText('The two zones could host up to 3 gigawatts');
  await expect(choice).toContainText(REWRITTEN_2);
  await page.screenshot({ path: 'test-results/update-merge.png', fullPage: true });

  // Choose: both merged (the editor's "two" and the agency's new figures).
  await choice.getByRole('button', { name: 'Take both merged' }).click();
  await expect(choice).toHaveCount(0);
  await expect(merged).toContainText('nothing left to choose');
  const both = 'The two zones could host up to 4.5 gigawatts of turbines, enough to power about 1.5 million homes, the ministry said.';
  await expect(block(page, 'The two zones could host')).toHaveText(both);
  await expect(rows.first()).not.toContainText('to choose');

  // The version the editor worked on says where the story went, and leads there.
  await page.getByRole('list', { name: 'Versions' }).getByRole('button', { name: /^Version 1:/ }).click();
  const newer = page.getByRole('status').filter({ hasText: 'A newer version of this story has arrived' });
  await expect(newer).toContainText('Version 2');
  await page.screenshot({ path: 'test-results/newer-version.png' });
  await newer.getByRole('button', { name: 'Open the newest version' }).click();
  await expect(merged).toBeVisible();

  // The export carries the merged copy.
  const html = await download(page, 'html');
  expect(html).toContain('Norway opens two offshore wind zones');
  expect(html).toContain(both);
  expect(html).toContain(REWRITTEN_4);
  expect(html).toContain(ADDED_7);
  expect(html).not.toContain('The ministry did not say');

  // A kill for it: the red banner with the agency's words; export refused.
  await importFile(page, file('wind-kill.txt', 'KILL-Norway to open two offshore wind zones', ['OSLO, Nov 30 (Reuters) - Editors: please kill this story. It was sent in error. A corrected version will follow.']));
  await page.getByRole('list', { name: 'Stories' }).getByRole('button', { name: /Norway opens two offshore wind zones/ }).click();
  await expect(page.getByRole('alert', { name: 'Killed by the agency' })).toBeVisible();
  await page.getByRole('form', { name: 'Export' }).getByRole('button', { name: /Export/ }).click();
  await expect(page.getByRole('list', { name: 'Refused stories' })).toContainText('Killed by the agency');
  // Refused in the batch dialog too, which counts what can really go.
  await page.getByRole('list', { name: 'Stories', exact: true }).getByRole('checkbox', { name: 'Norway opens two offshore wind zones' }).check();
  await page.getByRole('button', { name: 'Export stories…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export stories' });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('region', { name: 'Export preview' }).getByRole('list', { name: 'Blocked stories' })).toContainText('Killed by the agency');
  await page.keyboard.press('Escape');
  // The Killed list names it.
  await page.getByRole('button', { name: 'Killed', exact: true }).click();
  const killed = page.getByRole('dialog', { name: 'Killed stories' });
  await expect(killed.getByRole('list', { name: 'Stories the kill reaches' })).toContainText('Norway opens two offshore wind zones');
  expect(errors).toEqual([]);
});
