/**
 * Batch export with a preset: pick three stories and an embargoed one, preview them for WordPress, export, and
 * check the downloaded WXR (items, categories, tags, draft status); the embargoed story is refused with its reason.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { callApi, expect, REPO_ROOT, SEED_STORY, test, type Desk } from './fixtures.js';

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'export');

interface ImportedArticle {
  id: string;
  revision: number;
  headline: string;
  dateline: { text: string; place: string; date: string | null; yearInferred: boolean; agency: string | null };
}


/** Imports the files and sets what the editor would have set: confirmed year, subjects, keywords, maybe an embargo; flags dismissed. */
async function prepare(desk: Desk, request: APIRequestContext): Promise<{ ready: ImportedArticle[]; embargoed: ImportedArticle }> {
  const paths = [join(FIXTURES, 'every-field.txt'), join(FIXTURES, 'quotes-ampersands.txt'), join(FIXTURES, 'script-injection.txt'), SEED_STORY];
  const files = await Promise.all(paths.map(async (p) => ({ name: p.split('/').pop(), base64: (await readFile(p)).toString('base64') })));
  const report = await callApi<{ articles: ImportedArticle[] }>(desk, request, 'importFiles', { files });
  expect(report.articles).toHaveLength(4);
  const saved: ImportedArticle[] = [];
  for (const [i, a] of report.articles.entries()) {
    saved.push(await callApi<ImportedArticle>(desk, request, 'saveArticle', {
      id: a.id,
      revision: a.revision,
      patch: {
        dateline: { ...a.dateline, date: a.dateline.date ?? '2025-03-04', yearInferred: false },
        keywords: [`tag ${i + 1}`, 'shipping & ports'],
        subjects: [{ code: '20000349', scheme: 'medtop', name: 'transport' }],
        ...(i === 3 ? { embargo: '2099-01-01T00:00:00Z' } : {}),
      },
    }));
    // The shipped presets block on open flags: dismissed, as the editor would after reading them.
    const opened = await callApi<ImportedArticle & { flags: { id: string }[] }>(desk, request, 'getArticle', { id: a.id });
    for (const flag of opened.flags) {
      saved[i] = await callApi<ImportedArticle>(desk, request, 'dismissFlag', { id: a.id, revision: (saved[i] as ImportedArticle).revision, flagId: flag.id });
    }
  }
  return { ready: saved.slice(0, 3), embargoed: saved[3] as ImportedArticle };
}

test('three stories go to WordPress as one WXR of drafts; the embargoed one is refused with its reason', async ({ page, desk, request }) => {
  const { ready, embargoed } = await prepare(desk, request);
  await page.goto(desk.url);
  // The stories are ticked in the inbox (the selection a batch export takes), not in the dialog.
  const stories = page.getByRole('list', { name: 'Stories', exact: true });
  for (const a of [...ready, embargoed]) await stories.getByRole('checkbox', { name: a.headline }).check();
  await page.getByRole('button', { name: 'Export stories…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export stories' });
  await expect(dialog.getByLabel('Preset')).toHaveValue('WordPress');
  await expect(dialog.getByLabel('Stories', { exact: true })).toHaveValue('ticked');
  await expect(dialog).toContainText('4 stories selected');

  // Preview: per story what each field becomes, the rendered WXR, and the embargoed story blocked.
  await dialog.getByRole('button', { name: 'Preview' }).click();
  const preview = dialog.getByRole('region', { name: 'Export preview' });
  await expect(preview).toContainText('3 of 4 stories will go with “WordPress”; 1 blocked');
  await expect(preview.getByRole('list', { name: 'Blocked stories' })).toContainText(`${embargoed.headline}: Embargoed until 2099-01-01T00:00:00.000Z`);
  await preview.getByText(ready[0]!.headline).first().click();
  const fields = preview.getByRole('table', { name: `Fields of ${ready[0]!.headline}` });
  await expect(fields.getByRole('row', { name: /Status/ })).toContainText('wp:status');
  await expect(fields.getByRole('row', { name: /Status/ })).toContainText('draft');
  await expect(fields.getByRole('row', { name: /Subjects/ })).toContainText('transport');
  await expect(preview.getByLabel(/^Rendered wordpress-.*\.wxr\.xml$/)).toContainText('<wp:wxr_version>1.2</wp:wxr_version>', { useInnerText: false });

  // Export: one WXR file downloads; the result names the refused story and its reason.
  const downloading = page.waitForEvent('download');
  // The button counts what can really go, not what was ticked.
  await dialog.getByRole('button', { name: 'Export 3 of 4' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^wordpress-\d{4}-\d{2}-\d{2}\.wxr\.xml$/);
  const result = dialog.getByRole('status', { name: 'Export result' });
  await expect(result).toContainText(download.suggestedFilename());
  await expect(result.getByRole('list', { name: 'Refused stories' })).toContainText(`Not exported: ${embargoed.headline}: Embargoed until 2099-01-01T00:00:00.000Z`);

  const xml = await readFile(await download.path(), 'utf8');
  expect(xml).not.toMatch(/<!DOCTYPE/i);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const WP = 'http://wordpress.org/export/1.2/';
    const DC = 'http://purl.org/dc/elements/1.1/';
    const errors = doc.getElementsByTagName('parsererror').length;
    // WordPress prints titles and term names as HTML (they are entity-escaped in the file): read them as a reader sees them.
    const printed = (text: string | null) => new DOMParser().parseFromString(text ?? '', 'text/html').documentElement.textContent;
    const logins = Array.from(doc.getElementsByTagNameNS(WP, 'author_login')).map((e) => e.textContent);
    const items = Array.from(doc.getElementsByTagName('item')).map((item) => ({
      title: printed(item.getElementsByTagName('title')[0]?.textContent ?? ''),
      status: item.getElementsByTagNameNS(WP, 'status')[0]?.textContent ?? '',
      type: item.getElementsByTagNameNS(WP, 'post_type')[0]?.textContent ?? '',
      creator: item.getElementsByTagNameNS(DC, 'creator')[0]?.textContent ?? '',
      categories: Array.from(item.getElementsByTagName('category')).filter((c) => c.getAttribute('domain') === 'category').map((c) => printed(c.textContent)),
      tags: Array.from(item.getElementsByTagName('category')).filter((c) => c.getAttribute('domain') === 'post_tag').map((c) => printed(c.textContent)),
    }));
    return {
      errors,
      version: doc.getElementsByTagNameNS(WP, 'wxr_version')[0]?.textContent,
      logins,
      declaredCategories: Array.from(doc.getElementsByTagNameNS(WP, 'cat_name')).map((e) => printed(e.textContent)),
      declaredTags: Array.from(doc.getElementsByTagNameNS(WP, 'tag_name')).map((e) => printed(e.textContent)),
      items,
    };
  }, xml);
  expect(parsed.errors).toBe(0);
  expect(parsed.version).toBe('1.2');
  expect(parsed.items).toHaveLength(3);
  expect(parsed.declaredCategories).toEqual(['transport']);
  expect([...parsed.declaredTags].sort()).toEqual(['shipping & ports', 'tag 1', 'tag 2', 'tag 3']);
  // Items follow the order the stories are listed in; each is matched to its story by title. The WordPress preset
  // sets typographic quotes, so titles are compared with straight ones put back.
  const straight = (t: string) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  expect(parsed.items.map((item) => straight(item.title)).sort()).toEqual(ready.map((a) => a.headline).sort());
  expect(parsed.items.map((item) => item.title)).toContain('Smith & Sons say “we’re back” after O’Neill’s bold bid');
  parsed.items.forEach((item) => {
    const i = ready.findIndex((a) => a.headline === straight(item.title));
    expect(item.status).toBe('draft');
    expect(item.type).toBe('post');
    expect(parsed.logins).toContain(item.creator);
    expect(item.categories).toEqual(['transport']);
    expect(item.tags).toEqual([`tag ${i + 1}`, 'shipping & ports']);
  });
  expect(parsed.items.map((item) => item.title)).not.toContain(embargoed.headline);

  // The three stories are exported and record it; the embargoed one is untouched.
  const after = await callApi<{ status: string; exports: { fileName: string; preset: string; version: number }[] }>(desk, request, 'getArticle', { id: ready[0]!.id });
  expect(after.status).toBe('exported');
  expect(after.exports).toEqual([expect.objectContaining({ fileName: download.suggestedFilename(), preset: 'WordPress', version: 1 })]);
  const held = await callApi<{ status: string; exports: unknown[] }>(desk, request, 'getArticle', { id: embargoed.id });
  expect(held.exports).toEqual([]);
});

test('an editor saves an edited copy of a preset with the library, and the dry run uses it', async ({ page, desk, request }) => {
  const { ready } = await prepare(desk, request);
  await page.goto(desk.url);
  await page.getByRole('list', { name: 'Stories', exact: true }).getByRole('checkbox', { name: ready[0]!.headline }).check();
  await page.getByRole('button', { name: 'Export stories…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export stories' });
  await dialog.getByLabel('Preset', { exact: true }).selectOption('Hugo');
  await dialog.getByRole('button', { name: 'Edit preset' }).click();
  const form = dialog.getByRole('form', { name: 'Preset' });
  await form.getByLabel('Preset name').fill('Our Hugo site');
  await form.getByLabel('Dateline style').selectOption('place-only');
  await form.getByLabel('File naming').fill('{date}-{id}');
  await form.getByRole('button', { name: 'Save preset' }).click();
  await expect(form).toBeHidden();
  await expect(dialog.getByLabel('Preset', { exact: true })).toHaveValue('Our Hugo site');

  const presets = await callApi<{ name: string; datelineStyle: string; builtIn: boolean }[]>(desk, request, 'listPresets', {});
  expect(presets.find((p) => p.name === 'Our Hugo site')).toMatchObject({ datelineStyle: 'place-only', builtIn: false });

  await dialog.getByRole('button', { name: 'Preview' }).click();
  const preview = dialog.getByRole('region', { name: 'Export preview' });
  await preview.getByText(ready[0]!.headline).first().click();
  await expect(preview.getByRole('table').getByRole('row', { name: /Dateline/ })).toContainText('SALALAH —');
  await expect(preview.getByText(/Rendered \d{4}-\d{2}-\d{2}-[a-z0-9]{8}\.md/)).toBeVisible();
});
