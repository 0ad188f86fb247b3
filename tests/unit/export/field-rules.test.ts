/**
 * Field rules per preset: lengths and required fields a destination takes, said per field, and blocking export and
 * publish of a story that breaks them. The stories are the export fixture with one field changed at a time.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PRESETS } from '../../../electron/domain/export-preset.js';
import { fieldRuleIssues, NO_FIELD_RULES } from '../../../electron/domain/field-rules.js';
import { blockReasons, ruledFields } from '../../../electron/export/gates.js';
import { story as fixture } from './fixture.js';

/** The fixture filed under a Media Topic, as an editor would before syndication. */
const story = { ...fixture, subjects: [{ code: '20000002', scheme: 'medtop', name: 'arts and entertainment' }] };

const NOW = new Date('2025-03-05T00:00:00Z');
const preset = (name: string) => {
  const found = BUILT_IN_PRESETS.find((p) => p.name === name);
  if (!found) throw new Error(name);
  return found;
};
const HEADLINE_130 = 'Northern port reopens to cargo ships after storm repairs, officials say, as traffic slowly returns to the quays hit two weeks ago.';

describe('field rules', () => {
  it('the fixture passes every shipped preset', () => {
    for (const p of BUILT_IN_PRESETS) expect(blockReasons(story, p.gates, NOW), p.name).toEqual([]);
  });

  it('a 130-character headline is over a website preset and a syndication preset, each by its own limit', () => {
    expect([...HEADLINE_130].length).toBe(130);
    const long = { ...story, headline: HEADLINE_130 };
    expect(blockReasons(long, preset('WordPress').gates, NOW)).toEqual(['Headline: 130 characters, at most 110: shorten it by 20']);
    expect(blockReasons(long, preset('NITF syndication').gates, NOW)).toEqual(['Headline: 130 characters, at most 100: shorten it by 30']);
    // Plain text is the desk's own copy: no length rules.
    expect(blockReasons(long, preset('Plain text').gates, NOW)).toEqual([]);
  });

  it('counts characters as a reader does: an accented letter or an emoji is one', () => {
    const rules = { ...NO_FIELD_RULES, headlineMax: 5 };
    expect(fieldRuleIssues({ ...ruledFields(story), headline: 'Café🎉' }, rules)).toEqual([]);
    expect(fieldRuleIssues({ ...ruledFields(story), headline: 'Cafés🎉' }, rules)).toHaveLength(1);
  });

  it('a slug that would be cut, or has no letter for a web address, is said with the slug itself', () => {
    const long = { ...story, slugline: 'NORTHERN-PORT-REOPENS-TO-CARGO-SHIPS-AFTER-STORM' };
    expect(blockReasons(long, preset('NITF syndication').gates, NOW)).toEqual([
      'Slug: "northern-port-reopens-to-cargo-ships-after-storm" (from the slugline) is 48 characters, at most 40: write a shorter slugline',
    ]);
    const arabic = { ...story, slugline: '', headline: 'ميناء الشمال يعيد فتح أبوابه' };
    expect(blockReasons(arabic, preset('Hugo').gates, NOW)).toEqual([
      'Slug: has no Latin letter or digit for a web address: write a slugline such as "iran-iraq-talks"',
    ]);
  });

  it('required fields: a feed needs a confirmed subject (a suggestion does not count); an editor\'s preset can require an abstract and a byline', () => {
    const suggestedOnly = { ...story, subjects: story.subjects.map((s) => ({ ...s, suggested: true })) };
    expect(blockReasons(suggestedOnly, preset('NewsML-G2 syndication').gates, NOW)).toEqual(['Subjects: required: add at least one Media Topic']);
    const strict = { ...preset('WordPress').gates, fields: { ...NO_FIELD_RULES, requireAbstract: true, requireByline: true } };
    expect(blockReasons({ ...story, abstract: ' ', byline: '' }, strict, NOW)).toEqual([
      'Abstract: required: write a one-paragraph summary',
      'Byline: required: name the writer',
    ]);
  });

  it('an empty headline is said once, by the headline gate', () => {
    expect(blockReasons({ ...story, headline: '', slugline: '' }, preset('Hugo').gates, NOW)).toEqual(['No headline']);
  });
});
