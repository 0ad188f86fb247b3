import { describe, expect, it } from 'vitest';
import { importOne, texts } from './import-fixture.js';

// Written for these tests in the layout of AP's ANPA-1312 copy (invented teams, people and photo numbers): SYN SYN
// SOH, the selector and its routing, the header line, STX, the `^…<` / `^…=` heading lines, the tab-opened
// paragraphs (one a line), ETX and AP's trailer.
const SOH = '\u0001';
const STX = '\u0002';
const ETX = '\u0003';
const US = '\u001f';

const STORY =
  `\u0016\u0016${SOH}q4410${US}routex\r\n` +
  `r s\u0013\u0011 BC-FBN--Rivers-Owls 2ndLd-Writethru   10-05 0390\r\n` +
  `${STX}^BC-FBN--Rivers-Owls, 2nd Ld-Writethru,388< \r\n` +
  `^Late field goal lifts Rivers past Owls 23-20< \r\n` +
  `^AP Photo QXT201, QXT202< \r\n` +
  `^Eds: Rivers 23, Owls 20. With AP Photos.< \r\n` +
  `^Tomas Brell kicked a 41-yard field goal with four seconds left and the Rivers beat the Owls 23-20 on Sunday.< \r\n` +
  `^By JANE KOLBY and RAMON ESTEVE= \r\n` +
  `^AP Sports Writer= \r\n` +
  `\t   PORTLAND, Ore. (AP) _ Tomas Brell kicked a 41-yard field goal with four seconds left and the Rivers beat the Owls 23-20 on Sunday, a third straight win for a team that had lost its first two games of the season. \r\n` +
  `\t   The Owls had tied it with a touchdown pass with just over two minutes to play. \r\n` +
  `\r\n\t   ${ETX}AP-WF-10-05-25 2215GMT<\r\n\r\n\u0004`;

/** The same copy as a system that drops control characters passes it on. */
const stripped = (copy: string): string => copy.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/gu, '');

describe("AP's ANPA text", () => {
  for (const [label, copy] of [
    ['as sent', STORY],
    ['with its control characters stripped', stripped(STORY)],
  ] as const) {
    it(`reads the head's heading lines by their kind (${label}): headline, photos and notes, summary, byline and title`, () => {
      const a = importOne('rivers.txt', Buffer.from(copy, 'latin1'));
      expect(a.original.format).toBe('anpa-1312');
      expect(a).toMatchObject({
        headline: 'Late field goal lifts Rivers past Owls 23-20',
        slugline: 'Rivers-Owls',
        takeKey: '2ndLd-Writethru',
        priority: 4,
        category: [{ code: 's', name: 'Sports' }],
        byline: 'JANE KOLBY and RAMON ESTEVE',
        authors: [
          { name: 'JANE KOLBY', role: 'AP Sports Writer' },
          { name: 'RAMON ESTEVE', role: 'AP Sports Writer' },
        ],
        abstract: 'Tomas Brell kicked a 41-yard field goal with four seconds left and the Rivers beat the Owls 23-20 on Sunday.',
        created: '2025-10-05T22:15:00Z',
      });
      expect(a.ednote).toContain('With AP Photos.');
      expect(a.ednote).toContain('QXT201, QXT202');
      // The title line is no paragraph; the text opens with the story, after its dateline; the trailer is not text.
      expect(texts(a)[0]).toMatch(/^Tomas Brell kicked a 41-yard field goal with four seconds left and the Rivers beat the Owls 23-20 on Sunday, a third/u);
      expect(texts(a)).toHaveLength(2);
      expect(texts(a).join(' ')).not.toMatch(/Sports Writer|AP-WF|[<=]$/u);
      expect(a.dateline).toMatchObject({ place: 'Portland', agency: 'AP' });
    });
  }

  it("gives the subject AP's sports identifier in the slug names (FBN American football, HKN ice hockey), and none for a news desk's", () => {
    const subjects = (copy: string) => importOne('rivers.txt', Buffer.from(copy, 'latin1')).subjects.filter((s) => s.scheme === 'iptc-subjectcode');
    expect(subjects(STORY)).toEqual([{ code: '15003000', scheme: 'iptc-subjectcode', name: 'American football' }]);
    expect(subjects(stripped(STORY).replaceAll('BC-FBN--', 'BC-HKN--'))).toEqual([{ code: '15031000', scheme: 'iptc-subjectcode', name: 'ice hockey' }]);
    expect(subjects(STORY.replaceAll('BC-FBN--', 'BC-LT--'))).toEqual([]);
  });

  it("reads AP's stand-ins for the marks ANPA's character set lacks: ``…'' quotes, ` opening a single quote, _ for a dash", () => {
    const copy =
      `${SOH}q4413${US}routex\r\nr a\u0013\u0011 BC-US--Choir-Tour   04-11 0040\r\n${STX}^BC-US--Choir-Tour,40< \r\n` +
      "^Choir sings ``Home Again'' on tour< \r\n" +
      '\t   DENVER (AP) _ The choir sang 14 songs _ three of them new _ on Friday. \r\n' +
      "\t   ``We sang `Home Again' twice,'' the director said. \r\n" +
      `${ETX}AP-WF-04-11-25 0300GMT<\r\n`;
    const a = importOne('choir.txt', Buffer.from(copy, 'latin1'));
    expect(a.headline).toBe('Choir sings "Home Again" on tour');
    expect(a.dateline).toMatchObject({ place: 'Denver', agency: 'AP' });
    expect(texts(a)).toEqual(['The choir sang 14 songs — three of them new — on Friday.', `"We sang 'Home Again' twice," the director said.`]);
  });

  it('joins the lines of a paragraph that was wrapped at a column on the way', () => {
    const copy =
      `${SOH}q4412${US}routex\r\nr a\u0013\u0011 BC-US--Bridge-Vote   03-02 0060\r\n${STX}^BC-US--Bridge-Vote,60< \r\n` +
      `^Town votes to keep its old bridge< \r\n^By LENA HOLT= \r\n^Associated Press= \r\n` +
      `\t   MILLBROOK, Vt. (AP) _ Voters in this small town decided on\r\nTuesday to keep the covered bridge that has stood\r\nover the river since 1870.\r\n` +
      `\t   The vote was 412 to 97.\r\n${ETX}AP-WF-03-02-25 0210GMT<\r\n`;
    const a = importOne('bridge.txt', Buffer.from(copy, 'latin1'));
    expect(a).toMatchObject({ headline: 'Town votes to keep its old bridge', byline: 'LENA HOLT' });
    expect(texts(a)).toEqual(['Voters in this small town decided on Tuesday to keep the covered bridge that has stood over the river since 1870.', 'The vote was 412 to 97.']);
  });

  it("keeps a table's heading lines below the byline as paragraphs, without their quad marks", () => {
    const copy =
      `${SOH}q4411${US}routex\r\nr s\u0013\u0011 BC-HKN--HockeyGlance     01-12 0120\r\n${STX}` +
      `^BC-HKN--Hockey Glance< \r\n^Northern League Standings= \r\n^All Times EST= \r\n^By The Associated Press= \r\n` +
      `^EASTERN DIVISION= \r\n^;W;L;Pts \r\nHarbour;20;8;40 \r\nUplands;18;10;36< \r\n^Tuesday's Games= \r\n\t   Harbour 3, Uplands 2< \r\n` +
      `${ETX}AP-WF-01-12-25 0510GMT<\r\n`;
    const a = importOne('glance.txt', Buffer.from(copy, 'latin1'));
    expect(a.headline).toBe('Northern League Standings');
    expect(texts(a)).toEqual(['All Times EST', 'EASTERN DIVISION', ';W;L;Pts', 'Harbour;20;8;40', 'Uplands;18;10;36', "Tuesday's Games", 'Harbour 3, Uplands 2']);
  });
});
