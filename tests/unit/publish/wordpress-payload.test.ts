import { describe, expect, it } from 'vitest';
import { wordpressPost } from '../../../electron/publish/wordpress-payload.js';
import { siteCategoryNames, subjectName } from '../../../electron/export/subject-names.js';
import { searchMediaTopics } from '../../../electron/export/media-topic-search.js';
import { story } from '../export/fixture.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const options = { postStatus: 'publish' as const, defaultCategory: 'News', now: NOW };

describe('WordPress payload', () => {
  it('escapes the title and excerpt, which WordPress prints as HTML', () => {
    const post = wordpressPost({ ...story, headline: 'Port & harbour <b>reopen</b>', abstract: 'A < B & C' }, options);
    expect(post.title).toBe('Port &amp; harbour &lt;b&gt;reopen&lt;/b&gt;');
    expect(post.excerpt).toBe('A &lt; B &amp; C');
  });

  it('writes the body with dateline, byline and credit, and text escaped', () => {
    const post = wordpressPost({ ...story, paragraphs: [{ id: 'p0', text: 'Ships <script>alert(1)</script> dock.' }] }, options);
    expect(post.content).toBe(
      '<p class="byline">By Lina Haddad</p>\n<p><span class="dateline">SALALAH, March 4 (CWA) —</span> Ships &lt;script&gt;alert(1)&lt;/script&gt; dock.</p>\n<p class="credit">Source: Coastal Wire Agency</p>',
    );
  });

  it('makes an embargo still in force a scheduled post at the embargo time, in UTC', () => {
    const post = wordpressPost({ ...story, embargo: '2026-12-02T08:30:00+02:00' }, options);
    expect(post.status).toBe('future');
    expect(post.date_gmt).toBe('2026-12-02T06:30:00');
    const past = wordpressPost({ ...story, embargo: '2026-11-30T08:30:00Z' }, options);
    expect(past.status).toBe('publish');
    expect(past.date_gmt).toBeUndefined();
  });

  it('files under subject names, never bare codes, and falls back to the default category', () => {
    const subjects = [
      { code: '11014000', scheme: 'subj', name: '' },
      { code: '20000337', scheme: 'medtop', name: 'transport' },
      { code: '04000000', scheme: 'medtop', name: '04000000' },
      { code: '99999999', scheme: 'agency', name: '' },
      { code: '15000000', scheme: 'medtop', name: 'sport', suggested: true },
    ];
    expect(wordpressPost({ ...story, subjects }, options).categoryNames).toEqual(['politics', 'transport', 'economy, business and finance']);
    expect(wordpressPost({ ...story, subjects: [] }, options).categoryNames).toEqual(['News']);
    expect(subjectName({ code: '99999999', scheme: 'agency', name: '' })).toBeNull();
    expect(siteCategoryNames(subjects).some((n) => /^\d+$/.test(n))).toBe(false);
  });
});

describe('Media Topics search', () => {
  it('finds any topic in the vocabulary by name or code, with its path', () => {
    const [first] = searchMediaTopics('cycling');
    expect(first).toMatchObject({ name: 'cycling', path: ['sport', 'competition discipline'] });
    expect(searchMediaTopics('medtop:20000337')[0]?.name).toBe('transport');
    expect(searchMediaTopics('')).toEqual([]);
    expect(searchMediaTopics('(unbalanced[')).toEqual([]);
  });
});
