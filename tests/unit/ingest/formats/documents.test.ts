import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importFixture, importOne, texts } from './import-fixture.js';
import { buildDocx } from './zip-builder.js';

describe('Word .docx', () => {
  it('reads paragraphs in order, the Title paragraph as headline, and the core properties', () => {
    const docx = buildDocx(
      [['Title', 'Ferry service cut for winter'], ['', 'The island ferry will sail twice a day from November.'], ['Heading2', 'Timetable'], ['', 'Boats leave at 07:00 &amp; 17:00.']],
      { title: 'Draft', creator: 'Mia Novak' },
    );
    const a = importOne('ferry.docx', docx);
    expect(a.original.format).toBe('docx');
    expect(a.headline).toBe('Ferry service cut for winter');
    expect(a.byline).toBe('Mia Novak');
    expect(a.created).toBe('2026-03-03T10:00:00Z');
    expect(texts(a)).toEqual(['The island ferry will sail twice a day from November.', 'Timetable', 'Boats leave at 07:00 & 17:00.']);
  });

  it('falls back to the document title when no paragraph is styled as one', () => {
    const a = importOne('plain.docx', buildDocx([['', 'Roadworks close the ring road this weekend.']], { title: 'Ring road closed' }));
    expect(a.headline).toBe('Ring road closed');
  });
});

describe('email', () => {
  it('takes the copy from a base64 ISO-8859-1 attachment, keeping the covering note as the editor’s note', () => {
    const a = importOne('email-base64-latin1-attachment.eml');
    expect(a.original.format).toBe('email');
    expect(a.headline).toBe('Éoliennes: record de production');
    expect(texts(a)).toEqual([
      "Les éoliennes en mer du Nord ont produit un record d'électricité en février, selon l'opérateur danois.",
      'La production a atteint 1,2 térawattheure, soit 14 % de plus qu’un an plus tôt.'.replace('’', "'"),
    ]);
    // The French dateline is read; its day is the message's own, so the year is the message's, not a guess.
    expect(a.dateline).toMatchObject({ place: 'Copenhague', date: '2026-03-02', yearInferred: false, agency: 'CDT' });
    expect(a).toMatchObject({ ednote: 'Story attached, moving now.', guid: 'eolien-0302@copydesk.test', created: '2026-03-02T14:05:00+01:00' });
    // The agency in the dateline is the credit, not whoever mailed the copy.
    expect(a.source).toMatchObject({ name: 'CDT', credit: 'CDT' });
  });

  it('reads a message as it sits in a mailbox: a long Received chain, forwarded copy, HTML-only alternative', () => {
    const hops = Array.from({ length: 40 }, (_, i) =>
      `Received: from relay${i}.example.net (relay${i}.example.net [192.0.2.${i}])\n\tby mx.example.org with ESMTPS id ${i}abc\n\tfor <desk@copydesk.test>; Tue, 10 Mar 2026 09:0${i % 10}:00 +0000`,
    ).join('\n');
    const forwarded = [
      'Delivered-To: desk@copydesk.test',
      hops,
      'From: Night Editor <night@copydesk.test>',
      'To: desk@copydesk.test',
      'Subject: Fwd: FW: something for the morning',
      'Date: Tue, 10 Mar 2026 09:10:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/html; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<html><head><style>p{color:red}</style></head><body><p>Worth a look.</p>',
      '<div>---------- Forwarded message ---------<br>From: Wire &lt;wire@agency.test&gt;<br>Subject: Port reopens</div>',
      '<p>ROTTERDAM, March 10 (Reuters) - The port of Rotterdam reopened on Tuesday after a storm closed it for two d=',
      'ays.</p></body></html>',
      '--b1--',
      '',
    ].join('\n');
    expect(forwarded.slice(0, 4096)).not.toContain('From:');
    const html = importOne('mailbox.eml', Buffer.from(forwarded));
    expect(html.original.format).toBe('email');
    expect(texts(html).at(-1)).toBe('The port of Rotterdam reopened on Tuesday after a storm closed it for two days.');
    expect(texts(html).join(' ')).not.toMatch(/color:red|Received/u);
    expect(html.source.name).toBe('Reuters');

    const plainForward = [
      'Return-Path: <night@copydesk.test>',
      'Received: from relay.example.net by mx.example.org; Tue, 10 Mar 2026 09:00:00 +0000',
      'From: "Night Editor" <night@copydesk.test>',
      'Subject: Fwd: port',
      'Date: Tue, 10 Mar 2026 09:10:00 +0000',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'See below.',
      '',
      '---------- Forwarded message ---------',
      'From: Wire Desk <wire@agency.test>',
      'Date: Tue, 10 Mar 2026 at 08:55',
      'Subject: Port of Rotterdam reopens after storm',
      'To: <night@copydesk.test>',
      '',
      'ROTTERDAM, March 10 (Reuters) - The port of Rotterdam reopened on Tuesday after a storm closed it for two days.',
      '',
      'Shipping resumed at noon, the port authority said.',
      '',
    ].join('\n');
    const plain = importOne('forward.eml', Buffer.from(plainForward));
    expect(plain.headline).toBe('Port of Rotterdam reopens after storm');
    expect(texts(plain)).toEqual([
      'The port of Rotterdam reopened on Tuesday after a storm closed it for two days.',
      'Shipping resumed at noon, the port authority said.',
    ]);
    expect(plain.dateline).toMatchObject({ place: 'Rotterdam', date: '2026-03-10' });
    expect(plain.source.name).toBe('Reuters');
  });

  it('credits the sender only when the copy names no agency', () => {
    const eml = 'From: "Harbour Authority Press Office" <press@harbour.test>\nSubject: Dredging starts\nDate: Thu, 05 Mar 2026 10:00:00 +0000\n\nDredging of the inner harbour starts on Monday and lasts six weeks.\n';
    expect(importOne('press.eml', Buffer.from(eml)).source.name).toBe('Harbour Authority Press Office');
  });

  it('decodes a quoted-printable UTF-8 body (soft breaks, multi-byte characters) and encoded words in the subject', () => {
    const a = importOne('email-quoted-printable.eml');
    expect(a.headline).toBe('Museum reopens after renovation');
    expect(texts(a)).toEqual([
      'The city museum reopened on Wednesday after a two-year renovation that cost €40 million.',
      'Visitors queued from 7 a.m. to see the restored café and galleries.',
    ]);
    expect(a.created).toBe('2026-03-04T08:00:00Z');
  });

  it('reads an 8-bit Latin-1 message body', () => {
    const eml = 'From: desk@copydesk.test\nSubject: Fête\nDate: Thu, 05 Mar 2026 10:00:00 +0000\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\nLa fête de la ville aura lieu samedi, place du Marché.\n';
    const a = importOne('fete.eml', iconv.encode(eml, 'latin1'));
    expect(a.headline).toBe('Fête');
    expect(texts(a)).toEqual(['La fête de la ville aura lieu samedi, place du Marché.']);
  });
});

describe('web page', () => {
  it('lifts the article out of the page chrome, with metadata from JSON-LD and meta tags', () => {
    const a = importOne('page.html');
    expect(a.original.format).toBe('html');
    expect(a.headline).toBe('Glacier retreat speeds up, survey finds');
    expect(a.byline).toBe('Ingrid Holm');
    expect(a.source.name).toBe('The Copydesk Courier');
    expect(a).toMatchObject({ created: '2026-01-20T07:00:00+01:00', updated: '2026-01-20T09:30:00+01:00', language: 'en', keywords: ['climate', 'glaciers'] });
    expect(texts(a)).toEqual([
      'By Ingrid Holm',
      'Alpine glaciers lost more ice last year than in any year since measurements began, a survey published on Tuesday found.',
      'The survey, which covers 140 glaciers, recorded an average thinning of 3.1 metres, compared with 1.8 metres a decade ago.',
      'Scientists said warmer summers, and less snow in winter, were the main causes.',
    ].slice(1));
  });
});

describe('HTML fragment', () => {
  it('keeps every block of a fragment too short to score, rather than refusing it', () => {
    const a = importOne('snippet.html', Buffer.from('<p>Fire on Elm Street</p><p>Crews are there.</p>'));
    expect(texts(a)).toEqual(['Crews are there.']);
    expect(a.headline).toBe('Fire on Elm Street');
  });
});

describe('ANPA-1312 and IPTC 7901', () => {
  const SOH = '\u0001';
  const STX = '\u0002';
  const ETX = '\u0003';

  it('reads an ANPA-1312 transmission in Latin-1: header line, keyword = headline, tab paragraphs', () => {
    const copy = `\u0016\u0016${SOH}a0423 r i BC-Grece-Incendie 1st Ld-Writethru 0212\r\n${STX}\r\nIncendie près d'Athènes =\r\n\tUn incendie a ravagé vendredi des forêts près d'Athènes, ont indiqué les pompiers grecs.\r\n\tQuelque 200 pompiers étaient mobilisés.\r\n${ETX}\r\nAP-NY-07-24-26 1423EDT\r\n`;
    const a = importOne('wire.anpa', iconv.encode(copy, 'latin1'));
    expect(a.original.format).toBe('anpa-1312');
    expect(a.original.encoding).toBe('windows-1252');
    expect(a.headline).toBe("Incendie près d'Athènes");
    expect(a.created).toBe('2026-07-24T14:23:00-04:00');
    // ANPA-1312 slug line: the cycle (BC) is not part of the keyword; the version is the take key.
    expect(a).toMatchObject({ priority: 4, slugline: 'Grece-Incendie', takeKey: '1st Ld-Writethru', category: [{ code: 'i', name: 'International' }] });
    expect(texts(a)).toEqual(["Un incendie a ravagé vendredi des forêts près d'Athènes, ont indiqué les pompiers grecs.", 'Quelque 200 pompiers étaient mobilisés.']);
  });

  it('reads AP ANPA by its fields: slug line framing, take key without the date, ^…< head lines, many control bytes', () => {
    const US = '\u001f';
    const copy =
      `\u0016\u0016${SOH}a0264${US}\u0013\u0011u l \u0012\u0014BC-LT--Harbour-Bridge 1stLd-Writethru 11-13 0466\r\n${STX}` +
      `\u0011^BC-LT--Harbour-Bridge 1stLd-Writethru,466‹\r\n^Eds: Updates with mayor's comment.‹\r\n` +
      `^Old harbour bridge to close for repairs‹\r\n^By MARIA SANTOS‹\r\n^Associated Press Writer‹\r\n` +
      `\tLISBON, Portugal (AP) _ The old harbour bridge will close for six months from January, the city said Tuesday.\r\n` +
      `\t\`\`It is a necessary step,'' the mayor said.\r\n${ETX}\r\nAP-NY-11-13-18 1414GMT\u0004`;
    const a = importOne('ap.anpa', iconv.encode(copy, 'windows-1252'));
    expect(a.original.format).toBe('anpa-1312');
    expect(a).toMatchObject({
      headline: 'Old harbour bridge to close for repairs',
      slugline: 'Harbour-Bridge',
      takeKey: '1stLd-Writethru',
      priority: 3,
      category: [{ code: 'l', name: 'Lifestyle' }],
      // The byline names the writer; AP's title line under it is the writer's role (as AP's ninjs `bylines` title).
      byline: 'MARIA SANTOS',
      authors: [{ name: 'MARIA SANTOS', role: 'Associated Press Writer' }],
      created: '2018-11-13T14:14:00Z',
    });
    expect(a.ednote).toContain("Updates with mayor's comment.");
    expect(a.dateline).toMatchObject({ place: 'Lisbon', agency: 'AP' });
    expect(texts(a)[0]).toBe('The old harbour bridge will close for six months from January, the city said Tuesday.');
  });

  it('reads an ANPA message whose text repeats the slug and has no `=` line (Kyodo style), agency named after the date', () => {
    const copy = `${SOH}a0105CDT${'\u001f'}koko-\r\nu s\u0014\u0012 BC-Rowing-Final   09-12 0120\r\n${STX}BC-Rowing-Final\r\nRowing: Osaka crew wins national final+\r\n     OSAKA, Dec. 9 Kyodo - The Osaka crew won the national eights final on Sunday.\r\n     The race was held in strong wind.\r\n${ETX}`;
    const a = importOne('kyodo.txt', Buffer.from(copy, 'latin1'));
    expect(a).toMatchObject({ headline: 'Rowing: Osaka crew wins national final', slugline: 'Rowing-Final', priority: 3, category: [{ code: 's', name: 'Sports' }] });
    expect(a.dateline).toMatchObject({ place: 'Osaka', agency: 'Kyodo' });
    expect(texts(a)).toEqual(['The Osaka crew won the national eights final on Sunday.', 'The race was held in strong wind.']);
  });

  it('reads the tagged header lines of an IPTC 7901 message as AAP sends them', () => {
    const copy = 'ZCZC AAP\r\n%A\r\n#Ferry_BC1\r\n$Ferry services resume after storm\r\n:(HOBART)\r\n*04000000\r\n&A\r\n@TAS\r\nFerry services across the strait resumed on Monday.\r\n\r\n   Operators said timetables would return to normal by Wednesday.\r\n\r\nAAP RTV\r\nNNNN';
    const a = importOne('ferry.tst', Buffer.from(copy));
    expect(a.original.format).toBe('iptc-7901');
    expect(a).toMatchObject({ headline: 'Ferry services resume after storm', slugline: 'Ferry_BC1', takeKey: '(HOBART)', category: [{ code: 'a', name: 'Domestic news' }] });
    expect(a.subjects).toContainEqual(expect.objectContaining({ code: '04000000', scheme: 'iptc-subjectcode' }));
    expect(texts(a)[0]).toBe('Ferry services across the strait resumed on Monday.');
  });

  it('takes a ZCZC message\'s routing line as its header, and the line under it as its title, with no tagged fields', () => {
    // Written for this test in the layout of a racing service's fields message: ZCZC, a routing line (a doubled
    // priority letter and the destinations), the title, then a table not set apart by blank lines.
    const copy = 'ZCZC FMG000\r\nYY RFG INTERNET (3RR) NC(ATD)\r\nRACING : Flemington FIELDS Saturday\r\n1 SPRING HCP 1.50\r\n$50,000, 1200m\r\n 1    2X1 Quick Step  (6) 59 J Smith(Flemington)  A Rider\r\nNNNN\r\n';
    const a = importOne('fields.tst', Buffer.from(copy));
    expect(a.original.format).toBe('iptc-7901');
    // `RACING :` is the service's category for the message, not the title's words: a keyword.
    expect(a.headline).toBe('Flemington FIELDS Saturday');
    expect(a.keywords).toContain('RACING');
    expect(texts(a).join(' ')).not.toContain('RFG INTERNET');
    expect(texts(a)[0]).toMatch(/^1 SPRING HCP 1\.50/u);
    // Mixed-case destinations (`HH TDCom`), and a capitals headline whose first word has two letters is no routing line.
    expect(importOne('comment.tst', Buffer.from('ZCZC FMG000\nHH TDCom\nBendigo Comment Sunday races 1-6\n   Race One - Maiden 1400m\n')).headline).toBe('Bendigo Comment Sunday races 1-6');
    expect(importOne('us.tst', Buffer.from('ZCZC FMG000\nUS STOCKS RISE\n   NEW YORK, Feb 26 - Stocks rose on Thursday.\n')).headline).toMatch(/^US stocks rise$/iu);
  });

  it('keeps the fields that information separators part apart, instead of running them together', () => {
    // Written for this test in the layout of a results service's message: SOH, the header's fields parted by US.
    const copy = '\u0001RESULTS: ROSEHILL\u001f4\u001fN\u001fN\u001fNSW\u001fSaturday\r\n\r\n1. FAST LANE: 58 2 (J Smith) ($3.00 $1.40).\r\n2. SLOW BURN: 56 4 (A Rider) ($2.10).\r\nAll started.\r\n   AAP RESULTS\r\n';
    const a = importOne('results.tst', Buffer.from(copy, 'latin1'));
    // The header is routing: the headline is written from its meeting and race; the fields stay apart in the note.
    expect(a.headline).toBe('Rosehill race 4 results');
    expect(a.ednote).toContain('RESULTS: ROSEHILL 4 N N NSW Saturday');
  });

  it('reads the header fields past a blank line inside the header, but not a bulleted list under it', () => {
    // Written for this test: a stray carriage return after the headline, then more of the header.
    const copy = 'ZCZC AAP\r\n%A\r\n#Court_BC2\r\n$Tracking order lifted for teen \n\r\n:(SYDNEY)\r\n&AAPIS\\Smithj\r\n*02000000\r\n@NSW\r\nA judge has lifted an order that a teenager wear a tracking device.\r\n\r\n   Police had opposed the application.\r\nAAP RTV\r\nNNNN';
    const a = importOne('court.tst', Buffer.from(copy));
    expect(a).toMatchObject({ headline: 'Tracking order lifted for teen', slugline: 'Court_BC2', takeKey: '(SYDNEY)' });
    expect(a.subjects).toContainEqual(expect.objectContaining({ code: '02000000' }));
    expect(texts(a)[0]).toBe('A judge has lifted an order that a teenager wear a tracking device.');
    const list = importOne('list.tst', Buffer.from('ZCZC AAP\r\n%A\r\n#Markets_BC1\r\n$Shares close higher\r\n\r\n* Banks led the gains\r\n* Miners fell\r\n\r\nThe market closed higher on Friday.\r\nNNNN'));
    expect(texts(list).join(' ')).toContain('Banks led the gains');
  });

  it('reads ANPA copy whose control characters were stripped: header, keywords, version lines, byline =', () => {
    const copy = 'eca00075 3 i 510    cdt 1003\n\n/politics/Europe/courts/\n2ND LEAD\nCourt rules on data transfers\nBy Eva Lind, cdt  =\n \n   Luxembourg (cdt) - The court ruled on Tuesday that data transfers must stop.\n   The ruling takes effect at once.\n';
    const a = importOne('stripped.txt', Buffer.from(copy));
    expect(a.original.format).toBe('anpa-1312');
    expect(a).toMatchObject({ headline: 'Court rules on data transfers', byline: 'Eva Lind, cdt', priority: 3, takeKey: '2ND LEAD', keywords: ['politics', 'Europe', 'courts'] });
    expect(a.dateline.place).toBe('Luxembourg');
  });

  it('reads an IPTC 7901 message framed by ZCZC … NNNN', () => {
    const copy = 'ZCZC\r\n%RTE MSG\r\nTI#Wind farm approved\r\nAB#The council approved a 40-turbine wind farm.\r\nBY#Tom Reed\r\nTX#\r\nThe council approved the wind farm on Monday.\r\nConstruction starts next year.\r\nNNNN\r\n';
    const a = importOne('msg.7901', Buffer.from(copy));
    expect(a.original.format).toBe('iptc-7901');
    expect(a).toMatchObject({ headline: 'Wind farm approved', abstract: 'The council approved a 40-turbine wind farm.', byline: 'Tom Reed' });
    expect(texts(a)).toEqual(['The council approved the wind farm on Monday.', 'Construction starts next year.']);
  });
});

it('imports every fixture in tests/fixtures/formats that is a story', () => {
  for (const name of ['atom.xml', 'newsml-1.xml', 'ninjs-1.json', 'rss-3-items.xml']) expect(importFixture(name).length).toBeGreaterThan(0);
});
