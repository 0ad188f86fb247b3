import { describe, it, expect } from 'vitest';
import { findAgency } from '../../../electron/domain/agencies.js';

describe('findAgency', () => {
  it('finds an agency by code, name, alias and "Name (CODE)"', () => {
    expect(findAgency('AFP')?.code).toBe('AFP');
    expect(findAgency('agence france presse')?.code).toBe('AFP');
    expect(findAgency('The Associated Press')?.code).toBe('AP');
    expect(findAgency('Islamic Republic News Agency (IRNA)')?.code).toBe('IRNA');
  });

  it('reads press-release distributors as the copy writes them, and marks them as such', () => {
    expect(findAgency('PRNewswire-AsiaNet')).toMatchObject({ code: 'PRNewswire', name: 'PR Newswire', releaseWire: true });
    expect(findAgency('GLOBE NEWSWIRE')).toMatchObject({ code: 'GlobeNewswire', releaseWire: true });
    expect(findAgency('Business Wire')?.releaseWire).toBe(true);
    expect(findAgency('Reuters')?.releaseWire).toBeUndefined();
  });

  it('takes the first of agencies named together, only when every name is known', () => {
    expect(findAgency('ats afp')?.code).toBe('ATS');
    expect(findAgency('AFP/dpa')?.code).toBe('AFP');
    expect(findAgency('AP Photo')).toBeNull();
    expect(findAgency('Acme Corp')).toBeNull();
  });
});
