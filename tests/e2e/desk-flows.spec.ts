/**
 * The desk's other ways in and its conflict handling: paste (right-to-left copy), drag and drop onto the window,
 * and a save that lost a race against another save.
 */
import { readFile } from 'node:fs/promises';
import { callApi, expect, SEED_STORY, test } from './fixtures.js';

const HEADLINE = 'Iran cautions Iraq on secessionist approaches';

// Written for this test: a short Arabic story ("The northern port reopens to cargo ships").
const ARABIC_COPY = [
  'إعادة فتح الميناء الشمالي أمام سفن الشحن',
  '',
  'أعلنت وزارة النقل اليوم أن الميناء الشمالي أعيد فتحه أمام سفن الشحن بعد أسبوعين من الإصلاحات.',
  '',
  'وقال مهندسو الميناء إن الأرصفة المتضررة أصبحت جاهزة لاستقبال السفن من جديد.',
].join('\n');

/** Calls the API the way a second window would: same host, same token. */

test('pasted Arabic copy imports and is laid out right to left', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByRole('button', { name: 'Paste copy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste copy' });
  await dialog.getByLabel('Wire copy').fill(ARABIC_COPY);
  await dialog.getByLabel('Name (optional)').fill('port-reopens-ar.txt');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  const story = page.getByRole('article');
  await expect(story.getByRole('heading', { name: 'إعادة فتح الميناء الشمالي أمام سفن الشحن' })).toBeVisible();
  await expect(story).toHaveAttribute('dir', 'rtl');
  await expect(story).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('status', { name: 'Import report' })).toContainText('1 story imported');
});

test('files dropped on the window show the overlay and import; a second drop reports the duplicate', async ({ page, desk }) => {
  await page.goto(desk.url);
  const seed = await readFile(SEED_STORY, 'utf8');
  const drop = async () => {
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped-irna.txt', { type: 'text/plain' }));
      return transfer;
    }, seed);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await expect(page.getByText('Drop wire copy to import')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await expect(page.getByText('Drop wire copy to import')).toBeHidden();
  };

  await drop();
  await expect(page.getByRole('article').getByRole('heading', { name: HEADLINE })).toBeVisible();
  await drop();
  const report = page.getByRole('status', { name: 'Import report' });
  await expect(report).toContainText('0 stories imported, 1 duplicate, 0 errors');
  await expect(report.getByRole('list', { name: 'Duplicates' })).toContainText('dropped-irna.txt: already in the library');
  await expect(page.getByRole('list', { name: 'Stories' }).getByRole('listitem')).toHaveCount(1);
});

test('a save that lost a race shows the conflict; Reload keeps the edit so it can be saved again', async ({ page, desk, request }) => {
  await page.goto(desk.url);
  await page.getByLabel('Wire copy files').setInputFiles(SEED_STORY);
  const story = page.getByRole('article');
  await expect(story.getByRole('heading', { name: HEADLINE })).toBeVisible();

  // Meanwhile the story is saved elsewhere, so the revision on screen is stale.
  const [summary] = (await callApi(desk, request, 'listArticles', {})) as { id: string; revision: number }[];
  await callApi(desk, request, 'saveArticle', { id: summary?.id, revision: summary?.revision, patch: { byline: 'By the night desk' } });

  const metadata = page.getByRole('region', { name: 'Metadata' });
  await metadata.getByLabel('Headline').fill('Iran warns Iraq against secession');
  await metadata.getByRole('button', { name: 'Save' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('was changed elsewhere');

  await alert.getByRole('button', { name: 'Reload story' }).click();
  await expect(alert).toBeEmpty();
  await expect(story).toContainText('By the night desk');
  await expect(metadata.getByLabel('Headline')).toHaveValue('Iran warns Iraq against secession');
  await metadata.getByRole('button', { name: 'Save' }).click();
  await expect(story.getByRole('heading', { name: 'Iran warns Iraq against secession' })).toBeVisible();
  await expect(story).toContainText('By the night desk');
});
