import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../electron/ingest/formats/meta-helpers.js';

describe('isoDate keeps the time an item wrote', () => {
  it('keeps fractions of a second to the millisecond, in both ISO forms, and drops a zero fraction', () => {
    expect(isoDate('2018-01-30T16:32:18.397Z')).toBe('2018-01-30T16:32:18.397Z');
    expect(isoDate('20180130T163218,5+0100')).toBe('2018-01-30T16:32:18.500+01:00');
    expect(isoDate('2018-01-30T16:32:18.123456+00:00')).toBe('2018-01-30T16:32:18.123+00:00');
    expect(isoDate('2018-01-30T16:32:18.000Z')).toBe('2018-01-30T16:32:18Z');
    expect(isoDate('2018-01-30T16:32Z')).toBe('2018-01-30T16:32:00Z');
    expect(isoDate('2018-01-30')).toBe('2018-01-30');
  });

  it('gives the same instant as the text it read', () => {
    for (const v of ['2018-01-30T16:32:18.397Z', '20180130T163218.9-0330', '2018-01-30 16:32:18.05+02:00']) {
      expect(Date.parse(isoDate(v) ?? ''), v).toBe(Date.parse(v.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})/u, '$1-$2-$3T$4:$5:$6').replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/u, '$1:$2')));
    }
  });
});
