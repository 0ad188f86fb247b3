/**
 * Wire copy written for these tests (tests/fixtures/wire), one story per agency style, through the whole path.
 * The Windows-1252 story is written byte by byte from here, so no binary file sits in the repository.
 */
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../../../electron/ingest/ingest.js';
import { readInputs } from '../../../electron/ingest/read-files.js';
import { buildArticle } from '../../../electron/desk/story-pipeline.js';
import type { Article, Original } from '../../../electron/domain/article.js';

const IMPORTED_AT = new Date('2026-11-28T12:00:00Z');
const fixture = (name: string): Buffer => readFileSync(fileURLToPath(new URL(`../../fixtures/wire/${name}`, import.meta.url)));

function build(name: string, bytes: Uint8Array): { article: Article; original: Original } {
  const outcome = ingestFile({ name, bytes });
  if (!outcome.ok) throw new Error(`${name} refused: ${outcome.reason}`);
  const [first] = outcome.items;
  if (!first) throw new Error('no story in the file');
  return { article: buildArticle(first.original, first.draft, IMPORTED_AT), original: first.original };
}

const texts = (a: Article): string[] => a.paragraphs.map((p) => p.text);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(IMPORTED_AT);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('AFP-style story with copyright and "Follow us" footer', () => {
  const load = () => build('afp-paris-bell-tower.txt', fixture('afp-paris-bell-tower.txt'));

  it('reads headline, dateline and agency', () => {
    const { article } = load();
    expect(article.headline).toBe('France to reopen cathedral bell tower to visitors next spring');
    expect(article.dateline).toEqual({ text: 'PARIS, July 23 (AFP) —', place: 'Paris', date: '2026-07-23', yearInferred: true, agency: 'AFP', country: 'FR' });
    expect(article.source).toEqual({ name: 'Agence France-Presse', code: 'AFP', credit: 'AFP' });
  });

  it('removes "(c) 2026 AFP" and the follow line, keeping the four story paragraphs', () => {
    const { article } = load();
    expect(texts(article)).toHaveLength(4);
    expect(texts(article)[0]?.startsWith('The north bell tower of the city\'s oldest cathedral')).toBe(true);
    expect(texts(article).at(-1)).toBe('Numbers will be capped at 19 people every ten minutes to protect the worn stone staircase.');
    expect(article.changes.filter((c) => c.rule === 'publisher-footer').map((c) => c.before)).toEqual([
      '(c) 2026 AFP',
      'Follow us on X and Instagram for more news from France.',
    ]);
    expect(article.changes.map((c) => c.id)).toEqual(['headline@0', 'dateline@1', 'publisher-footer@5', 'publisher-footer@6']);
  });
});

describe('Reuters-style story with byline, reporting trailer and "Source: Reuters"', () => {
  const load = () => build('reuters-red-sea-premiums.txt', fixture('reuters-red-sea-premiums.txt'));

  it('reads headline, byline, dated dateline and credit', () => {
    const { article } = load();
    expect(article.headline).toBe('Shipping insurers raise Red Sea war-risk premiums again');
    expect(article.byline).toBe('Maya Lindqvist');
    expect(article.dateline).toEqual({ text: 'LONDON, Oct. 5 (Reuters) —', place: 'London', date: '2026-10-05', yearInferred: true, agency: 'Reuters', country: 'GB' });
    expect(article.source).toEqual({ name: 'Reuters', code: 'Reuters', credit: 'Reuters' });
    // byline runs before headline; ids name the block of the parsed original
    expect(article.changes.map((c) => c.id)).toEqual(['byline@1', 'headline@0', 'dateline@2', 'reporting-trailer@6', 'credit-line@7']);
  });

  it('starts the body after the dateline and drops the credit line', () => {
    const { article } = load();
    expect(texts(article)[0]?.startsWith('Marine insurers raised war-risk premiums')).toBe(true);
    expect(texts(article).some((t) => t.includes('Source:'))).toBe(false);
    expect(texts(article)).toContain('"Underwriters are pricing in the risk that the lull will not last," one of the brokers said.');
  });

  it('lifts the "(Reporting by …; Editing by …)" trailer out of the body into the contributors', () => {
    const { article } = load();
    expect(texts(article).some((t) => t.startsWith('(Reporting by'))).toBe(false);
    expect(article.authors).toEqual([
      { name: 'Maya Lindqvist', role: 'reporting' },
      { name: 'Tom Berger', role: 'editing' },
    ]);
  });
});

describe('AP-style story, hard-wrapped at 70 columns with CRLF', () => {
  const load = () => build('ap-rural-broadband-crlf.txt', fixture('ap-rural-broadband-crlf.txt'));

  it('is really CRLF and wrapped at 70 columns (the fixture itself)', () => {
    const { original } = load();
    const lines = original.text.split('\r\n');
    expect(original.text.includes('\r\n')).toBe(true);
    expect(original.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(70);
  });

  it('reads headline, undated dateline and AP as the source', () => {
    const { article } = load();
    expect(article.headline).toBe('Senate panel advances bill to expand rural broadband grants');
    expect(article.dateline).toEqual({ text: 'WASHINGTON (AP) —', place: 'Washington', date: null, yearInferred: false, agency: 'AP', country: 'US' });
    expect(article.source).toEqual({ name: 'The Associated Press', code: 'AP', credit: 'AP' });
  });

  it('joins the wrapped lines into whole paragraphs with no stray CR', () => {
    const { article } = load();
    expect(texts(article)).toEqual([
      'A Senate committee voted 19-7 on Thursday to advance a bill that would double federal grants for broadband in rural counties, sending the measure to the full chamber for the first time in three years.',
      'The bill would set aside $4 billion over five years for internet providers that agree to wire homes more than 10 miles from the nearest town, according to a summary released by the committee.',
      '"Families out there are still doing homework in fast-food parking lots," said the committee\'s chairwoman. "That has to end."',
      'Opponents said the program duplicated existing efforts and would be hard to police.',
      'The full Senate is not expected to take up the bill before the August recess.',
    ]);
    expect(article.changes.map((c) => c.id)).toEqual(['headline@0', 'dateline@1']);
  });
});

describe('scraped story with pipes, non-breaking spaces, &nbsp; and <br> leftovers', () => {
  const load = () => build('scraped-passau-flood.txt', fixture('scraped-passau-flood.txt'));

  it('reads headline and dateline past the debris', () => {
    const { article, original } = load();
    expect(original.encoding).toBe('utf-8');
    expect(article.headline).toBe('Flood barriers hold as river crests in Passau');
    expect(article.dateline).toEqual({ text: 'PASSAU (dpa) —', place: 'Passau', date: null, yearInferred: false, agency: 'dpa', country: 'DE' });
    expect(article.source).toEqual({ name: 'Deutsche Presse-Agentur', code: 'dpa', credit: 'dpa' });
  });

  it('leaves clean paragraphs: entities decoded, tags, debris and the share line gone', () => {
    const { article } = load();
    expect(texts(article)).toEqual([
      'Temporary flood barriers along the Danube & Inn rivers held overnight as the water crested about 30 centimetres below the town\'s record mark, officials said on Sunday.',
      'About 400 residents who left their homes on Friday were allowed to return to the old town by midday, the fire service said.',
      '"The barriers did exactly what they were built to do," the mayor said.',
    ]);
    for (const t of texts(article)) expect(t).not.toMatch(/[|\u00a0<>]|&\w+;/);
    expect(new Set(article.changes.map((c) => c.rule))).toEqual(new Set(['scrape-debris', 'stray-markup', 'headline', 'dateline', 'publisher-footer']));
    expect(article.changes.map((c) => c.id)).toEqual([
      'stray-markup@3', 'stray-markup@3.2', 'stray-markup@3.3', 'stray-markup@4', 'stray-markup@4.2', 'stray-markup@4.3',
      'stray-markup@5', 'stray-markup@5.2', 'scrape-debris@0', 'scrape-debris@2', 'scrape-debris@7', 'headline@1', 'dateline@3',
      'publisher-footer@6',
    ]);
  });
});

describe('Windows-1252 story read from disk', () => {
  // Windows-1252 bytes for the few characters above ASCII used in the story; Latin-1 letters share their code.
  const CP1252: Readonly<Record<string, number>> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  function encodeCp1252(text: string): Buffer {
    return Buffer.from(
      [...text].map((ch) => {
        const code = ch.codePointAt(0) ?? 0;
        const byte = CP1252[ch] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
        if (byte === undefined) throw new Error(`not in Windows-1252: ${ch}`);
        return byte;
      }),
    );
  }

  const STORY = [
    'Zürich café owners fight plan to ban patio heaters',
    '',
    'ZÜRICH, Sept. 14 (dpa) - Café owners in Zürich’s old town have collected 4,000 signatures against a city plan to ban gas-fired patio heaters from next winter, their association said on Monday.',
    '',
    '“We are not against climate goals, but a terrace in January without heat is an empty terrace,” the association’s president said.',
    '',
    'The city council says the heaters emit as much CO2 each season as 300 cars – and has offered grants of up to €2,000 for electric alternatives.',
    '',
  ].join('\r\n');

  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'copydesk-cp1252-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('decodes curly quotes, accents and the euro sign, and reads the story', async () => {
    const bytes = encodeCp1252(STORY);
    expect(bytes.includes(0x93) && bytes.includes(0xfc) && bytes.includes(0x80)).toBe(true);
    await writeFile(join(dir, 'dpa-zurich-heaters.txt'), bytes);

    const read = [];
    for await (const o of readInputs([dir])) read.push(o);
    expect(read).toHaveLength(1);
    const first = read[0];
    if (!first?.ok) throw new Error('expected the file to be read');

    const { article, original } = build(first.file.name, first.file.bytes);
    expect(original.encoding).toBe('windows-1252');
    expect(original.text).toBe(STORY);
    expect(article.headline).toBe('Zürich café owners fight plan to ban patio heaters');
    expect(article.dateline).toEqual({ text: 'ZÜRICH, Sept. 14 (dpa) —', place: 'Zürich', date: '2026-09-14', yearInferred: true, agency: 'dpa', country: 'CH' });
    expect(article.source).toEqual({ name: 'Deutsche Presse-Agentur', code: 'dpa', credit: 'dpa' });
    expect(texts(article)).toEqual([
      'Café owners in Zürich’s old town have collected 4,000 signatures against a city plan to ban gas-fired patio heaters from next winter, their association said on Monday.',
      '“We are not against climate goals, but a terrace in January without heat is an empty terrace,” the association’s president said.',
      'The city council says the heaters emit as much CO2 each season as 300 cars – and has offered grants of up to €2,000 for electric alternatives.',
    ]);
    expect(texts(article).join(' ')).not.toMatch(/Ã|â€|\ufffd/);
  });
});

describe('press release through a distributor (AsiaNet-style .tst, CRLF, header lines above the title)', () => {
  const load = () => build('release-asianet-floating-solar.tst', fixture('release-asianet-floating-solar.tst'));

  it('takes the title, not the header lines, as the headline, joining its wrapped line', () => {
    const { article } = load();
    expect(article.headline).toBe('Harbour Solar Opens Floating Array on Coastal Reservoir With Battery Storage');
    expect(article.ednote).toBe('MEDIA RELEASE PR70112');
  });

  it('reads the distributor dateline on its own line, with its region and year', () => {
    const { article } = load();
    expect(article.dateline).toEqual({
      text: 'PERTH, March 4 (PRNewswire-AsiaNet) —', place: 'Perth', region: 'Australia', date: '2026-03-04', yearInferred: false,
      agency: 'PRNewswire-AsiaNet', country: 'AU',
    });
  });

  it('credits the issuer through the distributor, and drops the closing SOURCE line that repeats it', () => {
    const { article } = load();
    expect(article.source).toEqual({ name: 'PR Newswire', code: 'PRNewswire', credit: 'Harbour Solar Ltd via PRNewswire-AsiaNet' });
    expect(article.changes.map((c) => c.id)).toEqual(['release-header@0', 'release-header@1', 'headline@2', 'dateline@3', 'credit-line@9']);
    const body = texts(article);
    expect(body[0]?.startsWith('Harbour Solar Ltd ( https://www.harboursolar.example/ ), an operator')).toBe(true);
    // The bullet's hanging indent continues its line; it is one paragraph.
    expect(body[1]).toBe('-- The array covers 9 per cent of the reservoir and is expected to cut evaporation by about 40 million litres a year');
    expect(body.join(' ')).not.toMatch(/PRNewswire|MEDIA RELEASE|^Source:|SOURCE Harbour/u);
  });
});

describe('weather bulletin (product code, issuer and office above the title)', () => {
  const load = () => build('bulletin-flood-watch.tst', fixture('bulletin-flood-watch.tst'));

  it('takes the bulletin title as the headline and the issuer as the source', () => {
    const { article } = load();
    expect(article.headline).toBe('Flood Watch for the Condamine River');
    expect(article.source).toEqual({ name: 'Australian Government Bureau of Meteorology', code: null, credit: 'Australian Government Bureau of Meteorology' });
    expect(article.ednote).toBe('IDQ20777; Queensland; TOP PRIORITY FOR IMMEDIATE BROADCAST');
    // A sentence ending short of the wrap ends its paragraph: the bulletin sets its sentences on lines of their own.
    expect(texts(article)).toEqual([
      'Issued at 4:10 pm EST on Tuesday 3 March 2026.',
      'Heavy rainfall over the catchment since Sunday may cause minor flooding along the Condamine River from Wednesday.',
      'Residents near the river should monitor conditions and follow the advice of emergency services.',
      'The next bulletin will be issued by 10 am Wednesday.',
    ]);
  });
});

describe('race results table (cells between bars)', () => {
  it('heads the results with their title line and keeps every row of the table as it came', () => {
    const { article } = build('results-harness-menangle.tst', fixture('results-harness-menangle.tst'));
    expect(article.headline).toBe('Menangle, Saturday 7 Mar 2026');
    expect(texts(article)).toEqual([
      'PL|HORSE|BAR|S/P|MGIN',
      'Race 3|SPRING MILE PACE|07:45PM',
      'Mobile|1609M',
      '1|RIVER DANCER|4|$3.40|',
      '2|COPPER KETTLE|1|$5.10|1.2',
      '3|NIGHT OWL|7|$12.80|2.5',
      'S|GOLDEN FLEECE|9||',
      'TIME: 1:53.2',
    ]);
    expect(article.changes.map((c) => c.rule)).toEqual(['headline']);
  });
});
