/**
 * A maritime safety broadcast (issue 12: the Bureau's `IDY21020` came in headed `SECURITE`, its SafetyNET address
 * line as the first paragraph). On a fixture typed in that shape: the product code, the address line of colon-parted
 * codes and the radio signal SECURITE are the bulletin's handling, kept as notes for the desk; the title below them
 * is the headline, and the `Issued by …` line under the title the credit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerLineKind } from '../../../electron/ingest/header-lines.js';
import { importOne, texts } from './formats/import-fixture.js';

describe('a high-seas warning', () => {
  it('keeps its codes and safety signal as notes and its title as the headline', () => {
    const a = importOne('warning.tst', readFileSync(new URL('../../fixtures/wire/bulletin-high-seas-securite.tst', import.meta.url)));
    expect(a.headline).toBe('High Seas Weather Warning for METAREA 11');
    expect(a.ednote.split('; ')).toEqual(['IDY21099', '51:2:1:07:30S070E40100:12:00', 'SECURITE']);
    // Its issuer, named under the title, is the credit; the copy starts with the time it was issued.
    expect(a.source.credit).toBe('Example Meteorological Service');
    expect(texts(a)[0]).toBe('At 0600UTC 3 March 2019');
    // Its headings in capitals stand apart from the lines of copy under them.
    expect(texts(a)).toContain('SITUATION AT 0600UTC');
    expect(texts(a)).toContain('A cold front near 40S080E is moving east at 25 knots.');
  });

  it('does not take a time or a score for an address line', () => {
    expect(headerLineKind('PAN PAN')).toBe('handling');
    expect(headerLineKind('12:30')).toBeNull();
    expect(headerLineKind('Results: 2:1:0')).toBeNull();
  });
});
