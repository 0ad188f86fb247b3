/**
 * AAP's racing results header (issue 12: RR_, NLRR_ and HRRR_ files came in headed `NEWS: DOOMBEN 6 N N QLD
 * Wednesday`, the raw routing fields). The fields are the meeting, the race (a take after a hyphen), two Y/N flags,
 * the state and the weekday; the desk gets `Meeting race N results` and the raw header as a note.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readResultsHeader } from '../../../electron/ingest/formats/results-header.js';
import { importOne, texts } from './formats/import-fixture.js';

describe('AAP results header', () => {
  it('gives the story a headline written from the meeting and race, and keeps the header as a note', () => {
    const a = importOne('result.tst', readFileSync(new URL('../../fixtures/wire/results-header-harness.tst', import.meta.url)));
    expect(a.headline).toBe('Menangle Park race 3 results');
    expect(a.ednote).toContain('Results header: HRNEWS: MENANGLE PARK 3-2 N N NSW Saturday');
    expect(texts(a)[0]).toMatch(/^1\. RIVER CALL: b g 5y/u);
    expect(texts(a).join(' ')).not.toMatch(/MENANGLE PARK|Saturday/u);
  });

  it('reads the header with its separators stripped on the way', () => {
    expect(readResultsHeader('CANTERBURY6NNNSWWednesday')?.meta.headline).toBe('Canterbury race 6 results');
    expect(readResultsHeader("\u0001NEWS: EAGLE FARM\u001f10\u001fY\u001fN\u001fQLD\u001fSunday")?.meta).toEqual({
      headline: 'Eagle Farm race 10 results',
      ednote: 'Results header: NEWS: EAGLE FARM 10 Y N QLD Sunday',
    });
  });

  it('leaves a line of copy that is not a results header alone', () => {
    expect(readResultsHeader('Council votes 6 to 2 on Wednesday')).toBeNull();
    expect(readResultsHeader('RACING : Caulfield FIELDS Saturday')).toBeNull();
    expect(readResultsHeader('SYDNEY 6 N N Wednesday')).toBeNull();
  });
});
