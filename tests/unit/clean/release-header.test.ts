import { describe, it, expect } from 'vitest';
import { releaseHeader } from '../../../electron/clean/rules/release-header.js';
import { headerLineKind } from '../../../electron/ingest/header-lines.js';
import { LONG_BODY, runRule } from './run-rule.js';

describe('header lines (ingest/header-lines.ts)', () => {
  it('tells issuer, release kind, product code and handling lines from copy', () => {
    expect(headerLineKind('Source: Lakeside Ferries Pty Ltd')).toBe('issuer');
    expect(headerLineKind('Issued by: City of Fremantle')).toBe('issuer');
    expect(headerLineKind('MEDIA RELEASE PR80431')).toBe('release-kind');
    expect(headerLineKind('Media Release')).toBe('release-kind');
    expect(headerLineKind('Press release: 2026/114')).toBe('release-kind');
    expect(headerLineKind('FOR IMMEDIATE RELEASE')).toBe('release-kind');
    expect(headerLineKind('Joint media statement')).toBe('release-kind');
    expect(headerLineKind('IDV36610')).toBe('product-code');
    expect(headerLineKind('TOP PRIORITY FOR IMMEDIATE BROADCAST')).toBe('handling');
    for (const copy of ['MH370 search resumes', 'Media release reveals new figures', 'Sources said the talks would resume.', 'G20', 'The press release said', '']) {
      expect(headerLineKind(copy), copy).toBeNull();
    }
  });
});

describe('release-header rule', () => {
  it('lifts a release\'s issuer into the credit and its kind and number into the notes, leaving the title', () => {
    const run = runRule(releaseHeader, ['Source: Lakeside Ferries Pty Ltd', 'MEDIA RELEASE PR80431', 'Lakeside Ferries Adds Night Crossings', ...LONG_BODY]);
    expect(run.blocks).toEqual(['Lakeside Ferries Adds Night Crossings', ...LONG_BODY]);
    expect(run.extracted.credit).toEqual({ label: 'Source', value: 'Lakeside Ferries Pty Ltd' });
    expect(run.extracted.notes).toEqual(['MEDIA RELEASE PR80431']);
    expect(run.changes.map((c) => [c.id, c.before])).toEqual([
      ['release-header@0', 'Source: Lakeside Ferries Pty Ltd'],
      ['release-header@1', 'MEDIA RELEASE PR80431'],
    ]);
  });

  it('reads a bulletin\'s stack under its product code down to the title: issuer first, then the office', () => {
    const run = runRule(releaseHeader, [
      'IDV36610', 'Australian Government Bureau of Meteorology', 'Victoria', 'TOP PRIORITY FOR IMMEDIATE BROADCAST',
      'Frost Warning for the North East', 'Issued at 3:00 pm Monday 2 March 2026.', 'Temperatures will fall below zero overnight.',
    ]);
    expect(run.blocks).toEqual(['Frost Warning for the North East', 'Issued at 3:00 pm Monday 2 March 2026.', 'Temperatures will fall below zero overnight.']);
    expect(run.extracted.credit).toEqual({ label: 'Issued by', value: 'Australian Government Bureau of Meteorology' });
    expect(run.extracted.notes).toEqual(['IDV36610', 'Victoria', 'TOP PRIORITY FOR IMMEDIATE BROADCAST']);
  });

  it('takes only the code when no sentence follows the stack (the title cannot be told apart)', () => {
    const run = runRule(releaseHeader, ['IDV36610', 'Bureau of Meteorology', 'Frost Warning', 'Victoria']);
    expect(run.blocks).toEqual(['Bureau of Meteorology', 'Frost Warning', 'Victoria']);
    expect(run.extracted.credit).toBeNull();
    expect(run.extracted.notes).toEqual(['IDV36610']);
  });

  it('takes a lone issuer line only above a headline, and never a sentence as the issuer', () => {
    expect(runRule(releaseHeader, ['Source: Lakeside Ferries', 'Ferries add night crossings', ...LONG_BODY]).extracted.credit).toEqual({
      label: 'Source', value: 'Lakeside Ferries',
    });
    // "Source: …" as a headline of its own, above the story's first paragraph.
    const headline = runRule(releaseHeader, ['Source: Minister to resign', 'LONDON (Reuters) - The minister will resign on Friday, a source said.', ...LONG_BODY]);
    expect(headline.changes).toEqual([]);
    expect(runRule(releaseHeader, ['Source: officials said the figures were revised', 'MEDIA RELEASE', 'Title', ...LONG_BODY]).extracted.credit).toBeNull();
  });

  it('needs a story below the header', () => {
    expect(runRule(releaseHeader, ['MEDIA RELEASE PR80431', 'Lakeside Ferries Adds Night Crossings']).changes).toEqual([]);
    expect(runRule(releaseHeader, ['Source: Lakeside Ferries']).changes).toEqual([]);
  });

  it('reads only the top of the copy', () => {
    const blocks = ['Ferries add night crossings', ...LONG_BODY.slice(0, 2), 'MEDIA RELEASE PR80431', ...LONG_BODY.slice(2)];
    expect(runRule(releaseHeader, blocks).changes).toEqual([]);
  });

  it('keeps what the editor rejected: a rejected issuer line stays in the copy and gives no credit', () => {
    const run = runRule(releaseHeader, ['Source: Lakeside Ferries Pty Ltd', 'MEDIA RELEASE PR80431', 'Title', ...LONG_BODY], ['release-header@0']);
    expect(run.blocks.slice(0, 2)).toEqual(['Source: Lakeside Ferries Pty Ltd', 'Title']);
    expect(run.extracted.credit).toBeNull();
    expect(run.extracted.notes).toEqual(['MEDIA RELEASE PR80431']);
  });

  it('leaves a run of header-like lines longer than any header alone, and stays fast on a huge one', () => {
    const codes = Array.from({ length: 50_000 }, (_, i) => `IDN${String(10000 + i)}`);
    const t = performance.now();
    const run = runRule(releaseHeader, [...codes, 'Title', 'Issued at noon.', ...LONG_BODY]);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(run.changes).toEqual([]);
    expect(runRule(releaseHeader, [...codes.slice(0, 13), 'Title', ...LONG_BODY]).changes).toEqual([]);
  });
});

