/**
 * Speaker tagging by the grammar of attribution, one kind per test, on sentences written for the test (invented
 * names): each kind was a class of misses on held-out agency copy.
 */
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../../electron/enrich/desk-analysis.js';

const tag = (texts: readonly string[]) =>
  analyseStory(texts.map((text, i) => ({ id: `p${i}`, text })), { name: 'Harbour Wire', code: null, credit: 'Harbour Wire' }).paragraphs.map((p) => p.speaker);

describe('speaker tagging: the grammar of attribution', () => {
  it('gives "he said" to the unnamed person who spoke last, not to a person named before', () => {
    expect(
      tag([
        'Senator Ruth Calder said the levy would pass.',
        'The levy will raise 40 mln dlrs a year, a ministry official said.',
        'Collection would start in May, he added.',
      ]),
    ).toEqual(['Ruth Calder', 'a ministry official', 'a ministry official']);
    expect(tag(['Tomas Lind said growth would slow.', 'One broker said demand was weak.', '"Nobody is buying," he said.'])).toEqual([
      'Tomas Lind',
      'one broker',
      'one broker',
    ]);
    // An unnamed source is nobody's "he": the person before is.
    expect(tag(['Tomas Lind said growth would slow.', 'A source close to the talks said a deal was near.', 'Trade is the only way, he noted.'])).toEqual([
      'Tomas Lind',
      'a source',
      'Tomas Lind',
    ]);
  });

  it('reads people named by what they do as unnamed: agent nouns, one of them, their role, a coordinated group', () => {
    expect(
      tag([
        'Prices of tin rose sharply in London, retailers said.',
        'The bid could be raised, Harbour Street arbitrageurs said.',
        '"Nobody can tell the difference," one salesman said.',
        'Exports will grow this year, a senior trade planner said.',
        'The Norland family opposed the deal. Its lawyer said in a letter that the deal was unfair.',
        'Brokers and dealers said the market was quiet.',
        'Importers and refiners in northern ports estimate stocks at two mln tonnes.',
        'Stocks, they said, would fall.',
      ]),
    ).toEqual([
      'retailers',
      'harbour street arbitrageurs',
      'one salesman',
      'a senior trade planner',
      'lawyer',
      'brokers and dealers',
      'importers and refiners',
      'importers and refiners',
    ]);
  });

  it('gives "they said" to spokesmen, "a spokesman" to someone new, and "the traders" to the traders quoted before', () => {
    expect(
      tag([
        'Norland Mills and Corvo Steel are considering a merger, company spokesmen said.',
        'The two are expected to decide by March, they said.',
        'Corvo lost 3 billion yen last year, a spokesman said.',
        'Harvest estimates were cut, wool traders said.',
        'Karl Weber of Harbour Guaranty said demand was weak.',
        'The traders said stocks would be carried over.',
      ]),
    ).toEqual(['company spokesmen', 'company spokesmen', 'a spokesman', 'wool traders', 'Karl Weber', 'wool traders']);
  });

  it('gives a definite description in capitals ("the Ohio Democrat") to the person who spoke last', () => {
    expect(
      tag([
        'Senate Democratic leader Ruth Calder told reporters the report was damning.',
        'The budget office said the cost would rise.',
        '"He should go," the Ohio Democrat, a likely candidate next year, said.',
      ]),
    ).toEqual(['Ruth Calder', 'budget office', 'Ruth Calder']);
  });

  it('takes a name before a long appositive or relative clause, and the name after the verb when the clause before it ends in a capital', () => {
    expect(
      tag([
        'Tomas Lind, an observer at the talks in Geneva with the steering committee for its 320 creditor banks and their lawyers, told a radio station the banks were divided.',
        'Vera Oduya, who met again this morning with senior Norland Bank executive Karl Weber and representatives from Corvo Steel and Harbour Trust, told the banks a telex was ready.',
        'Insurers are unlikely to sell their U.S. Treasuries, but will put in less money, said Mikko Saari, manager of Harbour Securities Co Ltd.',
        'Harbour Senate leader Ruth Calder, a key ally of the mayor, told reporters the plan had failed.',
      ]),
    ).toEqual(['Tomas Lind', 'Vera Oduya', 'Mikko Saari', 'Ruth Calder']);
  });

  it('reads a name closed by a legal form as a company, so "the company" and "it" are that company after it', () => {
    expect(tag(['Norvale Mattress Co said profits may fall.', 'The company said the decline was due to acquisitions.', 'It said sales would rise.'])).toEqual([
      'Norvale Mattress Co',
      'Norvale Mattress Co',
      'Norvale Mattress Co',
    ]);
  });

  it('keeps an honorific the copy styles a name with, and gives its short form to the name first given in full', () => {
    expect(
      tag([
        'Sheikh Hamad al-Nasser al-Tamimi said there were no plans for a meeting.',
        'Sheikh Hamad has said before that output could rise.',
        '"We are not cheating," he said.',
      ]),
    ).toEqual(['Sheikh Hamad al-Nasser al-Tamimi', 'Sheikh Hamad al-Nasser al-Tamimi', 'Sheikh Hamad al-Nasser al-Tamimi']);
  });

  it('reads the subject through an auxiliary, a negation, a verb of its own will before "to say", and "but said"', () => {
    expect(
      tag([
        'Harbour spokeswoman Lena Ostrova said the talks went well.',
        'She was unable to say if the two sides had met before.',
        'Finance Minister Karl Weber opened the conference on Monday.',
        'However, he did not say in his speech if the forecast had been revised.',
        'He declined to comment on meetings this week between the ministry and its bank advisory committee except to say they were progressing.',
        'Local shoppers hesitated about buying the new player as it went on sale today, but said its sound would make it a success.',
      ]),
    ).toEqual(['Lena Ostrova', 'Lena Ostrova', null, 'Karl Weber', 'Karl Weber', 'local shoppers']);
  });

  it('gives words quoted without a reporting verb to the subject of their sentence, but not a title in capitals', () => {
    expect(
      tag([
        'Norland chief executive Anders Berg said sales rose.',
        'He repeated an earlier projection that earnings "will probably be off slightly" this quarter.',
        'Sheikh Hamad al-Tamimi also delivered "a challenge to any oil company that doubts us."',
        'Corvo Bank, however, sought a board seat, petitioning the commission "so that the owners would be protected."',
        'Vera Oduya won the award for "Harbour Lights Tonight."',
      ]),
    ).toEqual(['Anders Berg', 'Anders Berg', 'Sheikh Hamad al-Tamimi', 'Corvo Bank', null]);
  });

  it('leaves a conjunction or relative pronoun out of the subject, a relative clause out of an inverted one, and reads a role for someone unnamed', () => {
    expect(
      tag([
        'But Mikko Saari of the Harbour Institute said demand was rising.',
        'He was referring to the port of Corvo, which shipping sources said was half empty.',
        '"Quotas do not work," said the regional manager for one of the big shipping lines who spoke on condition that he not be named.',
      ]),
    ).toEqual(['Mikko Saari', 'shipping sources', 'regional manager for one of the big shipping lines']);
  });

  it('reads no words from a result posted or a commitment with an adverb, and prefers a verb of saying to one of reacting', () => {
    expect(
      tag([
        'Corvo Steel posted a net income of 40 mln dlrs in 1986.',
        'Norland Mills agreed recently to sell its paper unit.',
        'The port authority on Friday rejected the Corvo application. Corvo Steel said it would file again.',
        'Vera Oduya posted on her blog that the plan was dead.',
        'Harbour Police Chief Lena Ostrova posted a photo of a closed sign on Twitter.',
      ]),
    ).toEqual([null, null, 'Corvo Steel', 'Vera Oduya', 'Lena Ostrova']);
  });

  it('reads a place after "of" as where the speaker is from, the agent of a passive of saying, and views held', () => {
    expect(
      tag([
        'Norvik of Sweden has said it will launch the player this year.',
        'The town of Corvo was said by officials to be cut off.',
        'Vera Oduya, editor of Harbour Reports, expects the council to meet before June.',
        'But some other economists were uncertain that a meeting would help.',
        'The outlook was uncertain after the vote.',
      ]),
    ).toEqual(['Norvik', 'officials', 'Vera Oduya', 'some other economists', null]);
  });

  it('reads "another" as someone new, and a definite description as the one quoted before or the organisation it ends', () => {
    expect(
      tag([
        '"We want a pause," one manager said.',
        '"The market is still good," another manager said.',
        'Growth will slow, one banking analyst said.',
        '"I would abolish the system," the analyst said.',
        'The Harbour Stock Exchange said it will review its rules.',
        'The report should be ready by December, the Exchange said.',
      ]),
    ).toEqual(['one manager', 'another manager', 'one banking analyst', 'one banking analyst', 'Harbour Stock Exchange', 'Harbour Stock Exchange']);
  });

  it('takes the name closing a subject or an inverted one after a role, an abbreviation or a plural possessive', () => {
    expect(
      tag([
        'Senator Ruth Calder said the vote was close.',
        'But Corvo broker Anil Mehta said selling would slow. "There is nervousness," he said.',
        '"He is a victim," said former Harbour Sen. and party confidant Paul Weston.',
        '"There is no reason to tighten," Harbour Resources\' Mehta said.',
        '"Quotas do not work," dijo el secretario del departamento de Corvo, Anil Mehta.',
      ]),
    ).toEqual(['Ruth Calder', 'Anil Mehta', 'Paul Weston', 'Anil Mehta', 'Anil Mehta']);
  });

  it('reads an organisation by its head ("the guild"), the name before a title with "of", a role word opening a name, a participial aside', () => {
    expect(
      tag([
        'The Harbour Writers Guild of Corvo said its members had struck.',
        'The guild said the companies made no offer.',
        'Lena Ostrova, President of the Harbour Chamber of Commerce said the budget gave no incentives.',
        'Investor Anil K. Mehta of North Harbour said he is offering to buy the shares.',
        'Growth would slow, banking sources said.',
        'The sources, speaking separately, said the rate cut was near.',
      ]),
    ).toEqual(['Harbour Writers Guild of Corvo', 'Harbour Writers Guild of Corvo', 'Lena Ostrova', 'Anil K. Mehta', 'banking sources', 'banking sources']);
  });

  // A result reported ("earlier reported after-tax profits of…") is the company's: every annotated agency set credits
  // the company that reports its results ("Cheung Kong also reported extraordinary gains", "Brown-Forman today
  // reported a 37 pct increase"), as the annotation convention lists "reported" among the verbs of attribution.
  it('reads "he" before a verb after a long clause, the name apposed to a title, an official agency, and a result reported as the company\'s', () => {
    expect(
      tag([
        'Corvo Holdings Ltd <CRVO.HK> expects higher profits, chairman Anil Mehta said.',
        'He made no specific forecast for the company this year but he said the dividend would rise.',
        'Corvo, which runs ports and hotels, earlier reported after-tax profits of 1.6 billion dlrs.',
        'Profits will rise again in 1987, it said.',
        'Prices will hold, the official Harbour Press Agency HPA said.',
        "Norland's Oil Minister, Sheikh Hamad al-Tamimi, said there would be no meeting.",
      ]),
    ).toEqual(['Anil Mehta', 'Anil Mehta', 'Corvo Holdings Ltd', 'Corvo Holdings Ltd', 'Harbour Press Agency', 'Sheikh Hamad al-Tamimi']);
  });

  it("gives a document to its owner, a possessive role to someone unnamed, a company named in full to the company, a name's capital noun to the name", () => {
    expect(
      tag([
        'Wheat imports will fall, the Harbour Embassy\'s annual farm report said.',
        'It said stocks were high.',
        "Norland's chief debt negotiator said he was confident of an accord.",
        '<Corvo Telegraph and Telephone Corp> (CTT) expects profits to fall this year, the company said.',
        'Home sales dropped 14 pct, the Harbour Association of Realtors said.',
      ]),
    ).toEqual(['Harbour Embassy', 'Harbour Embassy', "Norland's chief debt negotiator", 'Corvo Telegraph and Telephone Corp', 'Harbour Association of Realtors']);
  });

  it('gives "they" to the group opening the sentence before it', () => {
    expect(tag(['Harbour Minister Karl Weber said the deficit would be cut.', "But few economists took Weber's promise seriously. They say the deficit doubled."])).toEqual([
      'Karl Weber',
      'few economists',
    ]);
  });
});
