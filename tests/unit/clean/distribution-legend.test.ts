/**
 * A release's distribution legend above its dateline (issue 12: GlobeNewswire's 1bf6.xml opened its body with
 * `NOT FOR DISSEMINATION TO UNITED STATES NEWSWIRE SERVICES…`, read as the first paragraph): a handling
 * instruction for the desk, so a note, like the other handling lines of a release's header.
 */
import { describe, expect, it } from 'vitest';
import { releaseHeader } from '../../../electron/clean/rules/release-header.js';
import { headerLineKind } from '../../../electron/ingest/header-lines.js';
import { runRule } from './run-rule.js';

const DATELINED = [
  'HALIFAX, Nova Scotia, March 03, 2026 (GLOBE NEWSWIRE) -- Tidewater Minerals Inc. today closed a private placement of 2,000,000 units at 25 cents each.',
  'The proceeds will fund drilling at its Cobequid project this summer.',
  'Neither the exchange nor its regulation services provider accepts responsibility for the adequacy of this release.',
];

describe('a distribution legend above a release', () => {
  it('is a handling line, in its usual wordings', () => {
    expect(headerLineKind('NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES')).toBe('handling');
    expect(headerLineKind('Not for dissemination in the United States or for distribution to U.S. news wire services.')).toBe('handling');
    expect(headerLineKind('Not for distribution before 9 a.m.')).toBeNull();
    expect(headerLineKind('Not for dissemination in the United States, the company said. It will list in Toronto.')).toBeNull();
  });

  it('moves to the notes, leaving the datelined first paragraph first', () => {
    const legend = 'NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES';
    const run = runRule(releaseHeader, [legend, ...DATELINED]);
    expect(run.blocks).toEqual(DATELINED);
    expect(run.extracted.notes).toEqual([legend]);
  });
});
