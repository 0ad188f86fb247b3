/**
 * A wire item sent without its text, in the renderer: a NewsML-G2 text item with its headline and metadata but an
 * empty content set arrives in the inbox as a story, and the metadata form shows the desk what happened, in the
 * read-only note for the desk alone, beside the agency's private note. The item is invented.
 */
import { expect, test } from './fixtures.js';

const HEADLINE = 'Harbour board approves new ferry pier';
const ITEM = `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.org:20261102:pier" version="1" standard="NewsML-G2">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="Example News"/>
    <versionCreated>2026-11-02T09:30:00+01:00</versionCreated>
    <edNote role="xnote:private">Pictures from the pier follow at noon.</edNote>
    <edNote>Not for release before 10:00.</edNote></itemMeta>
  <contentMeta><headline>${HEADLINE}</headline><creator><name>Tove Lindqvist</name></creator></contentMeta>
  <contentSet><remoteContent href="https://example.org/texts/pier.xml" contenttype="application/nitf+xml"/></contentSet>
</newsItem>`;

test('a NewsML-G2 item without its text arrives as a stub, and the desk is told where the text is', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByLabel('Wire copy files').setInputFiles({ name: 'pier.xml', mimeType: 'application/xml', buffer: Buffer.from(ITEM) });
  await expect(page.getByRole('status', { name: 'Import report' })).toContainText('1 story imported');
  await expect(page.getByRole('article').getByRole('heading', { name: HEADLINE })).toBeVisible();

  const form = page.getByRole('region', { name: 'Metadata' });
  await expect(form.getByLabel("Editor's note")).toHaveValue('Not for release before 10:00.');
  const note = form.getByRole('note', { name: 'For the desk only' });
  await expect(note).toContainText('Pictures from the pier follow at noon.');
  await expect(note).toContainText('https://example.org/texts/pier.xml');
});
