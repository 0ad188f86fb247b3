/**
 * A ninjs feed or search response (issue 12: a council-news agency's `{total, limit, offset, item: [...]}` page was
 * refused as "no story found"). ninjs defines the item, not the page around it: a response that is no item itself
 * and lists items gives one story per listed item, whatever the list is called; a lone picture item is still read
 * as an item, its own subjects list not taken for a listing. Fixtures typed here, words invented.
 */
import { describe, expect, it } from 'vitest';
import { importBytes, texts } from './import-fixture.js';

const json = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v, null, 2));

describe('a ninjs response listing its items', () => {
  it('reads each listed item of a paged response', () => {
    const page = {
      total: 2, limit: 20, offset: 0,
      item: [
        { uri: 'https://news.example.test/quarry/1', type: 'story', headline: 'Quarry hours cut at Brenmoor', body_html: '<p>The <strong>Brenmoor</strong> quarry will close at six.</p>', byline: 'Ilsa Varn', firstcreated: '2026-03-02T09:00:00' },
        { uri: 'https://news.example.test/ferry/2', type: 'advisory', headline: 'Ferry notice', body_text: 'The Tallow ferry sails at noon.' },
      ],
    };
    const stories = importBytes('listing.json', json(page));
    expect(stories.map((s) => s.headline)).toEqual(['Quarry hours cut at Brenmoor', 'Ferry notice']);
    expect(stories[0] && texts(stories[0])).toEqual(['The Brenmoor quarry will close at six.']);
    expect(stories[0]?.byline).toBe('Ilsa Varn');
    expect(stories[1] && texts(stories[1])).toEqual(['The Tallow ferry sails at noon.']);
  });

  it('reads a list held in the response\'s data object', () => {
    const stories = importBytes('data-items.json', json({ version: '1', data: { results: [{ uri: 'urn:x:9', headline: 'Orchard fair opens', body_text: 'Stalls line Pell Street.' }] } }));
    expect(stories.map((s) => s.headline)).toEqual(['Orchard fair opens']);
  });

  it('still reads a single picture item with a subjects list as one item', () => {
    const [pic, ...rest] = importBytes('picture.json', json({ guid: 'pic-7', type: 'picture', title: 'Harbour lights', description_text: 'Boats moored at Kessly harbour at dusk.', subjects: [{ uri: 'urn:subj:1', name: 'boats' }] }));
    expect(rest).toEqual([]);
    expect(pic?.headline).toBe('Harbour lights');
  });
});
