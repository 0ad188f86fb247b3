import { describe, expect, it } from 'vitest';
import { addEntity, cleanEntities, mergeEntity, removeEntity, updatePerson } from '../../../electron/domain/entity-edits.js';

const entities = {
  people: [
    { name: 'Ali Shamkhani', role: 'Secretary', organisation: null },
    { name: 'Shamkhani', role: null, organisation: 'Supreme National Security Council' },
  ],
  organisations: [{ name: 'SNSC' }, { name: 'Supreme National Security Council' }],
  places: [{ name: 'Tehran', country: 'IR' }],
};

describe('entity edits', () => {
  it('merges a surname into the full name, which gains what it lacked', () => {
    const merged = mergeEntity(entities, 'people', 1, 0);
    expect(merged.people).toEqual([{ name: 'Ali Shamkhani', role: 'Secretary', organisation: 'Supreme National Security Council' }]);
    expect(mergeEntity(entities, 'organisations', 0, 1).organisations).toEqual([{ name: 'Supreme National Security Council' }]);
  });

  it('adds, renames and removes; empty entries are dropped on save and countries upper-cased', () => {
    let e = addEntity(entities, 'places');
    e = updatePerson(e, 1, { name: 'Erfan al-Hiyali', role: ' ' });
    e = removeEntity(e, 'organisations', 0);
    const saved = cleanEntities({ ...e, places: [...e.places.slice(0, 1), { name: 'Baghdad', country: 'iq' }, { name: ' ', country: null }] });
    expect(saved.people[1]).toEqual({ name: 'Erfan al-Hiyali', role: null, organisation: 'Supreme National Security Council' });
    expect(saved.organisations).toEqual([{ name: 'Supreme National Security Council' }]);
    expect(saved.places).toEqual([{ name: 'Tehran', country: 'IR' }, { name: 'Baghdad', country: 'IQ' }]);
  });
});
