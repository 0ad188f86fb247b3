/** The story editor passes an axe scan (WCAG 2.1 A and AA rules) with the seed open, marks and cards shown. */
import AxeBuilder from '@axe-core/playwright';
import { expect, SEED_STORY, test } from './fixtures.js';
import { EDITOR } from './editor-helpers.js';

test('the editor and its history have no axe violations', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByLabel('Wire copy files').setInputFiles(SEED_STORY);
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Ali Shamkhani');
  await page.locator(`${EDITOR} .desk-mark`, { hasText: 'Daesh' }).click();
  await expect(page.getByRole('dialog', { name: 'Loaded term: Daesh' })).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.story-column').include('.history').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});
