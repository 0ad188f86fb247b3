/**
 * The editor's input paths on the IRNA seed: hostile and huge pastes, find and replace, flags accepted from the
 * text, drafts that survive a reload and a change of story, and the speaker card that never carries one story's
 * choice into the next.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { block, caretAfter, EDITOR, select } from './editor-helpers.js';
import { expect, SEED_STORY, test } from './fixtures.js';

const HEADLINE = 'Iran cautions Iraq on secessionist approaches';

async function importSeed(page: Page) {
  await page.getByLabel('Wire copy files').setInputFiles(SEED_STORY);
  await expect(page.getByRole('article').getByRole('heading', { name: HEADLINE })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Ali Shamkhani');
}

/** A paste as the browser delivers one from another application: HTML and plain text on the clipboard. */
async function paste(page: Page, html: string, text: string) {
  await page.evaluate(
    ({ editor, html, text }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      document.querySelector(editor)!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { editor: EDITOR, html, text },
  );
}

test('a hostile paste keeps only the schema: no scripts, styles, frames, handlers or javascript: links', async ({ page, desk }) => {
  await page.goto(desk.url);
  await importSeed(page);
  await caretAfter(page, 'Erfan al-Hiyali.');
  await page.keyboard.press('Enter');
  const hostile = [
    '<style>p { color: red }</style><script>window.__pwned = 1</script>',
    '<iframe src="https://example.com/"></iframe><img src=x onerror="window.__pwned = 2">',
    '<b style="font-weight:normal" id="docs-internal-guid-1"><p onclick="window.__pwned = 3" class="MsoNormal">',
    'Pasted from <span style="font-weight:bold">Word</span> with <a href="javascript:window.__pwned=4">a bad link</a>',
    ' and <a href="https://www.irna.ir/" onmouseover="window.__pwned=5">a good one</a>.</p>',
    '<h1>A pasted heading</h1></b>',
  ].join('');
  await paste(page, hostile, 'Pasted from Word');
  await expect(block(page, 'Pasted from Word')).toBeVisible();
  const html = await page.locator(EDITOR).innerHTML();
  for (const banned of ['<script', '<style', '<iframe', '<img', 'onclick', 'onerror', 'onmouseover', 'javascript:', 'MsoNormal', 'font-weight']) {
    expect(html, banned).not.toContain(banned);
  }
  await expect(block(page, 'Pasted from Word').locator('strong')).toHaveText('Word');
  await expect(block(page, 'Pasted from Word').locator('a')).toHaveAttribute('href', 'https://www.irna.ir/');
  await expect(block(page, 'Pasted from Word').locator('a')).toHaveText('a good one');
  // A bad link's words stay, as plain text.
  await expect(block(page, 'Pasted from Word')).toContainText('with a bad link and');
  await expect(page.locator(`${EDITOR} h3.pm-subhead`, { hasText: 'A pasted heading' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a 10 MB paste is cut to what the page can take, and the editor is told', async ({ page, desk }) => {
  await page.goto(desk.url);
  await importSeed(page);
  await caretAfter(page, 'Erfan al-Hiyali.');
  await page.keyboard.press('Enter');
  const paragraph = '<p>' + 'Filler words of a very long web page. '.repeat(20) + '</p>';
  const page10mb = '<html><body>' + paragraph.repeat(Math.ceil(10_000_000 / paragraph.length)) + '</body></html>';
  expect(page10mb.length).toBeGreaterThan(10_000_000);
  await paste(page, page10mb, 'Filler');
  await expect(page.getByRole('status').filter({ hasText: /The paste was 10\.\d MB: only its first 150 KB were read/ })).toBeVisible();
  const blocks = await page.locator(`${EDITOR} [data-block]`, { hasText: 'Filler words' }).count();
  expect(blocks).toBeGreaterThan(100);
  expect(blocks).toBeLessThan(1000);
});

test('find and replace: Ctrl+F counts matches, Ctrl+H replaces one and then all, Ctrl+Z brings them back', async ({ page, desk }) => {
  await page.goto(desk.url);
  await importSeed(page);
  await caretAfter(page, 'He made the remarks');
  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Find and replace' });
  await find.getByLabel('Find', { exact: true }).fill('terrorism');
  await expect(find).toContainText('1 of 4');
  await expect(page.locator(`${EDITOR} .find-match`)).toHaveCount(4);
  await page.keyboard.press('Escape');
  await expect(find).toHaveCount(0);
  await page.keyboard.press('Control+h');
  await find.getByLabel('Find', { exact: true }).fill('Shamkhani');
  await find.getByLabel('Replace with').fill('Shamkhani (the secretary)');
  await find.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(page.getByRole('article')).toContainText('Shamkhani (the secretary)');
  await find.getByRole('button', { name: 'Replace all' }).click();
  // Every Shamkhani of the text is now followed by the replacement's words (speaker tags are not text).
  const text = () => page.locator(`${EDITOR} [data-block], ${EDITOR} .pm-abstract`).allTextContents();
  await expect.poll(async () => (await text()).join('\n').match(/Shamkhani(?! \(the secretary\))/g)?.length ?? 0).toBe(0);
  expect((await text()).join('\n').match(/Shamkhani \(the secretary\)/g)?.length).toBe(7);
  await page.locator(EDITOR).focus();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.locator(EDITOR)).not.toContainText('(the secretary)');
});

test('a flagged word is underlined in the text; its card says why and Enter accepts the suggestion', async ({ page, desk }) => {
  await page.goto(desk.url);
  await importSeed(page);
  const daesh = page.locator(`${EDITOR} .desk-mark`, { hasText: 'Daesh' });
  await expect(daesh).toHaveClass(/desk-mark-loaded-term/);
  await daesh.click();
  const card = page.getByRole('dialog', { name: 'Loaded term: Daesh' });
  await expect(card).toContainText("agency's own wording");
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article')).toContainText('from Islamic State needs seven years');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Unsaved draft');
  // Alt+Enter in another flagged word accepts it from the keyboard alone.
  await caretAfter(page, 'Zionist');
  await page.keyboard.press('Alt+Enter');
  await expect(page.getByRole('article')).not.toContainText('Zionist regime');
});

test('typing is kept as a draft through a reload and a change of story, and the inbox marks it', async ({ page, desk }) => {
  await page.goto(desk.url);
  await importSeed(page);
  // A second story, so there is somewhere else to go.
  const seed = await readFile(SEED_STORY, 'utf8');
  await page.getByRole('button', { name: 'Paste copy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste copy' });
  await dialog.getByLabel('Wire copy').fill(seed.replace('Iran cautions Iraq', 'Iran warns Baghdad'));
  await dialog.getByLabel('Name (optional)').fill('second.txt');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('article').getByRole('heading', { name: /Iran warns Baghdad/ })).toBeVisible();

  const stories = page.getByRole('list', { name: 'Stories' });
  // The inbox lists the new story (at the top, moving the others down) before a row is clicked.
  await expect(stories.getByRole('button', { name: /Iran warns Baghdad/ })).toBeVisible();
  await stories.getByRole('button', { name: /Iran cautions Iraq/ }).click();
  await expect(page.getByRole('article').getByRole('heading', { name: HEADLINE })).toBeVisible();
  await caretAfter(page, 'He made the remarks');
  await page.keyboard.type(' in Baghdad');
  await expect(stories.getByRole('button', { name: /Iran cautions Iraq/ })).toContainText('draft');

  // Reload without saving: the draft comes back, and says so.
  await page.reload();
  await expect(page.getByRole('article')).toContainText('He made the remarks in Baghdad in a meeting');
  await expect(page.getByRole('status').filter({ hasText: 'Your unsaved draft' })).toBeVisible();

  // Another story and back: still there; the other story shows none of it.
  await stories.getByRole('button', { name: /Iran warns Baghdad/ }).click();
  await expect(page.getByRole('article').getByRole('heading', { name: /Iran warns Baghdad/ })).toBeVisible();
  await expect(page.getByRole('article')).not.toContainText('remarks in Baghdad');
  await stories.getByRole('button', { name: /Iran cautions Iraq/ }).click();
  await expect(page.getByRole('article')).toContainText('He made the remarks in Baghdad in a meeting');

  // Discarding brings back the stored text and clears the mark.
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByRole('article')).not.toContainText('remarks in Baghdad');
  await expect(stories.getByRole('button', { name: /Iran cautions Iraq/ })).not.toContainText('draft');
});

test('the speaker card of one story never carries a choice into another', async ({ page, desk }) => {
  await page.goto(desk.url);
  await importSeed(page);
  const seed = await readFile(SEED_STORY, 'utf8');
  await page.getByRole('button', { name: 'Paste copy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste copy' });
  await dialog.getByLabel('Wire copy').fill(seed.replace('Iran cautions Iraq', 'Iran warns Baghdad').replaceAll('Shamkhani', 'Larijani'));
  await dialog.getByLabel('Name (optional)').fill('second.txt');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Larijani');
  // In the first story, the editor picks a speaker for ¶2 and leaves without confirming.
  const stories = page.getByRole('list', { name: 'Stories' });
  // The inbox lists the new story (at the top, moving the others down) before a row is clicked.
  await expect(stories.getByRole('button', { name: /Iran warns Baghdad/ })).toBeVisible();
  await stories.getByRole('button', { name: /Iran cautions Iraq/ }).click();
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Shamkhani');
  await page.getByLabel('Speaker of paragraph 2', { exact: true }).selectOption('Erfan al-Hiyali');
  await stories.getByRole('button', { name: /Iran warns Baghdad/ }).click();
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Larijani');
  await expect(page.getByLabel('Speaker of paragraph 2', { exact: true })).toHaveValue('');
  // Confirm in the second story: its own speaker is saved, not one from the first.
  const row = page.getByRole('region', { name: 'Sources' }).getByRole('listitem').filter({ has: page.getByLabel('Speaker of paragraph 1', { exact: true }) });
  await expect(page.getByLabel('Speaker of paragraph 1', { exact: true })).toHaveValue(/Larijani/);
  await row.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator(`${EDITOR} .speaker-tag.confirmed`)).toHaveText([/Larijani/]);
});

test('two windows save the same story: the second gets the conflict, sees theirs, and merges without losing either', async ({ browser, desk }) => {
  // Two windows of two desks (each its own storage, so each keeps its own draft).
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await first.goto(desk.url);
  await importSeed(first);
  const id = new URL(first.url()).searchParams.get('story');
  expect(id).toBeTruthy();
  await second.goto(`${desk.origin}/?story=${id}#token=${desk.token}`);
  await expect(second.getByRole('article').getByRole('heading', { name: HEADLINE })).toBeVisible();

  await caretAfter(first, 'He made the remarks');
  await first.keyboard.type(' on Sunday');
  await first.keyboard.press('Control+s');
  await expect(first.getByRole('status', { name: 'Save state' })).toHaveText('Saved');

  await caretAfter(second, 'During the meeting');
  await second.keyboard.type(' in Tehran');
  await second.keyboard.press('Control+s');
  const conflict = second.locator('.editor-conflict');
  await expect(conflict).toContainText('was saved elsewhere while you were typing');
  await conflict.getByText('Their version').click();
  await expect(conflict).toContainText('He made the remarks on Sunday');
  await expect(second.getByRole('article')).toContainText('During the meeting in Tehran');
  await conflict.getByRole('button', { name: /Merge and save/ }).click();
  await expect(second.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await expect(second.getByRole('article')).toContainText('He made the remarks on Sunday');
  await expect(second.getByRole('article')).toContainText('During the meeting in Tehran');

  // What the store keeps now has both.
  const stored = await first.evaluate(
    async ({ id, token }) => {
      const res = await fetch('api/getArticle', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ id }) });
      return ((await res.json()) as { value: { paragraphs: { text: string }[] } }).value.paragraphs.map((p) => p.text).join('\n');
    },
    { id, token: desk.token },
  );
  expect(stored).toContain('He made the remarks on Sunday');
  expect(stored).toContain('During the meeting in Tehran');
});

test('the story follows the metadata form as the editor types, before any save', async ({ page, desk }) => {
  await page.goto(desk.url);
  await importSeed(page);
  const metadata = page.getByRole('region', { name: 'Metadata' });
  await metadata.getByLabel('Byline').fill('By Rana Editor');
  await expect(page.locator(`${EDITOR} .story-byline`)).toHaveText('By Rana Editor');
  await metadata.getByLabel('Place').fill('Baghdad');
  await expect(page.locator(`${EDITOR} .story-dateline`)).toHaveText(/^BAGHDAD, July 23(, \d{4})? \(IRNA\) —$/);
  await expect(metadata.getByRole('button', { name: 'Save' })).toBeEnabled();
});

test('lists, a quote, bold and a link survive a save and a reload, each block keeping its id', async ({ page, desk }) => {
  await page.goto(desk.url);
  await importSeed(page);
  const toolbar = page.getByRole('toolbar', { name: 'Editing' });
  const idOf = (text: string) => block(page, text).getAttribute('data-block');
  const remarksId = await idOf('He made the remarks');
  await caretAfter(page, 'He made the remarks');
  await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
  await caretAfter(page, 'During the meeting');
  await toolbar.getByRole('button', { name: 'Quote', exact: true }).click();
  await select(page, 'Close military', 0, 'Close military'.length);
  await page.keyboard.press('Control+b');
  page.once('dialog', (d) => void d.accept('https://www.irna.ir/news/'));
  await select(page, 'Defense Minister Erfan', 0, 'Defense Minister'.length);
  await toolbar.getByRole('button', { name: 'Link', exact: true }).click();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');

  await page.reload();
  await expect(page.locator(`${EDITOR} ul > li [data-block]`)).toContainText('He made the remarks');
  await expect(page.locator(`${EDITOR} blockquote [data-block]`)).toContainText('During the meeting');
  await expect(page.locator(`${EDITOR} strong`)).toHaveText('Close military');
  await expect(page.locator(`${EDITOR} [data-block] a`)).toHaveAttribute('href', 'https://www.irna.ir/news/');
  // Turned into a list item, the paragraph is still the same block of the story.
  expect(await idOf('He made the remarks')).toBe(remarksId);
});
