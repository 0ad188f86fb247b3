/**
 * Speaker tagging, the fifth blind set's kinds, one per test, on sentences written for the test (invented names):
 * the verb forms of attribution, who "he", "the spokesman" and "the report" point back to, and the bounds of the
 * subject before the verb.
 */
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../../electron/enrich/desk-analysis.js';

const tag = (texts: readonly string[]) =>
  analyseStory(texts.map((text, i) => ({ id: `p${i}`, text })), { name: 'Harbour Wire', code: null, credit: 'Harbour Wire' }).paragraphs.map((p) => p.speaker);

describe('speaker tagging: verb forms', () => {
  it('reads the base form a plural subject takes, a time or manner adverb before the verb, and verbs of informing and detailing', () => {
    expect(
      tag([
        'Tariffs on Norland wool rose again in March.',
        'Analysts point out that the tariff has never raised much revenue.',
        'Harbour bankers acknowledge a desire to close the deal quickly.',
        'They note that the levy was rejected when voters last had a say.',
      ]),
    ).toEqual([null, 'analysts', 'harbour bankers', 'harbour bankers']);
    expect(
      tag([
        'Tollan Mining Corp informed its lenders last week it could not meet the next payment.',
        'Vessa Holdings today reported that sales rose 12 pct.',
        '"Prices will rise in the spring," Mark Orlov detailed.',
        'Ruth Calder has flatly rejected the quota.',
      ]),
    ).toEqual(['Tollan Mining Corp', 'Vessa Holdings', 'Mark Orlov', 'Ruth Calder']);
  });

  it('reads "puts X at" a figure as an estimate, and "did not give details" as the subject\'s, but no other "put"', () => {
    expect(
      tag([
        'A Corvo Embassy assessment puts 1987 output at 1.45 mln tonnes.',
        'Vera Oduya, speaking at a news conference, did not give details of the sale.',
        'The strike put pressure on the port.',
      ]),
    ).toEqual(['Corvo Embassy', 'Vera Oduya', null]);
  });

  it('lets a document find or show, not a person; reads no passive, no adjective and no noun as a verb of saying', () => {
    expect(
      tag([
        'The Harbour Institute report also found that orders rose in March.',
        'The police found a crate of wool near the harbour.',
        'Exports are forecast to rise to 40,000 tonnes this year.',
        'The newly proposed levy was dropped in May.',
        'Dockers were under stress after the strike.',
      ]),
    ).toEqual(['Harbour Institute', null, null, null, null]);
  });
});

describe('speaker tagging: what "he", "the spokesman", "the report" and "the <Org> executive" point back to', () => {
  it('gives "a <Company> spokesman" to that spokesman, and "he" and "the spokesman" after it, not to a name mentioned since', () => {
    expect(
      tag([
        'Delays have held up contracts between Norland Power Corp (Norpo) and Vessa Firms for two plants, a Norpo spokesman said.',
        'He told reporters the contracts were due in May.',
        '"We are optimistic," the spokesman said.',
      ]),
    ).toEqual(['a Norpo spokesman', 'a Norpo spokesman', 'a Norpo spokesman']);
  });

  it('gives "the report" and "the statement" to whoever issued it, or to the organisation that spoke last', () => {
    expect(
      tag([
        'Harbour wool output will rise, the Corvo Embassy said in its annual report.',
        'The Tollan government said output at Vessa Mills Ltd would reach 2 mln tonnes.',
        '"Estimates are realistic," the report said.',
      ])[2],
    ).toBe('Corvo Embassy');
    expect(
      tag([
        'The Harbour Treasury said it would lend 5 mln dlrs.',
        'The Treasury said the money would come from its Exchange Stabilization Fund.',
        'The one-page statement noted the fund was ready.',
      ]),
    ).toEqual(['Harbour Treasury', 'Harbour Treasury', 'Harbour Treasury']);
  });

  it('gives "he" after a paragraph of narration about a person to that person, not to the one who spoke before', () => {
    expect(
      tag([
        'Union leader Alain Marais said the plan was unjust.',
        'But the head of the dockers union, Tomas Lind, meeting the minister today, renewed demands for higher pay.',
        'Calling the plan unfair, he also demanded new investment.',
      ]),
    ).toEqual(['Alain Marais', null, 'Tomas Lind']);
  });

  it('keeps "a communique" new, not the organisation that spoke before; "agree to" and a role before a stock code say nothing new', () => {
    expect(tag(['Harbour Revolutionary Guards said they had repelled an attack.', 'A military communique said the attack was broken off at dawn.'])).toEqual([
      'Harbour Revolutionary Guards',
      'a military communique',
    ]);
    // The base form "agree" commits like "agreed"; a lower-case role before a stock code leaves the name before it.
    expect(
      tag([
        'The notes will be priced at offering if third party investors agree to buy them.',
        'Karl Weber, chairman of the Harbour Institute\'s survey committee and director of buying at Vessa Mills Inc <VMI> said "the economy continued to expand."',
      ]),
    ).toEqual([null, 'Karl Weber']);
  });

  it('gives "the Tollan senator" to the person who spoke last when "Tollan" names no organisation of the story', () => {
    expect(tag(['Senate leader Ruth Calder said the nomination was in trouble.', 'Appearing on television, the Tollan senator said the vote could fail.'])).toEqual([
      'Ruth Calder',
      'Ruth Calder',
    ]);
  });

  it('never gives "the government" or "the company" to an organisation headed by another noun; reads estimates and a passive\'s agent', () => {
    expect(tag(['Harbour rice output will fall, the Corvo Embassy said in its annual report.', 'The government officially estimates 1986 rice output at 26.7 mln tonnes.'])).toEqual([
      'Corvo Embassy',
      'government',
    ]);
    expect(tag(['Tollan Inns Limited Partnership said it filed a statement with the Harbour Exchange Commission.', 'The company said it expects the units to sell at 20 dlrs.'])).toEqual([
      'Tollan Inns Limited Partnership',
      'Tollan Inns Limited Partnership',
    ]);
    expect(tag(["Norland's reforms have been welcomed by the World Bank as steps in the right direction."])).toEqual(['World Bank']);
  });

  it('gives "the <Org> executive" to the person who spoke last beside that organisation', () => {
    expect(tag(['"Sales are up," said Karl Weber, who heads Tollan Corp\'s trading arm.', 'The Tollan executive attributed this to the weak dollar.'])).toEqual([
      'Karl Weber',
      'Karl Weber',
    ]);
  });
});

describe('speaker tagging: the bounds of the subject', () => {
  it('skips a stock code, never crosses a clause before "and", drops a comparative, keeps a head noun after a name or nationality', () => {
    expect(
      tag([
        'Harbour chemicals group Corvo-Lind <CORL.PA> said it would raise its capital.',
        'The wool market is broadening and investment bankers say more issuers will come.',
        'For a third month, more purchasers reported paying higher prices.',
        'The Tollan government said output would rise.',
        'Wool prices are up, but many Norland experts warn that the rise is excessive.',
      ]),
    ).toEqual(['Corvo-Lind', 'investment bankers', 'purchasers', 'Tollan government', 'many norland experts']);
  });

  it('reads a role and whom it works for, and a group and where it stands, as the whole subject before the verb', () => {
    expect(tag(['A spokesman for the ministry said the debt was repaid.', 'Underwriters away from the syndicate said the deal was priced too high.'])).toEqual([
      'spokesman for the ministry',
      'underwriters',
    ]);
  });
});

describe('speaker tagging: what stands between the subject and the verb', () => {
  it('leaves an opening adverb without its comma off the subject, and reads "believed" and "aides" as the others', () => {
    expect(
      tag([
        'Harbour oil sources said exports fell in March.',
        'However the sources said the real test would come in May.',
        'Although Norland has yet to say, most analysts believed a sale was near.',
        'Aides said the minister would stay.',
      ]),
    ).toEqual(['harbour oil sources', 'harbour oil sources', 'most analysts', 'aides']);
  });

  it('passes over a time phrase after the auxiliary, gives a unit to itself, and reads "with dealers reporting that"', () => {
    expect(
      tag([
        'Harbour bankers have in recent weeks argued that rates must fall.',
        'Vera Oduya has in the past stressed that the bank has no say on growth.',
        "Harbour Holdings Inc's Corvo Shipping Lines Inc subsidiary said it would sell its Asian service.",
        'Shares rose, with dealers reporting that the remarks had lifted sentiment.',
        'Reporting by Ana Ruiz; editing by Paul Okafor.',
      ]),
    ).toEqual(['harbour bankers', 'Vera Oduya', 'Corvo Shipping Lines Inc', 'dealers', null]);
  });

  it('gives "…, but warns that" to the surname opening the sentence before an aside', () => {
    expect(
      tag([
        '"The recovery is real," says Tomas Lindqvist, a professor at Harbour University.',
        'Lindqvist, in tune with other economists here, praises the recovery of industry, but warns that the economy is still weak.',
      ]),
    ).toEqual(['Tomas Lindqvist', 'Tomas Lindqvist']);
  });

  it('passes over a relative clause or a phrase of its own after a description to the description', () => {
    expect(
      tag([
        '"We are falling by our own hand," said one Harbour political strategist.',
        'The strategist, who works for a leading candidate and asked not to be named, said the vote was lost.',
      ]),
    ).toEqual(['one harbour political strategist', 'one harbour political strategist']);
    expect(tag(['Norland Chemicals Corp said it would raise its capital.', 'The group, due to be sold next year, said in May it was planning a rights issue.'])).toEqual([
      'Norland Chemicals Corp',
      'Norland Chemicals Corp',
    ]);
    expect(tag(['The Harbour Institute report, based on a survey of 200 firms, also found that orders slowed.'])).toEqual(['Harbour Institute']);
  });
});

describe('speaker tagging: a title before the name, "they" after a group in the same paragraph', () => {
  it('reads a title with "of" as no name, and "they said" as the group opening the paragraph', () => {
    expect(tag(['Assistant Secretary of Commerce for trade policy Lena Ostrova said talks would resume.'])).toEqual(['Lena Ostrova']);
    expect(tag(['Norland Mills Ltd listed its shares in May.', 'Market sources expect the next firms listed will be state-owned. Approval is expected soon, they said.'])).toEqual([
      null,
      'market sources',
    ]);
  });
});

describe('speaker tagging: which attribution governs a paragraph', () => {
  it('keeps the first speaker when a later sentence opens with a description and names someone in apposition', () => {
    expect(tag(['Harbour Minister Karl Weber said a rescue was not needed this year. The other member of the three-man board, Vera Oduya, agreed.'])).toEqual([
      'Karl Weber',
    ]);
    // Alone, that sentence is hers; after words reported, the name in apposition closes them.
    expect(tag(['The other member of the three-man board, Vera Oduya, agreed.', 'Prices will rise this year, Tomas Lind, an analyst at Vessa Securities, said.'])).toEqual([
      'Vera Oduya',
      'Tomas Lind',
    ]);
  });
});

describe('speaker tagging: documents named after their issuer, a misspelt name, an object after the verb', () => {
  it('gives a poll to whoever it is named after, and a name misspelt once to the organisation named rightly', () => {
    expect(tag(['A Harbour Times poll released earlier this week showed that 37 pct of voters backed the levy.'])).toEqual(['Harbour Times']);
    expect(
      tag([
        'The Corvo Treasury said it would lend 5 mln dlrs.',
        '"Our support is firm," the Treassury statement said.',
        'The statement said the loan was short-term.',
      ]),
    ).toEqual(['Corvo Treasury', 'Corvo Treasury', 'Corvo Treasury']);
  });

  it('reads no speaker in what follows a verb as its object ("declared the defence of its members\' pay its priority")', () => {
    const [got] = tag(["Vera Oduya put her demands to the minister while the Tollan Workers Union, the largest of the unions, declared the defence of its members' pay its top priority."]);
    // Narration, or one of the two who made demands: never words of the object.
    expect(got === null || /^(?:Vera Oduya|Tollan Workers Union)$/u.test(got ?? '')).toBe(true);
  });
});
