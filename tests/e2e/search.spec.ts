/**
 * Issue 11 acceptance: 2,000 generated stories imported; then, without the mouse, search a phrase, narrow by a
 * source facet, open the third result, set its status with a key and see the counts change, export the search's
 * stories through a preset from the command palette, and after a reload find the same search and story open.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { callApi, expect, test, type Desk } from './fixtures.js';

const AGENCIES = [
  ['AFP', 'Agence France-Presse'],
  ['Reuters', 'Reuters'],
  ['IRNA', 'Islamic Republic News Agency'],
] as const;
const PLACES = ['LISBON', 'PORTO', 'TEHRAN', 'PARIS', 'BERLIN'];
const TOPICS = ['harbour', 'tariff', 'orchard', 'glacier', 'senate', 'vaccine', 'quarry', 'ferry', 'lantern', 'mortgage', 'drought', 'comet', 'ballot', 'textile', 'reactor', 'pension'];

/** A generated wire story: every 25th is about a harbour strike, so the phrase finds 80 of the 2,000. */
function story(n: number): string {
  let seed = n * 7919 + 13;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const pick = <T>(xs: readonly T[]): T => xs[next() % xs.length] as T;
  const [code] = AGENCIES[n % AGENCIES.length] ?? AGENCIES[0];
  const place = pick(PLACES);
  const topic = n % 25 === 0 ? 'harbour strike' : `${pick(TOPICS)} ${pick(TOPICS)}`;
  const words = () => Array.from({ length: 14 }, () => pick(TOPICS)).join(' ');
  return [
    `Story ${n}: ${topic} talks in ${place.toLowerCase()}`,
    '',
    `${place}, Nov. ${1 + (n % 27)}, 2026 (${code}) - Officials met on the ${topic} question for the ${n}th time, ${words()}.`,
    '',
    `They said ${words()}, and would meet again.`,
  ].join('\n');
}


async function importLibrary(desk: Desk, request: APIRequestContext, count: number): Promise<void> {
  const dir = join(desk.scratchDir, 'wire');
  await mkdir(dir, { recursive: true });
  for (let n = 0; n < count; n++) await writeFile(join(dir, `story-${String(n).padStart(4, '0')}.txt`), story(n));
  const job = await callApi<{ jobId: string }>(desk, request, 'startImport', { paths: [dir] });
  await expect
    .poll(async () => (await callApi<{ state: string; summary: { imported: number } }>(desk, request, 'importStatus', { jobId: job.jobId })).state, { timeout: 90_000 })
    .toBe('done');
}

const count = (page: Page) => page.locator('#inbox-search-count');

test('the desk at the keyboard over 2,000 stories: phrase, facet, third result, status key, palette export, reload', async ({ page, desk, request }) => {
  test.setTimeout(180_000);
  await importLibrary(desk, request, 2000);
  await page.goto(desk.url);
  await expect(count(page)).toHaveText('2,000 stories');

  // Search a phrase: `/` focuses the box.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search stories' })).toBeFocused();
  await page.keyboard.type('"harbour strike"');
  await expect(count(page)).toHaveText('80 of 2,000 stories');
  await expect(page.getByRole('list', { name: 'Stories', exact: true }).locator('mark').first()).toHaveText(/harbour|strike/i);

  // Narrow by a source facet, reached with Tab from the search box and pressed with Enter.
  const afp = page.getByRole('navigation', { name: 'Narrow the search' }).getByRole('button', { name: /^AFP\b/ });
  await expect(afp).toContainText('27');
  for (let i = 0; i < 12 && !(await afp.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(afp).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(afp).toHaveAttribute('aria-pressed', 'true');
  await expect(count(page)).toHaveText('27 of 2,000 stories');

  // The third result: Esc back to the list, j three times (each opens the story it reaches).
  const rows = page.getByRole('list', { name: 'Stories', exact: true }).getByRole('listitem');
  const third = (await rows.nth(2).locator('.story-item-headline').innerText()).trim();
  await page.keyboard.press('Escape');
  for (let i = 0; i < 3; i++) await page.keyboard.press('j');
  await expect(page.getByRole('main', { name: 'Story' })).toContainText(third);
  await expect(rows.nth(2).locator('.story-item')).toBeFocused();

  // A status with its key: 3 is ready; the status facet counts it at once.
  const statusFacet = page.getByRole('navigation', { name: 'Narrow the search' }).getByRole('group', { name: 'Status' });
  await expect(statusFacet).toContainText('new 27');
  await page.keyboard.press('3');
  await expect(statusFacet).toContainText('ready 1');
  await expect(statusFacet).toContainText('new 26');

  // The command palette: export the stories of this search through a preset.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox', { name: 'Action' })).toBeFocused();
  await page.keyboard.type('export');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export stories' });
  await expect(dialog.getByLabel('Stories', { exact: true })).toHaveValue('search');
  await expect(dialog).toContainText('27 stories selected');
  await dialog.getByLabel('Preset').focus();
  await dialog.getByLabel('Preset').selectOption('Plain text');
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await dialog.getByRole('button', { name: 'Export 27' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status', { name: 'Export result' })).toContainText('27');
  // The browser lets a page start only so many downloads at once; what was exported is read from the library.
  await expect.poll(() => downloads.length).toBeGreaterThan(0);
  const exported = await callApi<{ matching: number }>(desk, request, 'searchArticles', { query: '"harbour strike" source:AFP status:exported', limit: 0 });
  expect(exported.matching).toBe(27);
  await page.keyboard.press('Escape');
  await expect(statusFacet).toContainText('exported 27');

  // Reload: the same search, the facet still picked, the same story open.
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search stories' })).toHaveValue('"harbour strike"');
  await expect(afp).toHaveAttribute('aria-pressed', 'true');
  await expect(count(page)).toHaveText('27 of 2,000 stories');
  await expect(page.getByRole('main', { name: 'Story' })).toContainText(third);
});

test('j held down steps one story a key, however fast the keys come', async ({ page, desk, request }) => {
  await importLibrary(desk, request, 40);
  await page.goto(desk.url);
  await expect(count(page)).toHaveText('40 stories');
  await page.locator('.story-scroller').focus();
  // Five keydowns in one task, as a held key on a busy machine delivers them: no frame is painted between them.
  await page.evaluate(() => {
    for (let i = 0; i < 5; i++) (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
  });
  const rows = page.getByRole('list', { name: 'Stories', exact: true }).getByRole('listitem');
  const fifth = (await rows.nth(4).locator('.story-item-headline').innerText()).trim();
  await expect(rows.nth(4).locator('.story-item')).toBeFocused();
  await expect(page.getByRole('main', { name: 'Story' })).toContainText(fifth);
  // And back up two, the same way.
  await page.evaluate(() => {
    for (let i = 0; i < 2; i++) (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
  });
  await expect(rows.nth(2).locator('.story-item')).toBeFocused();
});

test('views and dialogs pass axe in both themes, and fit at 1024 and 1920 wide', async ({ page, desk, request }) => {
  test.setTimeout(120_000);
  await importLibrary(desk, request, 60);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1024, 1920]) {
      await page.setViewportSize({ width, height: width === 1024 ? 700 : 1080 });
      await page.goto(desk.url);
      await expect(count(page)).toHaveText('60 stories');
      await page.keyboard.press('j');
      await expect(page.getByRole('main', { name: 'Story' })).toContainText('Story');
      await page.screenshot({ path: `test-results/search-${scheme}-${width}.png` });
      const scan = async (what: string) => {
        const { violations } = await new AxeBuilder({ page }).analyze();
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      };
      await scan(`desk ${scheme} ${width}`);
      for (const [open, name] of [['Control+k', 'Command palette'], ['?', 'Keyboard shortcuts']] as const) {
        await page.keyboard.press('Escape');
        await page.locator('body').focus();
        await page.keyboard.press(open);
        const dialog = page.getByRole('dialog', { name });
        await expect(dialog).toBeVisible();
        const box = await dialog.boundingBox();
        expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width).toBe(true);
        await scan(`${name} ${scheme} ${width}`);
        await page.keyboard.press('Escape');
      }
      await page.getByRole('button', { name: 'Export stories…' }).click();
      const exportDialog = page.getByRole('dialog', { name: 'Export stories' });
      const exportButton = exportDialog.getByRole('button', { name: /^Export/ });
      await expect(exportDialog).toBeVisible();
      await page.screenshot({ path: `test-results/search-export-${scheme}-${width}.png` });
      await expect(exportButton).toBeInViewport();
      await scan(`Export stories ${scheme} ${width}`);
      await page.keyboard.press('Escape');
    }
  }
});
