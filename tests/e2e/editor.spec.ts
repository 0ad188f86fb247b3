/**
 * Issue 9's acceptance, in Chromium on the IRNA seed: the editor edits the story itself (typing, a split, a
 * merge, a subhead, italics), confirms a speaker, undoes two cleaning changes and re-runs cleaning with the edits
 * and the confirmation staying on their words; saves, reloads into the same story, compares and reverts
 * revisions, and exports ninjs and HTML that carry the edited text.
 */
import type { Page } from '@playwright/test';
import { block, caretAfter, caretBefore, downloadExport as download, EDITOR, select } from './editor-helpers.js';
import { expect, SEED_STORY, test } from './fixtures.js';

const HEADLINE = 'Iran cautions Iraq on secessionist approaches';
const FOOTER = 'The iran News Gazette is mainly concerned with';
const THIRD = 'During the meeting, Shamkhani praised Iraqi people';
const SPLIT_AT = 'can deter revival of terrorist rings';
const SPLIT_TAIL = 'and would prevent foreign military intervention';
const MERGE_FIRST = 'interests of all Iraqi sects and ethnic groups.';
const MERGE_SECOND = 'Iranian government and people like always';
const SUBHEAD = 'Unity among Muslim countries';
const AFTER_SUBHEAD = 'reliance on common Islamic teachings.';

async function importSeed(page: Page) {
  await page.getByLabel('Wire copy files').setInputFiles(SEED_STORY);
  await expect(page.getByRole('article').getByRole('heading', { name: HEADLINE })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Ali Shamkhani');
}

/** Everything the editor did, checked on the page: each edit and the confirmed speaker on the same words. */
async function expectEdits(page: Page) {
  const story = page.getByRole('article');
  await expect(story).toContainText("certain regional countries' conspiracies");
  await expect(story).not.toContainText("counties'");
  // The split: the tail is a paragraph of its own, starting with the words after the cut.
  await expect(block(page, SPLIT_AT)).toHaveText(`Shamkhani said that cooperation among countries that are victims of terrorism ${SPLIT_AT}`);
  await expect(block(page, SPLIT_TAIL)).toHaveText(/^and would prevent foreign military intervention in the region/);
  // The merge: one block holds both sentences.
  await expect(block(page, MERGE_FIRST)).toContainText(`${MERGE_FIRST} ${MERGE_SECOND}`);
  await expect(page.locator(`${EDITOR} h3.pm-subhead`)).toHaveText(SUBHEAD);
  await expect(page.locator(`${EDITOR} em`)).toHaveText('Takfiri');
  // The confirmed speaker tag stands right before the third paragraph, and only there.
  const confirmed = page.locator(`${EDITOR} .speaker-tag.confirmed`);
  await expect(confirmed).toHaveCount(1);
  await expect(confirmed).toHaveText('Ali Shamkhani');
  await expect(page.locator(`${EDITOR} .speaker-tag.confirmed + [data-block]`)).toContainText(THIRD);
}


test('the editor edits, confirms, undoes cleaning, re-cleans, saves, reloads, compares, reverts and exports', async ({ page, desk }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(desk.url);
  await importSeed(page);
  // Revisions are signed with the desk user's name.
  const history = page.getByRole('region', { name: 'History' });
  await history.getByLabel('Your name').fill('Rana Editor');
  await history.getByRole('button', { name: 'Sign' }).click();
  await expect(history.getByRole('button', { name: 'Sign' })).toBeDisabled();

  // By typing: counties' → countries' (the caret after "count", an "r").
  await select(page, "regional counties'", 'regional count'.length);
  await page.keyboard.type('r');
  // A split: Enter before "and would prevent", and the space left at the cut is deleted.
  await caretAfter(page, SPLIT_AT);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  // A merge: Backspace at the start of a paragraph joins it to the one before; a space between the sentences.
  await caretBefore(page, MERGE_SECOND);
  await page.keyboard.press('Backspace');
  await page.keyboard.type(' ');
  // A subhead: a new block after a paragraph, made a subhead from the toolbar.
  await caretAfter(page, AFTER_SUBHEAD);
  await page.keyboard.press('Enter');
  await page.keyboard.type(SUBHEAD);
  await page.getByRole('toolbar', { name: 'Editing' }).getByRole('button', { name: 'Subhead' }).click();
  // Italics: the word selected, Ctrl+I.
  await select(page, 'Takfiri groups', 0, 'Takfiri'.length);
  await page.keyboard.press('Control+i');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Unsaved draft');
  await expect(page.getByRole('list', { name: 'Stories' })).toContainText('draft');
  await page.screenshot({ path: '/tmp/editor-edits.png' });

  // Confirm the speaker of the third paragraph in the text itself (this saves the typing first).
  await page.locator(`${EDITOR} .speaker-tag + [data-block]`, { hasText: THIRD }).locator('xpath=preceding-sibling::*[1]').click();
  const card = page.getByRole('dialog', { name: 'Speaker of paragraph 3' });
  await expect(card.getByRole('combobox')).toHaveValue('Ali Shamkhani');
  await card.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await expectEdits(page);

  // Undo the footer change and the dateline change: the edits and the confirmation stay on the same words.
  const cleaning = page.getByRole('region', { name: 'Cleaning' });
  await cleaning.getByRole('listitem').filter({ hasText: 'publisher-footer' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('article')).toContainText(FOOTER);
  await cleaning.getByRole('listitem').filter({ hasText: /^dateline/ }).getByRole('button', { name: 'Undo' }).click();
  await expect(cleaning.getByRole('listitem').filter({ hasText: /^dateline/ })).toContainText('(undone)');
  await expect(block(page, 'Secretary of the Supreme National Security Council')).toContainText('Tehran, July 23');
  await expectEdits(page);

  // Re-run cleaning: still there.
  await page.getByRole('region', { name: 'Boilerplate' }).getByRole('button', { name: 'Re-run cleaning' }).click();
  await expect(page.getByRole('article')).toContainText(FOOTER);
  await expectEdits(page);
  await page.screenshot({ path: '/tmp/editor-after-reclean.png' });

  // One more word typed and saved with Ctrl+S.
  await caretAfter(page, 'He made the remarks');
  await page.keyboard.type(' on Sunday');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await expect(page.getByRole('list', { name: 'Stories' })).not.toContainText('draft');

  // Reload: the same story opens, with its edits.
  await page.reload();
  await expect(page.getByRole('article').getByRole('heading', { name: HEADLINE })).toBeVisible();
  await expect(page.getByRole('article')).toContainText('He made the remarks on Sunday in a meeting');
  await expectEdits(page);

  // History: revision 1 against the latest shows the insertion and the deletion.
  const revisions = history.getByRole('list', { name: 'Revisions' }).getByRole('listitem');
  await expect(revisions.first()).toContainText('current');
  await expect(revisions.first()).toContainText('Rana Editor');
  const latest = Number(await revisions.first().locator('.revision-number').textContent());
  expect(latest).toBeGreaterThan(2);
  await history.getByLabel('Compare from revision').selectOption('1');
  await history.getByRole('button', { name: 'Compare', exact: true }).click();
  const compare = page.getByRole('dialog', { name: 'Compare revisions' });
  await expect(compare.locator('ins', { hasText: 'countries' }).first()).toBeVisible();
  await expect(compare.locator('del', { hasText: 'counties' }).first()).toBeVisible();
  await expect(compare.locator('ins', { hasText: 'on Sunday' })).toBeVisible();
  await page.screenshot({ path: '/tmp/editor-compare.png' });

  await compare.getByRole('button', { name: 'Close' }).click();

  // One picture against the agency's copy: cleaning's removals in one colour, the editor's changes in another.
  await history.getByRole('button', { name: /Against the agency's copy/ }).click();
  const agency = page.getByRole('dialog', { name: "Against the agency's copy" });
  await expect(agency.locator('del.diff-machine', { hasText: 'Source: Islamic Republic News Agency' })).toBeVisible();
  await expect(agency.locator('ins.diff-editor', { hasText: 'on Sunday' })).toBeVisible();
  await expect(agency.locator('ins.diff-editor', { hasText: 'countries' }).first()).toBeVisible();
  await page.screenshot({ path: '/tmp/editor-agency.png' });
  await agency.getByRole('button', { name: 'Close' }).click();
  await history.getByLabel('Compare from revision').selectOption('1');
  await history.getByRole('button', { name: 'Compare', exact: true }).click();

  // Revert to revision 1 (a new revision), then back to the latest edited one (another).
  await compare.getByRole('button', { name: 'Revert to revision 1' }).click();
  await expect(page.getByRole('article')).toContainText("counties'");
  await expect(revisions.first()).toContainText(String(latest + 1));
  await history.getByRole('button', { name: `Revert to revision ${latest}` }).click();
  await expect(page.getByRole('article')).toContainText("certain regional countries' conspiracies");
  await expect(revisions.first()).toContainText(String(latest + 2));
  await expectEdits(page);

  // Exports carry the edited text.
  const ninjs = JSON.parse(await download(page, 'ninjs')) as { bodies: { value: string }[]; headlines: { value: string }[] };
  const body = ninjs.bodies.map((b) => b.value).join('\n');
  expect(body).toContain("countries' conspiracies");
  expect(body).not.toContain("counties'");
  expect(body).toContain('He made the remarks on Sunday');
  const html = await download(page, 'html');
  expect(html).toMatch(/countries(?:'|&#39;|&#x27;|&apos;) conspiracies/);
  expect(html).toMatch(/<em>Takfiri<\/em>/);
  expect(html).toMatch(new RegExp(`<h\\d[^>]*>${SUBHEAD}</h\\d>`));
  expect(html).toContain(SPLIT_TAIL);
  expect(errors).toEqual([]);
});
