/**
 * Plain-text agency copy read by its structure (issue 12): the fixtures under tests/fixtures/plain-agency were typed
 * in the style of 1980s business wire — headline line, dateline line, indented paragraphs or an earnings table,
 * ` Reuter` last — in many shapes. Each row's expectation was written from reading the copy: the headline as typed
 * (its house case is asserted where the row says), the dateline's place, region and date (imported 28 Nov 2026, so
 * `Feb 26` is 26 Feb 2026), the first and last paragraphs once the top and the sign-off are gone, and the source.
 */
import { describe, expect, it } from 'vitest';
import { importOne, texts } from './formats/import-fixture.js';
import { readFileSync } from 'node:fs';

interface Row {
  readonly file: string;
  /** The headline line as the wire typed it. */
  readonly headline: string;
  /** The headline exactly as the editor should get it, where the row asserts the house case. */
  readonly cased?: string;
  readonly place: string;
  readonly region?: string | null;
  readonly date?: string | null;
  readonly first: string;
  readonly last: string;
  /** The agency named by the sign-off; null when the last line is copy. */
  readonly signOff: string | null;
}

const ROWS: readonly Row[] = [
  // Business wires bracket a ticker (<N>, one letter as well) and an unlisted company's name: copy, not markup; the
  // lede may open with one; a sign-off may come in lower case at the end of the last paragraph.
  {
    file: 'company-brackets-lower-signoff.txt', headline: 'HARBOUR GROUP <HGP> TO BUY NORLAND <N> UNIT', cased: 'HARBOUR GROUP <HGP> TO BUY NORLAND <N> UNIT',
    place: 'Omaha', region: 'Neb.', date: '2026-02-26',
    first: '<Harbour Group Inc> said it agreed to buy the freight unit of Norland Corp <N> and <B and K Logistics Inc.> for 40 mln dlrs.',
    last: 'The company said the deal would close in April.', signOff: 'Reuters',
  },
  // A dateline alone on its line with no comma after the state's abbreviation; the sign-off trailing off in dots.
  {
    file: 'state-no-comma-ellipsis-signoff.txt', headline: 'KESTREL MILLS <KML> RAISES QTLY DIVIDEND', cased: 'KESTREL MILLS <KML> RAISES QTLY DIVIDEND',
    place: 'Rochester', region: 'N.Y.', date: '2026-02-26', first: 'Qtly div nine cts vs eight cts prior', last: 'Record March 13', signOff: 'Reuters',
  },
  {
    file: 'earnings-no-blank.txt', headline: 'BROWN-FORMAN INC <BFD> 4TH QTR NET', cased: 'BROWN-FORMAN INC <BFD> 4TH QTR NET',
    place: 'Louisville', region: 'Ky.', date: '2026-02-26', first: 'Shr one dlr vs 73 cts', last: 'Net 42.4 mln vs 38.5 mln', signOff: 'Reuters',
  },
  {
    file: 'earnings-blank-line.txt', headline: 'BROWN-FORMAN INC <BFD> 4TH QTR NET', cased: 'BROWN-FORMAN INC <BFD> 4TH QTR NET',
    place: 'Louisville', region: 'Ky.', date: '2026-02-26', first: 'Shr one dlr vs 73 cts', last: 'Revs 337.3 mln vs 315.2 mln', signOff: 'Reuters',
  },
  {
    file: 'dash-source-etx.txt', headline: 'SUGAR QUOTA IMPORTS DETAILED -- USDA', cased: 'Sugar quota imports detailed -- USDA',
    place: 'Washington', region: null, date: '2026-02-26',
    first: 'The U.S. Agriculture Department said cumulative sugar imports from individual countries during the 1987 quota year totaled 14,000 short tons.',
    last: 'The department said Panama has used 2,000 tons of its allocation so far this year.', signOff: 'Reuters',
  },
  {
    file: 'slash-odd-month.txt', headline: 'TALKING POINT/BANK STOCKS', cased: 'Talking point/bank stocks', place: 'New York', date: '2026-02-26',
    first: 'Bank stocks rose today on news of the merger talks, with money center issues leading the way, traders said.',
    last: 'Analysts said the gains could be short lived if interest rates turn higher again.', signOff: 'Reuters',
  },
  {
    file: 'state-abbrev-indented.txt', headline: 'DOMINION RESOURCES <D> SETS PAYOUT', cased: 'DOMINION RESOURCES <D> SETS PAYOUT',
    place: 'Richmond', region: 'Va.', date: '2026-02-26',
    first: 'Dominion Resources Inc said its board declared a regular quarterly dividend of 65 cts a share, payable March 20 to holders of record February 27.',
    last: 'Dominion Resources Inc said its board declared a regular quarterly dividend of 65 cts a share, payable March 20 to holders of record February 27.',
    signOff: 'Reuters',
  },
  {
    file: 'calif-double-dash.txt', headline: 'PACIFIC TELESIS <PAC> UNIT FILES RATE PLAN', place: 'San Francisco', region: 'Calif.', date: '2026-02-26',
    first: 'Pacific Bell, a unit of Pacific Telesis Group, said it filed a plan with state regulators to cut rates for long distance calls within California.',
    last: 'The company said the plan would save customers about 90 mln dlrs a year.', signOff: 'Reuters',
  },
  {
    file: 'dateline-alone-body-below.txt', headline: 'U.K. MONEY MARKET GIVEN 120 MLN STG ASSISTANCE', cased: 'U.K. MONEY MARKET GIVEN 120 MLN STG ASSISTANCE',
    place: 'London', date: '2026-03-02',
    first: 'The Bank of England said it provided the money market with 120 mln stg assistance in the afternoon session.',
    last: 'This brings the total help so far today to 215 mln stg.', signOff: 'Reuters',
  },
  {
    file: 'dateline-no-dash.txt', headline: 'GOLD FIELDS SEES LOWER OUTPUT', place: 'Johannesburg', date: '2026-03-02',
    first: 'Gold Fields of South Africa Ltd said output at its mines would fall this year as lower grade ore is worked.',
    last: 'Gold Fields of South Africa Ltd said output at its mines would fall this year as lower grade ore is worked.', signOff: 'Reuters',
  },
  {
    file: 'no-dateline.txt', headline: 'NEW YORK COFFEE FUTURES CLOSE LOWER', cased: 'New York coffee futures close lower', place: '', date: null,
    first: 'Coffee futures closed lower in light trading as roasters stayed on the sidelines, dealers said.',
    last: 'May closed 2.10 cents lower at 1.2450 dlrs a lb.', signOff: 'Reuters',
  },
  {
    file: 'ticker-in-body.txt', headline: 'COMPUTER TERMINAL SYSTEMS <CPML> COMPLETES SALE', cased: 'COMPUTER TERMINAL SYSTEMS <CPML> COMPLETES SALE',
    place: 'Commack', region: 'N.Y.', date: '2026-02-26',
    first: 'Computer Terminal Systems Inc said it has completed the sale of 200,000 shares of its common stock, and warrants to acquire an additional one mln shares, to <Sedio N.V.> of Lugano, Switzerland for 50,000 dlrs.',
    last: 'The company said the warrants are exercisable for five years.', signOff: 'Reuters',
  },
  {
    file: 'slashes-etx-same-line.txt', headline: 'ARGENTINE 1986/87 GRAIN/OILSEED REGISTRATIONS', place: 'Buenos Aires', date: '2026-02-26',
    first: 'Argentine grain board figures show crop registrations of grains, oilseeds and their products to February 11, in thousands of tonnes.',
    last: 'Bread wheat prev 1,655.8, Feb 4 1,616.0, registered 1,655.8.', signOff: 'Reuters',
  },
  {
    file: 'last-line-reuters-said.txt', headline: 'SHIPPING GROUP WARNS ON GULF RISKS', place: 'London', date: '2026-03-03',
    first: 'Shipowners said insurance premiums for tankers sailing to the Gulf had risen sharply this week.',
    last: '"The risks are growing," the chairman said in a statement issued here, Reuters said.', signOff: null,
  },
  {
    file: 'other-agency-afp.txt', headline: 'FRENCH FARM EXPORTS RISE', cased: 'French farm exports rise', place: 'Paris', date: '2026-03-03',
    first: 'French agricultural exports rose 4.2 pct in 1986 from the year before, the farm ministry said.',
    last: 'Cereals accounted for a third of the total.', signOff: 'Agence France-Presse',
  },
  {
    file: 'other-agency-kyodo.txt', headline: 'JAPAN CAR OUTPUT FALLS', cased: 'Japan car output falls', place: 'Tokyo', date: '2026-03-03',
    first: 'Japanese car production fell 6.1 pct in February from a year earlier, industry figures showed.', last: 'Exports were down 9.3 pct.', signOff: 'Kyodo News',
  },
  {
    file: 'ticker-crlf-tail.txt', headline: 'CHAMPION PRODUCTS <CH> APPROVES STOCK SPLIT', cased: 'CHAMPION PRODUCTS <CH> APPROVES STOCK SPLIT',
    place: 'Rochester', region: 'N.Y.', date: '2026-02-26',
    first: 'Champion Products Inc said its board of directors approved a two-for-one stock split of its common shares for shareholders of record as of April 1, 1987.',
    last: 'The company also said its board voted to recommend to shareholders at the annual meeting April 23 an increase in the authorized capital stock from five mln to 25 mln shares.',
    signOff: 'Reuters',
  },
  {
    file: 'hyphen-word-headline.txt', headline: 'NATIONAL AVERAGE PRICES FOR FARMER-OWNED RESERVE', cased: 'National average prices for farmer-owned reserve',
    place: 'Washington', date: '2026-02-26',
    first: 'The U.S. Agriculture Department reported the farmer-owned reserve national five-day average price through February 25 as follows (dlrs/Bu-Sorghum Cwt).',
    last: 'Wheat 2.55, corn 1.35, sorghum 2.34.', signOff: 'Reuters',
  },
  {
    file: 'blank-lines-hyphen-source.txt', headline: 'OPEC OUTPUT ABOVE CEILING - SURVEY', cased: 'OPEC output above ceiling - survey', place: 'Vienna', date: '2026-03-04',
    first: 'OPEC oil output rose above its agreed ceiling in February, a survey of industry sources showed.',
    last: 'The survey put output at 16.5 mln barrels a day.', signOff: 'Reuters',
  },
  {
    file: 'indented-upper-signoff.txt', headline: 'EC MINISTERS TO MEET ON FARM PRICES', cased: 'EC ministers to meet on farm prices', place: 'Brussels', date: '2026-03-04',
    first: "European Community farm ministers will meet next week to discuss the Commission's price proposals, diplomats said.",
    last: "European Community farm ministers will meet next week to discuss the Commission's price proposals, diplomats said.", signOff: 'Reuters',
  },
  {
    file: 'headline-ends-abbreviation.txt', headline: 'JAPAN TO CUT CAR EXPORTS TO U.S.', cased: 'Japan to cut car exports to U.S.', place: 'Tokyo', date: '2026-03-03',
    first: 'Japan will cut its car exports to the United States by about 10 pct in the year from April, industry officials said.',
    last: 'The cut follows talks with U.S. trade officials.', signOff: 'Reuters',
  },
  {
    file: 'company-suffix-headline.txt', headline: 'ALLEGHENY POWER SYSTEM INC RAISES PAYOUT', cased: 'ALLEGHENY POWER SYSTEM INC RAISES PAYOUT',
    place: 'New York', date: '2026-03-03',
    first: 'Allegheny Power System Inc said its board raised the quarterly dividend to 71 cts a share from 69 cts.',
    last: 'The dividend is payable March 31.', signOff: 'Reuters',
  },
];

const fixture = (file: string): Buffer => readFileSync(new URL(`../../fixtures/plain-agency/${file}`, import.meta.url));

describe('plain-text agency copy read by its structure', () => {
  it.each(ROWS)('$file', (row) => {
    const a = importOne(row.file, fixture(row.file));
    expect(a.headline.toUpperCase()).toBe(row.headline);
    if (row.cased !== undefined) expect(a.headline).toBe(row.cased);
    expect(a.dateline.place).toBe(row.place);
    if (row.region !== undefined) expect(a.dateline.region ?? null).toBe(row.region);
    if (row.date !== undefined) expect(a.dateline.date).toBe(row.date);
    const body = texts(a);
    expect(body[0]).toBe(row.first);
    expect(body.at(-1)).toBe(row.last);
    // Nothing of the top is left in the body: neither the headline nor the dateline.
    expect(body.some((p) => p.toUpperCase().includes(row.headline))).toBe(false);
    const signOff = a.changes.find((c) => c.rule === 'sign-off');
    if (row.signOff === null) {
      expect(signOff).toBeUndefined();
    } else {
      expect(signOff?.applied).toBe(true);
      expect(a.source.name).toBe(row.signOff);
      expect(body.join('\n')).not.toMatch(/(?:Reuter|REUTER|AFP|Kyodo)\W*$/u);
    }
  });

  it('keeps the original of a recased headline in the change, and says which words it left as sent', () => {
    const a = importOne('slashes-etx-same-line.txt', fixture('slashes-etx-same-line.txt'));
    const change = a.changes.find((c) => c.rule === 'headline-case');
    // "oilseed" is not in the dictionary: lowering it would be a guess, so it keeps its capitals and the change says so.
    expect(change).toMatchObject({ before: 'ARGENTINE 1986/87 GRAIN/OILSEED REGISTRATIONS', after: 'Argentine 1986/87 grain/OILSEED registrations', applied: true });
    expect(change?.explanation).toMatch(/kept as sent.*OILSEED$/u);
  });

  it('proposes no recasing for a headline with a ticker: the wire’s capitals stay', () => {
    const a = importOne('earnings-no-blank.txt', fixture('earnings-no-blank.txt'));
    expect(a.changes.some((c) => c.rule === 'headline-case')).toBe(false);
    expect(a.changes.find((c) => c.rule === 'headline')?.before).toBe('BROWN-FORMAN INC <BFD> 4TH QTR NET');
    expect(a.changes.find((c) => c.rule === 'dateline')?.before).toBe('LOUISVILLE, Ky., Feb 26 -');
  });
});
