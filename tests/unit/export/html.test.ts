import { describe, it, expect } from 'vitest';
import { renderHtmlFragment, renderHtmlPage } from '../../../electron/export/formats/html.js';
import { arabicStory, bareStory, hostileStory, story, withChanges } from './fixture.js';

const ALLOWED_TAGS = new Set(['article', 'header', 'h1', 'p', 'span', 'footer']);
const ALLOWED_ATTRIBUTES = new Set(['class', 'lang', 'dir']);

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** Every tag in the markup, with its attribute names (quoted values are skipped: the output quotes all of them). */
function tags(html: string): { name: string; attributes: string[] }[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)((?:[^>"]|"[^"]*")*)>/g)].map((m) => ({
    name: (m[1] ?? '').toLowerCase(),
    attributes: [...(m[2] ?? '').replace(/"[^"]*"/g, '""').matchAll(/([^\s=/]+)\s*=/g)].map((a) => (a[1] ?? '').toLowerCase()),
  }));
}

describe('renderHtmlFragment', () => {
  it('renders headline, byline, dateline, paragraphs and credit', () => {
    expect(renderHtmlFragment(story)).toBe([
      '<article lang="en" dir="ltr">',
      '<header>',
      '<h1>Northern port reopens to cargo ships after storm repairs</h1>',
      '<p class="byline">By Lina Haddad</p>',
      '</header>',
      '<p><span class="dateline">SALALAH, March 4 (CWA) —</span> The northern port reopened to cargo ships on Tuesday, two weeks after a storm tore through its outer quays.</p>',
      '<p>Harbour engineers finished rebuilding the damaged berths overnight, the transport ministry said.</p>',
      '<p>Three container vessels waiting offshore were cleared to dock before noon.</p>',
      '<footer>',
      '<p class="credit">Source: Coastal Wire Agency</p>',
      '</footer>',
      '</article>',
      '',
    ].join('\n'));
  });

  it('prints the dateline from the metadata once, even when cleaning left it in the body', () => {
    const leftover = withChanges({
      paragraphs: [{ id: 'p0', text: `SALALAH, March 4 (CWA) — ${story.paragraphs[0]?.text ?? ''}` }, ...story.paragraphs.slice(1)],
    });
    for (const html of [renderHtmlFragment(story), renderHtmlFragment(leftover)]) {
      expect(count(html, 'SALALAH, March 4 (CWA) —')).toBe(1);
      expect(html).toContain('<p><span class="dateline">SALALAH, March 4 (CWA) —</span> The northern port');
    }
  });

  it('uses the edited dateline, not the one in the original copy', () => {
    const html = renderHtmlFragment(withChanges({ dateline: { ...story.dateline, text: 'MUSCAT, March 5 (CWA) —' } }));
    expect(html).toContain('<span class="dateline">MUSCAT, March 5 (CWA) —</span>');
    expect(html).not.toContain('SALALAH');
  });

  it('credits the source name when no credit is set, and leaves out an empty byline and dateline', () => {
    const html = renderHtmlFragment(bareStory);
    expect(html).toContain('<p class="credit">Source: Coastal Wire Agency</p>');
    expect(html).not.toContain('byline');
    expect(html).not.toContain('dateline');
  });

  it('turns hostile text into inert text', () => {
    const html = renderHtmlFragment(hostileStory);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<(?:b|i|div)[\s>]/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<h1>Ministers &lt;script&gt;alert(1)&lt;/script&gt; &amp; "friends" meet at O\'Brien\'s</h1>');
    expect(html).toContain('&amp;amp; entity');
    expect(html).toContain('<p class="credit">Source: Credit &lt;script&gt;alert(1)&lt;/script&gt;</p>');
    for (const tag of tags(html)) {
      expect(ALLOWED_TAGS).toContain(tag.name);
      for (const attribute of tag.attributes) expect(ALLOWED_ATTRIBUTES).toContain(attribute);
    }
  });

  it('marks Arabic copy right to left', () => {
    const html = renderHtmlFragment(arabicStory);
    expect(html.startsWith('<article lang="ar" dir="rtl">')).toBe(true);
    expect(html).toContain('<span class="dateline">صلالة، 4 مارس (وكالة الساحل) —</span> أعلنت وزارة النقل');
    expect(html).toContain('<p class="credit">Source: وكالة الساحل للأنباء</p>');
  });

  it('leaves out a malformed language tag instead of writing it into an attribute', () => {
    const html = renderHtmlFragment(withChanges({ language: 'en" onclick="x' }));
    expect(html.startsWith('<article dir="ltr">')).toBe(true);
  });
});

describe('renderHtmlPage', () => {
  it('is a complete document with charset, CSP, title and description before the story', () => {
    const page = renderHtmlPage(story);
    expect(page.startsWith('<!doctype html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(page).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    );
    expect(page).toContain('<title>Northern port reopens to cargo ships after storm repairs</title>');
    expect(page).toContain(
      '<meta name="description" content="Cargo traffic resumes at the northern port two weeks after a storm damaged its quays.">',
    );
    expect(page).toContain(`<body>\n${renderHtmlFragment(story)}</body>\n</html>\n`);
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<body>'));
  });

  it('escapes title and description and runs nothing', () => {
    const page = renderHtmlPage(hostileStory);
    expect(page).toContain(
      '<title>Ministers &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot; meet at O&#39;Brien&#39;s</title>',
    );
    expect(page).toContain(
      '<meta name="description" content="Line one line two tabbed bell &lt;img src=x onerror=alert(1)&gt; \\ backslash">',
    );
    // The one script element is the JSON-LD data block, which never runs; hostile text cannot close it early.
    expect(page.match(/<script/gi)).toEqual(['<script']);
    expect(page).toContain('<script type="application/ld+json">');
    expect(page.match(/<\/script/gi)).toEqual(['</script']);
    const pageTags = tags(page);
    expect(new Set(pageTags.map((t) => t.name))).toEqual(
      new Set(['html', 'head', 'meta', 'title', 'style', 'script', 'body', ...ALLOWED_TAGS]),
    );
    for (const attribute of pageTags.flatMap((t) => t.attributes)) {
      expect(['lang', 'dir', 'charset', 'http-equiv', 'name', 'property', 'content', 'class', 'type']).toContain(attribute);
    }
    expect(page).not.toContain('\u0007');
  });

  it('sets the page language and direction, and omits an empty description', () => {
    expect(renderHtmlPage(arabicStory)).toContain('<html lang="ar" dir="rtl">');
    expect(renderHtmlPage(bareStory)).not.toContain('name="description"');
  });
});

describe('sanitizeStoryHtml fast path', () => {
  it('returns exactly what sanitize-html returns, for every fixture and hostile copy', async () => {
    const { renderHtmlBody, sanitizeStoryHtml, sanitizeStoryHtmlStrict } = await import('../../../electron/export/formats/html.js');
    for (const article of [story, hostileStory, arabicStory, bareStory]) {
      const fragment = renderHtmlFragment(article).trimEnd();
      expect(fragment).toBe(sanitizeStoryHtmlStrict(fragment));
      const body = renderHtmlBody(article);
      expect(body).toBe(sanitizeStoryHtmlStrict(body));
    }
    // Markup that is not ours goes through sanitize-html.
    expect(sanitizeStoryHtml('<p onclick="x()">a</p><script>x()</script>')).toBe('<p>a</p>&lt;script&gt;x()&lt;/script&gt;');
    expect(sanitizeStoryHtml('<p class="credit" title="x">a</p>')).toBe('<p class="credit">a</p>');
  });
});
