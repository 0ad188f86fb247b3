/**
 * The lead of a Reuters NewsML-G2 item below its summary bullets (issue 12): fixtures under tests/fixtures/wire were
 * typed in the shape of Reuters items, one with a preformatted body (ednote, bullets, `By …`, a dateline naming no
 * place), one with the bullets in their own paragraphs above a city dateline. Expectations from reading the copy:
 * the byline is the writer on the `By` line, the dateline is what opens the first paragraph under the bullets
 * (month and day dated by the item's year, the agency in brackets), and the bullets stay as the story's summary.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOne, texts } from './formats/import-fixture.js';

const wire = (name: string): Buffer => readFileSync(new URL(`../../fixtures/wire/${name}`, import.meta.url));

describe('a Reuters item opening with summary bullets', () => {
  it('takes the By line under the bullets as the byline and a placeless dateline as date and agency', () => {
    const a = importOne('copper.xml', wire('reuters-g2-summary-placeless.xml'));
    expect(a.byline).toBe('Tomas Brandt');
    expect(a.dateline).toMatchObject({ place: '', date: '2019-03-04', agency: 'Reuters' });
    expect(texts(a)).toEqual([
      '* Copper up 1 percent on the day',
      '* Dollar index at two-week low',
      "Copper rose on Monday as a weaker dollar made metals cheaper for holders of other currencies, while traders waited for the central bank's meeting.",
      '"The dollar is doing the work today," said one broker in London.',
      'Aluminium was flat at $1,870 a tonne.',
    ]);
  });

  it('reads the city dateline of the first paragraph under the bullets, and drops the backslashes before apostrophes', () => {
    const a = importOne('markets.xml', wire('reuters-g2-summary-city.xml'));
    expect(a.dateline).toMatchObject({ place: 'Tokyo', date: '2019-03-05', agency: 'Reuters' });
    expect(texts(a)).toEqual([
      '* MSCI Asia ex-Japan up 0.2 pct',
      "* Yen steady before Japan's trade data",
      "Asian shares edged up on Tuesday after a quiet session on Wall Street, with Japan's Nikkei leading the region.",
      'The dollar was little changed against a basket of currencies.',
    ]);
    expect(a.changes.filter((c) => c.rule === 'escaped-quotes').map((c) => c.before)).toEqual(['\\', '\\']);
    // Its creator is the agency, which the source already names: no writer is credited.
    expect(a.byline).toBe('');
    expect(a.source.name).toBe('Reuters');
  });
});
