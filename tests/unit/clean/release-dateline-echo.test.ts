/**
 * A press release read as plain text (issue 12: AsiaNet's `asianet_7`, `asianet_10`): a dateline line naming several
 * cities, or ending at the distributor's closing slash, then the title again. On a fixture typed in that shape: the
 * dateline is read (the cities, the date, the distributor), and the title under it is not printed twice.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../electron/clean/engine.js';
import { importOne, texts } from '../ingest/formats/import-fixture.js';
import { runRules } from './run-rule.js';

describe('a release with a dateline line and its title repeated under it', () => {
  it('reads the dateline and drops the repeated title', () => {
    const a = importOne('release.tst', readFileSync(new URL('../../fixtures/wire/release-multi-city-dateline.tst', import.meta.url)));
    expect(a.headline).toBe('Harbour Robotics Opens Offices in Three Cities');
    expect(a.dateline).toMatchObject({ place: 'Sydney, Singapore and Seoul', date: '2019-03-04', agency: 'PRNewswire-AsiaNet' });
    expect(texts(a)).toEqual([
      'Harbour Robotics, a maker of warehouse robots, today opened offices in Sydney, Singapore and Seoul to serve its customers across the region.',
      '"Our customers asked us to be closer to them," said chief executive Ana Ruiz.',
    ]);
    expect(a.changes.some((c) => c.rule === 'headline-echo')).toBe(true);
  });
});

describe('a release service\'s stamp line', () => {
  it('names the issuer as the credit when the copy gives none', () => {
    const run = runRules(DEFAULT_RULES, ['2.4.2019 16:02:09 CEST | Kystferjer AS | Årsrapport', 'Kystferjer legger fram årsrapporten', 'Kystferjer fraktet flere passasjerer enn noen gang i fjor.', 'Resultatet ble 12 millioner kroner.']);
    expect(run.extracted.credit).toEqual({ label: 'Issued by', value: 'Kystferjer AS' });
    expect(run.extracted.notes).toEqual(['2.4.2019 16:02:09 CEST | Kystferjer AS | Årsrapport']);
    expect(run.extracted.headline).toBe('Kystferjer legger fram årsrapporten');
  });
});
