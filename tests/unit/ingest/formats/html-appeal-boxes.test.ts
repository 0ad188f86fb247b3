import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../../../electron/ingest/formats/html-page.js';

// Invented page: a newsletter sign-up and a call for donations set into the story, and a "continued" line.
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour board approves new ferry terminal</title></head><body>
<article><h1>Harbour board approves new ferry terminal</h1>
<p>The harbour board voted on Tuesday to build a new ferry terminal on the east quay, ending a two-year dispute over the site.</p>
<p class="story-continued">Story Continued Below</p>
<p>Work is due to begin in the spring, the board said, and the terminal should open to passengers the following summer.</p>
<div class="newsletter-signup"><h3>The Quay Letter</h3><p>Get the harbour's news in your inbox every morning, free of charge.</p></div>
<p>The terminal will take two ferries at once, and its car park will hold four hundred cars, twice the number the old one held.</p>
<p>The board put the cost at forty million, a fifth of it from the regional fund, the rest from port dues over twenty years.</p>
<p>Residents of the east quay had asked for a noise study, which the board agreed to publish before the first pile is driven.</p>
<div class="donate-box"><p>Our independent reporting depends on donations from readers like you.</p><a href="/give">Give now</a></div>
</article></body></html>`;

describe('appeals set into a story', () => {
  it('drops a newsletter sign-up, a call for donations and a "Story continued below" line', () => {
    const text = parseHtmlPage(html).blocks.join('\n');
    expect(text).toContain('noise study');
    expect(text).not.toContain('inbox');
    expect(text).not.toContain('donations');
    expect(text).not.toContain('Story Continued Below');
  });
});
