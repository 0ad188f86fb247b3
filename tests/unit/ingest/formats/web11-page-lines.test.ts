import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../../../electron/ingest/formats/html-page.js';

// Invented pages (web11): the lines a CMS prints around a story's copy — its date, its byline again, a read-more
// prompt, the editor's initials, a bracketed date stamp — and a <title> with the site's name first.
const P = [
  'The harbour board voted on Tuesday to build a new ferry terminal on the east quay, ending a two-year dispute over the site.',
  'Work is due to begin in the spring, the board said, and the terminal should open to passengers the following summer.',
  'Residents of the east quay had asked for a noise study, which the board agreed to publish before the first pile is driven.',
  "The board's chair said the vote was close but that the new terminal would serve the town for fifty years or more.",
];
const STORY = P.map((p) => `<p>${p}</p>`).join('\n');

function page(head: string, body: string, lang = 'en'): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

describe('a <title> with the site’s name before the headline', () => {
  it('takes the printed <h1> when the <title> is `Site - Headline`', () => {
    const html = page('<title>Coast Gazette - Ferry terminal approved on the east quay</title>', `<div id="text"><h1>Ferry terminal approved on the east quay</h1>${STORY}</div>`);
    const d = parseHtmlPage(html);
    expect(d.meta.headline).toBe('Ferry terminal approved on the east quay');
    expect(d.blocks[0]).toMatch(/^The harbour board voted/u);
  });

  it('keeps a <title> whose first part is long: a headline with a colon-less lead, not a site name', () => {
    const html = page(
      '<title>Harbour board and residents reach agreement after two years of talks - Ferry terminal approved</title>',
      `<div id="text"><h1>Ferry terminal approved</h1>${STORY}</div>`,
    );
    expect(parseHtmlPage(html).meta.headline).not.toBe('Ferry terminal approved');
  });
});

describe('lines around the copy that are not copy', () => {
  it('leaves out a date alone on its line above the story, keeping a dateline with a place', () => {
    const d = parseHtmlPage(page('<title>Ferry terminal approved</title>', `<article><div class="date">20-05-2016</div><h1>Ferry terminal approved</h1>${STORY}</article>`));
    expect(d.blocks[0]).toMatch(/^The harbour board voted/u);
    const kept = parseHtmlPage(page('<title>Ferry terminal approved</title>', `<article><h1>Ferry terminal approved</h1><p>PORT ELLEN, 20.05.2016</p>${STORY}</article>`));
    expect(kept.blocks.join('\n')).toContain('PORT ELLEN, 20.05.2016');
  });

  it('leaves out the byline printed again under the story, and reads `Door:` as a byline word', () => {
    const d = parseHtmlPage(
      page(
        '<title>Ferry terminal approved</title>',
        `<section id="content"><span class="author">Door: Mara Quist</span><h1>Ferry terminal approved</h1><div id="body">${STORY}<p><strong>Door: Mara Quist</strong></p></div></section>`,
        'nl',
      ),
    );
    expect(d.meta.byline).toBe('Mara Quist');
    expect(d.blocks[d.blocks.length - 1]).toMatch(/fifty years or more\.$/u);
  });

  it('leaves out a read-more prompt pointing "here" (`Lees meer hier.`)', () => {
    const d = parseHtmlPage(page('<title>Ferry terminal approved</title>', `<article><h1>Ferry terminal approved</h1>${STORY}<p>Lees meer <a href="https://example.org/x">hier.</a></p></article>`, 'nl'));
    expect(d.blocks.join('\n')).not.toContain('Lees meer');
  });

  it('takes the editor’s initials off the last sentence, but keeps an agency’s credit', () => {
    const last = (tail: string): string | undefined => {
      const d = parseHtmlPage(page('<title>Ferry terminal approved</title>', `<article><h1>Ferry terminal approved</h1>${STORY}<p>The terminal will cost about four million euros. ${tail}</p></article>`, 'de'));
      return d.blocks[d.blocks.length - 1];
    };
    expect(last('(ji)')).toBe('The terminal will cost about four million euros.');
    expect(last('(dpa)')).toBe('The terminal will cost about four million euros. (dpa)');
  });

  it('leaves out a bracketed date stamp closing the story (`（2011年4月10日 読売新聞）`)', () => {
    const story = [
      '港湾委員会は火曜日、東岸の岸壁に新しいフェリーターミナルを建設することを決め、二年にわたる用地をめぐる争いに終止符を打った。',
      '工事は春に始まる予定で、ターミナルは翌年の夏に乗客向けに開業する見通しだと委員会は説明した。',
      '東岸の住民は騒音調査を求めており、委員会は最初の杭を打つ前に調査結果を公表することに同意した。',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('');
    const d = parseHtmlPage(page('<title>新ターミナル建設へ</title>', `<div class="article"><h1>新ターミナル建設へ</h1>${story}<div class="date">（2011年4月10日&nbsp;&nbsp;港湾新聞）</div></div>`, 'ja'));
    expect(d.blocks.join('\n')).not.toContain('2011年4月10日');
    expect(d.blocks[d.blocks.length - 1]).toMatch(/同意した。$/u);
  });

  it('leaves out a short heading straight under the headline (its deck), keeping subheads between paragraphs', () => {
    const d = parseHtmlPage(
      page(
        '<title>Ferry terminal approved</title>',
        `<div class="article"><h1>Ferry terminal approved</h1><h2>East quay wins after two years</h2>${STORY}<h2>What happens next</h2><p>The first pile is due to be driven in March, and the board will meet residents before then to explain the work.</p></div>`,
      ),
    );
    expect(d.blocks[0]).toMatch(/^The harbour board voted/u);
    expect(d.blocks).toContain('What happens next');
  });

  it('leaves out a summary over the story that is its first paragraph cut short, keeping a paragraph printed twice in full', () => {
    const d = parseHtmlPage(
      page('<title>Ferry terminal approved</title>', `<article><h1>Ferry terminal approved</h1><div class="summary"><strong>The harbour board voted on Tuesday to build a new ferry terminal</strong></div>${STORY}</article>`),
    );
    expect(d.blocks[0]).toBe(P[0]);
    expect(d.blocks.filter((b) => b.startsWith('The harbour board voted'))).toHaveLength(1);
    const twice = parseHtmlPage(page('<title>Ferry terminal approved</title>', `<article><h1>Ferry terminal approved</h1><p>${P[0]}</p>${STORY}</article>`));
    expect(twice.blocks.filter((b) => b === P[0])).toHaveLength(2);
  });
});
