import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../../../electron/ingest/formats/html-page.js';

// Invented copy: a club's site with a welcome notice above its one article, nested the way CMS themes nest it.
const STORY = [
  'The rowing club will open its new boathouse on the east bank in May, two years after the old one was lost in a flood, the chair said on Monday, thanking the volunteers who cleared the site.',
  'Members raised most of the 180,000 euros themselves, through raffles, a sponsored row and a winter market, with the rest coming from a town sports grant and a regional fund.',
  'The building has room for twenty boats, a small gym and a classroom, which local schools will be able to book on weekday mornings, free of charge, from the autumn term.',
  'Work started last spring, after a long wait for permits, and the contractor, a family firm from the valley, finished the roof in February, two weeks ahead of plan.',
  'The club, founded in 1921, now has 340 members, about a third of them juniors, and it hopes to double the number of adult beginners in its first season in the new house.',
  'An open day is planned for the first Saturday in May, with taster sessions, a short regatta and, weather permitting, an evening row to the old bridge and back.',
];

const NOTICE = [
  'Welcome to the website of the River Rowing Club, an open, non-profit club that trains rowers of all ages, organises regattas and teaches safety on the water.',
  'We use cookies on this site, to count visits, remember your settings and show videos, and you can change your choice at any time, on any page, in the footer.',
];

function page(main: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>New boathouse opens in May | River Rowing Club</title></head>
<body><main id="main">${main}</main><p class="legal"><a href="/imprint">Imprint</a></p></body></html>`;
}

const notice = `<div class="welcome"><div class="inner">${NOTICE.map((t) => `<div class="txt">${t}</div>`).join('')}</div></div>`;

describe('a page that marks its story with one <article>', () => {
  it('takes the article, not the site notice set beside it in the same container', () => {
    const html = page(`${notice}
<article class="post"><header><h1>New boathouse opens in May</h1></header>
<div class="content-set"><div class="content-col"><div class="content">${STORY.map((t) => `<p>${t}</p>`).join('')}</div></div></div></article>`);
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
  });

  it('keeps the whole container when it holds several articles (a listing, not a story)', () => {
    const teaser = (n: number): string => `<article><h2>Regatta report ${n}</h2><p>${STORY[n] ?? ''}</p></article>`;
    const html = page(`${notice}${teaser(0)}${teaser(1)}${teaser(2)}`);
    expect(parseHtmlPage(html).blocks).toEqual(expect.arrayContaining(NOTICE));
  });
});
