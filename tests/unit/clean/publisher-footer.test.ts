import { describe, it, expect } from 'vitest';
import { DEFAULT_RULES } from '../../../electron/clean/engine.js';
import { isPublisherFooter, publisherFooter } from '../../../electron/clean/rules/publisher-footer.js';
import { LONG_BODY, runRule, runRules } from './run-rule.js';

describe('publisher-footer rule', () => {
  it("removes the publisher's mission blurb at the end", () => {
    const blurb = 'The Harbour Daily is mainly concerned with news about the coast and also covers national issues. Its main objective is to inform.';
    const run = runRule(publisherFooter, [...LONG_BODY, blurb]);
    expect(run.blocks).toEqual(LONG_BODY);
    expect(run.changes).toEqual([
      {
        id: `publisher-footer@${LONG_BODY.length}`,
        rule: 'publisher-footer',
        explanation: "Removed the publisher's footer (blurb about the site, copyright or share/follow lines)",
        before: blurb,
        after: '',
        position: { block: LONG_BODY.length, start: 0, end: blurb.length },
        applied: true,
      },
    ]);
  });

  it('removes a run of trailing copyright, "All rights reserved" and follow/share lines, in reading order', () => {
    const footer = ['(c) 2026 AFP', 'Follow us on X', '© 2026 Harbour Daily. All rights reserved.', 'Share this article', 'Copyright 2026 Example Media'];
    const run = runRule(publisherFooter, [...LONG_BODY, ...footer]);
    expect(run.blocks).toEqual(LONG_BODY);
    expect(run.changes.map((c) => c.before)).toEqual(footer);
    expect(run.changes.map((c) => c.id)).toEqual(footer.map((_, i) => `publisher-footer@${LONG_BODY.length + i}`));
  });

  it('keeps a body paragraph that mentions copyright mid-story', () => {
    const blocks = [
      LONG_BODY[0] ?? '',
      'The band said the copyright dispute over the song had been settled out of court. All rights reserved to the estate were returned.',
      LONG_BODY[1] ?? '',
    ];
    expect(runRule(publisherFooter, blocks)).toMatchObject({ blocks, changes: [] });
  });

  it('stops at the first block from the end that is not footer, leaving earlier footer-like lines', () => {
    const blocks = ['Headline', 'Follow us on X', 'A real closing paragraph.'];
    expect(runRule(publisherFooter, blocks).changes).toEqual([]);
  });

  it('never removes the first block', () => {
    expect(runRule(publisherFooter, ['Follow us on X']).changes).toEqual([]);
  });

  it('keeps the footer when the editor rejects the change', () => {
    const run = runRule(publisherFooter, ['Body.', 'Follow us on X', '(c) 2026 AFP'], ['publisher-footer@2']);
    expect(run.blocks).toEqual(['Body.', '(c) 2026 AFP']);
    expect(run.changes.map((c) => [c.id, c.before, c.applied])).toEqual([
      ['publisher-footer@1', 'Follow us on X', true],
      ['publisher-footer@2', '(c) 2026 AFP', false],
    ]);
  });

  it('recognises the usual signals', () => {
    for (const text of [
      'All rights reserved.', '© Harbour Daily', '(c) 2026 AFP', 'Copyright © Example Media', 'Copyright 2026 Example Media',
      'Follow us on Instagram', 'Like us on Facebook', 'Share this story', 'Subscribe to our newsletter', 'Sign up for our newsletter',
      'Click here for more', 'Download our app', 'Read more at example.com', 'This article was originally published by Example Media.',
    ]) {
      expect(isPublisherFooter(text), text).toBe(true);
    }
  });

  it('takes a self-description for a footer only when its first words name a publication and nobody is quoted', () => {
    expect(isPublisherFooter('The Harbour Daily is dedicated to covering the coast.')).toBe(true);
    expect(isPublisherFooter('Example News Network’s main mission is to provide balanced news.')).toBe(true);
    expect(isPublisherFooter('The ministry is dedicated to rebuilding schools.')).toBe(false);
    expect(isPublisherFooter('The Harbour Daily is dedicated to covering the coast, its editor said.')).toBe(false);
  });

  // News sentences using "is committed to", "main goal", "sign up for", "subscribe to" or starting with "Copyright"
  // are story text even when they close the story.
  const falseFooters = [
    'The ministry is committed to rebuilding every damaged school before winter, she said.',
    'The main goal of the talks is a ceasefire, diplomats said.',
    'Residents were urged to sign up for evacuation alerts.',
    'Few countries subscribe to the treaty, which bans the export of the pesticide.',
    'Copyright claims rose sharply last year, the office said.',
    '"Our mission is to bring them home," the commander said.',
  ];
  for (const last of falseFooters) {
    it(`keeps a closing news paragraph: ${JSON.stringify(last.slice(0, 40))}…`, () => {
      const run = runRule(publisherFooter, [...LONG_BODY, last]);
      expect(run.blocks).toEqual([...LONG_BODY, last]);
      expect(run.changes).toEqual([]);
    });
  }

  // Footers go before the credit line is looked for, so a "Source:" line followed by four footer lines is still found.
  it('lifts a credit line that is followed by four footer lines', () => {
    const run = runRules(DEFAULT_RULES, [
      'Headline here', 'PARIS (AFP) - Body.', 'More body.', 'Source: AFP',
      'Follow us on X', 'Like us on Facebook', 'Subscribe to our newsletter', '(c) 2026 Gazette. All rights reserved.',
    ]);
    expect(run.extracted.credit).toEqual({ label: 'Source', value: 'AFP' });
    expect(run.blocks).toEqual(['Body.', 'More body.']);
    expect(run.changes.map((c) => c.id)).toEqual([
      'headline@0', 'dateline@1', 'publisher-footer@4', 'publisher-footer@5', 'publisher-footer@6', 'publisher-footer@7', 'credit-line@3',
    ]);
  });
});
