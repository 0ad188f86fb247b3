import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../../../electron/ingest/formats/html-page.js';

// Invented copy: a regional paper's story about a made-up river ferry, in the shapes news sites print it.
const STORY = [
  'The river board agreed on Monday to keep the night ferry running through the winter, after a review of passenger numbers.',
  'Crossings after ten in the evening carried more than 40,000 people last year, the review found, most of them shift workers.',
  'The board said the extra cost, about 300,000 euros a season, would be met from the port levy rather than from fares.',
  'A decision on the summer timetable, which also includes the new stop at Eastpier, is expected before the end of March.',
  'Operators will hire four more deckhands for the winter crossings, and the ticket office at the east quay opens at night.',
];
const paras = STORY.map((t) => `<p>${t}</p>`).join('\n');

function page(title: string, body: string, lang = 'en'): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>
<body><div id="top"><a href="/">River Post</a></div>${body}
<div id="bottom"><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a></div></body></html>`;
}

describe('page furniture around the story, by kind', () => {
  it('takes a heading over the copy for the headline when it repeats it without its kicker', () => {
    const html = page(
      'Ferry: Night crossings stay for the winter',
      `<article><h2><span class="overline">Ferry</span> Night crossings stay for the winter</h2>${paras}</article>`,
    );
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
  });

  it('keeps a subhead after the copy that shares the headline\'s words', () => {
    const html = page(
      'Night ferry crossings stay for the winter',
      `<article><h1>Night ferry crossings stay for the winter</h1><p>${STORY[0]}</p><p>${STORY[1]}</p>
<h2>Night crossings for the winter</h2><p>${STORY[2]}</p><p>${STORY[3]}</p><p>${STORY[4]}</p></article>`,
    );
    expect(parseHtmlPage(html).blocks).toEqual([STORY[0], STORY[1], 'Night crossings for the winter', STORY[2], STORY[3], STORY[4]]);
  });

  it('reads a byline box named in another language (`autor`) and takes the name from its fields', () => {
    const html = page(
      'El ferry nocturno sigue en invierno',
      `<article><h3>El ferry nocturno sigue en invierno</h3>
<div class="box"><p class="autor pull-left"><strong>Marta Ruiz</strong> | Puerto Viejo | 08/01/2014</p></div>
<div class="cuerpo">${paras}</div></article>`,
      'es',
    );
    const draft = parseHtmlPage(html);
    expect(draft.blocks).toEqual(STORY);
    expect(draft.meta.byline).toBe('Marta Ruiz');
  });

  it("takes Drupal's `submitted` line for the byline box: out of the copy, no name from a bare date", () => {
    const dated = page(
      'Night ferry stays',
      `<article><div class="content"><span class="submitted-by">Submitted on Mon, 2019-01-21 13:49</span>
<div class="field-body">${paras}</div></div></article>`,
    );
    const draft = parseHtmlPage(dated);
    expect(draft.blocks).toEqual(STORY);
    expect(draft.meta.byline).toBeUndefined();
    const named = page(
      'Night ferry stays',
      `<article><div class="content"><span class="submitted">Submitted by Jo Marsh on Mon, 2019-01-21 13:49</span>
<div class="field-body">${paras}</div></div></article>`,
    );
    expect(parseHtmlPage(named).meta.byline).toBe('Jo Marsh');
  });

  it('drops a card written as lines with <br> after the story: a label over related links, a "follow us" box', () => {
    const html = page(
      'Night ferry stays',
      `<article><div class="content"><div class="field-body">${paras}
<p><strong>Related stories</strong><br><a href="/news/2018/12/ferry-review-begins">Review of the night ferry begins with a survey of riders</a><br><a href="/news/2018/11/ferry-fares">Ferry fares stay frozen for another year, the board decides</a></p>
</div>
<div style="padding: 2em 0">Follow River Post:<br>Facebook https://fb.example/riverpost<br>Twitter https://tw.example/riverpost<br>Chat ID = @riverpost</div></div></article>`,
    );
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
  });

  it('drops a star rating written as links that run a script, and the label left over it', () => {
    const stars = [1, 2, 3, 4, 5].map((n) => `<li><a class="r${n}stars" title="Rate ${n} stars" href="#">Rate ${n} stars</a></li>`).join('');
    const html = page(
      'Night ferry stays',
      `<article><h3>Night ferry stays</h3><div class="cuerpo">
<div class="box valora"><div class="estrellas"><span>Rate it:</span><div><ul class="star-rating"><li class="current-rating">Currently rated 1 star out of 5</li>${stars}</ul></div></div></div>
${paras}</div></article>`,
    );
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
  });

  it('keeps a list of in-page links to the story\'s own sections, which are fragments, not script controls', () => {
    const html = page(
      'Night ferry stays',
      `<article><h1>Night ferry stays</h1><ul><li><a href="#review">The review of the night crossings</a></li><li><a href="#costs">What the winter service costs</a></li></ul>${paras}</article>`,
    );
    expect(parseHtmlPage(html).blocks).toEqual(['The review of the night crossings', 'What the winter service costs', ...STORY]);
  });

  it("drops the publisher's copyright notice and the reporter's e-mail sign-off that close the story", () => {
    const notice = page(
      'Night ferry stays',
      `<article>${paras}<div class="rights">© River Post GmbH – All rights reserved. <a href="/rights">Buy reprint rights?</a></div></article>`,
    );
    expect(parseHtmlPage(notice).blocks).toEqual(STORY);
    const signOff = page('Night ferry stays', `<article class="story-news">${paras}<p> jmarsh@riverpost.example<br>(END)</p></article>`);
    expect(parseHtmlPage(signOff).blocks).toEqual(STORY);
  });

  it('keeps a last paragraph that speaks of copyright in sentences, and an address inside the copy', () => {
    const last = 'Copyright in the timetable stays with the board, which licenses it to the two operators free of charge every winter.';
    const html = page(
      'Night ferry stays',
      `<article>${paras}<p>Questions go to ferry@board.example, the board said.</p><p>${last}</p></article>`,
    );
    expect(parseHtmlPage(html).blocks).toEqual([...STORY, 'Questions go to ferry@board.example, the board said.', last]);
  });

  it('takes the whole breadcrumb printed after the headline in the title off, not only the site name', () => {
    const html = page('Night ferry stays for the winter » Local » News » River Post', `<article><h3>Night ferry stays for the winter</h3>${paras}</article>`);
    const draft = parseHtmlPage(html);
    expect(draft.meta.headline).toBe('Night ferry stays for the winter');
    expect(draft.blocks).toEqual(STORY);
    // A title with one part after its separator keeps the rest as it is.
    expect(parseHtmlPage(page('Ferry » Night crossings stay for the winter', paras)).meta.headline).toBe('Ferry » Night crossings stay for the winter');
  });
});
