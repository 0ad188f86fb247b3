/** The site and syndication formats: content assertions per format, on the shared fixtures and on hostile text. */
import { cdata } from '../../../electron/export/xml.js';
import { describe, it, expect } from 'vitest';
import type { Article } from '../../../electron/domain/article.js';
import { renderBatch, renderExport } from '../../../electron/export/export-article.js';
import { renderHtmlPage } from '../../../electron/export/formats/html.js';
import { renderJsonFeed } from '../../../electron/export/formats/json-feed.js';
import { renderMarkdown } from '../../../electron/export/formats/markdown.js';
import { renderNewsmlG2 } from '../../../electron/export/formats/newsml-g2.js';
import { buildNinjs3 } from '../../../electron/export/formats/ninjs.js';
import { renderNitf } from '../../../electron/export/formats/nitf.js';
import { renderPlainText } from '../../../electron/export/formats/plain-text.js';
import { renderWxr } from '../../../electron/export/formats/wxr.js';
import { arabicStory, hostileStory, SCRIPT, story, withChanges } from './fixture.js';

const coded: Article = withChanges({
  subjects: [
    { code: '20000002', scheme: 'medtop', name: 'arts and entertainment' },
    { code: '04000000', scheme: 'subj', name: 'economy, business and finance' },
    { code: 'X1', scheme: 'medtop', name: 'suggested only', suggested: true },
  ],
  embargo: '2030-01-01T06:00:00Z',
  guid: 'urn:newsml:cwa.example:20250304:port',
  ednote: 'Corrects quay count',
  authors: [{ name: 'Lina Haddad', role: 'writer' }],
});

function ldJson(page: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page);
  return JSON.parse(match?.[1] ?? 'null') as Record<string, unknown>;
}

describe('HTML page metadata', () => {
  it('puts the metadata in meta tags and a NewsArticle JSON-LD block', () => {
    const page = renderHtmlPage(coded, { version: 3 });
    expect(page).toContain('<meta name="dateline" content="SALALAH, March 4 (CWA) —">');
    expect(page).toContain('<meta name="credit" content="Coastal Wire Agency">');
    expect(page).toContain('<meta property="article:tag" content="arts and entertainment">');
    const ld = ldJson(page);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle', headline: coded.headline, identifier: coded.guid, version: '3', creditText: 'Coastal Wire Agency',
      about: [
        { name: 'arts and entertainment', identifier: 'medtop:20000002', sameAs: 'http://cv.iptc.org/newscodes/mediatopic/20000002' },
        { name: 'economy, business and finance', identifier: 'subj:04000000' },
      ],
    });
  });

  it('cannot be closed early by </script> in the copy', () => {
    const page = renderHtmlPage(withChanges({ paragraphs: [{ id: 'p0', text: `before ${SCRIPT} </script><script>x()</script> after` }] }));
    expect(page.match(/<\/script/gi)).toHaveLength(1);
    expect(ldJson(page).articleBody).toContain('</script><script>x()</script>');
  });
});

describe('Markdown front matter presets', () => {
  it('uses Hugo, Jekyll and Astro field names', () => {
    expect(renderMarkdown(coded, 'hugo')).toMatch(/^---\ntitle: "Northern port[^\n]*\ndate: "2025-03-04T12:00:00.000Z"\nslug: "port-reopens"/);
    expect(renderMarkdown(coded, 'hugo')).toContain('categories:\n  - "arts and entertainment"');
    expect(renderMarkdown(coded, 'hugo')).toContain('params:\n  dateline: "SALALAH, March 4 (CWA) —"');
    expect(renderMarkdown(coded, 'jekyll')).toContain('layout: "post"');
    expect(renderMarkdown(coded, 'jekyll')).toContain('date: "2025-03-04 12:00:00 +0000"');
    expect(renderMarkdown(coded, 'astro')).toContain('pubDate: "2025-03-04T12:00:00.000Z"');
    expect(renderMarkdown(coded, 'astro')).toContain('subject_codes:\n  - "medtop:20000002"\n  - "subj:04000000"');
  });
});

describe('plain text', () => {
  it('prints headline, byline, dated body and credit', () => {
    expect(renderPlainText(story)).toBe(
      `${story.headline}\n\nBy Lina Haddad\n\nSALALAH, March 4 (CWA) — The northern port reopened to cargo ships on Tuesday, two weeks after a storm tore through its outer quays.\n\n`
        + 'Harbour engineers finished rebuilding the damaged berths overnight, the transport ministry said.\n\n'
        + 'Three container vessels waiting offshore were cleared to dock before noon.\n\nSource: Coastal Wire Agency\n',
    );
  });
});

describe('ninjs 3.1', () => {
  it('uses camelCase names, keeps the guid and codes, and carries the embargo', () => {
    const item = buildNinjs3(coded, { version: 2 });
    expect(item).toMatchObject({
      standard: { name: 'ninjs', version: '3.1' }, uri: coded.guid, version: '2', representationType: 'full',
      pubStatus: 'usable', embargoedUntil: '2030-01-01T06:00:00.000Z', edNote: 'Corrects quay count',
    });
    expect(item.subjects).toContainEqual({
      name: 'arts and entertainment', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000002', literal: 'medtop:20000002',
    });
    expect(JSON.stringify(item)).not.toMatch(/"(?:firstcreated|pubstatus|contenttype|infosources)"/);
  });
});

describe('NITF 3.6', () => {
  it('is namespaced NITF with codes, credit, keywords and embargo in their elements', () => {
    const xml = renderNitf(coded, { version: 2 });
    expect(xml).toContain('<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" xml:lang="en">');
    expect(xml).toContain('<tobject.subject tobject.subject.refnum="medtop:20000002" tobject.subject.matter="arts and entertainment"/>');
    expect(xml).toContain('<doc-id id-string="urn:newsml:cwa.example:20250304:port" regsrc="CWA"/>');
    expect(xml).toContain('<date.release norm="20300101T060000Z"/>');
    expect(xml).toContain('<keyword key="shipping"/>');
    expect(xml).toContain('<distributor>Coastal Wire Agency</distributor>');
    expect(xml).toContain('<tagline>Source: Coastal Wire Agency</tagline>');
    expect(xml).not.toContain('suggested only');
  });

  it('escapes hostile text', () => {
    const xml = renderNitf(hostileStory);
    expect(xml).not.toContain('<script');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('\u0007');
  });
});

describe('NewsML-G2 2.35', () => {
  it('keeps the guid, counts the version and carries QCodes, credit and dateline', () => {
    const xml = renderNewsmlG2(coded, { version: 4 });
    expect(xml).toContain('guid="urn:newsml:cwa.example:20250304:port" version="4" standard="NewsML-G2" standardversion="2.35"');
    expect(xml).toContain('<subject qcode="medtop:20000002"><name>arts and entertainment</name></subject>');
    expect(xml).toContain('<creditline>Coastal Wire Agency</creditline>');
    expect(xml).toContain('<dateline>SALALAH, March 4 (CWA) —</dateline>');
    expect(xml).toContain('<embargoed>2030-01-01T06:00:00.000Z</embargoed>');
    expect(xml).toContain('<infoSource literal="CWA"><name>Coastal Wire Agency</name></infoSource>');
  });
});

describe('WordPress WXR 1.2', () => {
  it('declares authors, categories from subjects and tags from keywords, items as drafts, no DOCTYPE', () => {
    const xml = renderWxr([coded, hostileStory, arabicStory], { generatedAt: '2025-03-05T00:00:00Z' });
    expect(xml).not.toMatch(/<!DOCTYPE/i);
    expect(xml).toContain('<wp:wxr_version>1.2</wp:wxr_version>');
    expect(xml.match(/<item>/g)).toHaveLength(3);
    expect(xml.match(/<wp:status><!\[CDATA\[draft\]\]><\/wp:status>/g)).toHaveLength(3);
    expect(xml).toContain('<category domain="category" nicename="arts-and-entertainment"><![CDATA[arts and entertainment]]></category>');
    expect(xml).toContain('<category domain="post_tag" nicename="shipping"><![CDATA[shipping]]></category>');
    expect(xml).toContain('<wp:category_description><![CDATA[medtop:20000002]]></wp:category_description>');
    expect(xml).toContain('<wp:author_login><![CDATA[lina-haddad]]></wp:author_login>');
    expect(xml).toContain('<dc:creator><![CDATA[lina-haddad]]></dc:creator>');
    // Stories without subjects file under the preset's default category.
    expect(xml).toContain('<category domain="category" nicename="news"><![CDATA[News]]></category>');
    expect(xml).toContain('<wp:meta_key><![CDATA[copydesk_credit]]></wp:meta_key>');
  });

  it('splits ]]> so the CDATA stays well-formed; a title is entity-escaped inside it (WordPress prints it as HTML)', () => {
    const xml = renderWxr([withChanges({ headline: 'a ]]> b' })]);
    expect(xml).toContain('<title><![CDATA[a ]]&gt; b]]></title>');
    expect(cdata('a ]]> b')).toBe('<![CDATA[a ]]]]><![CDATA[> b]]>');
  });
});

describe('JSON Feed 1.1', () => {
  it('lists each story as an item with the credit in the _copydesk extension', () => {
    const feed = JSON.parse(renderJsonFeed([coded, arabicStory], {}, new Map([[coded.id, 2]]))) as { version: string; items: Record<string, unknown>[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({ id: coded.guid, title: coded.headline, tags: ['ports', 'shipping', 'weather'], _copydesk: { version: 2, credit: 'Coastal Wire Agency' } });
    expect(feed.items[1]).toMatchObject({ language: 'ar' });
  });

  it('renders a batch into one named file', () => {
    const file = renderBatch([story, arabicStory], 'jsonfeed', {}, new Map(), 'batch');
    expect(file.name).toBe('batch.feed.json');
    expect(renderExport(story, 'jsonfeed').content).toContain('"items"');
  });
});
