/**
 * Speaker tagging: kinds of misses found on the eleventh blind set of agency copy, each on sentences written for the
 * test (invented names and figures).
 */
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../../electron/enrich/desk-analysis.js';

const tag = (texts: readonly string[]) =>
  analyseStory(texts.map((text, i) => ({ id: `p${i}`, text })), { name: 'Harbour Wire', code: null, credit: 'Harbour Wire' }).paragraphs.map((p) => p.speaker);

describe('speaker tagging: blind set 11', () => {
  it('reads "the company" as a company named with "Group" for its legal form', () => {
    expect(
      tag([
        '<Vexon Research and Marketing Group> said it filed for protection from its creditors.',
        'The company said it filed the petitions to reorganize its debt.',
        'The company added it has asked the state to suspend trading in its stock.',
      ]),
    ).toEqual(['Vexon Research and Marketing Group', 'Vexon Research and Marketing Group', 'Vexon Research and Marketing Group']);
  });

  it('gives the words of a statement the subject issued "which said" to the subject', () => {
    expect(tag(['Vexon Corp said it settled its dispute with Orr Mines Ltd.', 'The company issued a statement which said the case had been settled on good terms.'])).toEqual(['Vexon Corp', 'Vexon Corp']);
  });

  it('never reads "he" as a group in the plural who spoke before', () => {
    expect(
      tag([
        'Liberals failed to appear at a session called by committee chairman Karl Orr.',
        'Liberals told Orr yesterday they would attend if the doors were closed.',
        'He said the Liberals were prepared to cooperate.',
      ])[2],
    ).toBe('Karl Orr');
  });

  it('keeps a description whole: its relative clause, an organisation of capitals after "of the"', () => {
    expect(tag(['A member of the panel which oversees the harbour trust said the city should pay 80 mln dlrs.'])).toEqual(['a member of the panel which oversees the harbour trust']);
    expect(tag(["The director general of the Harbour Nations' Fish and Grain Organisation (FGO) said stocks were low."])).toEqual(["the director general of the Harbour Nations' Fish and Grain Organisation"]);
  });

  it('reads "However, X differed, saying" as X', () => {
    expect(tag(['However, Karl Orr differed, saying the plan was too costly.', 'However, trust board member Anton Berg differed, saying "it is too early to talk about the cost."'])).toEqual(['Karl Orr', 'Anton Berg']);
    // An organisation's initials, then a role of one person ("board member"), then the person: the person.
    expect(tag(['Frank Naylor, chairman of the Harbour Credit Board (HCB), said costs rose.', 'However, HCB board member Anton Berg differed, saying "it is too early."'])).toEqual(['Frank Naylor', 'Anton Berg']);
  });

  it('reads "called on … to" as an appeal the subject made, and "called on" a place as none', () => {
    expect(tag(['Peter Lund, president of the Harbour Workers Union, called on the government to act against imports.'])).toEqual(['Peter Lund']);
    expect(tag(['The minister called on the villagers of Orrby on Monday.'])).toEqual([null]);
  });

  it('reads a group after a time word that ends a clause with no comma as the subject', () => {
    expect(tag(['As the dollar fell against the yen today foreign exchange traders said the central bank intervened.'])).toEqual(['foreign exchange traders']);
  });

  it('reads a surname "of" a firm as the person the story named in full', () => {
    expect(tag(['"Prices will fall," said Anna Berg of Harbour Bank.', '"Demand is weak," said Berg of Harbour, who also expects a cut.'])).toEqual(['Anna Berg', 'Anna Berg']);
  });

  it('reads "alleging" and "is charging" as what the subject claims', () => {
    expect(
      tag([
        '<Vexon PLC> has joined investors suing Karl Orr, alleging it was misled about the fund.',
        'Vexon is charging it was induced to invest by a false prospectus.',
      ]),
    ).toEqual(['Vexon PLC', 'Vexon PLC']);
  });

  it('reads a verb that reports nothing when it is denied ("did not reveal") as narration', () => {
    expect(tag(['About 40 investors have filed suit over similar claims, including that Orr did not reveal his trading.'])).toEqual([null]);
  });

  it('keeps the home city ("Montreal-based") off a company\'s name', () => {
    expect(tag(['Fenby-based Lindqvist Inc told regulators it cut its stake in Orr Mines Ltd.', 'Lindqvist said it sold 400,000 shares.'])).toEqual(['Lindqvist Inc', 'Lindqvist Inc']);
  });

  it('reads a trade body described in lower case as the trade body that has been speaking', () => {
    expect(
      tag([
        'Output rose 2 pct, the Harbour Power Institute (HPI) said.',
        'In its weekly report on output, the electric utility trade association said output was 48 billion.',
      ]),
    ).toEqual(['Harbour Power Institute', 'Harbour Power Institute']);
  });

  it('keeps a firm named twice over with "and" whole', () => {
    expect(tag(['Orr and Orr Co said it acquired a unit.', 'Orr and Orr said the price was not disclosed.'])).toEqual(['Orr and Orr Co', 'Orr and Orr Co']);
    expect(tag(['Orr and Orr said it acquired a unit.', 'Orr and Orr Co, a maker of forms, said sales rose.', 'Orr said the price was not disclosed.'])).toEqual(['Orr and Orr Co', 'Orr and Orr Co', 'Orr and Orr Co']);
  });
});

describe('speaker tagging: blind set 11, second set', () => {
  it('reads "has agreed not to" as a commitment, not words reported', () => {
    expect(tag(['Vexon, in its agreement with Orr Mines, has agreed not to cut prices.'])).toEqual([null]);
  });

  it('keeps "officials of the organization" whole', () => {
    expect(tag(['The Harbour Association of Grain Dealers will look for candidates with a background in markets, officials of the organization said today.'])).toEqual(['officials of the organization']);
  });

  it('passes over an age set off before a relative clause to the name', () => {
    expect(tag(['Karl Orr, 58, who has served as president for 17 years, today announced his decision to leave the association.'])).toEqual(['Karl Orr']);
  });

  it('reads a letter "written to" someone as its writer\'s, the name in apposition after a role of an organisation', () => {
    expect(tag(['The chairman of the Harbour Bank, Peter Lund, has written to the chairman of the Senate committee to raise concerns about the bill.'])).toEqual(['Peter Lund']);
  });

  it('reads "Senate staff said" as people unnamed', () => {
    expect(tag(['Leading farm state senators are seeking a change to the bill, Senate staff said.'])).toEqual(['senate staff']);
  });
});

describe('speaker tagging: blind set 11, third set', () => {
  it('reads the first of two family names alone as the person named in full', () => {
    expect(tag(['Petroleos de Fenmark will name a partner, company president Juan Chacin Guzman said.', 'Chacin told reporters the partner will provide capital.'])).toEqual(['Juan Chacin Guzman', 'Juan Chacin Guzman']);
  });

  it('keeps a minister\'s portfolio off the name, and a place before a role in a description', () => {
    expect(tag(['Minister of Energy and Mines Arturo Hernandez Grisanti said talks were under way.'])).toEqual(['Arturo Hernandez Grisanti']);
    expect(tag(['An unidentified Alberta member of Parliament said the plan will include incentives.'])).toEqual(['an unidentified Alberta member of Parliament']);
  });

  it('reads the name before an appositive of any one person\'s noun whose closing comma is missing', () => {
    expect(tag(['The city will ease its quota, Jerry Lund, a leading Congressman representing sugar growers told Harbour Wire in an interview.'])).toEqual(['Jerry Lund']);
  });

  it('reads the subject of a second verb after "and" past an abbreviation\'s full stop', () => {
    expect(tag(['In the Commons, Liberal member Karl Orr branded the ruling as just another "trade harrassment" from the U.S. and criticized the assurances.'])).toEqual(['Karl Orr']);
  });

  it('reads a surname typed in lower case as the person named, and as no one when nobody was', () => {
    expect(tag(['Trade Minister Kelvin Ramnath said talks were under way.', 'If talks go smoothly, ramnath said, building could begin.'])).toEqual(['Kelvin Ramnath', 'Kelvin Ramnath']);
    expect(tag(['If talks go smoothly, ramnath said, building could begin.'])).toEqual([null]);
  });

  it('keeps a body described by what it is after whole, and "the group" and "the takeover partnership" later are it', () => {
    expect(
      tag([
        'The investor group seeking to acquire Vexon Inc said it agreed to cancel a court hearing.',
        'Earlier today Vexon said it will not ask shareholders to approve the plan.',
        'However, the group said it will continue to try to block the plan.',
        'The takeover partnership said it has asked to meet with Vexon.',
      ]),
    ).toEqual(['the investor group seeking to acquire Vexon Inc', 'Vexon Inc', 'the investor group seeking to acquire Vexon Inc', 'the investor group seeking to acquire Vexon Inc']);
  });
});

describe('speaker tagging: blind set 11, fourth set', () => {
  it('reads a bank holding company ("Bancorp") and a legal form in capitals ("INc") as companies "it" and "the company" are', () => {
    expect(tag(['Vexon Bancorp said it issued 2,690,877 shares of preference stock to its creditors.', 'It said the new shares, which are convertible into common stock at any time, represent 25 pct of the equity.', 'As a result, the company said it has 6,922,949 shares.'])).toEqual(['Vexon Bancorp', 'Vexon Bancorp', 'Vexon Bancorp']);
    expect(
      tag([
        'Chapman Energy INc said it is launching a major restructuring.',
        'Under the plan, Chapman will sell a controlling interest to Troon Partners Ltd.',
        'In addition, Chapman and Troon will establish a joint venture, it said.',
        'If approved by creditors, the company expects the plan to be completed by May 29.',
      ]),
    ).toEqual(['Chapman Energy INc', null, 'Chapman Energy INc', 'Chapman Energy INc']);
  });

  it('reads "says ROLE NAME of FIRM" as the person', () => {
    expect(tag(['"Prices will rise," says Detroit analyst Karl Orr of Karl Orr and Associates.', 'Many dealers own several franchises, Orr says.'])).toEqual(['Karl Orr', 'Karl Orr']);
  });

  it('never reads a group a preposition opens before a relative clause as the subject of "says X"', () => {
    expect(tag(['The "Bug" caused "a rebellion" among dealers, who demanded greater freedom from the automakers, says Karl Orr.'])).toEqual(['Karl Orr']);
  });

  it('reads the name before a run of role segments and the employer\'s', () => {
    expect(tag(['Karl Orr, vice president, dealer services, for Lindqvist Power, a California-based market research firm, says that by 1990 fewer people will own dealerships.'])).toEqual(['Karl Orr']);
  });
});

describe('speaker tagging: blind set 11, fifth set', () => {
  it('never reads a participle after a bare noun phrase opening the sentence as an attribution', () => {
    expect(tag(['The move, announced one day after news of a first step toward a merger of the markets, will involve new systems.'])).toEqual([null]);
  });

  it('reads the first word of an organisation that spoke, and "the bourse", as it', () => {
    expect(
      tag([
        'The Harbour Stock Exchange, engaged in a reform program, said it is launching a modernisation drive.',
        'Its Harbour Interprofessional Market system will be updated with software from the Fenby Stock Exchange.',
        'Harbour, which feels a trading floor is vital, said it needs to overhaul the floor.',
        'Yesterday, the bourse announced it would start coordinating market supervision.',
      ]),
    ).toEqual(['Harbour Stock Exchange', null, 'Harbour Stock Exchange', 'Harbour Stock Exchange']);
  });

  it('keeps "du" inside a name, and reads "Du Plessis" and a name before "in disclosing …" as the person', () => {
    expect(
      tag([
        'Finance Minister Barend du Plessis said the central bank was "investigating the implications."',
        'Du Plessis in disclosing the new agreement last night said the rise was an example of confidence.',
      ]),
    ).toEqual(['Barend du Plessis', 'Barend du Plessis']);
  });
});

describe('speaker tagging: blind set 11, sixth set', () => {
  it('keeps a company named with two legal forms whole, however a word of it reads as a title', () => {
    expect(
      tag([
        '<Vexon Energy Corp Inc> said it planned an issue of 125 mln dlrs of debentures.',
        'Vexon said dealers Orr Young Ltd and Lund Bell Inc agreed to buy the issue.',
        'It said the debentures would pay interest.',
      ]),
    ).toEqual(['Vexon Energy Corp Inc', 'Vexon Energy Corp Inc', 'Vexon Energy Corp Inc']);
  });

  it('reads "a union spokesman in Rio de Janeiro" as one unnamed, not the place', () => {
    expect(tag(['A union spokesman in Rio de Janeiro told Harbour Wire about half the seamen had returned to work.'])).toEqual(['a union spokesman in Rio de Janeiro']);
  });
});
