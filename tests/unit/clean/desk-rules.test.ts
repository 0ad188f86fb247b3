/** The cleaning rules added with the editor's desk: each on hand-written copy, with hostile inputs beside. */
import { describe, expect, it } from 'vitest';
import { clean } from '../../../electron/clean/engine.js';
import { agencySlug } from '../../../electron/clean/rules/agency-slug.js';
import { creditLine } from '../../../electron/clean/rules/credit-line.js';
import { headlineCase, houseCase } from '../../../electron/clean/rules/headline-case.js';
import { headlinePrefix } from '../../../electron/clean/rules/headline-prefix.js';
import { reportingTrailer } from '../../../electron/clean/rules/reporting-trailer.js';
import { sourceBoilerplate } from '../../../electron/clean/rules/source-boilerplate.js';
import { typeset, typography } from '../../../electron/clean/rules/typography.js';
import { IMPORTED_AT, LONG_BODY, runRule } from './run-rule.js';

describe('headline-prefix', () => {
  it('lifts UPDATE 2-, REFILE- and EXCLUSIVE- off the headline into the metadata', () => {
    const run = runRule(headlinePrefix, ['UPDATE 2-EXCLUSIVE-Oil prices jump as talks stall', ...LONG_BODY]);
    expect(run.blocks[0]).toBe('Oil prices jump as talks stall');
    expect(run.extracted.wirePrefixes).toEqual(['UPDATE 2', 'EXCLUSIVE']);
  });

  it('leaves a headline that only starts with such a word', () => {
    expect(runRule(headlinePrefix, ['Urgent repairs close the bridge', ...LONG_BODY]).changes).toEqual([]);
    expect(runRule(headlinePrefix, ['REFILE-', 'x']).changes).toEqual([]);
  });

  it('in a headline all in capitals, lifts only a prefix glued to its dash or closed by a colon', () => {
    expect(runRule(headlinePrefix, ['UPDATE 2-OIL PRICES JUMP AS TALKS STALL', ...LONG_BODY]).blocks[0]).toBe('OIL PRICES JUMP AS TALKS STALL');
    expect(runRule(headlinePrefix, ['URGENT: PARLIAMENT DISSOLVED IN ROME', ...LONG_BODY]).blocks[0]).toBe('PARLIAMENT DISSOLVED IN ROME');
    for (const whole of ['CORRECTION - EXXON PRICE STORY', 'URGENT NEED FOR DEBT ACCORD, BAKER SAYS', 'FLASH -- FLOOD HITS TOWN']) {
      expect(runRule(headlinePrefix, [whole, ...LONG_BODY]).changes, whole).toEqual([]);
    }
    // Mixed case tells the flag from the headline: it goes.
    expect(runRule(headlinePrefix, ['CORRECTED - Oil prices jump as talks stall', ...LONG_BODY]).blocks[0]).toBe('Oil prices jump as talks stall');
  });

  it('lifts a release\'s kind ("Media release:", "PRESS RELEASE -") off its title', () => {
    const run = runRule(headlinePrefix, ['Media release: Library loans rise 4% in the March quarter', ...LONG_BODY]);
    expect(run.blocks[0]).toBe('Library loans rise 4% in the March quarter');
    expect(run.extracted.wirePrefixes).toEqual(['Media release']);
    expect(runRule(headlinePrefix, ['PRESS RELEASE - Council opens pool', ...LONG_BODY]).blocks[0]).toBe('Council opens pool');
    // Not a prefix: the words open the headline itself, or nothing follows them.
    expect(runRule(headlinePrefix, ['Media release reveals new figures', ...LONG_BODY]).changes).toEqual([]);
    expect(runRule(headlinePrefix, ['Media release:', ...LONG_BODY]).changes).toEqual([]);
  });
});

describe('reporting-trailer', () => {
  it('moves "(Reporting by …; Editing by …)" into the contributors', () => {
    const run = runRule(reportingTrailer, [...LONG_BODY, '(Reporting by Ana Ruiz and Li Wei; Editing by Tom Berger)']);
    expect(run.blocks).toEqual(LONG_BODY);
    expect(run.extracted.contributors).toEqual([
      { name: 'Ana Ruiz', role: 'reporting' },
      { name: 'Li Wei', role: 'reporting' },
      { name: 'Tom Berger', role: 'editing' },
    ]);
  });

  it('ignores a bracket that credits nobody', () => {
    expect(runRule(reportingTrailer, [...LONG_BODY, '(The story has been corrected.)']).changes).toEqual([]);
  });
});

describe('agency-slug', () => {
  it('removes end marks and transmission codes standing alone, never a sentence mentioning them', () => {
    const run = runRule(agencySlug, [...LONG_BODY, '-- 30 --', 'AP-WF-07-23-24 1532GMT', '(ENDS)', 'The show ENDS on Friday.']);
    expect(run.blocks).toEqual([...LONG_BODY, 'The show ENDS on Friday.']);
  });

  it('removes an agency sign-off between slashes ("/ritzau/"), not a path or a sentence', () => {
    const run = runRule(agencySlug, [...LONG_BODY, '/ritzau/', '/usr/local/', 'See /ritzau/ for more.']);
    expect(run.blocks).toEqual([...LONG_BODY, '/usr/local/', 'See /ritzau/ for more.']);
  });
});

describe('credit-line, for press releases', () => {
  it('reads PR Newswire\'s closing "SOURCE Name" line (capital label, no colon)', () => {
    expect(runRule(creditLine, [...LONG_BODY, 'SOURCE Lakeside Ferries Pty Ltd']).extracted.credit).toEqual({ label: 'SOURCE', value: 'Lakeside Ferries Pty Ltd' });
    expect(runRule(creditLine, [...LONG_BODY, 'Source Lakeside Ferries']).extracted.credit).toBeNull();
  });

  it('removes a closing credit line repeating the credit read at the top, and keeps one naming someone else', () => {
    const top = { blocks: ['Source: Lakeside Ferries Pty Ltd', ...LONG_BODY, 'SOURCE Lakeside Ferries Pty Ltd'] };
    const credit = { label: 'Source', value: 'Lakeside Ferries Pty Ltd' };
    const lift = { ...creditLine, id: 'lift', propose: () => [{ block: 0, start: 0, end: 32, replacement: '', extract: { credit } }] };
    const run = clean(top, { importedAt: IMPORTED_AT }, new Set(), [lift, creditLine]);
    expect(run.copy.blocks.map((b) => b.text)).toEqual(LONG_BODY);
    expect(run.copy.extracted.credit).toEqual(credit);
    expect(run.changes.at(-1)?.explanation).toBe('Removed the closing credit line, which repeats the credit above');
    const other = clean({ blocks: [...top.blocks.slice(0, -1), 'Source: Harbour Board'] }, { importedAt: IMPORTED_AT }, new Set(), [lift, creditLine]);
    expect(other.copy.blocks.at(-1)?.text).toBe('Source: Harbour Board');
    expect(other.copy.extracted.credit).toEqual(credit);
  });
});

describe('typography', () => {
  it('sets double hyphens, spaced hyphens and three dots to the house em dash and ellipsis', () => {
    expect(typeset('Prices rose--sharply - analysts said... and fell')).toBe('Prices rose — sharply — analysts said… and fell');
    expect(typeset('a well-known, 3-2 win')).toBe('a well-known, 3-2 win');
  });

  it('does not touch a dateline the editor kept', () => {
    expect(runRule(typography, ['Tehran, July 23, - Text.', '(ANA) - Ferries']).changes).toEqual([]);
  });
});

describe('headline-case', () => {
  it('sets an ALL-CAPS headline in sentence case, keeping places and acronyms', () => {
    expect(houseCase('IRAN CAUTIONS IRAQ ON NATO PLAN')).toEqual({ text: 'Iran cautions Iraq on NATO plan', kept: [] });
    const run = runRule(headlineCase, ['FERRIES RESUME SERVICE TO PIRAEUS', ...LONG_BODY]);
    expect(run.blocks[0]).toBe('Ferries resume service to Piraeus');
  });

  it('leaves mixed-case headlines and short shouts alone', () => {
    expect(runRule(headlineCase, ['Ferries resume service', ...LONG_BODY]).changes).toEqual([]);
    expect(runRule(headlineCase, ['UN', ...LONG_BODY]).changes).toEqual([]);
  });
});

describe('source-boilerplate', () => {
  const boilerplate = [{ source: 'IRNA', text: 'Follow IRNA on its channels.', createdAt: '' }];

  it("removes the passage from a story of that source only", () => {
    const blocks = [...LONG_BODY, 'The talks end on Friday. Follow IRNA on its channels.', 'Source: IRNA'];
    const irna = clean({ blocks }, { importedAt: IMPORTED_AT, boilerplate }, new Set(), [creditLine, sourceBoilerplate]);
    expect(irna.copy.blocks.map((b) => b.text)).toContain('The talks end on Friday.');
    expect(irna.changes.map((c) => c.rule)).toEqual(['credit-line', 'source-boilerplate']);
    const afp = clean({ blocks: [...blocks.slice(0, -1), 'Source: AFP'] }, { importedAt: IMPORTED_AT, boilerplate }, new Set(), [creditLine, sourceBoilerplate]);
    expect(afp.changes.map((c) => c.rule)).toEqual(['credit-line']);
  });

  it('can be rejected like any change', () => {
    const blocks = [...LONG_BODY, 'Follow IRNA on its channels.', 'Source: IRNA'];
    const run = clean({ blocks }, { importedAt: IMPORTED_AT, boilerplate }, new Set([`source-boilerplate@${LONG_BODY.length}`]), [creditLine, sourceBoilerplate]);
    expect(run.copy.blocks.map((b) => b.text)).toContain('Follow IRNA on its channels.');
  });
});
