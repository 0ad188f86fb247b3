import { describe, expect, it } from 'vitest';
import { collectEntities, paragraphMentions } from '../../../electron/enrich/entities.js';
import { countryOf } from '../../../electron/enrich/gazetteer.js';
import { suggestSubjects } from '../../../electron/enrich/subjects.js';

const entities = (texts: string[]) => collectEntities(texts.map(paragraphMentions));

describe('entities', () => {
  it('splits a titled name into person, role and organisation', () => {
    const found = entities(['Secretary of the Supreme National Security Council Ali Shamkhani cautioned Iraq.']);
    expect(found.people).toEqual([{ name: 'Ali Shamkhani', role: 'Secretary', organisation: 'Supreme National Security Council' }]);
    expect(found.organisations).toEqual([{ name: 'Supreme National Security Council' }]);
    expect(found.places).toEqual([{ name: 'Iraq', country: 'IQ' }]);
  });

  it('keeps particles in names and drops the nationality from the role', () => {
    expect(entities(['He met Iraqi Defense Minister Erfan al-Hiyali in Baghdad.']).people).toEqual([
      { name: 'Erfan al-Hiyali', role: 'Defense Minister', organisation: null },
    ]);
  });

  it('files a surname under the full name already given', () => {
    expect(entities(['Union leader Marta Okonkwo spoke.', 'Okonkwo left.']).people.map((p) => p.name)).toEqual(['Marta Okonkwo']);
  });
});

describe('gazetteer', () => {
  it('gives the country of cities and countries, whatever their case', () => {
    expect(countryOf('Tehran')).toBe('IR');
    expect(countryOf('TEHRAN')).toBe('IR');
    expect(countryOf('Washington')).toBe('US');
    expect(countryOf('Iraq')).toBe('IQ');
    expect(countryOf('Nowhereville')).toBeNull();
    expect(countryOf('__proto__')).toBeNull();
  });
});

describe('subjects', () => {
  it('suggests IPTC Media Topics ranked by relevance, best first', () => {
    const subjects = suggestSubjects(['The attack was an act of terrorism, police said.', 'Terrorism charges were filed in court.']);
    expect(subjects[0]).toMatchObject({ code: '20000103', scheme: 'medtop', name: 'terrorism', score: 1, suggested: true });
    expect(subjects.every((s, i) => i === 0 || (s.score ?? 0) <= (subjects[i - 1]?.score ?? 0))).toBe(true);
  });

  it('suggests nothing for empty copy', () => {
    expect(suggestSubjects([''])).toEqual([]);
  });
});
