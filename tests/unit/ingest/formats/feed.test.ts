import { describe, expect, it } from 'vitest';
import { importFixture, texts } from './import-fixture.js';

describe('RSS and Atom', () => {
  it('makes each of three RSS items a story, preferring content:encoded and reading escaped HTML', () => {
    const stories = importFixture('rss-3-items.xml');
    expect(stories.map((s) => s.headline)).toEqual(['Council approves new bus lanes', 'Library extends opening hours', 'Marathon route announced']);
    expect(stories.map((s) => s.original.item)).toEqual([0, 1, 2]);
    const [first, second, third] = stories;
    expect(first && texts(first)).toEqual(['The city council approved three new bus lanes on Tuesday.', 'Work starts in April.']);
    expect(first).toMatchObject({
      byline: 'Priya Shah',
      abstract: 'Short summary of the bus lane vote.',
      guid: 'https://wire.copydesk.test/1',
      created: '2026-02-03T09:15:00+01:00',
      language: 'en',
      subjects: [{ code: 'Local', scheme: 'section', name: 'Local' }],
    });
    expect(first?.source.name).toBe('Copydesk Test Wire');
    expect(second && texts(second)).toEqual(['The central library will open until 10 p.m. on weekdays.']);
    expect(third?.guid).toBe('https://wire.copydesk.test/3');
  });

  it('reads an Atom entry: HTML title and content, author, published with its offset, category scheme', () => {
    const [a, ...rest] = importFixture('atom.xml');
    expect(rest).toEqual([]);
    expect(a?.headline).toBe('Storm warning for the coast');
    expect(a && texts(a)).toEqual(['Forecasters issued a storm warning for the whole coast.', 'Winds may reach 120 km/h.']);
    expect(a).toMatchObject({
      byline: 'Lee Park',
      guid: 'tag:copydesk.test,2026:atom-1',
      created: '2026-02-14T18:00:00-05:00',
      updated: '2026-02-14T18:30:00Z',
      subjects: [{ code: 'weather', scheme: 'https://copydesk.test/sections', name: 'weather' }],
    });
  });
});
