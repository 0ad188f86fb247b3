/** Plain agency copy: headlines kept whole at hyphens and dashes, datelines read, the sign-off lifted into the source. */
import { describe, expect, it } from 'vitest';
import { importOne, texts } from '../ingest/formats/import-fixture.js';

const story = (lines: readonly string[]) => Buffer.from(`${lines.join('\n')}\n`);

describe('agency sign-off', () => {
  it('removes "Reuter" on the last line as a recorded change and credits Reuters', () => {
    const a = importOne('rates.txt', story(['BANK RATES STEADY IN MANILA', '    MANILA, March 3 - The central bank kept its key rate at 4.5 pct on Tuesday.', '    Traders had expected the decision.', ' Reuter']));
    expect(texts(a)).toEqual(['The central bank kept its key rate at 4.5 pct on Tuesday.', 'Traders had expected the decision.']);
    expect(a.source).toMatchObject({ name: 'Reuters', code: 'Reuters' });
    expect(a.changes.some((c) => c.rule === 'sign-off')).toBe(true);
  });

  it('cuts a sign-off the reader ran into the last paragraph, and a sign-off with the desk’s initials', () => {
    const merged = importOne('net.txt', story(['ACME CORP <ACM> 4TH QTR NET', '    DENVER, Feb 26 -', '    Shr 10 cts vs nine cts', '    Net 1.2 mln vs 1.1 mln', 'Reuter']));
    expect(texts(merged).at(-1)).toBe('Net 1.2 mln vs 1.1 mln');
    const dpa = importOne('dpa.txt', story(['Flood warning lifted in Passau', '', 'Passau (dpa) - The flood warning for Passau was lifted on Sunday.', '', 'dpa mb yy']));
    expect(texts(dpa)).toEqual(['The flood warning for Passau was lifted on Sunday.']);
  });

  it('removes a bracketed sign-off with the desk\'s initials, escaped slash or not, but not a bracketed aside', () => {
    for (const sign of ['(SDA/sj)', '(SDA\\/sj)', '(ats/afp)']) {
      const a = importOne('ats.txt', story(['Le Conseil adopte le budget', '', 'BERNE, 3 mars (ATS) - Le Conseil national a adopté le budget mardi.', '', sign]));
      expect(texts(a)).toEqual(['Le Conseil national a adopté le budget mardi.']);
    }
    // The dateline's agency stays the credit: the sign-off under it is the desk's.
    const credited = importOne('ats2.txt', story(['Le Conseil adopte le budget', '', 'BERNE, 3 mars (ATS) - Le Conseil national a adopté le budget mardi.', '', '(SDA/sj)']));
    expect(credited.source.code).toBe('ATS');
    const aside = importOne('aside.txt', story(['Council meets', '', 'BERNE, March 3 - The council met on Tuesday.', '', '(See also/Budget)']));
    expect(texts(aside).at(-1)).toBe('(See also/Budget)');
  });

  it('keeps a last paragraph that only ends with an agency name ("told AFP") and takes no sign-off from it', () => {
    const a = importOne('told.txt', story(['Minister resigns', '', 'PARIS, March 3 - The minister resigned on Tuesday.', '', 'He gave his reasons in an interview he gave to AFP']));
    expect(texts(a).at(-1)).toBe('He gave his reasons in an interview he gave to AFP');
    expect(a.changes.some((c) => c.rule === 'sign-off')).toBe(false);
  });
});

describe('plain-text headlines and datelines', () => {
  it('keeps a headline whole at a hyphen or a dash, and reads the dateline under it', () => {
    const hyphen = importOne('bf.txt', story(['BROWN-FORMAN INC <BFD> 4TH QTR NET', '    LOUISVILLE, Ky., Feb 26 - Quarter ended January 31.', '    Shr one dlr vs 73 cts', ' Reuter']));
    expect(hyphen.headline.toUpperCase()).toBe('BROWN-FORMAN INC <BFD> 4TH QTR NET');
    expect(hyphen.dateline).toMatchObject({ place: 'Louisville', region: 'Ky.' });
    const dash = importOne('sugar.txt', story(['SUGAR QUOTA IMPORTS DETAILED -- USDA', '    WASHINGTON, Feb 26 - The Agriculture Department said sugar imports were on schedule.', ' Reuter']));
    expect(dash.headline).toBe('Sugar quota imports detailed -- USDA');
    expect(dash.dateline.place).toBe('Washington');
  });

  it('reads "RICHMOND, Va., Feb 26 -" and a month typed in mixed case ("NEW YORK, FEb 26")', () => {
    const va = importOne('va.txt', story(['METALS SALE', '    RICHMOND, Va., Feb 26 - Reynolds Metals Co said it sold its tank unit.', '    Terms were not disclosed.']));
    expect(va.dateline).toMatchObject({ place: 'Richmond', region: 'Va.', date: '2026-02-26' });
    const ny = importOne('ny.txt', story(['SHARES RISE ON BID HOPES', '    NEW YORK, FEb 26 - Shares of the company rose after a bid was rumoured, traders said.', '    The company declined to comment.']));
    expect(ny.dateline).toMatchObject({ place: 'New York', date: '2026-02-26' });
    expect(texts(ny)[0]).toBe('Shares of the company rose after a bid was rumoured, traders said.');
  });
});

describe('sign-off shapes', () => {
  it('removes "Reuter" before an ETX or trailing blanks, and in capitals', () => {
    for (const tail of [' Reuter\u0003', ' Reuter\n\u0003', ' Reuter   ', ' REUTER', '    Reuter']) {
      const a = importOne('etx.txt', Buffer.from(`WHEAT EXPORTS RISE\n    CHICAGO, March 3 - Wheat exports rose last week, the department said.\n    Corn exports fell.\n${tail}\n`));
      expect(texts(a), JSON.stringify(tail)).toEqual(['Wheat exports rose last week, the department said.', 'Corn exports fell.']);
      expect(a.source.name).toBe('Reuters');
    }
  });

  it('cuts the sign-off run into a story of one paragraph, and keeps the paragraph', () => {
    const a = importOne('one.txt', Buffer.from('WHEAT EXPORTS RISE\nCHICAGO, March 3 - Wheat exports rose last week, the\ndepartment said.\nReuter\n'));
    expect(texts(a)).toEqual(['Wheat exports rose last week, the department said.']);
    expect(a.source.name).toBe('Reuters');
  });

  it('keeps a last sentence ending "Reuters said." and takes no sign-off from it', () => {
    const a = importOne('said.txt', Buffer.from('GULF RISKS GROW\nLONDON, March 3 - Premiums rose.\n    "The risks are growing," the chairman said, Reuters said.\n'));
    expect(texts(a).at(-1)).toBe('"The risks are growing," the chairman said, Reuters said.');
    expect(a.changes.some((c) => c.rule === 'sign-off')).toBe(false);
  });
});
