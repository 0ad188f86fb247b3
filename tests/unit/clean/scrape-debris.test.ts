import { describe, it, expect } from 'vitest';
import { scrapeDebris } from '../../../electron/clean/rules/scrape-debris.js';
import { DEFAULT_RULES } from '../../../electron/clean/engine.js';
import { runRule, runRules } from './run-rule.js';

describe('scrape-debris rule', () => {
  it('removes a block of pipes and non-breaking spaces (table borders from a scraped page)', () => {
    const run = runRule(scrapeDebris, ['|\u00a0 \u00a0|\u00a0', 'Headline', 'Body text.']);
    expect(run.blocks).toEqual(['Headline', 'Body text.']);
    expect(run.changes).toEqual([
      {
        id: 'scrape-debris@0',
        rule: 'scrape-debris',
        explanation: 'Removed scraped-page debris (table borders, pipes, non-breaking spaces)',
        before: '|\u00a0 \u00a0|\u00a0',
        after: '',
        position: { block: 0, start: 0, end: 6 },
        applied: true,
      },
    ]);
  });

  it('removes horizontal rules, box-drawing borders and bullet rows anywhere in the copy', () => {
    const run = runRule(scrapeDebris, ['Headline', '____________', 'Body.', '─────│─────', '• • •', '==== ----', 'More body.']);
    expect(run.blocks).toEqual(['Headline', 'Body.', 'More body.']);
    expect(run.changes.map((c) => c.id)).toEqual(['scrape-debris@1', 'scrape-debris@3', 'scrape-debris@4', 'scrape-debris@5']);
    expect(run.changes.map((c) => c.position.block)).toEqual([1, 3, 4, 5]);
  });

  it('keeps blocks with any letter or digit in them', () => {
    const blocks = ['| Name | Votes |', '-30-', '• Item one', '2026', '|a|', 'Ω'];
    expect(runRule(scrapeDebris, blocks)).toMatchObject({ blocks, changes: [] });
  });

  it('keeps ordinary story paragraphs', () => {
    const blocks = ['Headline', 'PARIS (AFP) - Talks resumed.', 'He said: "No."'];
    expect(runRule(scrapeDebris, blocks).changes).toEqual([]);
  });

  it('keeps the debris when the editor rejects the change', () => {
    const run = runRule(scrapeDebris, ['| |', 'Headline', 'Body.'], ['scrape-debris@0']);
    expect(run.blocks).toEqual(['| |', 'Headline', 'Body.']);
    expect(run.changes.map((c) => [c.id, c.applied])).toEqual([['scrape-debris@0', false]]);
  });

  it('keeps a "* * *" section break between story paragraphs', () => {
    expect(runRule(scrapeDebris, ['Body.', '* * *', 'More.']).blocks).toEqual(['Body.', '* * *', 'More.']);
  });

  it('removes section breaks above the first words: a bulletin opening `***` `***` has no text to part yet', () => {
    expect(runRule(scrapeDebris, ['***', '***', 'Body.', '***', 'More.']).blocks).toEqual(['Body.', '***', 'More.']);
  });

  it('removes double-line box-drawing borders', () => {
    expect(runRule(scrapeDebris, ['Headline', '╔════╗', 'Body.']).blocks).toEqual(['Headline', 'Body.']);
  });

  // Markup is decoded before debris is judged, so debris written as HTML entities ("&nbsp;|&nbsp;") goes too.
  it('removes entity-encoded debris so that the headline is the real first line', () => {
    const run = runRules(DEFAULT_RULES, ['&nbsp;|&nbsp;|&nbsp;', 'Flood barriers hold', 'PARIS (AFP) - The river crested.', 'More.']);
    expect(run.extracted.headline).toBe('Flood barriers hold');
    expect(run.blocks).toEqual(['The river crested.', 'More.']);
    expect(run.changes.map((c) => c.id)).toEqual([
      'stray-markup@0', 'stray-markup@0.2', 'stray-markup@0.3', 'scrape-debris@0', 'headline@1', 'dateline@2',
    ]);
  });
});
