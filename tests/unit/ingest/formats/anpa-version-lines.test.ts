import { describe, expect, it } from 'vitest';
import { importOne } from './import-fixture.js';

// Written for these tests in the layout of a European agency's ANPA copy without its control characters: the
// header line, the keyword line closed by `/`, the version lines, the headline closed by ` =`, the text.
const copy = (version: string): string =>
  `eca0210 3 i 120  cdt 1412\n\nHarbour/strike/\n${version}Dock workers end strike after pay deal =\n\n` +
  'Rotterdam (cdt) - Dock workers at the port ended their strike on Friday after\nunions accepted a new pay offer.\n\n' +
  'The strike had lasted nine days.\n';

describe('the version lines of ANPA copy', () => {
  it('reads a one-line version under the keyword: a word in capitals, or a note in brackets', () => {
    for (const [version, take] of [
      ['EXTRA\n', 'EXTRA'],
      ['(Warnung)\n', '(Warnung)'],
      ['REFILE\n2ND LEAD\n', 'REFILE 2ND LEAD'],
    ] as const) {
      const a = importOne('harbour.txt', Buffer.from(copy(version)));
      expect(a).toMatchObject({ headline: 'Dock workers end strike after pay deal', slugline: 'Harbour/strike', takeKey: take });
    }
  });

  it('takes no version when the keyword line stands alone above the headline', () => {
    const a = importOne('harbour.txt', Buffer.from(copy('')));
    expect(a).toMatchObject({ headline: 'Dock workers end strike after pay deal', slugline: 'Harbour/strike', takeKey: '' });
  });
});
