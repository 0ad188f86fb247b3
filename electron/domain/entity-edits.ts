/** The editor's edits to a story's entities, as pure functions on the Entities value the form holds. */
import type { Entities, OrganisationEntity, PersonEntity, PlaceEntity } from './desk.js';

export type EntityKind = 'people' | 'organisations' | 'places';

export function addEntity(e: Entities, kind: EntityKind): Entities {
  switch (kind) {
    case 'people':
      return { ...e, people: [...e.people, { name: '', role: null, organisation: null }] };
    case 'organisations':
      return { ...e, organisations: [...e.organisations, { name: '' }] };
    case 'places':
      return { ...e, places: [...e.places, { name: '', country: null }] };
  }
}

export function removeEntity(e: Entities, kind: EntityKind, index: number): Entities {
  return { ...e, [kind]: e[kind].filter((_, i) => i !== index) };
}

export function updatePerson(e: Entities, index: number, patch: Partial<PersonEntity>): Entities {
  return { ...e, people: e.people.map((p, i) => (i === index ? { ...p, ...patch } : p)) };
}

export function updateOrganisation(e: Entities, index: number, patch: Partial<OrganisationEntity>): Entities {
  return { ...e, organisations: e.organisations.map((o, i) => (i === index ? { ...o, ...patch } : o)) };
}

export function updatePlace(e: Entities, index: number, patch: Partial<PlaceEntity>): Entities {
  return { ...e, places: e.places.map((p, i) => (i === index ? { ...p, ...patch } : p)) };
}

/** Merges entry `from` into entry `into` of the same kind: `into` keeps its name and gains what it lacked. */
export function mergeEntity(e: Entities, kind: EntityKind, from: number, into: number): Entities {
  if (from === into) return e;
  if (kind === 'people') {
    const source = e.people[from];
    const merged = e.people.map((p, i) =>
      i === into && source ? { ...p, role: p.role ?? source.role, organisation: p.organisation ?? source.organisation } : p,
    );
    return { ...e, people: merged.filter((_, i) => i !== from) };
  }
  if (kind === 'places') {
    const source = e.places[from];
    const merged = e.places.map((p, i) => (i === into && source ? { ...p, country: p.country ?? source.country } : p));
    return { ...e, places: merged.filter((_, i) => i !== from) };
  }
  return removeEntity(e, kind, from);
}

/** What is saved: entries without a name are dropped, empty roles become null. */
export function cleanEntities(e: Entities): Entities {
  const opt = (v: string | null) => (v && v.trim() ? v.trim() : null);
  return {
    people: e.people.filter((p) => p.name.trim()).map((p) => ({ name: p.name.trim(), role: opt(p.role), organisation: opt(p.organisation) })),
    organisations: e.organisations.filter((o) => o.name.trim()).map((o) => ({ name: o.name.trim() })),
    places: e.places.filter((p) => p.name.trim()).map((p) => ({ name: p.name.trim(), country: opt(p.country)?.toUpperCase().slice(0, 3) ?? null })),
  };
}
