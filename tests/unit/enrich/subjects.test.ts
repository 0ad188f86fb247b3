/**
 * Issue 13: "several suggestions wrong: bike lanes → competition discipline". Sport's disciplines are everyday words
 * elsewhere; a story is filed under sport only when it also speaks of competition. Stories written for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestSubjects } from '../../../electron/enrich/subjects.js';
import { analyseStory } from '../../../electron/enrich/desk-analysis.js';

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

describe('subject suggestions by the copy’s language', () => {
  const story = [
    { id: 'p0', text: 'Men det var en annan tidigare spelare som skulle stjäla showen, och man firade inte målet.' },
    { id: 'p1', text: 'Mjällby tog ledningen i andra halvlek när matchen var en minut gammal.' },
  ];
  it('suggests no English Media Topic labels for copy in another language', () => {
    expect(analyseStory(story, { name: 'TT', code: 'TT', credit: 'TT' }, { language: 'sv' }).subjects).toEqual([]);
  });
  it('still suggests them for English copy', () => {
    const english = [{ id: 'p0', text: 'The central bank raised interest rates as inflation rose, and the government said unemployment fell in the election year.' }];
    expect(analyseStory(english, { name: 'Reuters', code: 'Reuters', credit: 'Reuters' }, { language: 'en' }).subjects.length).toBeGreaterThan(0);
  });
});
