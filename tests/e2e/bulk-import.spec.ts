/**
 * Issue #3 acceptance: a folder with good, duplicate, updated and broken files goes in through the folder
 * picker; the progress bar runs to the end; the report lists each outcome; the updated story shows its versions;
 * the broken file is in the quarantine view.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';

// Written for this test: a Reuters story, its UPDATE 1, and the same event from AFP in other words.
const ORIGINAL = [
  'Floods force thousands from homes in Kessel',
  '',
  'KESSEL, March 3 (Reuters) - Flood waters forced thousands of residents from their homes in the river town of Kessel on Tuesday as heavy rain continued for a third day.',
  '',
  'Emergency crews evacuated 4,000 people from low-lying districts and opened shelters in three schools, the regional governor told reporters.',
  '',
  'The river rose two metres overnight, officials said.',
].join('\n');
const UPDATE = ORIGINAL.replace('Floods force', 'UPDATE 1-Floods force').replace('for a third day.', 'for a third day, and one person was reported missing.');
const RELATED = [
  'Thousands flee rising river in Kessel',
  '',
  'KESSEL, March 3 (AFP) - Emergency crews evacuated 4,000 people from low-lying districts of Kessel on Tuesday after flood waters rose in the river town, the regional governor said, as heavy rain continued for a third day and shelters opened in three schools.',
].join('\n');

// Ordinary stories on different subjects (a small generator written for this test), so none is related.
const WORDS = (
  'harbour tariff orchard glacier senate vaccine quarry ferry lantern mortgage drought comet ballot textile reactor ' +
  'pension vineyard tunnel satellite bakery refinery monsoon lottery archive stadium pipeline carnival copper embassy ' +
  'wildfire bridge festival turbine mineral railway clinic museum auction frontier harvest canal'
).split(' ');

function filler(n: number): string {
  let seed = n + 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return WORDS[seed % WORDS.length] ?? 'harbour';
  };
  const sentence = () => Array.from({ length: 12 }, next).join(' ');
  return `${next()} ${next()} ${next()} report ${n}\n\n${sentence()}.\n\n${sentence()} ${sentence()}.\n`;
}

test('a dropped folder imports with progress; the report lists imported, updated, duplicate, related and failed files', async ({ page, desk }) => {
  const folder = join(desk.scratchDir, 'wire-drop');
  await mkdir(join(folder, 'afp'), { recursive: true });
  await writeFile(join(folder, 'a-kessel-floods.txt'), ORIGINAL);
  await writeFile(join(folder, 'b-kessel-floods-update1.txt'), UPDATE);
  await writeFile(join(folder, 'c-kessel-floods-copy.txt'), ORIGINAL);
  await writeFile(join(folder, 'd-broken.txt'), Buffer.from([0x00, 0x9c, 0x03, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
  await writeFile(join(folder, 'afp', 'e-kessel-afp.txt'), RELATED);
  // Enough ordinary stories for several batches, so the bar has steps to run through.
  for (let i = 0; i < 240; i++) await writeFile(join(folder, `z-budget-${String(i).padStart(3, '0')}.txt`), filler(i));
  const total = 245;

  await page.goto(desk.url);
  // Every value the progress bar shows, to see it run rather than only end.
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar?.hasAttribute('value')) seen.push(Number(bar.getAttribute('value')));
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value', 'max'] });
  });
  await page.getByLabel('Wire copy folder').setInputFiles(folder);

  const progress = page.getByRole('region', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  const bar = progress.getByRole('progressbar', { name: 'Files imported' });
  await expect(bar).toHaveAttribute('max', String(total));
  await expect(progress).toContainText(`${total} / ${total} files`);
  await expect(progress).toContainText('Import finished');
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
  expect(seen.some((v) => v > 0 && v < total), `progress values seen: ${seen.join(', ')}`).toBe(true);
  expect(seen.at(-1)).toBe(total);

  const report = page.getByRole('status', { name: 'Import report' });
  await expect(report).toContainText('243 stories imported, 1 duplicate, 1 error, 1 new version, 1 related');
  await expect(report.getByRole('list', { name: 'Import errors' })).toContainText('d-broken.txt: the file is binary, not text');
  await expect(report.getByRole('list', { name: 'Duplicates' })).toContainText('c-kessel-floods-copy.txt: already in the library');
  await expect(report.getByRole('list', { name: 'New versions' })).toContainText(
    'b-kessel-floods-update1.txt: new version of “Floods force thousands from homes in Kessel” (update: UPDATE 1)',
  );
  await expect(report.getByRole('list', { name: 'Related files' })).toContainText('e-kessel-afp.txt: related to 1 story');
  await expect(report.getByRole('list', { name: 'Imported files' })).toContainText('a-kessel-floods.txt');

  // The update replaced the original in the inbox: one story, two versions.
  // The list is virtualised (only the rows in view are in the page): the inbox's count says how many it holds.
  await expect(page.locator('#inbox-search-count')).toHaveText('242 stories');
  await report.getByRole('list', { name: 'New versions' }).getByRole('button', { name: 'Open it' }).click();
  const story = page.getByRole('article');
  await expect(story.getByRole('heading', { name: 'Floods force thousands from homes in Kessel' })).toBeVisible();
  await expect(story).toContainText('one person was reported missing');
  const versions = page.getByRole('list', { name: 'Versions', exact: true });
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await expect(versions.getByRole('listitem').nth(0)).toContainText('Version 1: Floods force thousands from homes in Kessel');
  await expect(versions.getByRole('listitem').nth(0)).toContainText('first version');
  await expect(versions.getByRole('listitem').nth(1)).toContainText('(this one)');
  await expect(versions.getByRole('listitem').nth(1)).toContainText('update: UPDATE 1');
  const related = page.getByRole('list', { name: 'Related coverage' });
  await expect(related).toContainText('AFP: Thousands flee rising river in Kessel');
  await expect(related).toContainText('% alike');

  // The first version is still there, one click away.
  await versions.getByRole('button', { name: /Version 1/ }).click();
  await expect(story).not.toContainText('one person was reported missing');

  // The quarantine and the full report can be opened.
  await page.getByRole('button', { name: 'Imports and quarantine' }).click();
  const dialog = page.getByRole('dialog', { name: 'Imports and quarantine' });
  await expect(dialog.getByRole('list', { name: 'Quarantined files' })).toContainText('d-broken.txt: the file is binary, not text');
  await dialog.getByRole('button', { name: `${total} files` }).click();
  const outcomes = dialog.getByRole('list', { name: 'Import outcomes' });
  await expect(outcomes.getByRole('listitem')).toHaveCount(total);
  await expect(outcomes).toContainText('new version');
  await expect(outcomes).toContainText('duplicate');
  await expect(outcomes).toContainText('related');
  await expect(outcomes).toContainText('failed');
});

test('the hot folder set from the browser imports a file that appears in it, once', async ({ page, desk }) => {
  const hot = join(desk.scratchDir, 'hot');
  await mkdir(hot);
  await page.goto(desk.url);
  await page.getByRole('button', { name: 'Hot folder…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hot folder' });
  await dialog.getByLabel('Folder path').fill(hot);
  await dialog.getByRole('button', { name: 'Watch folder' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Hot folder: on' })).toBeVisible();

  await writeFile(join(hot, 'kessel.txt'), ORIGINAL);
  const stories = page.getByRole('list', { name: 'Stories', exact: true });
  await expect(stories.getByRole('listitem')).toHaveCount(1, { timeout: 20_000 });
  await expect(stories).toContainText('Floods force thousands from homes in Kessel');
});
