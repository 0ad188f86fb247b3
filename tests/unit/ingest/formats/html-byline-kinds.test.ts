import { describe, expect, it } from 'vitest';
import { bylineName } from '../../../../electron/ingest/markup/page-metadata.js';
import { parseHtmlPage } from '../../../../electron/ingest/formats/html-page.js';

// Invented pages: one short story, with the byline and author declarations varying.
const STORY = `<p>The harbour board voted on Tuesday to build a new ferry terminal on the east quay, ending a two-year dispute over the site.</p>
<p>Work is due to begin in the spring, the board said, and the terminal should open to passengers the following summer.</p>
<p>Residents of the east quay had asked for a noise study, which the board agreed to publish before the first pile is driven.</p>
<p>The board's chair said the vote was close but that the new terminal would serve the town for fifty years or more.</p>`;

function page(head: string, byline: string): string {
  return `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Nueva terminal de ferris</title>${head}</head><body>
<article><h1>Nueva terminal de ferris</h1>${byline}${STORY}</article></body></html>`;
}

describe('bylines the page prints', () => {
  it('names every co-writer marked up one by one (rel="author" links)', () => {
    const html = page('', '<div class="firma_x"><span class="autor"><a rel="author" href="/a/1">Marta R. Quintana</a> / <a rel="author" href="/a/2">Iker de la Torre</a></span></div>');
    const d = parseHtmlPage(html);
    expect(d.meta.byline).toBe('Marta R. Quintana, Iker de la Torre');
    expect(d.blocks.join('\n')).not.toContain('Iker de la Torre');
  });

  it('names every schema.org author of a byline line', () => {
    const html = page(
      '',
      '<ul><li class="x-auteur">Par <span itemprop="author"><a itemprop="name" href="#a">Claire Vautrin</a></span>, <span itemprop="author"><a itemprop="name" href="#a">Paul Oudin</a></span></li></ul>',
    );
    expect(parseHtmlPage(html).meta.byline).toBe('Claire Vautrin, Paul Oudin');
  });

  it('reads a Spanish or Italian signature line (class "firma") as the byline', () => {
    const html = page('', '<p class="firma"><em>Ángela Ruiz</em> | <span class="localizacion">Madrid</span></p>');
    expect(parseHtmlPage(html).meta.byline).toBe('Ángela Ruiz');
  });

  it('takes the printed byline over a declared author that is the site: its host name, or its company', () => {
    const byline = '<p class="firma"><em>Ángela Ruiz</em></p>';
    expect(parseHtmlPage(page('<meta name="author" content="costagaceta.es">', byline)).meta.byline).toBe('Ángela Ruiz');
    const company = '<meta name="author" content="Ediciones La Gaceta"><meta property="og:site_name" content="LA GACETA">';
    expect(parseHtmlPage(page(company, byline)).meta.byline).toBe('Ángela Ruiz');
    // A writer declared by name stands.
    expect(parseHtmlPage(page('<meta name="author" content="Luis Ortega">', byline)).meta.byline).toBe('Luis Ortega');
  });
});

describe('a byline in capitals followed by the writers’ role', () => {
  it('keeps the names and leaves the role', () => {
    expect(bylineName('Par CLAIRE VAUTRIN, PAUL OUDIN Envoyés spéciaux à Lyon')).toBe('CLAIRE VAUTRIN, PAUL OUDIN');
    expect(bylineName('By JANE DOE Special correspondent')).toBe('JANE DOE');
  });

  it('leaves names in mixed case, an agency before a name and capitals joined to a name as they are', () => {
    expect(bylineName('Claire Vautrin, envoyée spéciale')).toBe('Claire Vautrin, envoyée spéciale');
    expect(bylineName('AFP Claire Vautrin')).toBe('AFP Claire Vautrin');
    expect(bylineName('JANE DOE and John Roe')).toBe('JANE DOE and John Roe');
  });
});
