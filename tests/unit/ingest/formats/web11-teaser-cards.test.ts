import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../../../electron/ingest/formats/html-page.js';

// Invented pages (web11): a story with other stories' teaser cards set between and after its paragraphs.
const P = [
  'The harbour board voted on Tuesday to build a new ferry terminal on the east quay, ending a two-year dispute over the site.',
  'Work is due to begin in the spring, the board said, and the terminal should open to passengers the following summer.',
  'Residents of the east quay had asked for a noise study, which the board agreed to publish before the first pile is driven.',
  "The board's chair said the vote was close but that the new terminal would serve the town for fifty years or more.",
];

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry terminal approved</title></head><body>${body}</body></html>`;
}

describe('teaser cards: another story’s linked headline, a line break and its summary', () => {
  it('leaves out cards set between the story’s paragraphs', () => {
    const card = (h: string, s: string): string => `<span class="preview"><p><b><a href="/2020/05/01/${h.length}.html">${h}</a></b><br/>${s}</p></span>`;
    const html = page(`<div class="story"><h1>Ferry terminal approved</h1>
<p>${P[0]}</p><p>${P[1]}</p>
${card('Lighthouse keeper retires after forty years', 'The last keeper of the north light hands over his keys this week. He plans to write a book about the storms he has seen.')}
<p>${P[2]}</p>
${card('Fish market to open on Sundays', 'Traders voted to open the market on Sundays from June. Some stallholders say they will not take part in the trial.')}
<p>${P[3]}</p></div>`);
    const text = parseHtmlPage(html).blocks.join('\n');
    expect(text).not.toContain('Lighthouse keeper');
    expect(text).not.toContain('Sundays from June');
    expect(text).toContain('first pile is driven');
    expect(text).toContain('fifty years or more');
  });

  it('leaves out a list of latest stories under a label after the story', () => {
    const item = (k: string, h: string, s: string): string =>
      `<p class="item"><span class="head"><a href="/news/${k.length}.html"><strong>${k}</strong> <br><b>${h}</b></a></span><br>${s}</p>`;
    const html = page(`<div class="content"><h1>Ferry terminal approved</h1>
<p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p><p>${P[3]}</p>
<div class="latest"><h5>Latest stories</h5>
${item('Harbour', 'Dredging to start next month', 'The channel will be dredged for three weeks, and small boats are asked to use the west entrance while the work goes on.')}
${item('Transport', 'Bus route changes from Monday', 'Two bus routes will run along the sea front from Monday, the council said, after complaints about the detour through the old town.')}
${item('Weather', 'Storm warning for the coast', 'Forecasters have warned of gales, heavy rain and high tides on Thursday, and the harbour master has told owners to check their moorings.')}
</div></div>`);
    const text = parseHtmlPage(html).blocks.join('\n');
    expect(text).not.toContain('Dredging to start');
    expect(text).not.toContain('sea front from Monday');
    expect(text).not.toContain('Latest stories');
    expect(text).toContain('fifty years or more');
  });

  it('keeps a paragraph that opens with a link running on in the same line', () => {
    const html = page(`<article><h1>Ferry terminal approved</h1>
<p>${P[0]}</p><p>${P[1]}</p>
<p><a href="/board/minutes.html">The minutes of the meeting</a> show that three members asked for the vote to be delayed until the noise study was out.</p>
<p>${P[2]}</p><p>${P[3]}</p></article>`);
    expect(parseHtmlPage(html).blocks.join('\n')).toContain('three members asked for the vote');
  });

  it('keeps a paragraph whose linked first line is a short label, not a headline', () => {
    const html = page(`<article><h1>Ferry terminal approved</h1>
<p>${P[0]}</p><p>${P[1]}</p>
<p><a href="/board/">Update</a><br>The board has since published the noise study, which found no reason to move the terminal.</p>
<p>${P[2]}</p><p>${P[3]}</p></article>`);
    expect(parseHtmlPage(html).blocks.join('\n')).toContain('published the noise study');
  });
});
