/**
 * AP Media API items that carry only a summary (issue 12: wire-samples-more/cp/ap/ap-category.json and others):
 * the story's text is not in the file — AP sends it apart, as the item's `nitf` rendition, and the response has no
 * top-level `nitf` body. The summary is all the copy there is, so it is imported, and the desk is told plainly in
 * the editor's note that it is a summary and not the story.
 */
import { describe, expect, it } from 'vitest';
import { importBytes, importOne, texts } from './import-fixture.js';

describe('an AP item with a summary and no body', () => {
  it('imports the summary as the copy and says in the note that the full text was not sent', () => {
    const a = importOne('ninjs-ap-summary-only.json');
    expect(a.headline).toBe('Harbour city votes to close its oldest ferry wharf');
    expect(texts(a)).toEqual([
      'The city council voted 7-2 on Tuesday to close the ferry wharf that has served the old town since 1911, saying repairs would cost more than a new one.',
    ]);
    expect(a.ednote).toMatch(/^Summary only: the story's text is not in this file \(it is sent apart, as the item's nitf rendition\); Eds: UPDATES: Adds council vote\.$/u);
  });

  it("takes the item's `located` as the dateline place when the copy has no dateline, dated by the item", () => {
    const a = importOne('ninjs-ap-summary-only.json');
    expect(a.dateline).toMatchObject({ place: 'Port Angeles', region: 'Wash.', date: '2026-03-03', agency: 'AP' });
  });

  it("gives a format's dateline its country from the gazetteer, as a dateline read from the copy gets it", () => {
    const item = { uri: 'urn:test:1', type: 'text', headline: 'Snow closes roads', located: 'MADRID', body_text: 'Snow closed roads across the capital on Monday.' };
    const [a] = importBytes('madrid.json', Buffer.from(JSON.stringify(item)));
    expect(a?.dateline).toMatchObject({ place: 'Madrid', country: 'ES' });
  });

  it('adds no such note to an item that has its body', () => {
    const a = importOne('ninjs-2.json');
    expect(a.ednote).not.toMatch(/Summary only/u);
  });
});
