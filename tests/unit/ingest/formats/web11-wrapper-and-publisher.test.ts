import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../../../electron/ingest/formats/html-page.js';

// Invented pages (web11): a page wrapped in a box-named element, a <title> ending in the site's host name, and a
// declared author that is the publication.
const P = [
  'The harbour board voted on Tuesday to build a new ferry terminal on the east quay, ending a two-year dispute over the site.',
  'Work is due to begin in the spring, the board said, and the terminal should open to passengers the following summer.',
  'Residents of the east quay had asked for a noise study, which the board agreed to publish before the first pile is driven.',
  "The board's chair said the vote was close but that the new terminal would serve the town for fifty years or more.",
  'A second vote, on the price of a season ticket for islanders, was put off until the board meets again in the autumn.',
];
const STORY = P.map((p) => `<p class="article">${p}</p>`).join('\n');
const NAV = ['Politics', 'Business', 'Sport', 'Culture', 'Weather', 'Archive', 'Contact']
  .map((s) => `<li><a href="/${s.toLowerCase()}/"><span>${s}</span></a> | </li>`)
  .join('');

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

describe('a page wrapped in an element named like a box', () => {
  it('reads the story inside a `subbanner` wrapper, leaving its menus out', () => {
    const html = page(
      '<title>Ferry terminal approved</title>',
      `<div id="subbanner"><div id="frame"><span id="left"><ul role="navigation" class="topbar">${NAV}</ul></span>
<div id="page"><span id="main" role="main"><div class="story"><div class="head"><ul role="navigation"><li><span>10.04.2011</span></li></ul></div>
<div class="body"><h1>Ferry terminal approved</h1>${STORY}</div></div></span></div></div></div>`,
    );
    const d = parseHtmlPage(html);
    expect(d.blocks.join('\n')).not.toContain('Weather');
    expect(d.blocks[0]).toMatch(/^The harbour board voted/u);
    expect(d.blocks.join('\n')).toContain('meets again in the autumn');
  });

  it('still strips a box-named element that holds little of the page (a banner)', () => {
    const html = page(
      '<title>Ferry terminal approved</title>',
      `<div class="banner-top"><p>Subscribe today and read the Coast Gazette on every device, every morning, for one low price.</p></div><article><h1>Ferry terminal approved</h1>${STORY}</article>`,
    );
    expect(parseHtmlPage(html).blocks.join('\n')).not.toContain('Subscribe today');
  });
});

describe('the site in the <title> and in the declared author', () => {
  it('takes a host name off the end of the <title> (`… - gazette.example`)', () => {
    const html = page('<title>Harbour: Ferry terminal approved - coastgazette.de</title>', `<article><h1>Ferry terminal approved</h1>${STORY}</article>`);
    expect(parseHtmlPage(html).meta.headline).toBe('Harbour: Ferry terminal approved');
  });

  it('prefers the printed byline to a declared author written in lower case, the publication’s name', () => {
    const html = page(
      '<title>Ferry terminal approved</title><meta name="author" content="gazette, the coast daily">',
      `<article><h1>Ferry terminal approved</h1><p class="intro">The east quay gets its terminal. <span class="author">VON MARA QUIST</span></p>${STORY}</article>`,
    );
    expect(parseHtmlPage(html).meta.byline?.toLowerCase()).toBe('mara quist');
  });

  it('keeps a declared person’s name over the printed line', () => {
    const html = page(
      '<title>Ferry terminal approved</title><meta name="author" content="Mara Quist">',
      `<article><h1>Ferry terminal approved</h1><p class="intro">The east quay gets its terminal. <span class="author">VON M. QUIST</span></p>${STORY}</article>`,
    );
    expect(parseHtmlPage(html).meta.byline).toBe('Mara Quist');
  });

  it('reads a box named `editor` under the headline as the byline, not one named `editorial`', () => {
    const byline = (cls: string): string | undefined =>
      parseHtmlPage(
        page(
          '<title>Ferry terminal approved</title>',
          `<div class="story"><h1>Ferry terminal approved</h1><div class="${cls}"><span style="font-weight:bold">Mara Quist</span> | <span>08 April, 2016, 00:13</span></div><div class="body">${STORY}</div></div>`,
        ),
      ).meta.byline;
    expect(byline('editor')).toBe('Mara Quist');
    expect(byline('editorial')).toBeUndefined();
  });
});
