/**
 * Issue 13: "several suggestions wrong: bike lanes → competition discipline". Sport's disciplines are everyday words
 * elsewhere; a story is filed under sport only when it also speaks of competition. Stories written for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestSubjects } from '../../../electron/enrich/subjects.js';

const names = (texts: string[]) => suggestSubjects(texts).map((s) => s.name);

describe('subject suggestions', () => {
  it('bike lanes for commuters are not sport', () => {
    const got = names([
      'City adds bike lanes for cycling commuters',
      'Cycling to work is up by a third. The city council approved new protected bike lanes on Main Street on Tuesday, saying cyclists and drivers would both be safer. Construction starts in April.',
    ]);
    expect(got).not.toContain('competition discipline');
    expect(got).not.toContain('cycling');
    expect(got).not.toContain('sport');
    expect(got).toContain('construction and property');
  });

  it('a cycling race is', () => {
    const got = names([
      'Vingegaard wins mountain stage',
      'Jonas Vingegaard won the 15th stage of cycling’s Tour de France on Sunday, riding clear of his rivals on the final climb to take the race lead.',
    ]);
    expect(got).toContain('cycling');
  });
});
