import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../../../electron/ingest/formats/html-page.js';

// Invented page: a CMS that fills Dublin Core's title with the site's name and Open Graph's with the story's.
const BODY = `<body><article><h1>Port tolls rise by four per cent</h1>
<p>The port authority raised its tolls by four per cent on Tuesday, the first rise in three years, citing the cost of dredging the channel.</p>
<p>Shipping firms said the rise was expected, though several asked for it to be phased in over the coming year, as fuel prices are also higher.</p>
<p>The new tolls apply from the first of next month to all vessels over twenty metres, the authority said in a statement.</p></article></body>`;

function page(head: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head>${BODY}</html>`;
}

describe("the story's title among the declared ones", () => {
  it("passes over a declared title that shares no word with the page's <title> (the site's name) for one that does", () => {
    const html = page(`<title>Port tolls rise by four per cent</title><meta name="DC.title" content="Harbour Times Online">
<meta property="og:title" content="Port tolls rise by four per cent">`);
    expect(parseHtmlPage(html).meta.headline).toBe('Port tolls rise by four per cent');
  });

  it('keeps the first declared title when the <title> matches none of them or is missing', () => {
    const html = page(`<meta name="DC.title" content="Port tolls rise by four per cent"><meta property="og:title" content="Tolls: four per cent more">`);
    expect(parseHtmlPage(html).meta.headline).toBe('Port tolls rise by four per cent');
  });
});
