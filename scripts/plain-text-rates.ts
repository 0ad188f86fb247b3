/**
 * Issue 12, plain-text agency copy: how often the CLI import reads a story's top and bottom right — the headline,
 * the dateline's place and the agency's sign-off — on a GENERATED set of stories in the style of 1980s business
 * wire (headline line, dateline line, indented paragraphs or tables, ` Reuter` last). The stories are made up
 * from a seeded mix of shapes (blank line under the headline or not, dateline alone on its line or running into
 * the lead, state abbreviations, odd month case, `-`/`--`/`—` or no separator, no dateline at all, headlines with
 * hyphens, ` -- SOURCE`, `/` and `<TICKER>`, sign-offs with ETX, trailing blanks, capitals, other agencies, and
 * last lines that are real sentences ending "Reuters said."), so each rate says how the method fares on the
 * shapes, not on real copy. Each story's expectation is the generator's own: the headline it typed, the place.
 *
 *   npx tsx scripts/plain-text-rates.ts [--stories N] [--seed S]
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seededRandom } from './seeded-random.js';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const STORIES = option('--stories', 2000);
const random = seededRandom(option('--seed', 1987));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const chance = (p: number): boolean => random() < p;

const COMPANIES = ['BROWN-FORMAN INC', 'ANHEUSER-BUSCH COS', 'HEWLETT-PACKARD CO', 'CHAMPION PRODUCTS', 'TEXACO INC', 'DOMINION RESOURCES', 'PACIFIC TELESIS', 'COMPUTER TERMINAL SYSTEMS', 'ALLIED-SIGNAL INC', 'GENERAL MOTORS CORP', 'U.S. WEST INC', 'REYNOLDS METALS CO'];
const TICKERS = ['BFD', 'BUD', 'HWP', 'CH', 'TX', 'D', 'PAC', 'CPML', 'ALD', 'GM', 'USW', 'RLM'];
const ACTIONS = ['4TH QTR NET', 'SETS PAYOUT', 'TO BUY UNIT', 'SEES LOWER OUTPUT', 'APPROVES STOCK SPLIT', 'COMPLETES SALE', 'RAISES DIVIDEND', '1ST QTR LOSS', 'UNIT FILES RATE PLAN', 'IN TALKS ON MERGER'];
const TOPICS = ['SUGAR QUOTA IMPORTS DETAILED', 'OPEC OUTPUT ABOVE CEILING', 'U.K. MONEY MARKET GIVEN 120 MLN STG ASSISTANCE', 'GOLD FIELDS SEES LOWER OUTPUT', 'BANK STOCKS RISE ON MERGER TALK', 'JAPAN CAR OUTPUT FALLS', 'NATIONAL AVERAGE PRICES FOR FARMER-OWNED RESERVE', 'ARGENTINE 1986/87 GRAIN/OILSEED REGISTRATIONS', 'EC MINISTERS TO MEET ON FARM PRICES', 'FED SETS THREE-DAY REPURCHASES', 'JAPAN TO CUT CAR EXPORTS TO U.S.', 'TALKS ON SUGAR PACT OPEN IN LONDON'];
const SOURCES = ['USDA', 'SURVEY', 'TRADERS', 'ANALYSTS', 'OFFICIAL', 'FED'];
const PLACES: readonly (readonly [string, string | null])[] = [
  ['NEW YORK', null], ['LOUISVILLE', 'Ky.'], ['RICHMOND', 'Va.'], ['SAN FRANCISCO', 'Calif.'], ['COMMACK', 'N.Y.'], ['CHICAGO', null],
  ['WASHINGTON', null], ['LONDON', null], ['TOKYO', null], ['BUENOS AIRES', null], ['HOUSTON', 'Texas'], ['PALO ALTO', 'Calif.'],
  ['ROCHESTER', 'N.Y.'], ['JOHANNESBURG', null], ['BRUSSELS', null], ['ST. LOUIS', null],
];
const MONTHS = ['Feb', 'FEb', 'Feb.', 'March', 'MARCH', 'April', 'Jan', 'Sept'];
const SEPARATORS = [' - ', ' -- ', ' — ', ' - ', ' - '];
const PROSE = [
  'said its board declared a regular quarterly dividend payable next month to holders of record',
  'said it has completed the sale of 200,000 shares of its common stock to an investor group',
  'reported higher earnings for the quarter as sales of its main products rose sharply',
  'said talks on the proposed merger were continuing and no agreement had been reached',
  'said output would fall this year as lower grade ore is worked at its mines',
];
const TABLE = ['Shr one dlr vs 73 cts', 'Net 12.6 mln vs 15.8 mln', 'Revs 337.3 mln vs 315.2 mln', 'Nine mths', 'Shr 3.53 dlrs vs 3.20 dlrs', 'Avg shrs 12.4 mln vs 12.1 mln'];

interface Story {
  readonly text: string;
  readonly headline: string;
  /** The place as an editor would write it ("Louisville"), '' when the story has no dateline. */
  readonly place: string;
  /** The agency whose sign-off ends the story, or null when the last line is copy. */
  readonly signOff: string | null;
}

function titleCase(place: string): string {
  return place.toLowerCase().replace(/(^|[\s.-])(\p{L})/gu, (_, pre: string, ch: string) => pre + ch.toUpperCase());
}

function headline(): string {
  const i = Math.floor(random() * COMPANIES.length);
  const company = `${COMPANIES[i]}${chance(0.6) ? ` <${TICKERS[i]}>` : ''}`;
  const kind = random();
  if (kind < 0.45) return `${company} ${pick(ACTIONS)}`;
  if (kind < 0.65) return `${pick(TOPICS)}${pick([' -- ', ' - '])}${pick(SOURCES)}`;
  if (kind < 0.75) return `TALKING POINT/${pick(COMPANIES).replace(/ (INC|CO|CORP|COS)$/u, '')}`;
  return pick(TOPICS);
}

function story(): Story {
  const head = headline();
  const [place, region] = pick(PLACES);
  const dated = chance(0.9);
  const sep = pick(SEPARATORS);
  const dateline = `${place}, ${region ? `${region}, ` : ''}${pick(MONTHS)} ${1 + Math.floor(random() * 28)}`;
  const table = chance(0.4);
  const indent = chance(0.8) ? '    ' : '';
  const body: string[] = [];
  // The company as the copy writes it in a sentence: Brown-Forman Inc.
  const named = pick(COMPANIES).toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, pre: string, ch: string) => pre + ch.toUpperCase());
  const lead = `${named} ${pick(PROSE)}.`;
  const wrapped = (text: string): string[] => text.replace(/(.{40,60}?)\s/gu, '$1\n').split('\n');
  const lines: string[] = [head];
  if (chance(0.4)) lines.push('');
  if (dated) {
    // The dateline alone on its line (tables, earnings) or opening the lead paragraph.
    if (table || chance(0.25)) {
      lines.push(`${chance(0.3) ? indent : ''}${dateline}${pick([sep.trimEnd(), `${sep.trimEnd()} `, ''])}`);
      if (table) body.push(...TABLE.slice(0, 2 + Math.floor(random() * 4)).map((row) => `${indent || '    '}${row}`));
      else body.push(...wrapped(lead));
    } else {
      const [first = '', ...rest] = wrapped(lead);
      body.push(`${chance(0.4) ? indent : ''}${dateline}${sep}${first}`, ...rest);
    }
  } else body.push(...wrapped(lead));
  if (!table) for (let n = Math.floor(random() * 3); n > 0; n--) body.push(...wrapped(`${indent}The company ${pick(PROSE)}.`));
  lines.push(...body);
  let signOff: string | null = 'Reuters';
  const end = random();
  if (end < 0.05) {
    signOff = null;
    lines.push(`${indent}"We expect a better year," the chairman said, Reuters said.`);
  } else if (end < 0.1) {
    signOff = pick(['Agence France-Presse', 'Kyodo News']);
    lines.push(signOff === 'Kyodo News' ? ' Kyodo' : ' AFP');
  } else lines.push(pick([' Reuter', ' Reuter', ' REUTER', ' Reuter\u0003', ' Reuter\n\u0003', ' Reuter   ', `${indent}Reuter`]));
  return { text: `${lines.join(pick(['\n', '\n', '\r\n']))}\n`, headline: head, place: dated ? titleCase(place) : '', signOff };
}

interface Imported {
  readonly headline: string;
  readonly dateline: { readonly place: string };
  readonly source: { readonly name: string };
  readonly paragraphs: readonly { readonly text: string }[];
  readonly original: { readonly fileName: string };
}

// Case is the house style's business (headline-case.ts); a dash typed `--` may be set as `—`.
const same = (a: string, b: string): boolean => {
  const norm = (s: string) => s.toUpperCase().replace(/\s*(?:--|—|–)\s*/gu, ' -- ').replace(/\s+/gu, ' ').trim();
  return norm(a) === norm(b);
};

const dir = await mkdtemp(join(tmpdir(), 'copydesk-plain-rates-'));
try {
  const stories = Array.from({ length: STORIES }, story);
  const copy = join(dir, 'copy');
  await mkdir(copy);
  await Promise.all(stories.map((s, i) => writeFile(join(copy, `story-${String(i).padStart(5, '0')}.txt`), s.text, 'utf8')));
  const started = performance.now();
  const out = execFileSync(process.execPath, [join(root, 'bin/copydesk.mjs'), 'import', copy, '--data', join(dir, 'data'), '--json'], {
    maxBuffer: 1 << 30,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const seconds = (performance.now() - started) / 1000;
  const articles = (JSON.parse(out) as { articles: Imported[] }).articles;
  const byFile = new Map(articles.map((a) => [a.original.fileName, a]));
  let headlines = 0;
  let places = 0;
  let signOffs = 0;
  let signed = 0;
  let kept = 0;
  let sentences = 0;
  const misses: string[] = [];
  stories.forEach((s, i) => {
    const a = byFile.get(`story-${String(i).padStart(5, '0')}.txt`);
    if (!a) return;
    const last = a.paragraphs.at(-1)?.text ?? '';
    if (same(a.headline, s.headline)) headlines++;
    else if (misses.length < 12) misses.push(`headline ${JSON.stringify(a.headline)} for ${JSON.stringify(s.headline)}`);
    if (a.dateline.place.toLowerCase() === s.place.toLowerCase()) places++;
    else if (misses.length < 12) misses.push(`place ${JSON.stringify(a.dateline.place)} for ${JSON.stringify(s.place)} (${JSON.stringify(s.text.split('\n').slice(0, 3))})`);
    if (s.signOff) {
      signed++;
      const gone = !/\b(?:Reuter|REUTER|AFP|Kyodo)\W*$/u.test(last);
      if (gone && a.source.name === s.signOff) signOffs++;
      else if (misses.length < 12) misses.push(`sign-off: last ${JSON.stringify(last.slice(-40))}, source ${JSON.stringify(a.source.name)}`);
    } else {
      sentences++;
      if (/Reuters said\.$/u.test(last)) kept++;
    }
  });
  const rate = (n: number, of: number) => `${n}/${of} ${((100 * n) / Math.max(1, of)).toFixed(1)} %`;
  console.log(`Generated plain-text agency stories (seeded; shapes, not real copy): ${stories.length}, imported ${articles.length}`);
  console.log(`  CLI import, start to end           ${seconds.toFixed(1)} s (${Math.round(stories.length / seconds)} stories/s, node start and the build check included)`);
  console.log(`  headline right                     ${rate(headlines, stories.length)}`);
  console.log(`  dateline place right               ${rate(places, stories.length)}`);
  console.log(`  sign-off removed and the source    ${rate(signOffs, signed)}`);
  console.log(`  last sentence "…Reuters said." kept ${rate(kept, sentences)}`);
  if (misses.length > 0) console.log(`  first misses:\n    ${misses.join('\n    ')}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
