import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../electron/ingest/detect.js';
import { parseHtmlPage } from '../../../../electron/ingest/formats/html-page.js';
import { bylineName } from '../../../../electron/ingest/markup/page-metadata.js';
import { ingestFile } from '../../../../electron/ingest/ingest.js';

const STORY = [
  'The harbour board voted on Tuesday to close the old ferry terminal, ending 120 years of crossings from the town quay.',
  'Board members said the terminal, which needs repairs costing an estimated 4 million euros, could no longer be kept open safely.',
  'Ferry services will move to the new pier at Northpoint from March, the board said, with buses linking it to the town centre.',
  'Residents who opposed the closure said they would ask the regional council to review the decision, which they called rushed.',
];

const para = (t: string): string => `<p>${t}</p>`;
const nav = Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');

function newsPage(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Harbour board closes ferry terminal | The Quay Post</title>
<meta property="og:site_name" content="The Quay Post">${head}</head>
<body><header class="site-header"><nav><ul>${nav}</ul></nav></header>
<div class="cookie-banner"><p>We use cookies to improve your experience, to measure traffic and to show you relevant offers.</p></div>
${body}
<section class="comments"><div class="comment"><span class="author">Pat Reader</span><p>This is a shame, I took that ferry every day for twenty years, and it was always on time.</p></div></section>
<footer><p>© The Quay Post, all rights reserved, registered in the harbour district, company number 1234.</p><ul>${nav}</ul></footer></body></html>`;
}

describe('web page article extraction', () => {
  it('keeps the story and only the story: no navigation, cookie banner, share tools, related links, comments or footer', () => {
    const html = newsPage(`<main><article class="story"><h1>Harbour board closes ferry terminal</h1>
<span class="byline">By Mira Kovač</span>
<div class="story-body">${para(STORY[0] ?? '')}${para(STORY[1] ?? '')}
<div class="share-tools"><p><a href="/fb">Share on Facebook</a> <a href="/x">Share on X</a></p></div>
${para(STORY[2] ?? '')}${para(STORY[3] ?? '')}</div>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Ferry fares rise again this spring, operator says</a></li></ul></aside>
</article></main>`);
    const draft = parseHtmlPage(html);
    expect(draft.blocks).toEqual(STORY);
    expect(draft.meta.headline).toBe('Harbour board closes ferry terminal');
    expect(draft.meta.byline).toBe('Mira Kovač');
    expect(draft.meta.source?.name).toBe('The Quay Post');
    expect(draft.meta.language).toBe('en-GB');
  });

  it('puts back together a story split by an advertisement into sibling containers', () => {
    const html = newsPage(`<div id="page"><div class="text-wrap">
<div class="body-part">${STORY.slice(0, 2).map(para).join('')}</div>
<div class="ad-slot"><p>Advertisement</p></div>
<div class="body-part">${STORY.slice(2).map(para).join('')}</div></div></div>`);
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
  });

  it('drops a block that is only an ad label or a reading prompt, and keeps a sentence that uses the words', () => {
    const sentence = 'Advertisement revenue at the harbour fell by a third, the board said, as fewer ferries ran.';
    const html = newsPage(`<article>${para(STORY[0] ?? '')}<div>ADVERTISEMENT</div>${para(STORY[1] ?? '')}<p>Story continues below advertisement</p>${para(sentence)}</article>`);
    expect(parseHtmlPage(html).blocks).toEqual([STORY[0], STORY[1], sentence]);
  });

  it('keeps a sponsored story whose own body is named for it', () => {
    const html = newsPage(`<div class="sponsored article-body">${STORY.map(para).join('')}</div><div class="ad-box"><p>Buy a ferry ticket now, at half the price, today only, while stocks last.</p></div>`);
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
  });

  it('reads metadata from JSON-LD first (headline, authors, dates), then Open Graph', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'The Quay Post' },
        { '@type': 'NewsArticle', headline: 'Ferry terminal to close after 120 years', author: [{ '@type': 'Person', name: 'Mira Kovač' }, { name: 'Tom Ash' }], datePublished: '2026-02-03T09:15:00+01:00', dateModified: '2026-02-03T11:00:00+01:00', keywords: ['ferries', 'harbour'] },
      ],
    });
    const draft = parseHtmlPage(newsPage(`<article>${STORY.map(para).join('')}</article>`, `<meta property="og:title" content="Other title"><script type="application/ld+json">${ld}</script>`));
    expect(draft.meta).toMatchObject({
      headline: 'Ferry terminal to close after 120 years',
      byline: 'Mira Kovač, Tom Ash',
      created: '2026-02-03T09:15:00+01:00',
      updated: '2026-02-03T11:00:00+01:00',
      keywords: ['ferries', 'harbour'],
    });
  });

  it('takes the JSON-LD articleBody when the markup holds far less of the text (a page filled in by script)', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry terminal to close', articleBody: STORY.join('\n\n') });
    const html = newsPage('<div id="app"><p>Loading…</p></div>', `<script type="application/ld+json"><![CDATA[${ld}]]></script>`);
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
  });

  it('never lets a script, a style, an iframe or an event handler into the copy', () => {
    const html = newsPage(`<article>${para(STORY[0] ?? '')}<script>document.write("<p>injected paragraph from a script, with commas, many, many</p>")</script>
<style>p{}</style><iframe src="https://ads.example/x"><p>iframe fallback text that is long enough to be scored</p></iframe>
<p onclick="alert(1)">${STORY[1]}</p><noscript><p>Please enable JavaScript to read this page, it needs it.</p></noscript>${para(STORY[2] ?? '')}${para(STORY[3] ?? '')}</article>`);
    const text = parseHtmlPage(html).blocks.join('\n');
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
    expect(text).not.toMatch(/injected|iframe fallback|alert|enable JavaScript|</u);
  });

  it('leaves hidden boxes out (hidden, aria-hidden, display: none)', () => {
    const html = newsPage(`<article>${STORY.map(para).join('')}<div hidden><p>A hidden paragraph that should not be read as part of the story.</p></div>
<p style="display: none">Another hidden paragraph that is long enough, and has commas, too.</p><p aria-hidden="true">A third hidden one, read by no one, not even screen readers.</p></article>`);
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
  });

  it('keeps a data table and the caption of a photo, and drops a heading that repeats the headline', () => {
    const html = newsPage(`<article><h1>Harbour board closes ferry terminal</h1>${STORY.map(para).join('')}
<figure><img src="/f.jpg"><figcaption>The old terminal at dawn on Tuesday.</figcaption></figure>
<table><caption>Crossings</caption><tr><th>Year</th><th>Passengers</th></tr><tr><td>2024</td><td>410,000</td></tr></table></article>`);
    expect(parseHtmlPage(html).blocks).toEqual([...STORY, 'The old terminal at dawn on Tuesday.', 'Crossings', 'Year | Passengers', '2024 | 410,000']);
  });

  it('gives a page with no article its text rather than nothing', () => {
    const html = `<!DOCTYPE html><html><head><title>Weather</title></head><body><h1>Weather</h1><div>Sunny, 21°C</div><div>Wind 10 km/h</div></body></html>`;
    const r = ingestFile({ name: 'weather.html', bytes: Buffer.from(html) });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.items[0]?.draft.blocks.join(' ')).toContain('Sunny, 21°C');
  });

  it('reads 100,000 nested divs and 300,000 unclosed tags without running away (quadratic parsing would take minutes)', () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}<p>${STORY[0]}</p>${'</div>'.repeat(100_000)}</body></html>`;
    expect(parseHtmlPage(deep).blocks).toEqual([STORY[0]]);
    const unclosed = `<html><body><p>${STORY[1]}</p>${'<b>x'.repeat(300_000)}</body></html>`;
    const blocks = parseHtmlPage(unclosed).blocks;
    expect(blocks[0]).toBe(STORY[1]);
    expect(blocks.join('').length).toBeGreaterThan(300_000);
  });
});

describe('web page title', () => {
  const titled = (title: string, site?: string): string | undefined =>
    parseHtmlPage(`<html><head><title>${title}</title>${site ? `<meta property="og:site_name" content="${site}">` : ''}</head><body><p>x</p></body></html>`).meta.headline;

  it('takes the site name off the end or the start, and keeps what only looks like one', () => {
    expect(titled('Harbour board closes ferry terminal | The Quay Post', 'The Quay Post')).toBe('Harbour board closes ferry terminal');
    expect(titled('The Quay Post - Harbour board closes ferry terminal', 'The Quay Post')).toBe('Harbour board closes ferry terminal');
    expect(titled('Harbour board closes ferry terminal – Quay Post')).toBe('Harbour board closes ferry terminal');
    expect(titled('How we built it - an async task framework')).toBe('How we built it - an async task framework');
    expect(titled('Ferries: the end of an era')).toBe('Ferries: the end of an era');
  });
});

describe('web page byline', () => {
  it.each([
    ['By Joshua Sokol May 20, 2019', 'Joshua Sokol'],
    ['Dan Goodin - Apr 16, 2015 8:02 pm UTC', 'Dan Goodin'],
    ['Alex Perry 1 day ago', 'Alex Perry'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['June Maybury', 'June Maybury'],
    ['Brenda Goodman, MA', 'Brenda Goodman, MA'],
    ['Sunday, Feb 1, 2015 11:57 AM UTC', undefined],
    ['Last Updated: January 7, 2025', undefined],
    ['4:44 PM  12/27/2014', undefined],
    ['Mira Okafor 10:15 a.m. ET', 'Mira Okafor'],
  ])('%s → %s', (text, name) => {
    expect(bylineName(text)).toBe(name);
  });

  it("takes the writer from Parse.ly's parsely-page metadata when the page names none elsewhere", () => {
    const meta = `<meta name="parsely-page" content='{"title":"Ferry back","author":"Ines Vold","pub_date":"2026-02-03T09:00:00Z"}'>`;
    const draft = parseHtmlPage(newsPage(`<article>${STORY.map(para).join('')}</article>`).replace('</head>', `${meta}</head>`));
    expect(draft.meta.byline).toBe('Ines Vold');
    expect(draft.blocks).toEqual(STORY);
  });

  it('takes the page\'s own byline out of the copy, and never a commenter\'s name', () => {
    const html = newsPage(`<article><div class="meta"><span class="byline">By Tom Ash, 3 Feb 2026</span></div>${STORY.map(para).join('')}</article>`);
    const draft = parseHtmlPage(html);
    expect(draft.meta.byline).toBe('Tom Ash');
    expect(draft.blocks).toEqual(STORY);
  });

  it('dates the story by microdata, else by the <time> inside its <article> rather than the header\'s', () => {
    const micro = parseHtmlPage('<html><head><meta itemprop="datePublished" content="2026-02-03T08:00:00Z"></head><body><p>x</p></body></html>');
    expect(micro.meta.created).toBe('2026-02-03T08:00:00Z');
    const timed = parseHtmlPage(`<html><body><header><time datetime="2026-12-01">Today</time></header><article><time datetime="2026-02-03T09:15:00+01:00">3 Feb</time>${STORY.map(para).join('')}</article></body></html>`);
    expect(timed.meta.created).toBe('2026-02-03T09:15:00+01:00');
  });

  it('writes an Open Graph locale as a language tag', () => {
    const draft = parseHtmlPage('<html><head><meta property="og:locale" content="pt_BR"><title>T</title></head><body><p>x</p></body></html>');
    expect(draft.meta.language).toBe('pt-BR');
  });
});

describe('web page detection', () => {
  it.each([
    ['a page that mentions NITF in its text', `<!DOCTYPE html><html><body><p>Send copy as &lt;nitf&gt; or as <code><nitf></code>.</p></body></html>`],
    ['a page without <html> and <head> tags', '<meta charset="utf-8"><title>T</title><p>Text of the page.</p>'],
    ['XHTML with an XML declaration', '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'],
    ['a page opening with a long comment', `<!-- ${'x'.repeat(5000)} -->\n<!DOCTYPE html><html><body><p>Text</p></body></html>`],
  ])('%s is a web page', (_label, text) => {
    expect(detectFormat(text)).toBe('html');
  });

  it('does not take a declared XML document of another vocabulary for a page because it holds <p> or <title>', () => {
    const xml = '<?xml version="1.0"?>\n<archive_response><title>Image pool</title><item><p>caption</p></item><body>x</body></archive_response>';
    expect(detectFormat(xml)).not.toBe('html');
  });

  it('takes a section label over the headline and an agency source line out of the copy: the section and the credit', () => {
    const page = `<h1>Harbour strike ends after three weeks</h1><p class="vignette">Arbete</p><p class="source">TT</p>${STORY.map(para).join('')}`;
    const draft = parseHtmlPage(page);
    expect(draft.blocks[0]).toBe(STORY[0]);
    expect(draft.blocks).not.toContain('Arbete');
    expect(draft.blocks).not.toContain('TT');
    expect(draft.meta.subjects).toEqual([{ code: 'Arbete', scheme: 'section', name: 'Arbete' }]);
    expect(draft.meta.source).toMatchObject({ name: 'TT' });
  });

  it('keeps a paragraph marked as a source that names no agency', () => {
    const page = `<h1>Harbour strike ends</h1><p class="source">Our correspondent in the port</p>${STORY.map(para).join('')}`;
    expect(parseHtmlPage(page).blocks).toContain('Our correspondent in the port');
  });
});

