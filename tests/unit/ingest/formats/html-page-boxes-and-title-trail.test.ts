import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../../../electron/ingest/formats/html-page.js';

// Invented pages: a short story with the boxes and titles a CMS prints around it.
const STORY = `<p>The harbour board voted on Tuesday to build a new ferry terminal on the east quay, ending a two-year dispute over the site.</p>
<p>Work is due to begin in the spring, the board said, and the terminal should open to passengers the following summer.</p>
<p>Residents of the east quay had asked for a noise study, which the board agreed to publish before the first pile is driven.</p>
<p>The board's chair said the vote was close but that the new terminal would serve the town for fifty years or more.</p>`;

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

describe("the writer's profile box and readers' contribution prompts beside the story", () => {
  it('leaves out an author profile box inside the story container, keeping the byline', () => {
    const html = page(
      '<title>Ferry terminal approved</title>',
      `<div class="post"><h1>Ferry terminal approved</h1>
<div class="author"><span class="name">Mara Quist</span></div>
<div class="entry"><div class="author-dropdown"><div class="description"><p>Mara Quist writes about the harbour and its boats for the Coast Gazette. She studied shipping law and lives on the east quay with two cats.</p></div></div>
${STORY}</div></div>`,
    );
    const d = parseHtmlPage(html);
    expect(d.blocks.join('\n')).not.toContain('studied shipping law');
    expect(d.blocks[0]).toMatch(/^The harbour board voted/u);
    expect(d.meta.byline).toBe('Mara Quist');
  });

  it('leaves out an about-the-author box and a readers’ upload prompt (ugc)', () => {
    const html = page(
      '<title>Ferry terminal approved</title>',
      `<article><h1>Ferry terminal approved</h1>
<div class="ugc-bar"><p class="ugc-teaser">Add your photos. Sign in now to share your story with other readers of this page.</p></div>
${STORY}
<section class="about-the-author"><p>Mara Quist has covered the harbour for twelve years and won the regional press prize twice.</p></section></article>`,
    );
    const text = parseHtmlPage(html).blocks.join('\n');
    expect(text).not.toContain('Sign in now');
    expect(text).not.toContain('regional press prize');
    expect(text).toContain('first pile is driven');
  });

  it('keeps a story whose container merely has "author" in a longer class name (authored-content)', () => {
    const html = page('<title>Ferry terminal approved</title>', `<div class="authored-content"><h1>Ferry terminal approved</h1>${STORY}</div>`);
    expect(parseHtmlPage(html).blocks.join('\n')).toContain('harbour board voted');
  });
});

describe('a <title> carrying the headline and then a site path', () => {
  it('takes the printed <h1> when the <title> is it followed by several site parts', () => {
    const html = page(
      '<title>How to save on ferry tickets - Your Money Today - Your Life - Coast Gazette</title>',
      `<article><h1>How to save on ferry tickets</h1>${STORY}</article>`,
    );
    expect(parseHtmlPage(html).meta.headline).toBe('How to save on ferry tickets');
  });

  it('takes the <h1> before a colon-separated trail (`Headline : News : Site`)', () => {
    const html = page('<title>항구 위원회, 새 터미널 승인 : 뉴스 : 해안신문</title>', `<article><h1>항구 위원회, 새 터미널 승인</h1>${STORY}</article>`);
    expect(parseHtmlPage(html).meta.headline).toBe('항구 위원회, 새 터미널 승인');
  });

  it('keeps a headline with a colon when the <h1> prints all of it, and ignores an <h1> that is a link', () => {
    const whole = page('<title>Ferry vote: board approves terminal</title>', `<article><h1>Ferry vote: board approves terminal</h1>${STORY}</article>`);
    expect(parseHtmlPage(whole).meta.headline).toBe('Ferry vote: board approves terminal');
    const linked = page('<title>Ferry vote: board approves terminal</title>', `<header><h1><a href="/">Ferry vote</a></h1></header><article>${STORY}</article>`);
    expect(parseHtmlPage(linked).meta.headline).toBe('Ferry vote: board approves terminal');
  });
});

describe('a <title> with one part after the headline', () => {
  it('is left to the site-name rule: a writer’s name after the headline stays (no path of parts)', () => {
    const html = page(
      '<title>On the ferry vote - Mara J. Quist ( Mara ) ( mquist )</title>',
      `<article><h1>On the ferry vote</h1>${STORY}</article>`,
    );
    expect(parseHtmlPage(html).meta.headline).toBe('On the ferry vote - Mara J. Quist ( Mara ) ( mquist )');
  });
});

describe("the page's own address printed under the story", () => {
  const addressed = (line: string): string =>
    page('<title>Ferry terminal approved</title>', `<article><h1>Ferry terminal approved</h1>${STORY}<div class="print-url">${line}</div></article>`);

  it('is left out after a short prompt (share, link, permalink)', () => {
    for (const line of ['Read or Share this story: http://gaz.example/1xYz', 'Permalink: https://coast.example/2026/ferry', 'Link to this article: https://coast.example/a/9']) {
      const blocks = parseHtmlPage(addressed(line)).blocks;
      expect(blocks[blocks.length - 1]).toMatch(/fifty years or more/u);
    }
  });

  it('stays when it is a sentence of the story that gives an address', () => {
    const line = 'The board has put the plans online, and residents can read them at the harbour office or here: https://coast.example/plans';
    const blocks = parseHtmlPage(addressed(line)).blocks;
    expect(blocks[blocks.length - 1]).toBe(line);
  });
});
