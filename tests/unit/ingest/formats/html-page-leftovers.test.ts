import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../../../electron/ingest/formats/html-page.js';

// Invented copy: a regional paper's story about a ferry timetable, four paragraphs of prose.
const STORY = [
  'The harbour board on Tuesday approved a winter timetable that adds two evening crossings to the island ferry from November.',
  'Commuters had asked for a later boat for three years, the board chair said, and a survey in the spring showed most would use it.',
  'The extra sailings will cost about 40,000 pounds a season, shared between the council and the operator for a trial of two winters.',
  'A decision on keeping the crossings after the trial will be taken in the spring of the second year, once passenger counts are in.',
];
const paragraphs = STORY.map((t) => `<p>${t}</p>`).join('\n');

function page(article: string, after = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry gets two more evening crossings | The Island Herald</title></head>
<body><div id="page"><div class="main">${article}</div>${after}</div></body></html>`;
}

describe('what is left of a byline box once its name is taken into the metadata', () => {
  it('drops the lone "By" the author element leaves behind, and keeps the name as the byline', () => {
    const html = page(`<article><h1>Ferry gets two more evening crossings</h1>
<div class="info"><div class="writer">By <span itemprop="author">Morag Lindsay</span></div></div>${paragraphs}</article>`);
    const draft = parseHtmlPage(html);
    expect(draft.blocks).toEqual(STORY);
    expect(draft.meta.byline).toBe('Morag Lindsay');
  });
});

describe('a line that is nothing but the date, marked up as the date', () => {
  it('drops a box holding a schema.org datePublished and a short label', () => {
    const html = page(`<article><h1>Ferry gets two more evening crossings</h1>
<div class="when">Posted <span itemprop="datePublished">Tuesday 14 Oct 2025</span></div>${paragraphs}</article>`);
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
  });

  it('drops a line that is a <time> element, and keeps a <time> written inside a sentence', () => {
    const inSentence = 'The board will meet again on <time datetime="2025-11-04">4 November</time> to set the fares for the new evening crossings.';
    const html = page(`<article><h1>Ferry gets two more evening crossings</h1>
<p class="stamp"><time datetime="2025-10-14T18:05">14 October 2025, 18:05</time></p>${paragraphs}<p>${inSentence}</p></article>`);
    expect(parseHtmlPage(html).blocks).toEqual([...STORY, 'The board will meet again on 4 November to set the fares for the new evening crossings.']);
  });
});

describe("the comment section's heading or prompt, set just outside its container", () => {
  it('drops an "Add a comment" heading before the comments box', () => {
    const html = page(`<article><h1>Ferry gets two more evening crossings</h1>${paragraphs}
<h2 class="add-yours">Add a comment</h2><div id="comments-box"></div></article>`);
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
  });

  it('drops a prompt to sign in and post a comment, written as a sentence, before the comments box', () => {
    const prompt = '<div class="note-wrap"><p>To post a comment, sign in with your reader account and write below. Comments are read by the desk before they appear.</p></div>';
    // In the story's own container, after its paragraphs, as blog systems print it: the prompt reads as copy.
    const html = page(`<h1>Ferry gets two more evening crossings</h1>${paragraphs}${prompt}<div class="comment-list"></div>`);
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
  });

  it('keeps a closing paragraph that says someone declined to comment, right before the comments box', () => {
    const last = 'The operator declined to comment on the fares before the board meets.';
    const html = page(`<article><h1>Ferry gets two more evening crossings</h1>${paragraphs}<p>${last}</p><div id="comments"></div></article>`);
    expect(parseHtmlPage(html).blocks).toEqual([...STORY, last]);
  });
});

describe('the deck under the headline, marked up as the alternativeHeadline', () => {
  it('takes the deck out of the copy into the abstract, over the description written for search engines', () => {
    const deck = 'Two later boats from November, on trial for two winters';
    const html = page(`<article><h1>Ferry gets two more evening crossings</h1>
<h3 itemprop="alternativeHeadline">${deck}</h3>${paragraphs}</article>`).replace(
      '</title>',
      '</title><meta name="description" content="FERRY NEWS: the harbour board approves a winter timetable">',
    );
    const draft = parseHtmlPage(html);
    expect(draft.blocks).toEqual(STORY);
    expect(draft.meta.abstract).toBe(deck);
  });
});
