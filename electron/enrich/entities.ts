/**
 * Offline entities: people with their title or role, organisations and places, found by a rule-based reader of
 * capitalised runs (see BENCHMARKS.md for why not an NLP library: it is measured there against compromise on the
 * annotated copy, and it costs well under a millisecond per story).
 *   "Secretary of the Supreme National Security Council Ali Shamkhani"
 *     → person Ali Shamkhani, role Secretary, organisation Supreme National Security Council
 */
import type { Entities, OrganisationEntity, PersonEntity, PlaceEntity } from '../domain/desk.js';
import { countryOf, isKnownPlace } from './gazetteer.js';
import { isAcronym, NATIONALITIES, NOT_NAMES, ORG_HEADS, properRuns, ROLE_CORE, TITLES, tokens } from './proper-names.js';

export type Mention =
  | { readonly kind: 'person'; readonly name: string; readonly role: string | null; readonly organisation: string | null; readonly start: number; readonly end: number }
  | { readonly kind: 'organisation' | 'place'; readonly name: string; readonly start: number; readonly end: number }
  | { readonly kind: 'word'; readonly name: string; readonly start: number; readonly end: number };

const CONNECTORS = new Set(['of', 'the', 'for', 'on']);
const GEO_WORDS = new Set(['Gulf', 'Sea', 'Strait', 'River', 'East', 'West', 'Valley', 'Province', 'Island', 'Islands', 'Mountains', 'Bay', 'Region', 'Peninsula', 'Desert', 'Ocean', 'Coast', 'Bank', 'Strip', 'Heights', 'Quds', 'al-Quds']);
const NOT_PERSON = new Set(['Republic', 'Mosque', 'Day', 'War', 'Cup', 'League', 'Games', 'Prize', 'Street', 'Square', 'Road', 'Airport', 'Port', 'Hospital', 'Museum', 'Revolution', 'Kingdom', 'State', 'States', 'Empire', 'Union', 'Treaty', 'Accord', 'Agreement', 'Act', 'Law', 'Islamic', 'Muslim', 'God']);
const PLACE_ALIASES: Readonly<Record<string, string>> = { US: 'US', 'U.S.': 'US', UK: 'GB', 'U.K.': 'GB', UAE: 'AE', Britain: 'GB', 'United States': 'US', 'United Kingdom': 'GB' };

function words(list: readonly string[]): string {
  return list.join(' ');
}

/** The mentions one capitalised run holds (a titled person holds a person and an organisation). */
export function classifyRun(text: string, start: number): Mention[] {
  let toks = tokens(text);
  let offset = start;
  while (toks.length > 0 && (NOT_NAMES.has(toks[0] ?? '') || CONNECTORS.has(toks[0] ?? ''))) {
    offset += (toks[0]?.length ?? 0) + 1;
    toks = toks.slice(1);
  }
  // "… Paul Okafor Monday", "… Council for": a trailing day, month or connector is not part of the name.
  while (toks.length > 0 && (CONNECTORS.has(toks.at(-1) ?? '') || NOT_NAMES.has(toks.at(-1) ?? ''))) toks = toks.slice(0, -1);
  if (toks.length === 0) return [];
  const name = words(toks);
  const end = offset + name.length;
  const alias = PLACE_ALIASES[name];
  if (alias) return [{ kind: 'place', name, start: offset, end }];
  if (isKnownPlace(name)) return [{ kind: 'place', name, start: offset, end }];

  const titled = titledPerson(toks, offset);
  if (titled) return titled;

  const last = toks.at(-1) ?? '';
  if (ORG_HEADS.has(last) || toks.some((t) => ORG_HEADS.has(t) && isAcronym(t)) || (toks.length > 1 && ORG_HEADS.has(toks[0] ?? '') && toks[1] === 'of')) {
    if (toks.length > 1 || isAcronym(last)) return [{ kind: 'organisation', name, start: offset, end }];
  }
  if (toks.length === 1 && isAcronym(name)) return [{ kind: 'organisation', name, start: offset, end }];
  if (toks.some((t) => GEO_WORDS.has(t))) return [{ kind: 'place', name, start: offset, end }];
  if (toks.length >= 2 && toks.length <= 4 && !toks.some((t) => NOT_PERSON.has(t) || NATIONALITIES.has(t) || NOT_NAMES.has(t) || CONNECTORS.has(t) || ORG_HEADS.has(t))) {
    return [{ kind: 'person', name, role: null, organisation: null, start: offset, end }];
  }
  return toks.length === 1 ? [{ kind: 'word', name, start: offset, end }] : [];
}

/** "Secretary of the Supreme National Security Council Ali Shamkhani", "Iraqi Defense Minister Erfan al-Hiyali". */
function titledPerson(toks: readonly string[], start: number): Mention[] | null {
  let lastRole = -1;
  toks.forEach((t, i) => {
    if (TITLES.has(t) || ORG_HEADS.has(t) || CONNECTORS.has(t) || NATIONALITIES.has(t)) lastRole = i;
  });
  if (lastRole < 0) return null;
  const prefix = toks.slice(0, lastRole + 1);
  const nameToks = toks.slice(lastRole + 1);
  if (!prefix.some((t) => ROLE_CORE.has(t)) || nameToks.length === 0 || nameToks.length > 4) return null;
  if (nameToks.some((t) => NOT_NAMES.has(t) || NOT_PERSON.has(t))) return null;
  const name = words(nameToks);
  const nameStart = start + words(prefix).length + 1;
  const joint = prefix.findIndex((t) => t === 'of' || t === 'for');
  let roleToks = joint >= 0 ? prefix.slice(0, joint) : prefix;
  let orgToks = joint >= 0 ? prefix.slice(joint + 1) : [];
  while (orgToks[0] === 'the') orgToks = orgToks.slice(1);
  while (roleToks.length > 1 && NATIONALITIES.has(roleToks[0] ?? '')) roleToks = roleToks.slice(1);
  // "Mr." and "Dr." are courtesy titles, not roles.
  roleToks = roleToks.filter((t) => !['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms'].includes(t));
  const role = roleToks.length > 0 ? words(roleToks) : null;
  const organisation = orgToks.length > 0 ? words(orgToks) : null;
  const person: Mention = { kind: 'person', name, role, organisation, start: nameStart, end: nameStart + name.length };
  if (!organisation) return [person];
  const orgStart = start + words(prefix.slice(0, joint + 1)).length + 1 + (prefix[joint + 1] === 'the' ? 4 : 0);
  return [person, { kind: 'organisation', name: organisation, start: orgStart, end: orgStart + organisation.length }];
}

export function paragraphMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const run of properRuns(text)) out.push(...classifyRun(run.text, run.start));
  return out;
}

/** Collects a story's entities from its paragraphs' mentions, first mention first, without duplicates. */
export function collectEntities(mentions: readonly (readonly Mention[])[]): Entities {
  const people = new Map<string, PersonEntity>();
  const organisations = new Map<string, OrganisationEntity>();
  const places = new Map<string, PlaceEntity>();
  for (const list of mentions) {
    for (const m of list) {
      if (m.kind === 'person') {
        const known = people.get(m.name);
        if (!known || (!known.role && m.role)) people.set(m.name, { name: m.name, role: m.role, organisation: m.organisation });
      } else if (m.kind === 'organisation') {
        if (!organisations.has(m.name)) organisations.set(m.name, { name: m.name });
      } else if (m.kind === 'place') {
        if (!places.has(m.name)) places.set(m.name, { name: m.name, country: PLACE_ALIASES[m.name] ?? countryOf(m.name) });
      }
    }
  }
  // A person named in full also appears by surname alone: keep only the full name.
  const full = [...people.values()];
  const kept = full.filter((p) => !full.some((q) => q !== p && q.name.endsWith(` ${p.name}`)));
  return { people: kept, organisations: [...organisations.values()], places: [...places.values()] };
}
