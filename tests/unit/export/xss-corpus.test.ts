/**
 * An XSS corpus through every export format: every field a target prints as HTML is parsed as that target would
 * (htmlparser2), and no script element, event-handler attribute or javascript: URL may survive. WordPress prints
 * a post's title, excerpt and term and author names as HTML (wp-includes/post-template.php: the_title echoes the
 * stored title), so the WXR fields are checked as HTML too; Markdown goes through generators that pass raw HTML
 * on, and Jekyll's Liquid prints front matter unescaped.
 */
import { Parser } from 'htmlparser2';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../electron/domain/article.js';
import { EXPORT_FORMATS, isBatchFormat, type ExportFormat } from '../../../electron/domain/export-format.js';
import { renderBatch, renderExport } from '../../../electron/export/export-article.js';
import { parseTree, isEl, type El } from '../../../electron/ingest/markup/tree.js';
import { withChanges } from './fixture.js';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '<svg onload=alert(3)>',
  '"><script>alert(4)</script>',
  "'><img src=x onerror=alert(5)>",
  '<a href="javascript:alert(6)">click</a>',
  '</title><script>alert(7)</script>',
  ']]><script>alert(8)</script><![CDATA[',
  '<iframe src="javascript:alert(9)"></iframe>',
  '&lt;script&gt;alert(10)&lt;/script&gt;',
  '<details open ontoggle=alert(11)>',
  '<scr<script>ipt>alert(12)</script>',
  '--><script>alert(13)</script><!--',
  '<body onload=alert(14)>',
];

function hostile(p: string, i: number): Article {
  return withChanges({
    id: `xss-${i}`,
    headline: `Port ${p} reopens`,
    abstract: `Summary ${p}`,
    byline: `By Sam ${p}`,
    keywords: [`tag ${p}`],
    authors: [{ name: `Sam ${p}`, role: 'writer' }],
    subjects: [{ code: `x${i}`, scheme: 'http://cv.iptc.org/newscodes/mediatopic', name: `topic ${p}` }],
    source: { name: `Agency ${p}`, code: 'CWA', credit: `Credit ${p}` },
    dateline: { text: `SALALAH ${p}, March 4 (CWA) —`, place: `SALALAH ${p}`, date: '2025-03-04', yearInferred: false, agency: 'CWA' },
    paragraphs: [{ id: 'p0', text: `Opening ${p} paragraph.` }, { id: 'p1', text: p }],
  });
}

/** Executable markup found in `html` as a browser would parse it. */
function executable(html: string, where: string): string[] {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = name.toLowerCase();
        if (tag === 'script' && (attrs.type ?? '').toLowerCase() !== 'application/ld+json') found.push(`${where}: <script>`);
        if (tag === 'iframe' || tag === 'object' || tag === 'embed') found.push(`${where}: <${tag}>`);
        for (const [key, value] of Object.entries(attrs)) {
          if (/^on/i.test(key)) found.push(`${where}: ${tag} ${key}=`);
          if (/^(?:href|src|action|formaction|xlink:href)$/i.test(key) && /^\s*javascript:/i.test(value)) found.push(`${where}: ${tag} ${key}=javascript:`);
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

const markdown = new MarkdownIt({ html: true, linkify: true });

function textOf(node: El | string): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

function elements(node: El, out: El[] = []): El[] {
  for (const c of node.children) {
    if (!isEl(c)) continue;
    out.push(c);
    elements(c, out);
  }
  return out;
}

/** What the target prints as HTML, per format, from one rendered file. */
function htmlFields(format: ExportFormat, content: string): [string, string][] {
  switch (format) {
    case 'html':
    case 'html-page':
      return [['page', content]];
    case 'md':
    case 'md-hugo':
    case 'md-astro':
    case 'md-jekyll': {
      const end = content.indexOf('\n---\n', 4);
      // Rendered as a generator that passes raw HTML on (kramdown, Hugo with unsafe on) renders it.
      const body: [string, string] = ['markdown body', markdown.render(content.slice(end + 5))];
      if (format !== 'md-jekyll') return [body];
      // Jekyll's Liquid prints front matter values as they are: each value is read as the HTML a theme prints.
      const values = content.slice(4, end).split('\n').flatMap((line) => {
        const m = /^\s*(?:([A-Za-z_]+):|-)\s*(".*")\s*$/u.exec(line);
        return m?.[2] ? [[`front matter ${m[1] ?? 'item'}`, JSON.parse(m[2]) as string] as [string, string]] : [];
      });
      return [body, ...values];
    }
    case 'wxr': {
      const printed = new Set(['title', 'excerpt:encoded', 'content:encoded', 'category', 'wp:cat_name', 'wp:tag_name', 'wp:author_display_name', 'wp:category_description', 'dc:creator']);
      return elements(parseTree(content, { xml: true })).filter((e) => printed.has(e.name)).map((e) => [e.name, textOf(e)]);
    }
    case 'jsonfeed': {
      const feed = JSON.parse(content) as { items: { content_html?: string }[] };
      return feed.items.map((item) => ['content_html', item.content_html ?? '']);
    }
    case 'ninjs':
    case 'ninjs3': {
      // ninjs 3 spells it contentType.
      const item = JSON.parse(content) as { bodies?: { contenttype?: string; contentType?: string; value: string }[]; body_html?: string };
      return [...(item.bodies ?? []).filter((b) => (b.contenttype ?? b.contentType) === 'text/html').map((b): [string, string] => ['bodies text/html', b.value]), ...(item.body_html ? [['body_html', item.body_html] as [string, string]] : [])];
    }
    case 'nitf':
    case 'newsml-g2':
      // The XML itself carries the body markup a site renders.
      return [['document', content]];
    case 'text':
      return [];
    default:
      throw new Error(`no rule for ${String(format)}`);
  }
}

describe('XSS corpus through every export format', () => {
  const stories = PAYLOADS.map(hostile);
  it.each(EXPORT_FORMATS)('%s: 0 executable payloads', (format) => {
    const files = isBatchFormat(format)
      ? [renderBatch(stories, format as 'wxr' | 'jsonfeed', {}, new Map(), 'batch')]
      : stories.map((s) => renderExport(s, format));
    const fields = files.flatMap((f) => htmlFields(format, f.content));
    if (format !== 'text') expect(fields.length).toBeGreaterThan(0);
    expect(fields.flatMap(([where, html]) => executable(html, where))).toEqual([]);
    // Every payload is still there as text, not dropped: the editor's words survive, harmless.
    if (format === 'wxr') for (const p of ['alert(1)', 'alert(7)']) expect(fields.some(([w, v]) => w === 'title' && v.includes(p))).toBe(true);
  });

  it('WordPress titles and names are entity-escaped inside CDATA, never raw HTML', () => {
    const wxr = renderBatch([hostile('<b>bold</b> & co', 0)], 'wxr', {}, new Map(), 'batch').content;
    expect(wxr).toContain('<title><![CDATA[Port &lt;b&gt;bold&lt;/b&gt; &amp; co reopens]]></title>');
    expect(wxr).toContain('<wp:cat_name><![CDATA[topic &lt;b&gt;bold&lt;/b&gt; &amp; co]]></wp:cat_name>');
    expect(wxr).toContain('<wp:tag_name><![CDATA[tag &lt;b&gt;bold&lt;/b&gt; &amp; co]]></wp:tag_name>');
    expect(wxr).toContain('<excerpt:encoded><![CDATA[Summary &lt;b&gt;bold&lt;/b&gt; &amp; co]]></excerpt:encoded>');
  });
});
