/**
 * A press release sent through a distributor other than PR Newswire (issue 12: AsiaNet's Japanese partner,
 * `/Kyodo JBN-AsiaNet/`, was not in the agency table, so the issuer was credited alone with no distributor).
 * Kyodo JBN is Kyodo News's release service, a distributor like PR Newswire: the issuer is credited through it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAgency } from '../../../electron/domain/agencies.js';
import { importOne } from '../ingest/formats/import-fixture.js';

describe('a release through Kyodo JBN-AsiaNet', () => {
  it('credits the issuer via the distributor, as for PRNewswire-AsiaNet', () => {
    const a = importOne('release.tst', readFileSync(new URL('../../fixtures/wire/release-kyodo-jbn.tst', import.meta.url)));
    expect(a.headline).toBe('Minato Precision Opens Sensor Plant in Nagano With Recycled Water Line');
    expect(a.dateline).toMatchObject({ place: 'Tokyo', date: '2026-03-05', agency: 'Kyodo JBN-AsiaNet' });
    expect(a.source).toEqual({ name: 'Kyodo JBN', code: 'JBN', credit: 'Minato Precision Co., Ltd. via Kyodo JBN-AsiaNet' });
  });

  it('is a release wire, not the news agency Kyodo', () => {
    expect(findAgency('Kyodo JBN')).toMatchObject({ code: 'JBN', releaseWire: true });
    expect(findAgency('Kyodo')?.code).toBe('Kyodo');
    expect(findAgency('Kyodo')?.releaseWire).toBeUndefined();
  });
});
