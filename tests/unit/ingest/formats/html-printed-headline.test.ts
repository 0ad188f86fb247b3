import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../../../electron/ingest/formats/html-page.js';

// Invented pages. The story's paragraphs are long enough for the article pass; only the head and the headline vary.
const STORY = `<p>The harbour board voted on Tuesday to build a new ferry terminal on the east quay, ending a two-year dispute over the site.</p>
<p>Work is due to begin in the spring, the board said, and the terminal should open to passengers the following summer.</p>
<p>Residents of the east quay had asked for a noise study, which the board agreed to publish before the first pile is driven.</p>`;

function page(head: string, headline: string, rail = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<aside class="feed">${rail}</aside><article><h1>${headline}</h1>${STORY}</article></body></html>`;
}

describe('the headline the page prints over a social title', () => {
  const head = `<title>Harbour board approves new ferry terminal on the east quay - Coast Gazette</title>
<meta property="og:site_name" content="Coast Gazette"><meta property="og:title" content="Ferry terminal gets the green light">`;

  it('takes the <h1> the <title> matches when Open Graph declares another headline', () => {
    const html = page(head, 'Harbour board approves new ferry terminal on the east quay');
    expect(parseHtmlPage(html).meta.headline).toBe('Harbour board approves new ferry terminal on the east quay');
  });

  it('reads a feed teaser printing the social title in an <h1> link as a teaser, not as the headline', () => {
    const rail = '<h1><a href="/ferry">Ferry terminal gets the green light</a></h1>';
    const html = page(head, 'Harbour board approves new ferry terminal on the east quay', rail);
    expect(parseHtmlPage(html).meta.headline).toBe('Harbour board approves new ferry terminal on the east quay');
  });

  it('keeps the declared title when the page prints it, or when the two word one headline', () => {
    expect(parseHtmlPage(page(head, 'Ferry terminal gets the green light')).meta.headline).toBe('Ferry terminal gets the green light');
    const reworded = `<title>The harbour board approves a ferry terminal | Coast Gazette</title>
<meta property="og:site_name" content="Coast Gazette"><meta property="og:title" content="Harbour board approves a ferry terminal">`;
    expect(parseHtmlPage(page(reworded, 'The harbour board approves a ferry terminal')).meta.headline).toBe('Harbour board approves a ferry terminal');
  });

  it("passes over a JSON-LD `name` that is the publisher's for the article's `headline`", () => {
    const ld = `<title>Coast Gazette</title><script type="application/ld+json">{"@type":"NewsArticle","name":"Coast Gazette",
"headline":"Harbour board approves new ferry terminal","publisher":{"@type":"Organization","name":"Coast Gazette"}}</script>`;
    expect(parseHtmlPage(page(ld, 'Harbour board approves new ferry terminal')).meta.headline).toBe('Harbour board approves new ferry terminal');
  });
});

describe('the byline under the headline', () => {
  it('takes the byline nearest the headline over the bylines of the teasers in a menu above it', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour board approves new ferry terminal</title></head><body>
<div class="latest"><div class="item"><h4><a href="/a">Tolls rise again</a></h4><p class="byline">By <a rel="author" href="/staff/mara-quill">Mara Quill</a></p></div>
<div class="item"><h4><a href="/b">Lighthouse reopens</a></h4><p class="byline">By <a rel="author" href="/staff/ines-berg">Ines Berg</a></p></div></div>
<div class="story"><div class="intro"><header><h1>Harbour board approves new ferry terminal</h1></header>
<footer class="meta"><p class="byline">By <a rel="author" href="/staff/tomas-reyes">Tomas Reyes</a></p></footer></div>${STORY}</div></body></html>`;
    expect(parseHtmlPage(html).meta.byline).toBe('Tomas Reyes');
  });

  it('takes the printed byline over a declared author that is the site itself', () => {
    const html = page(`<title>Harbour board approves new ferry terminal</title><meta name="author" content="Coast Gazette">
<meta property="og:site_name" content="Coast Gazette">`, 'Harbour board approves new ferry terminal').replace(
      '</h1>',
      '</h1><div class="author" rel="author">By Tomas Reyes</div>',
    );
    expect(parseHtmlPage(html).meta.byline).toBe('Tomas Reyes');
  });
});
