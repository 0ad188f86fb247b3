/** Source tagging in the text: the seed's target and the hand-annotated copy (tests/fixtures/speakers). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../../electron/enrich/desk-analysis.js';
import { ingestFile } from '../../../electron/ingest/ingest.js';
import { buildArticle } from '../../../electron/desk/story-pipeline.js';
import { loadAnnotated, scoreSpeakers } from '../../../scripts/bench/speaker-accuracy.js';
import { SEED_PATH } from '../helpers.js';

const SOURCE = { name: 'Coastal Wire Agency', code: null, credit: 'Coastal Wire Agency' };

function seed() {
  const outcome = ingestFile({ name: 'seed.txt', bytes: readFileSync(SEED_PATH) });
  if (!outcome.ok) throw new Error(outcome.reason);
  const [item] = outcome.items;
  if (!item) throw new Error('no story in the seed');
  return buildArticle(item.original, item.draft, new Date('2026-11-28T12:00:00Z'));
}

describe('speaker tagging', () => {
  it('on the seed, Ali Shamkhani speaks in every paragraph but the second, which is narration', () => {
    const speakers = seed().paragraphs.map((p) => p.speaker);
    expect(speakers[1]).toBeNull();
    expect(speakers.filter((_, i) => i !== 1)).toEqual(Array(10).fill('Ali Shamkhani'));
  });

  it('lists the agency with its narration and Shamkhani with the paragraphs he supports', () => {
    expect(seed().sources).toEqual([
      { name: 'Islamic Republic News Agency', kind: 'agency', paragraphs: [1] },
      { name: 'Ali Shamkhani', kind: 'person', paragraphs: [0, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
    ]);
  });

  it('reaches 90 % or better on the annotated copy and on the held-out copy', () => {
    const tuned = scoreSpeakers();
    expect(tuned.paragraphs).toBeGreaterThanOrEqual(30);
    expect(tuned.correct / tuned.paragraphs).toBeGreaterThanOrEqual(0.9);
    const held = scoreSpeakers(loadAnnotated(new URL('../../fixtures/speakers/held-out.json', import.meta.url)));
    expect(held.correct / held.paragraphs).toBeGreaterThanOrEqual(0.9);
  });

  it('resolves "she" to a woman who spoke, "the company" to the company, and a bare quote to the last speaker', () => {
    const { paragraphs } = analyseStory(
      blocks([
        'Finance Minister Ana Ruiz met Trade Minister Paul Okafor on Monday.',
        'Ruiz said the talks had gone well.',
        'Okafor said little after the meeting.',
        'She added that a deal was close.',
        'Brightline Holdings said it would bid. The company said its offer would be in cash.',
        '"We are ready," the company said.',
        '"The money is there."',
      ]),
      SOURCE,
    );
    expect(paragraphs.map((p) => p.speaker)).toEqual([null, 'Ana Ruiz', 'Paul Okafor', 'Ana Ruiz', 'Brightline Holdings', 'Brightline Holdings', 'Brightline Holdings']);
  });

  it('reads "according to" and unnamed sources', () => {
    const { paragraphs } = analyseStory(
      blocks(['According to the Red Cross, 40 people were hurt.', 'A senior official said the road would reopen.', 'The road was closed at noon.']),
      SOURCE,
    );
    expect(paragraphs.map((p) => p.speaker)).toEqual(['Red Cross', 'a senior official', null]);
  });

  it('survives hostile input: empty, huge and markup-laden paragraphs', () => {
    const huge = 'He said '.repeat(20_000);
    const found = analyseStory(blocks(['', huge, '<script>alert(1)</script> said', '"']), SOURCE);
    expect(found.paragraphs).toHaveLength(4);
  });
});

/** Paragraph texts as body blocks, with cleaning's ids. */
function blocks(texts: readonly string[]) {
  return texts.map((text, i) => ({ id: `p${i}`, text }));
}

describe('speaker tagging on financial wire copy', () => {
  const tag = (texts: readonly string[]) => analyseStory(blocks(texts), { name: 'Reuters', code: 'Reuters', credit: 'Reuters' }).paragraphs.map((p) => p.speaker);

  it('tags the person, not the organisation after "of", and whole company names, never their last word', () => {
    expect(
      tag([
        'The dollar fell against the yen in early trading.',
        'Karl Weber of Harbour Guaranty said the dollar could fall further.',
        'Harbour Guaranty Trust Co said it raised its prime rate to 7.5 pct.',
        'Bank of Lisbon said it would follow.',
        'Norland Corp said it rejected the offer.',
      ]),
    ).toEqual([null, 'Karl Weber', 'Harbour Guaranty Trust Co', 'Bank of Lisbon', 'Norland Corp']);
  });

  it('takes no weekday, month or clause opener as a speaker, and unnamed dealers as unnamed', () => {
    const [monday, dealers, central] = tag(['Monday said the deal was off.', 'Dealers said the market was quiet.', 'As expected, the central bank said it would keep rates steady.']);
    expect(monday).toBeNull();
    expect(dealers).toBe('dealers');
    expect(central).toBe('central bank');
  });

  it('reads lower-case copy', () => {
    expect(tag(['norland said it would raise its bid, a spokesman said.'])).toEqual(['norland']);
  });
});

describe('speaker tagging: the shapes real agency and release copy takes', () => {
  const tag = (texts: readonly string[]) => analyseStory(blocks(texts), { name: 'Coastal Wire Agency', code: null, credit: 'Coastal Wire Agency' }).paragraphs.map((p) => p.speaker);

  it('ends a name where a sentence ends inside a run of capitals, and keeps a two-word name as it is', () => {
    expect(
      tag([
        'The consortium will supply the launch pads to NASA. Karin Olsen, head of launch services, said the first pad would open in May.',
        'Media Contact Tomas Reyes, 555 0100.',
        '"We are ready," said Tomas Reyes, a partner at the fund.',
      ]),
    ).toEqual(['Karin Olsen', null, 'Tomas Reyes']);
  });

  it('takes the name before a title and a company set off by commas, and the name before a role and "of"', () => {
    expect(
      tag([
        'Commenting on the results, Mr. Devan Rao, Chief Executive Officer, Harbourline, said, "It was a strong quarter."',
        '"Orders held up," Lena Marsh CEO of Harbour Builders Federation said.',
      ]),
    ).toEqual(['Devan Rao', 'Lena Marsh']);
  });

  it('passes over bracketed asides to the name before them', () => {
    expect(
      tag([
        'Corin Vale, a Harbour Labour Party (HLP) member of the regional assembly, hailed it as a "huge win."',
        'NORDLINE Shipping Corp. (“Nordline” or the “Company”) (TSXV: NDL) announces the grant of 50,000 options.',
        'HARBOUR CITY (Coastal Wire) - Jonah K. Reyes said on Sunday the port would reopen.',
        'OSLOVIK, March 3, 2026 (COASTAL NEWSWIRE) -- Brightwater Mining Inc. announced a drilling update.',
      ]),
    ).toEqual(['Corin Vale', 'NORDLINE Shipping Corp', 'Jonah K. Reyes', 'Brightwater Mining Inc']);
  });

  it('reads no speaker from an object after a verb, a participle clause or a commitment', () => {
    expect(
      tag([
        "The agency's lawyers had sought to have the case dismissed, arguing that the question was purely hypothetical.",
        'The petitioners, who first brought the case, had asked whether the vote could be reversed.',
        'In connection with the closing, the Company has agreed to indemnify its directors.',
      ]),
    ).toEqual([null, null, null]);
  });

  it('reads the reporting verbs of French, Spanish and Swedish copy, and their "according to" when it names someone', () => {
    expect(
      tag([
        'Le chantier a pris du retard, selon elle, mais Claire Dubreuil, directrice du port, a affirmé que les quais rouvriraient.',
        '"Llegamos a tiempo", dijo Tomás Ibarra.',
        'Det är enligt vår mening ett politiskt beslut, säger Ingrid Holm, talesperson för partiet.',
        'El puente cerró durante dos horas, según la policía local.',
      ]),
    ).toEqual(['Claire Dubreuil', 'Tomás Ibarra', 'Ingrid Holm', 'la policía local']);
  });

  it('takes the name after a role noun, and gives a subjectless verb after a quote to the last speaker', () => {
    expect(
      tag([
        'Harbour Labour transport spokesman Rafael Ortiz, who brought the case, said the ruling was clear.',
        'Copper may climb further, according to Coastal Wire technical analyst Mei Lindqvist.',
        '"Llegamos tarde", dijo Tomás Ibarra.',
        'El puerto cerró a las seis.',
        '"No sabemos cuándo abrirá", declaró, antes de añadir que nadie había llamado.',
      ]),
    ).toEqual(['Rafael Ortiz', 'Mei Lindqvist', 'Tomás Ibarra', null, 'Tomás Ibarra']);
  });

  // "A Norland spokesman" is someone new and unnamed speaking for Norland: the annotated agency copy (five blind sets)
  // credits the spokesman, as written, not the company.
  it('keeps a possessive name whole, gives "a <Company> spokesman" to that spokesman, and takes the name in an appositive after a description', () => {
    expect(
      tag([
        "Kessler's Ratings Service Inc said it lowered the bank's debt rating.",
        "Kessler's said the outlook was negative.",
        "Dunmore's said the painting sold for two mln dlrs.",
        'A Norland spokesman said approval was taking longer than expected.',
        "The ministry's spokesman, Ali Farsad, said the talks would resume.",
        'He said no date had been set.',
      ]),
    ).toEqual(["Kessler's Ratings Service Inc", "Kessler's Ratings Service Inc", "Dunmore's", 'a Norland spokesman', 'Ali Farsad', 'Ali Farsad']);
  });

  it('gives a company spokesman to the spokesman, and matches "the bank" to a name word for word', () => {
    expect(
      tag([
        'Norland Corp said it would close the plant.',
        'A company spokesman said talks would go on.',
        'Bank of Lisbon cut its prime rate.',
        'The House Banking Committee met on Tuesday.',
        '"The outlook is poor," the bank said in its monthly report.',
      ]),
    ).toEqual(['Norland Corp', 'a company spokesman', null, null, 'Bank of Lisbon']);
  });

  it('names the person without a title or an employer\'s possessive, and a surname or short form as first given in full', () => {
    expect(
      tag([
        'Harbour could suspend payments, ruling Labour Party Deputy Rosa Kettler told reporters.',
        'Kettler said talks had been postponed.',
        'Norland Mills Inc said it sold its textile unit.',
        'Norland Mills said the sale would close in May.',
        '"Rates will hold," added First Lisbon\'s Marek Dunn.',
      ]),
    ).toEqual(['Rosa Kettler', 'Rosa Kettler', 'Norland Mills Inc', 'Norland Mills Inc', 'Marek Dunn']);
  });

  it('reads a trailing name set off by commas, a subject before an aside, and unnamed people described by where they work', () => {
    expect(
      tag([
        'Net buying may double this year to 20 billion dlrs, Kenji Ota of Harbour Securities Co Ltd, said.',
        'Some analysts, however, disagreed that a spinoff would help.',
        'Finance Ministry sources said the cut was due on Friday.',
        'Official sources said the crop would be smaller.',
        'Fund managers said they were buying European bonds.',
        'Australia also poses some risks, they added.',
        'But the aide to Kettler said a bonus was doubtful.',
      ]),
    ).toEqual(['Kenji Ota', 'some analysts', 'finance ministry sources', 'official sources', 'fund managers', 'fund managers', 'aide to Kettler']);
  });

  it('reads initials in an inverted name, a role in lower case before the name, an appositive missing its comma, and the same sources again', () => {
    expect(
      tag([
        '"Rates will hold," said R.K. Dunmore Group analyst Lena Park.',
        'Tomas Vilar, director-general of Harbour Petroleum, the state oil company, indicated that prices would rise.',
        '"Talks will take until 1988," Ana Ruiz, a gas analyst with Kessler Bros. said.',
        'Each country must act according to its own interest, Vilar said.',
        'Trade Ministry sources said the cut was due on Friday.',
        'The ministry will publish the rates next week, the sources said.',
      ]),
    ).toEqual(['Lena Park', 'Tomas Vilar', 'Ana Ruiz', 'Tomas Vilar', 'trade ministry sources', 'trade ministry sources']);
  });

  it('gives a paragraph\'s closing "he said" to the person named at its start, initials and all', () => {
    expect(
      tag([
        'Carlos Mendes said the bill market would open in May.',
        'Peter J.K. Lindqvist, managing director of Harbour Bank (Lisbon) Ltd, said there is no obstacle to the market, he said.',
      ]),
    ).toEqual(['Carlos Mendes', 'Peter J.K. Lindqvist']);
  });

  it('takes a Treasurer off the name, one of the unnamed as unnamed, and a family name given first', () => {
    expect(
      tag([
        'The budget deficit will narrow, Treasurer Maria Kovac said.',
        '"The offer is too low," an arbitrageur said.',
        'One analyst said the deal would close in May.',
        'Central bank governor Lin Chao-Wei said rates would stay.',
        'Lin said further cuts were possible.',
      ]),
    ).toEqual(['Maria Kovac', 'an arbitrageur', 'one analyst', 'Lin Chao-Wei', 'Lin Chao-Wei']);
  });

  it('passes over an aside phrase and a pollster, and takes the company a description names', () => {
    expect(
      tag([
        'Norland Mills Inc said the offer was fair.',
        'The company, in a newspaper advertisement, said the offer was too low.',
        'Investment analysts polled by Harbour News said growth would slow.',
        'Lisbon-based courier operator Norland Express Corp said it would cut 200 jobs.',
      ]),
    ).toEqual(['Norland Mills Inc', 'Norland Mills Inc', 'investment analysts', 'Norland Express Corp']);
  });

  it('reads "quoted … as saying" both ways, a name ending in a particle, and a statement by its issuer', () => {
    expect(
      tag([
        'Omar al-Rashid was quoted by the daily al-Watan as saying the quota would hold.',
        'The agency quoted Trade Minister Ana Ruiz as saying the talks would resume.',
        'It quoted a joint statement by the Harbour Council as saying the port would reopen.',
      ]),
    ).toEqual(['Omar al-Rashid', 'Ana Ruiz', 'Harbour Council']);
  });
});

