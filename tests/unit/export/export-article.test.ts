import { describe, it, expect } from 'vitest';
import { EXPORT_FORMATS } from '../../../electron/domain/export-format.js';
import { exportBaseName, renderExport } from '../../../electron/export/export-article.js';
import { slugify } from '../../../electron/export/slug.js';
import { arabicStory, bareStory, hostileStory, story, withChanges } from './fixture.js';

describe('renderExport', () => {
  it('names each format after the slugline and the id, with its media type', () => {
    expect(EXPORT_FORMATS.map((f) => [renderExport(story, f).name, renderExport(story, f).mediaType])).toEqual([
      ['port-reopens-3f2a9c1e.html', 'text/html; charset=utf-8'],
      ['port-reopens-3f2a9c1e-page.html', 'text/html; charset=utf-8'],
      ['port-reopens-3f2a9c1e.md', 'text/markdown; charset=utf-8'],
      ['port-reopens-3f2a9c1e.md', 'text/markdown; charset=utf-8'],
      ['port-reopens-3f2a9c1e.md', 'text/markdown; charset=utf-8'],
      ['port-reopens-3f2a9c1e.md', 'text/markdown; charset=utf-8'],
      ['port-reopens-3f2a9c1e.txt', 'text/plain; charset=utf-8'],
      ['port-reopens-3f2a9c1e.json', 'application/json'],
      ['port-reopens-3f2a9c1e.ninjs3.json', 'application/json'],
      ['port-reopens-3f2a9c1e.nitf.xml', 'application/xml; charset=utf-8'],
      ['port-reopens-3f2a9c1e.newsml.xml', 'application/xml; charset=utf-8'],
      ['port-reopens-3f2a9c1e.wxr.xml', 'application/xml; charset=utf-8'],
      ['port-reopens-3f2a9c1e.feed.json', 'application/feed+json'],
    ]);
  });

  it('falls back to the headline, and to "story" when the headline has no Latin letters', () => {
    expect(exportBaseName(bareStory)).toBe('cafe-prices-rise-3f2a9c1e');
    expect(exportBaseName(arabicStory)).toBe('story-9b1c2d3e');
  });

  it('keeps every file name to [a-z0-9-] whatever the headline and id hold', () => {
    for (const article of [story, hostileStory, arabicStory, bareStory]) {
      for (const format of EXPORT_FORMATS) {
        expect(renderExport(article, format).name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)?\.(?:html|md|json|txt|xml)$/);
      }
    }
    expect(exportBaseName(hostileStory)).toBe('ministers-script-alert-1-script-friends-meet-at-o-brien-s-badidx00');
  });

  it('caps the slug length without a trailing hyphen', () => {
    const long = withChanges({ slugline: '', headline: `${'word '.repeat(30)}end` });
    const base = exportBaseName(long);
    expect(base).toBe(`${slugify(long.headline)}-3f2a9c1e`);
    expect(slugify(long.headline).length).toBeLessThanOrEqual(60);
    expect(slugify(long.headline)).not.toMatch(/-$/);
  });

  it('renders non-empty content for every format', () => {
    for (const format of EXPORT_FORMATS) expect(renderExport(story, format).content.length).toBeGreaterThan(100);
  });

  it('refuses a format it does not know', () => {
    expect(() => renderExport(story, 'pdf' as never)).toThrow(/export format/);
  });
});
