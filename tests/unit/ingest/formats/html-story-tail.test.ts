import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../../../electron/ingest/formats/html-page.js';

// Invented copy: a press release of a made-up harbour board.
const STORY = [
  'The harbour board agreed on Monday to keep the night ferry running through the winter, after a review of passenger numbers.',
  'Crossings after ten in the evening carried more than 40,000 people last year, the review found, most of them shift workers.',
  'The board said the extra cost, about 300,000 euros a season, would be met from the port levy rather than from fares.',
  'A decision on the summer timetable, which also includes the new stop at Eastpier, is expected before the end of March.',
];

const paras = STORY.map((t) => `<p>${t}</p>`).join('\n');

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Night ferry stays | Harbour Board</title></head>
<body><div id="top"><a href="/">Harbour Board</a></div>${body}
<div id="bottom"><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a></div></body></html>`;
}

describe('what trails the story in its container', () => {
  it('drops a closing line that is only a link back to a listing ("back to the list")', () => {
    const html = page(`<div class="news"><div class="article"><h2>Night ferry stays</h2>
${paras}
<a title="Back to all press releases" href="/press">Back to all press releases</a></div></div>`);
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
  });

  it('keeps a closing link to a deeper page, which is a reference the story makes', () => {
    const html = page(`<div class="news"><div class="article"><h2>Night ferry stays</h2>
${paras}
<p><a href="/reviews/night-ferry-passenger-review-2024">Read the passenger review</a></p></div></div>`);
    expect(parseHtmlPage(html).blocks).toEqual([...STORY, 'Read the passenger review']);
  });

  it('drops a box of short lines set beside the story in the same container (a press contact card, a topic teaser)', () => {
    const html = page(`<div id="content"><div class="copy"><h1>NIGHT FERRY STAYS</h1>
${paras}</div>
<div class="col-right"><h2>Press contact:</h2><div><b>Ines Marlow</b></div>
<p>Phone +00 (0)12 / 34 56 78 <a href="mailto:press@example.org">press@example.org</a></p>
<div class="box"><p>SAFE CROSSINGS</p><div>Criteria for the harbour safety label 2024</div><div><a href="/label">More...</a></div></div></div></div>`);
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
  });

  it('drops a contact card written as short lines after the story ("Contact:", a name, a phone number)', () => {
    const html = page(`<div id="content"><div class="copy">
${paras}
<div>&nbsp;</div><div>Press contact:</div>
<p><b>Ines Marlow</b><br />Phone +00 (0)12 / 34 56 78<br /><a href="mailto:press@example.org">press@example.org</a></p>
</div></div>`);
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
  });

  it('keeps a list of related-story links under one label whole, short lines and long ones alike', () => {
    const related = [
      'Related article: Harbour board names a new chair after the spring elections in the north ward',
      'Related article: Night ferry timetable for the winter season of the coming year is out',
      'Related article: Ferry fares frozen for a year',
      'Related article: Eastpier stop opens in March',
    ];
    const links = related.map((t, i) => `<p><strong>Related article: <a href="/news/story-${i}">${t.slice(17)}</a></strong></p>`).join('\n');
    const html = page(`<div id="main"><div class="article"><article><h1>Night ferry stays</h1><div class="content">
${paras}
<hr />${links}</div></article></div></div>`);
    expect(parseHtmlPage(html).blocks).toEqual([...STORY, ...related]);
  });

  it('keeps one short line closing the story, such as a credit', () => {
    const credit = 'Photos: Harbour Board / Ines Marlow';
    const html = page(`<div id="content"><div class="copy">
${paras}
<p>${credit}</p></div></div>`);
    expect(parseHtmlPage(html).blocks).toEqual([...STORY, credit]);
  });

  it('keeps a closing box that says something in sentences, and a short last line of copy', () => {
    const note = 'The board meets again on 12 March.';
    const box = 'Tickets for the night ferry are sold on board only, as before.';
    const html = page(`<div id="content"><div class="copy">
${paras}<p>${note}</p></div>
<div class="col-right"><h2>Tickets</h2><p>${box}</p></div></div>`);
    expect(parseHtmlPage(html).blocks).toEqual([...STORY, note, 'Tickets', box]);
  });
});
