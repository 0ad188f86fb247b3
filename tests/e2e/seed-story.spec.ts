/**
 * The desk's main path with the IRNA seed: import, check the cleaning, undo and redo a change, correct the
 * metadata, export ninjs. And a mixed batch whose bad files are reported by name while the good one imports.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, REPO_ROOT, SEED_STORY, test } from './fixtures.js';

const HEADLINE = 'Iran cautions Iraq on secessionist approaches';
const CORRECTED = 'Iran warns Iraq against secession';
const FIRST_PARAGRAPH = /^Secretary of the Supreme National Security Council Ali Shamkhani/;
const FOOTER = 'The iran News Gazette is mainly concerned with';
const CREDIT_LINE = 'Source: Islamic Republic News Agency';
const AGENCY = 'Islamic Republic News Agency';

/** The seed's dateline is "Tehran, July 23," with no year: the server takes the latest July 23 not after today (UTC). */
function expectedDatelineDate(now = new Date()): string {
  const year = now.getUTCFullYear();
  const today = Date.UTC(year, now.getUTCMonth(), now.getUTCDate());
  return `${Date.UTC(year, 6, 23) <= today ? year : year - 1}-07-23`;
}

interface NinjsText {
  role?: string;
  value: string;
}

test('an editor cleans, corrects, credits and exports the IRNA seed story', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByLabel('Wire copy files').setInputFiles(SEED_STORY);

  const story = page.getByRole('article');
  await expect(story.getByRole('heading', { name: HEADLINE })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Import report' })).toContainText('1 story imported, 0 duplicates, 0 errors');
  // The dateline, rendered from the metadata, stands before the first paragraph.
  const paragraphs = await story.getByRole('paragraph').allTextContents();
  const dateline = paragraphs.findIndex((p) => /^TEHRAN, July 23(, \d{4})? \(IRNA\) —$/.test(p));
  expect(dateline).toBeGreaterThanOrEqual(0);
  expect(paragraphs[dateline + 1]).toMatch(FIRST_PARAGRAPH);
  await expect(story).not.toContainText(FOOTER);
  await expect(story).not.toContainText(CREDIT_LINE);
  await page.screenshot({ path: join(REPO_ROOT, 'docs', 'screenshot.png') });

  // The cleaning panel lists the removed footer as a change of its own, struck through.
  const cleaning = page.getByRole('region', { name: 'Cleaning' });
  const footerChange = cleaning.getByRole('listitem').filter({ hasText: FOOTER });
  await expect(footerChange).toContainText("Removed the publisher's footer");
  await expect(footerChange.locator('del')).toContainText(FOOTER);
  await expect(cleaning.getByRole('listitem').filter({ hasText: CREDIT_LINE })).toContainText('credit line');

  await footerChange.getByRole('button', { name: 'Undo' }).click();
  await expect(story).toContainText(FOOTER);
  await expect(footerChange).toContainText('(undone)');
  await footerChange.getByRole('button', { name: 'Redo' }).click();
  await expect(story).not.toContainText(FOOTER);
  await expect(footerChange.getByRole('button', { name: 'Undo' })).toBeVisible();

  // Correct the headline, confirm the inferred year, mark the story ready.
  const metadata = page.getByRole('region', { name: 'Metadata' });
  await expect(metadata.getByLabel('Date', { exact: true })).toHaveValue(expectedDatelineDate());
  await metadata.getByLabel('Headline').fill(CORRECTED);
  await expect(metadata).toContainText('Inferred year.');
  await metadata.getByRole('button', { name: 'Confirm year' }).click();
  await expect(metadata.getByRole('button', { name: 'Confirm year' })).toHaveCount(0);
  await metadata.getByLabel('Status').selectOption('ready');
  await metadata.getByRole('button', { name: 'Save' }).click();
  await expect(story.getByRole('heading', { name: CORRECTED })).toBeVisible();
  await expect(metadata.getByRole('button', { name: 'Save' })).toBeDisabled();
  const listItem = page.getByRole('list', { name: 'Stories' }).getByRole('listitem').filter({ hasText: CORRECTED });
  await expect(listItem).toContainText('ready');

  // Export ninjs: in a browser the files come back in the reply and are downloaded.
  await page.getByLabel('Format').selectOption('ninjs');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.json$/);
  await expect(page.getByRole('status', { name: 'Export result' })).toContainText(download.suggestedFilename());

  const item = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    headlines: NinjsText[];
    bodies: NinjsText[];
    descriptions: NinjsText[];
    infosources: { name?: string; literal?: string }[];
    copyrightholder?: string;
    located?: string;
    ednote?: string;
  };
  expect(item.headlines[0]?.value).toBe(CORRECTED);
  expect(item.bodies.length).toBeGreaterThan(0);
  for (const body of item.bodies) {
    expect(body.value).toContain('Secretary of the Supreme National Security Council Ali Shamkhani');
    expect(body.value).not.toContain(CREDIT_LINE);
    expect(body.value).not.toContain(FOOTER);
  }
  // ninjs 2.1 has no credit or dateline property: the exporter carries them as infosources and role descriptions.
  expect(item.infosources).toEqual([{ name: AGENCY, literal: 'IRNA' }]);
  expect(item.copyrightholder).toBe(AGENCY);
  const described = (role: string) => item.descriptions.find((d) => d.role === role)?.value;
  expect(described('creditline')).toBe(AGENCY);
  expect(item.located).toBe('Tehran');
  expect(described('dateline')).toMatch(/^TEHRAN, July 23(, \d{4})? \(IRNA\) —$/);
  expect(described('dateline-date')).toBe(expectedDatelineDate());
  expect(item.ednote).toBeUndefined();

  // The story is reloaded after the export: it is now exported, in the list and on the story.
  await expect(listItem).toContainText('exported');
  await expect(page.locator('.story-header')).toContainText('exported');
});

test('a batch with an empty and a binary file names both errors and still imports the seed', async ({ page, desk }) => {
  const empty = join(desk.scratchDir, 'empty.txt');
  const binary = join(desk.scratchDir, 'photo.jpg');
  await writeFile(empty, '');
  // A JPEG's opening bytes: refused as the picture it is, by its signature.
  await writeFile(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01]));

  await page.goto(desk.url);
  await page.getByLabel('Wire copy files').setInputFiles([empty, binary, SEED_STORY]);

  const report = page.getByRole('status', { name: 'Import report' });
  await expect(report).toContainText('1 story imported, 0 duplicates, 2 errors');
  await expect(report.getByRole('list', { name: 'Import errors' }).getByRole('listitem')).toHaveText([
    'empty.txt: the file is empty',
    'photo.jpg: a JPEG image, which holds no story text',
  ]);
  await expect(page.getByRole('article').getByRole('heading', { name: HEADLINE })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Stories' }).getByRole('listitem')).toHaveCount(1);
});
