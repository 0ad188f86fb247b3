/**
 * Metadata an editor can trust, in the renderer: an embargo set in the form shows its countdown banner; an empty
 * headline is refused with a message; a Media Topic is added by searching its name; publishing a story with open
 * flags is blocked with the reason before anything is sent, and goes once the editor has dismissed them (the site
 * here is the real local WordPress).
 */
import { join } from 'node:path';
import { expect, REPO_ROOT, SEED_STORY } from './fixtures.js';
import { wordpressTest as test } from './wordpress-site.js';

const HEADLINE = 'Iran cautions Iraq on secessionist approaches';
const SHOTS = join(REPO_ROOT, 'test-results', 'screenshots');


test('embargo banner, empty headline refused, Media Topic by name, and the open-flag warning before publishing', async ({ page, desk, site }) => {
  await page.goto(desk.url);
  await page.getByLabel('Wire copy files').setInputFiles(SEED_STORY);
  await expect(page.getByRole('article').getByRole('heading', { name: HEADLINE })).toBeVisible();
  const form = page.getByRole('region', { name: 'Metadata' });

  // An embargo two days and a bit ahead: the banner says until when and how long is left.
  const at = new Date(Date.now() + (2 * 24 + 3) * 3_600_000 + 10 * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
  await form.getByLabel('Embargo (local time)').fill(local);
  await form.getByRole('button', { name: 'Save' }).click();
  const banner = form.getByRole('status').filter({ hasText: 'Embargoed' });
  await expect(banner).toContainText(/lifts in 2 d 3 h/);
  await banner.scrollIntoViewIfNeeded();
  await expect(banner).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'embargo-banner.png') });

  // An empty headline: the message, and nothing saved.
  const headline = form.getByLabel('Headline');
  await headline.fill('');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'A story needs a headline: type one before saving' })).toBeVisible();
  await expect(form).toContainText('Not saved: fix the field marked above');
  await page.screenshot({ path: join(SHOTS, 'empty-headline.png') });
  await form.getByRole('button', { name: 'Revert' }).click();
  await expect(headline).toHaveValue(HEADLINE);

  // A 130-character headline: each preset's limit is said at the field, naming the presets it applies to.
  const long = `${HEADLINE}, Shamkhani tells the visiting Iraqi defence minister at a meeting in Tehran Thursday`;
  expect(long).toHaveLength(130);
  await headline.fill(long);
  const rules = form.getByRole('list', { name: 'Preset rules: headline' });
  await expect(rules.getByRole('listitem').filter({ hasText: /^Headline for WordPress, Hugo, .*: 130 characters, at most 110: shorten it by 20$/ })).toBeVisible();
  await expect(rules.getByRole('listitem').filter({ hasText: /^Headline for NITF syndication, NewsML-G2 syndication: 130 characters, at most 100: shorten it by 30$/ })).toBeVisible();
  await form.getByRole('button', { name: 'Revert' }).click();
  await expect(rules).toHaveCount(0);

  // A Media Topic from the whole vocabulary, found by its name.
  await form.getByLabel('Add a Media Topic').fill('diplomacy');
  const results = form.getByRole('list', { name: 'Media Topics found' });
  await results.getByRole('button', { name: /^diplomacy medtop:\d{8}/ }).click();
  const subjects = page.getByRole('list', { name: 'Subjects' });
  await expect(subjects.getByRole('checkbox', { name: /^diplomacy medtop:\d{8}/ })).toBeChecked();
  await page.screenshot({ path: join(SHOTS, 'media-topic.png') });

  // Clear the embargo and confirm the year, then publish: the open flags block it, with the reason, before anything is sent.
  await form.getByLabel('Embargo (local time)').fill('');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Embargoed' })).toHaveCount(0);
  await form.getByRole('button', { name: 'Confirm year' }).click();
  await expect(form.getByRole('button', { name: 'Confirm year' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Publish…' }).click();
  const dialog = page.getByRole('dialog', { name: `Publish “${HEADLINE}”` });
  await dialog.getByLabel('WordPress site URL').fill(site.url);
  await dialog.getByLabel('WordPress user').fill(site.user);
  await dialog.getByLabel('Application password').fill(site.appPassword);
  await dialog.getByRole('button', { name: 'Preview' }).click();
  const preview = dialog.getByRole('region', { name: 'Publish preview' });
  await expect(preview).toContainText(`0 of 1 can go to ${site.url} as ${site.user}`);
  await expect(preview.getByRole('alert').filter({ hasText: /Blocked: Open flag: loaded-term \(5: fix or dismiss them\); Open flag: spelling \(2/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Categories categories \(by name\) diplomacy/ })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Publish 0 of 1' })).toBeDisabled();
  await page.screenshot({ path: join(SHOTS, 'publish-warning.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The editor looks at each flag and dismisses it; then the story can go.
  const flags = page.getByRole('list', { name: 'Flags' });
  for (let left = 7; left > 0; left--) {
    await expect(flags.getByRole('listitem')).toHaveCount(left);
    await flags.getByRole('listitem').first().getByRole('button', { name: 'Dismiss' }).click();
  }
  await expect(page.getByRole('region', { name: 'Flags' })).toContainText('Nothing flagged.');
  await page.getByRole('button', { name: 'Publish…' }).click();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(preview).toContainText(`1 of 1 can go to ${site.url} as ${site.user}`);
  await expect(preview.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Publish 1 of 1' }).click();
  const result = dialog.getByRole('status', { name: 'Publish result' });
  // The dialog's default post status is a draft: on the site, not public (WordPress links a draft by its id).
  await expect(result).toContainText('Sent as a draft');
  const link = await result.getByRole('link').getAttribute('href');
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?p=\d+$/);
  // The password went to the service, not back into the page.
  await expect(dialog.getByLabel('Application password')).toHaveValue('');
  const posts = await site.rest<{ title: { raw: string }; status: string }[]>('/posts?context=edit&status=draft,publish&search=secessionist');
  expect(posts.map((p) => [p.title.raw, p.status])).toEqual([[HEADLINE, 'draft']]);
});
