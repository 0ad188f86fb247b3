/**
 * A kill for a story the desk holds: the red banner with the agency's reason, export refused from the story and
 * from the batch dialog, the Killed list naming it, and the kill lifted with a reason.
 */
import { callApi, expect, test } from './fixtures.js';

const BODY = [
  'The regional council approved a plan on Tuesday to rebuild the flood-damaged river embankment before the spring thaw.',
  'Engineers said the work would take about four months and cost close to 12 million euros, the council said.',
];

function ninjs(version: number, extra: Record<string, unknown> = {}) {
  const item = {
    uri: 'urn:example:kessel-embankment', version: String(version), type: 'text', language: 'en',
    versioncreated: `2026-11-2${version}T09:00:00Z`, headline: 'Council approves embankment rebuild',
    body_text: BODY.join('\n\n'), ...extra,
  };
  return { name: `kessel-v${version}.json`, base64: Buffer.from(JSON.stringify(item)).toString('base64') };
}


test('a kill shows a red banner, export is refused and the Killed list names the story until the kill is lifted', async ({ page, desk, request }) => {
  await callApi(desk, request, 'importFiles', { files: [ninjs(1)] });
  await callApi(desk, request, 'importFiles', { files: [ninjs(2, { pubstatus: 'canceled', ednote: 'Withdrawn for legal reasons.' })] });
  await page.goto(desk.url);
  await page.getByRole('button', { name: /Council approves embankment rebuild/ }).first().click();

  const banner = page.getByRole('alert', { name: 'Killed by the agency' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('pubstatus canceled: Withdrawn for legal reasons.');
  await page.screenshot({ path: 'test-results/kill-banner.png' });

  // Export from the story: refused, with the agency's reason.
  const exportForm = page.getByRole('form', { name: 'Export' });
  await exportForm.getByRole('button', { name: /Export/ }).click();
  await expect(page.getByRole('list', { name: 'Refused stories' })).toContainText('Killed by the agency (pubstatus canceled)');

  // The Killed list names the story.
  await page.getByRole('button', { name: 'Killed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Killed stories' });
  await expect(dialog.getByRole('list', { name: 'Kills' })).toContainText('Withdrawn for legal reasons.');
  await expect(dialog.getByRole('list', { name: 'Stories the kill reaches' }).getByRole('button')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Lifted with a reason: the banner goes, the lifting is shown, and the story may go.
  await banner.getByRole('button', { name: 'Lift kill…' }).click();
  await banner.getByLabel('Why may it go?').fill('Legal cleared the text');
  await banner.getByRole('button', { name: 'Lift the kill' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('note')).toContainText('Legal cleared the text');
});
