/**
 * What a desk editor should get from each real agency file in ../shared, written by reading the file and its
 * format's standard (never by copying what the importer prints). `npm run accuracy` scores the importer against
 * it field by field. Conventions:
 *   - headline: the story's headline without service markers (`>>>ANSA/`, `*** TRANSLATED ***`);
 *     AAP's racing results carry only a routing header (meeting, race, flags, state, day): `Doomben race 6 results`;
 *   - slugline: the item's own slug keyword as a desk prints it (ANPA/AP: without cycle and selector; Reuters:
 *     without the bracketed media notes and version marker, `POPE-LATAM/ (PIX, TV)` → `POPE-LATAM`, which issue 13
 *     names as a raw wire value that must not go out);
 *   - place: the dateline's city as a desk prints it (title case); date: the dateline's day, YYYY-MM-DD;
 *   - source: the agency credited (its code or name: either matches);
 *   - category: the ANPA category code; priority, urgency: as the item gives them (ANPA letters as 1–5);
 *   - bodyStarts / bodyEnds: the cleaned body's first and last words, without dateline, trailer or sign-off;
 *   - refused: the file holds no story; the reason given must match.
 * Fields an item does not carry, or whose right value is not plain from the copy, are left out.
 */
export interface FieldExpectations {
  readonly headline?: string;
  readonly slugline?: string;
  readonly byline?: string;
  readonly place?: string;
  readonly date?: string;
  readonly source?: string;
  readonly category?: string;
  readonly priority?: number;
  readonly urgency?: number;
  readonly language?: string;
  readonly takeKey?: string;
  readonly bodyStarts?: string;
  readonly bodyEnds?: string;
}

export interface FileExpectation {
  /** Relative to ../shared. */
  readonly file: string;
  /** The format as a person reading the bytes would name it. */
  readonly format: string;
  readonly story?: FieldExpectations;
  readonly refused?: RegExp;
}

const NOT_A_STORY = /not a news item|no story|carries no story|binary|empty|only white space/u;

export const EXPECTATIONS: readonly FileExpectation[] = [
  // ---- wire-samples: ANPA-1312 / IPTC 7901 style text
  { file: 'wire-samples/aap/AAP201606060716291.tst', format: 'iptc-7901', story: { headline: 'UGL continues project delay negotiation', source: 'News Bites', language: 'en', bodyStarts: 'UGL’s construction of the Ichthys SMP' } },
  { file: 'wire-samples/aap/ED_841066_2_1.tst', format: 'iptc-7901', story: { headline: 'Personal insolvencies rise 0.6% in the September quarter', date: '2015-10-13', language: 'en', bodyStarts: 'The Australian Financial Security Authority today released' } },
  { file: 'wire-samples/aap/CRN2016427R1.tst', format: 'iptc-7901', story: { headline: 'Cranbourne, Wednesday 27 Apr 2016' } },
  { file: 'wire-samples/aap/IDN38100.tst', format: 'iptc-7901', story: { headline: 'Cancellation of Road Weather Alert for Sydney', language: 'en' } },
  { file: 'wire-samples/aap/asianet_1.tst', format: 'iptc-7901', story: { headline: 'Digital Turbine Partners with Axiata Digital On Carrier Billing Platform Integration', place: 'Austin', date: '2017-02-01', language: 'en' } },
  { file: 'wire-samples/aap/asianet_2.tst', format: 'iptc-7901', story: { headline: 'Queen Elizabeth Prize for Engineering Awarded to the Creators of Digital Imaging Sensors', place: 'London', date: '2017-02-01', language: 'en' } },
  { file: 'wire-samples/aap/asianet_3.tst', format: 'iptc-7901', story: { headline: "Animal rights come to Brazil's Carnival for a show with no feathers", place: 'Sao Paulo', date: '2017-02-01', language: 'en' } },
  { file: 'wire-samples/belga/ats.txt', format: 'anpa-1312', story: { headline: 'Gilets jaunes: une «catastrophe pour notre économie» (Le Maire)', place: 'Paris', source: 'ATS', priority: 3, category: 'ec', language: 'fr', bodyStarts: 'Les violences liées aux manifestations des «gilets jaunes»', bodyEnds: "en raison de leur impact sur le pouvoir d'achat." } },
  { file: 'wire-samples/belga/dpa.txt', format: 'anpa-1312', story: { headline: 'Top EU court: Britain can unilaterally reverse Brexit decision', byline: 'Helen Maguire, dpa', place: 'Luxembourg', source: 'dpa', priority: 3, category: 'i', language: 'en', bodyStarts: 'Britain could unilaterally decide not to leave the European Union' } },
  // ---- wire-samples: NewsML-G2
  { file: 'wire-samples/aap/reuters_newsml.xml', format: 'newsml-g2', story: { headline: 'Pope Francis leaves Peru at end of Latin American trip', slugline: 'POPE-LATAM', place: 'Lima', date: '2018-01-21', source: 'Reuters', category: 'i', priority: 3, urgency: 3, language: 'en', bodyStarts: 'Pope Francis departed Peru for Rome on Sunday', bodyEnds: 'sexual abuse in the Church.' } },
  { file: 'wire-samples/aap/reuters_with_byline.xml', format: 'newsml-g2', story: { headline: "SAG Awards: 'Big Little Lies' Wins for Nicole Kidman, Alexander Skarsgard", slugline: 'VARIETY-ENTERTAINMENT-FILM/AWARDS', byline: 'Dave McNary', category: 'e', priority: 3, urgency: 3, language: 'en', bodyEnds: 'we are the agents of that change."' } },
  { file: 'wire-samples/belga/dpa_newsml_2_0_belga.xml', format: 'newsml-g2', story: { headline: 'Mehr als 200 Migranten in der Ägäis aufgegriffen', place: 'Athen', source: 'dpa', urgency: 4, language: 'de', bodyEnds: 'an denen 7000 Migranten über die Türkei griechische Inseln erreichten.' } },
  { file: 'wire-samples/cp/globenewswire/07ac.xml', format: 'newsml-g2', story: { headline: 'Zignal Labs Names David Atlas Chief Marketing Officer', place: 'San Francisco', date: '2019-12-03', language: 'en', bodyEnds: 'The photo is also available via AP PhotoExpress.' } },
  { file: 'wire-samples/ntb/stt_newsml_test.xml', format: 'newsml-g2', story: { headline: 'Parliament passed the Alcohol Act and the government gained confidence', place: 'Helsinki', date: '2017-12-19', source: 'STT', urgency: 3 } },
  { file: 'wire-samples/ntb/tt_newsml_test.xml', format: 'newsml-g2', story: { headline: 'Polen: EU hämnas för flyktingmotstånd', slugline: 'eu-polenUV4', place: 'Bryssel', source: 'TT', urgency: 4, language: 'sv' } },
  // ---- wire-samples: NewsML 1.x
  { file: 'wire-samples/belga/afp_belga.xml', format: 'newsml-1', story: { headline: 'France: deux ex-policiers aux frontières devant la justice pour trafic de cocaïne', place: 'Paris', date: '2019-01-21', source: 'AFP', priority: 4, urgency: 4, language: 'fr', bodyStarts: 'Le procès de deux anciens fonctionnaires de la police aux frontières' } },
  { file: 'wire-samples/belga/efe_belga.xml', format: 'newsml-1', story: { headline: 'Leones matan a un joven que se coló en un zoológico de la India', slugline: 'INDIA SUCESOS', byline: '', place: 'Nueva Delhi', date: '2019-01-21', source: 'EFE', urgency: 5, language: 'es', bodyStarts: 'Una pareja de leones asiáticos hirieron mortalmente', bodyEnds: 'una población de unos 500 ejemplares.' } },
  { file: 'wire-samples/belga/kyodo_newsml_1_2_belga.xml', format: 'newsml-1', story: { headline: 'Ex-Chinese Premier Li Peng dies aged 90: Xinhua', slugline: 'Obit-Li Peng', place: 'Beijing', date: '2019-07-23', source: 'Kyodo', language: 'en', bodyStarts: 'Former Chinese Premier Li Peng, who led a military crackdown', bodyEnds: 'then Japanese Prime Minister Junichiro Koizumi.' } },
  { file: 'wire-samples/ntb/afp.xml', format: 'newsml-1', story: { headline: 'Burkina Faso bans imports from North Korea', slugline: 'Burkina-Faso', place: 'Ouagadougou', date: '2017-12-20', source: 'AFP', priority: 4, urgency: 4, language: 'en', bodyStarts: 'Burkina Faso is banning imports from North Korea' } },
  { file: 'wire-samples/ntb/afp_no_headline.xml', format: 'newsml-1', story: { slugline: 'Burkina-Faso', place: 'Ouagadougou', date: '2017-12-20', source: 'AFP', language: 'en', bodyStarts: 'Burkina Faso is banning imports from North Korea' } },
  // ---- wire-samples: NITF
  { file: 'wire-samples/belga/ansa_belga.xml', format: 'nitf', story: { headline: 'Gazprom cuts Italy gas supplies by a third', byline: '', place: 'Rome', date: '2022-07-11', source: 'ANSA', priority: 4, language: 'en', bodyStarts: 'Russian energy giant Gazprom on Monday cut its gas supplies to Italy by a third' } },
  { file: 'wire-samples/ntb/nitf_test.xml', format: 'nitf', story: { slugline: 'NU-FLASH-K', place: 'København', date: '2016-05-12', source: 'Ritzau', urgency: 3, priority: 3, language: 'da', bodyStarts: 'En 41-årig mand, der onsdag blev anholdt' } },

  // ---- wire-samples-more: ANPA-1312 and AAP's IPTC 7901
  { file: 'wire-samples-more/belga/kyodo.txt', format: 'anpa-1312', story: { headline: "Soccer: Urawa Reds claim 7th Emperor's Cup by beating Vegalta Sendai", slugline: "Soccer-Emperor's-Cup", place: 'Saitama', source: 'Kyodo', priority: 3, category: 's', language: 'en', bodyStarts: "Urawa Reds claimed their seventh Emperor's Cup on Sunday", bodyEnds: 'when they sustained injuries.' } },
  { file: 'wire-samples-more/aap/1487e8f1-f7f5-40f5-8c0f-0eba3c2e162d.tst', format: 'iptc-7901', story: { headline: 'Legionella found in Qld hospital', slugline: 'Legionella_BC1', language: 'en', bodyStarts: 'Legionella bacteria has been found in a regional southwest Queensland hospital.' } },
  { file: 'wire-samples-more/aap/612fa1dc-c476-425d-8c80-d40bdc9cc1d5.tst', format: 'iptc-7901', story: { headline: 'GPS device to come off Vic teen', slugline: 'Legal: Causevic_BC6', takeKey: '(MELBOURNE)', language: 'en', bodyStarts: 'A former Melbourne terror suspect no longer needs to wear a tracking device' } },
  { file: 'wire-samples-more/aap/AFL_FormGuide__636241349261119029.tst', format: 'iptc-7901', story: { headline: 'AFL: AFL Round 23 preview panel', place: 'Melbourne', source: 'AAP', language: 'en' } },
  { file: 'wire-samples-more/aap/Standings__2014_14_635535729050675896.tst', format: 'iptc-7901', story: { headline: 'MOTOR: Collated results/standings after Sydney NRMA 500', place: 'Sydney', source: 'AAP' } },
  { file: 'wire-samples-more/aap/bob_am_headlines.tst', format: 'iptc-7901', story: { headline: 'Sydney headlines round-up Nov 06, 1200', slugline: 'AM Sydney headlines', language: 'en', bodyStarts: "Here are this morning's latest headlines" } },
  { file: 'wire-samples-more/aap/National Top Ten By Volume at Close - March 13.tst', format: 'iptc-7901', story: { headline: 'National Top Ten By Volume at Close - March 13', slugline: 'National Top Ten By Volume at Close' } },
  { file: 'wire-samples-more/aap/ED_900942_2_1.tst', format: 'iptc-7901', story: { headline: 'Sat Lotto Draw No. 3855' } },
  { file: 'wire-samples-more/aap/Caulfield RA - Betting - Sat 11 Feb, 2017.tst', format: 'iptc-7901', story: { slugline: 'Caulfield Betting', place: 'Melbourne', source: 'AAP' } },
  { file: 'wire-samples-more/aap/vicomb004_8511.tst', format: 'iptc-7901', story: { place: 'Brisbane', source: 'AAP' } },
  // A headlines ticker: one run of headlines parted by ` ** `; the first heads it, one headline a paragraph.
  { file: 'wire-samples-more/aap/ticker_sample.txt', format: 'plain-text', story: { headline: 'Trump plans to invite Putin to Washington', language: 'en', bodyStarts: "'VALUES' TEST PROPOSED TO STOP SEGREGATION", bodyEnds: 'SANTOS CUTS DEBT, FLAGS DIVIDEND CHANGES' } },
  { file: 'wire-samples-more/aap/premierships.txt', format: 'iptc-7901', story: { place: 'Sydney', source: 'AAP' } },
  // ZCZC, a routing line (`YY RFG INTERNET (3RR) NC(ATD)`, `HH TDCom`) and no tagged fields: the line under the
  // routing line is the message's title, less the service's category in front of it (`RACING : `, the desk the
  // message is routed to).
  { file: 'wire-samples-more/aap/vinzhj007_7831.tst', format: 'iptc-7901', story: { headline: 'Caulfield FIELDS Saturday' } },
  { file: 'wire-samples-more/aap/viflda004_7257.tst', format: 'iptc-7901', story: { headline: 'Racing.Com Park FIELDS Thursday' } },
  { file: 'wire-samples-more/aap/vifrc7_5254.tst', format: 'iptc-7901', story: { headline: 'Wodonga Comment Saturday races 1-6' } },
  // AAP race results: `more ug` (more to come, the operator's initials) and `AAP RESULTS` close the take.
  { file: 'wire-samples-more/aap/RR_20161025_CRANBOURNE_6.tst', format: 'iptc-7901', story: { headline: 'Cranbourne race 6 results', source: 'AAP', bodyStarts: '6-TAB - WE LOVE A BET (BM64) 2035m:', bodyEnds: 'Time: 2:10.64. (No sect time).' } },
  { file: 'wire-samples-more/aap/RR_20161026_CANTERBURY_1-1.tst', format: 'iptc-7901', story: { headline: 'Canterbury race 1 results', source: 'AAP', bodyStarts: 'TRACK GOOD(3)', bodyEnds: 'Time: 1:35.90. (Last 600m 35.23).' } },
  // The placings are a list numbered from 1: each its own paragraph.
  { file: 'wire-samples-more/aap/HRRR_20161026_CANTERBURY_6.tst', format: 'iptc-7901', story: { headline: 'Canterbury race 6 results', source: 'AAP', bodyStarts: '1. MONTAUK: N Greenhalgh, R Shrimpton', bodyEnds: 'Time: 1m58.00s (last 600m 35.55s).' } },
  // A high-seas warning: product code, SafetyNET address line and the SECURITE signal head it; its title is the
  // headline, the `Issued by the …` line under it the credit.
  { file: 'wire-samples-more/aap/IDY21020.tst', format: 'iptc-7901', story: { headline: 'High Seas Weather Warning for METAREA 10', source: 'Australian Government Bureau of Meteorology, BNOC', language: 'en', bodyStarts: 'At 1859UTC 15 July 2018', bodyEnds: 'Please refer to Melbourne Gale Warning 4 for the Gales forecast in this area.' } },
  // AsiaNet releases: `Source:` and `MEDIA RELEASE` lines, the title, then the dateline on a line of its own with the
  // distributor between slashes (the release's issuer credited through it).
  { file: 'wire-samples-more/aap/asianet_4.tst', format: 'iptc-7901', story: { headline: 'Digital Agency Essence Builds on Enormous Growth in APAC; Promotes Jovy Gill to Managing Director of Australia', place: 'Singapore', date: '2017-02-02', source: 'PRNewswire', language: 'en' } },
  { file: 'wire-samples-more/aap/asianet_5.tst', format: 'iptc-7901', story: { headline: 'OMRON Launches Promotional Website for AI-equipped Mobile Robot LD Series', place: 'Kyoto', date: '2017-02-01', source: 'JBN', language: 'en', bodyStarts: 'OMRON Corporation announced on February 1 the launch of a promotional website' } },
  { file: 'wire-samples-more/aap/asianet_6.tst', format: 'iptc-7901', story: { headline: 'OnApp v5.3 Simplifies Add-on Services for Cloud Providers', place: 'London', source: 'PRNewswire', language: 'en' } },
  // Filed from three cities at once.
  { file: 'wire-samples-more/aap/asianet_7.tst', format: 'iptc-7901', story: { headline: 'Shinetech Software, Inc. Reports 16% Growth in 2016', place: 'New York, London and Beijing', date: '2017-02-02', source: 'PRNewswire', language: 'en' } },
  { file: 'wire-samples-more/aap/asianet_8.tst', format: 'iptc-7901', story: { headline: 'Huntsman Family Investments to Acquire GTA TeleGuam', place: 'Tamuning', date: '2017-02-01', source: 'PRNewswire', language: 'en', bodyStarts: 'Huntsman Family Investments and its affiliates ("HFI") announced today' } },
  { file: 'wire-samples-more/aap/asianet_9.tst', format: 'iptc-7901', story: { headline: 'Neovia Enrolls First Patient in Cancer Trial for Immunotherapy Enhancing Drug', place: 'Beijing', date: '2017-02-02', source: 'PRNewswire', language: 'en' } },
  // The dateline line ends at the distributor's closing slash; the title stands again under it.
  { file: 'wire-samples-more/aap/asianet_10.tst', format: 'iptc-7901', story: { headline: 'IndiGrid Delivers Another Strong Quarter', place: 'Mumbai', date: '2018-07-25', source: 'PRNewswire', language: 'en', bodyStarts: 'Key Highlights' } },
  // A Medianet release laid out one paragraph a line (none wrapped at a column): the first line is its headline.
  { file: 'wire-samples-more/aap/ED_867485_4_2.tst', format: 'iptc-7901', story: { headline: 'ABS data released today shows building and construction is underpinning growth in the Australian economy', source: 'Master Builders Australia', language: 'en', bodyStarts: 'Total building work done rose by 1.2% to $26.1 billion in the June quarter' } },
  // Teleprinter heading marks: `=!` / `<!` close a heading line (the title, `(Weights for …)`, each race), `<` may open it.
  { file: 'wire-samples-more/aap/viwhtn01_8594.tst', format: 'iptc-7901', story: { headline: 'Eagle Farm WEIGHTS EAGLE FARM', bodyStarts: '(Weights for 11160611 )', bodyEnds: 'Zendaye (AUS)' } },
  // A race result laid out with typesetting codes (`#me15:`, `#qc`, `#bb`, `#nf`, `#sfr`, `^` between cells): its
  // heading is the race's number and name, the table's rows follow, the owners and breeding close it.
  { file: 'wire-samples-more/aap/NLRR_20161026_DOOMBEN_6.tst', format: 'iptc-7901', story: { headline: 'Doomben race 6 results', bodyStarts: '6 _ VEUVE SOCIETY HCP (70),', bodyEnds: 'MY MAISIE (Mrs H J Hohn b m 5 All Bar One _ Out) trained by Shane Green.' } },
  { file: 'wire-samples-more/aap/NLRR_20170311_MORPHETTVILLE PARKS_2.tst', format: 'iptc-7901', story: { headline: 'Morphettville Parks race 2 results', bodyStarts: '2 _ MO BARRY 85TH BIRTHDAY MDN,', bodyEnds: 'R D Alderman b g 3 Exceed And Excel _ Shasmecka) trained by P Stokes.' } },
  // ---- wire-samples-more: NewsML-G2
  { file: 'wire-samples-more/aap/reuters_byline_in_body.xml', format: 'newsml-g2', story: { headline: 'Statue of Liberty to reopen; shutdown keeps other parks, monuments closed', slugline: 'USA-SHUTDOWN/TOURISTS', byline: 'Joseph Ax', bodyStarts: 'The Statue of Liberty will reopen on Monday even if', place: 'New York', source: 'Reuters', priority: 3, urgency: 3, language: 'en' } },
  // Reuters heads its items with the topic keyword its slugline carries (`GLOBAL MARKETS-`, `PRECIOUS-`, `Soccer-`)
  // and a handling mark (`UPDATE 1-`): neither is headline text.
  // Summary bullets (`* MSCI Asia Ex-Japan -0.06 pct`) stand above the dateline: the dateline opens the paragraph under them.
  { file: 'wire-samples-more/aap/reuters_no_byline.xml', format: 'newsml-g2', story: { headline: 'Asian shares struggle to shake off rout despite Wall St bounce', byline: '', slugline: 'GLOBAL-MARKETS', place: 'Shanghai', date: '2018-10-26', source: 'Reuters', priority: 3, urgency: 3, language: 'en', bodyEnds: '($1 = 0.8794 euros)' } },
  { file: 'wire-samples-more/aap/tag:reuters.com,2018:newsml_L3N1X604Z:536317572', format: 'newsml-g2', story: { headline: 'Asian shares struggle to shake off rout despite Wall St bounce', byline: '', slugline: 'GLOBAL-MARKETS', place: 'Shanghai', date: '2018-10-26', source: 'Reuters', priority: 3, urgency: 3, language: 'en', bodyEnds: '($1 = 0.8794 euros)' } },
  // One preformatted <p>: ednote, bullets, `By Arpan Varghese`, then `Jan 30 (Reuters) -`, a dateline with no place
  // (the item was sent 31 Jan 2017 03:47 GMT, so Jan 30 is 2017's); the trailer goes to the contributors.
  { file: 'wire-samples-more/aap/tag:reuters.com,0000:newsml_L4N1FL0N0:1132689232', format: 'newsml-g2', story: { headline: 'Gold rises as Trump policy fuels safe haven demand', slugline: 'GLOBAL-PRECIOUS', byline: 'Arpan Varghese', place: '', date: '2017-01-30', source: 'Reuters', priority: 3, urgency: 3, language: 'en', bodyEnds: 'Palladium rose 0.7 percent, to $745.40 per ounce.' } },
  { file: 'wire-samples-more/aap/reuters_byline_startswith_by.xml', format: 'newsml-g2', story: { slugline: 'VARIETY-ENTERTAINMENT-TV/NEWS', byline: 'Daniel Holloway', priority: 3, language: 'en' } },
  // Sports data under a placeless dateline (`Jan 30 (Gracenote) -`): results and standings laid out in columns in one <p>.
  { file: 'wire-samples-more/aap/tag:reuters.com,0000:newsml_ISS149709:1618095828', format: 'newsml-g2', story: { headline: 'Turkish championship results and standings', byline: '', slugline: 'SOCCER-TURKEY/RESULTS', category: 's', date: '2017-01-30', source: 'Reuters', language: 'en', bodyStarts: 'Results and standings from the Turkish championship matches on Monday', bodyEnds: '16-18: Relegation' } },
  { file: 'wire-samples-more/aap/tag:reuters.com,2018:newsml_MTZXEE13ZXCZES:2', format: 'newsml-g2', story: { headline: 'Primeira Liga Results', slugline: 'SOCCER-PORTUGAL/RESULTS', date: '2018-01-03', category: 's', language: 'en', bodyStarts: 'Results and fixtures for the Primeira Liga on Wednesday' } },
  { file: 'wire-samples-more/belga/dpa_newsml_2_0_1_belga.xml', format: 'newsml-g2', story: { headline: "Opposition leader slams Scholz for not to solve country's problems", place: 'Berlin', date: '2024-06-26', source: 'dpa', urgency: 3, priority: 3, language: 'en', bodyEnds: 'which should actually be a European anchor of stability.' } },
  { file: 'wire-samples-more/belga/stt_belga.xml', format: 'newsml-g2', story: { headline: 'According to the Pentagon, Ukrainians have been transported to Russia against their will', source: 'STT', urgency: 3, bodyStarts: 'According to the US Department of Defense' } },
  // TT's sanitised HTML: the `vignette` over the headline is the section (Fotboll), the `source` paragraph the agency.
  { file: 'wire-samples-more/ntb/ntbttsanitised.html', format: 'html', story: { headline: 'Krisen allt djupare – Mellberg sämst någonsin', byline: 'Martin Hardenberger', source: 'TT', language: 'sv', bodyStarts: 'Bottenmötet mellan HIF och Mjällby skulle bli ex-Helsingborgarnas match.' } },
  { file: 'wire-samples-more/ntb/dpa_newsml_test.xml', format: 'newsml-g2', story: { headline: 'Chef von Ölkonzern Eni soll wegen Nigeria-Schmiergeldern vor Gericht', place: 'Rom', date: '2017-12-20', source: 'dpa', urgency: 4, language: 'de' } },
  // A corrected release: `CORRECTION ET MISE À JOUR - ` (correction and update) is the distributor's mark, not the
  // title; the body opens with the notice of what it corrects and replaces, the title again and three subtitles
  // stand above the dated paragraph (`TORONTO, 26 mai 2020 (GLOBE NEWSWIRE) --`).
  // GlobeNewswire releases as NewsML-G2 (its Marketwire profile): the dateline in the first paragraph; a
  // distribution legend above it is a note, not the release's first paragraph.
  { file: 'wire-samples-more/cp/globenewswire/0b78.xml', format: 'newsml-g2', story: { headline: 'Arrow Exploration Corp. Confirms Issuance of Stock Options', place: 'Calgary', date: '2019-12-03', source: 'GlobeNewswire', language: 'en', bodyStarts: 'ARROW Exploration Corp. (“Arrow” or the “Company”) (TSXV: AXL) announces the issuance', bodyEnds: 'unless so required by applicable securities laws.' } },
  { file: 'wire-samples-more/cp/globenewswire/1bf6.xml', format: 'newsml-g2', story: { headline: 'LYF Edibles Targeting Early 2020 to Manufacture Cannabis Products, Announces $6,000,000 Capital Raise', place: 'Vancouver', date: '2019-12-03', source: 'GlobeNewswire', language: 'en', bodyStarts: 'LYF FOOD TECHNOLOGIES INC. (“LYF” or the “Company”) is pleased to announce', bodyEnds: 'except as required under applicable laws.' } },
  { file: 'wire-samples-more/cp/globenewswire/16de.xml', format: 'newsml-g2', story: { headline: 'KidSport Calls on Canadians to Give the Gift of Sport this Holiday Season', place: 'Winnipeg', date: '2019-12-03', source: 'GlobeNewswire', language: 'en' } },
  { file: 'wire-samples-more/cp/globenewswire/202006097942547-en.newsml', format: 'newsml-g2', story: { headline: 'Auxly Closes $3 Million Third Tranche of Financing', place: 'Toronto', date: '2020-06-09', source: 'GlobeNewswire', language: 'en', bodyStarts: 'Auxly Cannabis Group Inc. (TSX.V: XLY) (OTCQX: CBWTF)', bodyEnds: 'accepts responsibility for the adequacy or accuracy of this release.' } },
  { file: 'wire-samples-more/cp/globenewswire/4d88.xml', format: 'newsml-g2', story: { headline: 'Bramaderos Update - Latest Limon assays indicate drilling is closing in on centre of gold-copper porphyry', place: 'Ottawa', date: '2019-12-03', source: 'GlobeNewswire', language: 'en', bodyStarts: 'Cornerstone Capital Resources Inc. (“Cornerstone” or “the Company”)' } },
  { file: 'wire-samples-more/cp/globenewswire/tables.newsml', format: 'newsml-g2', story: { headline: 'Brookfield Renewable Announces Renewal of Normal Course Issuer Bid for Preferred Units and Renewal of BRP Equity’s Normal Course Issuer Bid for Preferred Shares', date: '2020-07-07', source: 'GlobeNewswire', language: 'en' } },
  { file: 'wire-samples-more/cp/globenewswire/fr.xml', format: 'newsml-g2', story: { headline: 'Les réseaux mobiles dans les régions rurales au Canada sont parmi les plus rapides au monde', place: 'Toronto', date: '2020-05-26', source: 'GlobeNewswire', language: 'fr', bodyStarts: 'Le communiqué suivant corrige et remplace le communiqué de presse' } },
  { file: 'wire-samples-more/ntb/stt_newsml_sport_test.xml', format: 'newsml-g2', story: { headline: 'Hämeen Sanomat: Ilmarinen hakee jääkiekkoseura Espoo Unitedia konkurssiin', place: 'Hämeenlinna', date: '2018-01-23', source: 'STT', urgency: 3, language: 'fi', bodyStarts: 'Eläkevakuutusyhtiö Ilmarinen hakee jääkiekkoseura Espoo Unitedia konkurssiin', bodyEnds: 'Espoo United on perustettu vuonna 2016.' } },
  // ---- wire-samples-more: NewsML 1.x
  { file: 'wire-samples-more/belga/ats_newsml_1_2_belga.xml', format: 'newsml-1', story: { headline: 'Un taureau entre dans un magasin à Landquart (GR)', place: 'Landquart', date: '2019-06-03', source: 'ATS', urgency: 4, priority: 4, language: 'fr', bodyStarts: "Un taureau âgé d'un an est entré dans un magasin Denner" } },
  { file: 'wire-samples-more/belga/anp_belga.xml', format: 'newsml-1', story: { headline: 'FNV staat alleen met acties bij PostNL (2)', source: 'ANP', urgency: 3, priority: 3, language: 'nl' } },
  { file: 'wire-samples-more/belga/tass_belga.xml', format: 'newsml-1', story: { headline: "Kremlin has 'negative reaction' to upcoming EU sanctions", place: 'Moscow', date: '2019-01-21', source: 'TASS', urgency: 2, language: 'en' } },
  // Business Wire sends the release (NewsEnvelope SentFrom); its Source names the issuer, Interactive Brokers Group.
  { file: 'wire-samples-more/cp/businesswire/20210130005024r1.xml', format: 'newsml-1', story: { headline: 'Interactive Brokers Lifts All Trading Restrictions on Options', slugline: 'CT-INTERACTIVE-BROKERS', place: 'Greenwich', source: 'Business Wire', language: 'en', bodyStarts: 'Interactive Brokers Group (Nasdaq: IBKR), a global brokerage firm' } },
  // Belga's NewsML 1.2: each story is a component of Title, Lead and Body parts (NewsML 1.2 Role), its town in the
  // component's Location (the DateLine is left empty); the first of the Mediawatch item's two is the Dutch one.
  { file: 'wire-samples-more/belga/belga_remote_newsml_1_2.xml', format: 'newsml-1', story: { headline: 'Knooppunt Schijnpoort in Antwerpen hele zomervakantie afgesloten', place: 'Antwerpen', source: 'BELGA', priority: 3, language: 'nl', bodyStarts: 'In Antwerpen zal het kruispunt van de Schijnpoortweg met de Noordersingel', bodyEnds: 'Ook de kruispunten worden veiliger gemaakt.' } },
  { file: 'wire-samples-more/belga/belga_newsml_1_2.xml', format: 'newsml-1', story: { headline: 'Mediawatch dinsdag 29/01/2019 - VTM Nieuws - 13 uur', place: 'Brussel', source: 'BELGA', priority: 3, language: 'nl', bodyStarts: 'Steven Van Geel gaf zich op 31 mei 2014 aan bij de politie van zijn thuisstad Leuven.' } },
  // A radio bulletin's script: `NewsComponentRef` marks where a sound bite plays, not words.
  { file: 'wire-samples-more/belga/belga_newsml_1_2_audio.xml', format: 'newsml-1', story: { headline: 'Nieuws 15u00', language: 'nl', bodyStarts: 'De nieuwe federale regering moet bestaan uit de 3 klassieke families.', bodyEnds: 'Morgen wisselvallig en na de middag kans op buien bij 22 graden.' } },
  { file: 'wire-samples-more/belga/belga_newsml_1_2_video.xml', format: 'newsml-1', story: { place: 'Bruxelles', bodyStarts: 'TRADE UNIONS FGTB ABVV CHAIRMAN DEBATE' } },
  // ---- wire-samples-more: NITF (AP's agate: standings and statistics tables under block headlines)
  { file: 'wire-samples-more/cp/ap/ap-agate-nitf.xml', format: 'nitf', story: { headline: 'NBA Expanded Glance', source: 'AP', bodyStarts: 'All Times EDT', bodyEnds: 'Phoenix at San Antonio, 1 p.m.' } },
  { file: 'wire-samples-more/cp/ap/ap-table-nitf.xml', format: 'nitf', story: { headline: 'Top Ten', source: 'AP', bodyStarts: 'THROUGH JULY 5', bodyEnds: '5 tied at 7-3.' } },
  // ---- wire-samples-more: Ritzau RBNews XML
  { file: 'wire-samples-more/ntb/ritzau.xml', format: 'ritzau-xml', story: { slugline: 'NU/FLASH-U', byline: 'Peder Top Poulsen', place: 'Haag', date: '2018-01-30', source: 'Ritzau', priority: 3, language: 'da', bodyStarts: 'Hollandske forskere har "i årevis" lavet forsøg' } },
  { file: 'wire-samples-more/ntb/ritzau_2.xml', format: 'ritzau-xml', story: { headline: 'Forsvaret sender satellit ud i rummet for første gang', slugline: 'NET/FORSVAR/SATELLIT', place: 'København', date: '2018-01-31', source: 'Ritzau', language: 'da', bodyStarts: 'En danskudviklet minisatellit' } },
  // ---- wire-samples-more: NTB Info's press-release XML (`<release>`: title, leadtext, body as encoded HTML, the
  // issuer under publisher/name, distributed by NTB Info)
  { file: 'wire-samples-more/ntb/solita_1.xml', format: 'ntb-release-xml', story: { headline: 'Signerte veikontrakt på 4 mrd. i Trøndelag', source: 'Nye Veier', language: 'no', bodyStarts: 'Nye Veier har signert kontrakt med det spanske konsernet ACCIONA Construction', bodyEnds: 'Prosjektet fullføres i 2024/2025.' } },
  { file: 'wire-samples-more/ntb/solita_2.xml', format: 'ntb-release-xml', story: { headline: 'Ekspertutvalg skal se på bruk av private velferdsleverandører', source: 'Nærings- og fiskeridepartementet', language: 'no', bodyStarts: 'Et nytt ekspertutvalg skal gå igjennom og kartlegge', bodyEnds: 'Utvalget som nå nedsette vil være et viktig supplement til disse arbeidene.' } },
  { file: 'wire-samples-more/ntb/solita_3.xml', format: 'ntb-release-xml', story: { headline: 'Nedgang, men fortsatt høye konkurstall (med bransje- og fylkesoversikt)', source: 'Bisnode', language: 'no', bodyStarts: '446 bedrifter ble slått konkurs eller tvangsavviklet', bodyEnds: 'Bisnode Norge AS holder til i Oslo Havnelager.' } },
  { file: 'wire-samples-more/ntb/solita_4.xml', format: 'ntb-release-xml', story: { headline: 'DETTE ER EN TEST TITTEL', source: 'NTB', bodyStarts: 'DETTE ER EN TEST INGRESS', bodyEnds: 'DETTE ER EN TEST BRØDTEKST' } },
  // NTB Info's NewsML 1.2 releases: the HTML repeats the title, then a stamp line (`2.4.2019 16:02:09 CEST | issuer |
  // kind`) that is the header, not the lead; one story per language.
  { file: 'wire-samples-more/ntb/solita_se_1.xml', format: 'newsml-1', story: { headline: 'This is the title', source: 'Cypress Test publisher', language: 'en', bodyStarts: 'The is the lead text' } },
  { file: 'wire-samples-more/ntb/solita_se_2.xml', format: 'newsml-1', story: { headline: 'Tittel - Dette er en test - vennligst overse', source: 'TESTKUNDE BØRS ASA', language: 'no', bodyStarts: 'Dette er en ingress' } },
  // ---- wire-samples-more: ninjs and the AP Media API's JSON
  { file: 'wire-samples-more/cp/ap/ap-text.json', format: 'ninjs', story: { headline: 'Review: Documentary about electric racing holds little spark', byline: 'MARK KENNEDY', source: 'AP', slugline: 'Film Review-And We Go Green', language: 'en', bodyStarts: "For proof that Leonardo DiCaprio can't save every film he touches" } },
  { file: 'wire-samples-more/cp/ap/politics.json', format: 'ninjs', story: { headline: 'Biden taps Rice as domestic policy adviser, McDonough for VA', byline: 'JULIE PACE and ZEKE MILLER', source: 'AP', slugline: 'Biden-Staff', takeKey: '3rd Ld-Writethru', place: 'Washington', date: '2020-12-10', language: 'en' } },
  // AP Media API items with a summary and no body (the text is their nitf rendition, not in the file): the place is
  // the item's `located`, the day its firstcreated; the summary is all the copy.
  { file: 'wire-samples-more/cp/ap/ap-category.json', format: 'ninjs', story: { headline: 'US services sector grows for seventh consecutive month', byline: 'MATT OTT', source: 'AP', slugline: 'Economy-Services', takeKey: '1st Ld-Writethru', place: 'Silver Spring', date: '2021-01-07', language: 'en', bodyStarts: 'The U.S. services sector, where most Americans work', bodyEnds: 'the continued negative ramifications of COVID-19.' } },
  { file: 'wire-samples-more/cp/ap/ap-sports.json', format: 'ninjs', story: { headline: 'Houston event off as men’s tennis tour makes schedule tweaks', source: 'AP', slugline: 'Virus Outbreak-ATP Schedule Changes', place: 'London', date: '2021-01-20', language: 'en', bodyEnds: 'a younger brother of No. 1-ranked Novak Djokovic.' } },
  { file: 'wire-samples-more/cp/ap/ap-subject.json', format: 'ninjs', story: { headline: 'Internal emails reveal WHO knew of sex abuse claims in Congo', byline: 'MARIA CHENG and AL-HADJI KUDRA MALIRO', source: 'AP', takeKey: '3rd Ld-Writethru', place: 'Beni', date: '2021-05-11', language: 'en', bodyStarts: 'When Shekinah was working as a nurse’s aide in northeastern Congo' } },
  { file: 'wire-samples-more/cp/ap/apv.json', format: 'ninjs', story: { headline: 'Cold snap brings Spain lowest temperatures in 20 years', byline: 'ARITZ PARRA', source: 'AP', slugline: 'Spain-Storm Aftermath', takeKey: '1st Ld-Writethru', place: 'Madrid', date: '2021-01-12', language: 'en', bodyStarts: 'Much of Spain is struggling in the aftermath of a massive snowfall' } },
  // TT's body is under `body_html5` (its description is only the first paragraphs); its `dat` block and bylines are not copy.
  { file: 'wire-samples-more/ntb/ntbttninjs.json', format: 'ninjs', story: { headline: 'Krisen allt djupare – Mellberg sämst någonsin', source: 'TT', language: 'sv', bodyStarts: 'Bottenmötet mellan HIF och Mjällby skulle bli ex-Helsingborgarnas match.', bodyEnds: 'Olof Mellberg gjorde på torsdagen sin 13:e.' } },
  // ---- wire-samples-more: e-mail
  { file: 'wire-samples-more/belga/email_attachment_belga.txt', format: 'email', story: { headline: 'test', bodyStarts: 'hello,' } },

  // ---- files that hold no story: each must be refused, with a reason that says so
  ...[
    'wire-samples-more/belga/dog.mp4', 'wire-samples-more/belga/sample.mp3', 'wire-samples-more/belga/sample1.mp3', 'wire-samples-more/belga/sample3.mp3',
  ].map((file): FileExpectation => ({ file, format: 'binary', refused: /binary/u })),
  // Pictures are named for what they are (a JPEG's FF D8 FF signature), not only "binary".
  ...[
    'wire-samples-more/belga/belga_remote_newsml_1_2.jpeg', 'wire-samples-more/cp/ap/preview.jpg', 'wire-samples-more/cp/ap/preview-keywords.jpg',
    'wire-samples-more/cp/tests-fixtures/9e627f74b97841b3b8562b6547ada9c7-d1538139479c43e88021152.jpg',
  ].map((file): FileExpectation => ({ file, format: 'binary', refused: /^a JPEG image, which holds no story text$/u })),
  ...[
    'wire-samples-more/aap/aap_cricket.xml', 'wire-samples-more/aap/aap_golf.xml', 'wire-samples-more/aap/aap_soccer.xml',
    'wire-samples-more/cp/io/0c828d30-d250-4aec-9739-b04961eb36fc.xml', 'wire-samples-more/cp/io/5d846ed8-96b6-4adc-a028-017b0fa5e2c1.xml',
    'wire-samples-more/cp/io/6dd9971f75c24ce59865879cf315d7fe-6dd9971f75c24ce59.xml', 'wire-samples-more/cp/io/AB101-65_2020_101001.xml',
    'wire-samples-more/cp/tests-fixtures/9e627f74b97841b3b8562b6547ada9c7-d1538139479c43e88.xml',
    'wire-samples-more/ntb/ntb_event.xml', 'wire-samples-more/ntb/ntb_events_api/0.xml', 'wire-samples-more/ntb/ntb_events_api/1.xml',
    'wire-samples-more/ntb/ntb_events_api/2.xml', 'wire-samples-more/ntb/ntb_events_api/3.xml', 'wire-samples-more/ntb/ntb_events_api/ftp_0.xml',
    'wire-samples-more/ntb/ntb_events_api/0_dates_changed.xml', 'wire-samples-more/ntb/ntb_events_file/ntb_event_xml', 'wire-samples-more/ntb/nifs_events.json',
    'wire-samples-more/belga/command/contacts.json', 'wire-samples-more/belga/tests-fixtures/belga-image-by-id.json',
    'wire-samples-more/belga/tests-fixtures/belga-image-search.json', 'wire-samples-more/belga/tests-fixtures/belga-360archive-search.json',
    'wire-samples-more/belga/tests-fixtures/belga-press-search.json', 'wire-samples-more/cp/cp_onclusive/cp_onclusive.json',
    'wire-samples-more/cp/tests-fixtures/orangelogic_auth.json', 'wire-samples-more/cp/tests-fixtures/orangelogic_fetch.json',
    'wire-samples-more/cp/tests-fixtures/orangelogic_search.json',
    // A Belga tip: its Title only (`cor 446 - BRAND GEBOUW, hemiksem`), its Lead and Body sent empty.
    'wire-samples-more/belga/belga_tip_newsml_1_2.xml',
    // A calendar of statistics releases exported as CSV (Subject, Start Date, … Location): an event list, no story.
    'wire-samples-more/aap/abs-calendar.txt',
  ].map((file): FileExpectation => ({ file, format: 'no story', refused: NOT_A_STORY })),
];
