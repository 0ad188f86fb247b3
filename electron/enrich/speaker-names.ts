/** Names as speaker tagging gives them (speakers.ts): titles and possessives off, roles, initials, given names. */
import { TITLES } from './proper-names.js';
import { FEMALE_NAMES, UNNAMED_ONE } from './speaker-words.js';
import { isKnownPlace } from './gazetteer.js';

/**
 * A person's name without what stands before it in copy: an employer's possessive ("First Chicago's Johnson") and a
 * title ("Radical Party Deputy Raul Baglini", lower-case copy's "minister manuel azpurua").
 */
export function personName(name: string): string {
  let words = name.split(/\s+/u).filter(Boolean);
  // "Data Resources' Wyss": a plural's possessive too.
  const possessive = words.findLastIndex((w) => /['’]s$|s['’]$/u.test(w));
  if (possessive >= 0 && possessive < words.length - 1) words = words.slice(possessive + 1);
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const title = words.findLastIndex((w, i) => i < words.length - 1 && (TITLES.has(w) || TITLES.has(cap(w))));
  if (title >= 0) words = words.slice(title + 1);
  // "Investor David F. La Roche": a sentence's capital on a role noun before a name of two words or more.
  if (words.length > 2 && UNNAMED_ONE.has(words[0]?.toLowerCase() ?? '')) words = words.slice(1);
  return words.join(' ');
}

/** A segment of titles and role words alone ("Chief Executive Officer", "President and CEO"): nobody's name. */
export function isRoleOnly(segment: string): boolean {
  const words = segment.split(/\s+/u).filter((w) => !/^(?:and|of|the|&)$/iu.test(w));
  return words.length > 0 && words.every((w) => ROLE_WORDS.has(w.replace(/[.,]$/u, '')));
}

export const ROLE_WORDS = new Set([...TITLES, 'Officer', 'Operating', 'Financial', 'Technology', 'Marketing', 'Senior', 'Managing', 'General', 'Partner', 'Associate', 'Assistant', 'Acting', 'Deputy', 'Vice', 'Under']);

export function isFemale(name: string): boolean {
  return FEMALE_NAMES.has(name.split(/\s+/u)[0] ?? '');
}

export function acronymOf(name: string): string {
  return name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** Honorifics of rank and religion that agency style keeps on a name at every reference, unlike a job title. */
export const HONORIFICS = new Set(['Sheikh', 'Sheik', 'Sir', 'Dame', 'Lord', 'Lady', 'Prince', 'Princess', 'King', 'Queen', 'Emir', 'Sultan', 'Ayatollah']);

/** "Luis Escalante of Costa Rica": a person's name without the country or town after "of" that says where they are from. */
export function withoutHomePlace(name: string): string {
  const m = /^((?:\p{Lu}[\p{L}'’.-]*\s+)+\p{Lu}[\p{L}'’.-]*)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})$/u.exec(name);
  return m?.[1] && m[2] && isKnownPlace(m[2]) ? m[1] : name;
}

/** People in the plural: "spokesmen", "analysts", "traders and analysts" (the head before "to/of/for"). */
export function isPlural(group: string): boolean {
  const head = group.split(/\s+(?:to|of|for|from|at|in|with)\s+/u)[0]?.split(/\s+/u).at(-1) ?? '';
  return /(?:[^s]s|men|people)$/u.test(head) || /\band\b/u.test(group);
}

/** Whether two words differ by one letter added, dropped or changed ("Treassury", "Treasury"). */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + (a.length >= b.length ? 1 : 0));
  const restB = b.slice(i + (b.length >= a.length ? 1 : 0));
  return restA === restB;
}

/**
 * Where copy calls people by the given name (Thai, Malay and Indonesian names: "Pramual Sabhavasu", then
 * "Pramual"), the one person named in full whose first word it is — when it is no one's family name and no
 * two people share it.
 */
export function byGivenName(known: readonly string[], word: string): string | undefined {
  const full = [...new Set(known.filter((n) => /\s/u.test(n)))];
  const matches = full.filter((n) => n.split(/\s+/u)[0]?.toLowerCase() === word);
  return matches.length === 1 && !full.some((n) => n.split(/\s+/u).at(-1)?.toLowerCase() === word) ? matches[0] : undefined;
}

/**
 * The full name a short form stands for among the names a story gave ("Thomson Harbour" for "Thomson Harbour Inc"):
 * the short form's own legal form first ("X Inc" is X itself), before a longer name built on it ("X Mortgage
 * Assets Corp" is a unit named after X); else the first name it opens, as `fits` allows.
 */
export function fullFormOf(short: string, names: Iterable<string>, fits: (rest: string) => boolean): string | undefined {
  let found: string | undefined;
  for (const name of names) {
    if (!name.startsWith(`${short} `)) continue;
    const rest = name.slice(short.length + 1);
    if (!fits(rest)) continue;
    if (LEGAL_FORM_ONLY.test(rest)) return name;
    found ??= name;
  }
  return found;
}
const LEGAL_FORM_ONLY = /^(?:Co|Cos|Corp|Corporation|Inc|Ltd|Plc|PLC|LLC|LP|AG|SA|NV|SpA|GmbH|Bhd)\.?(?:\s+(?:Inc|Ltd|Plc|PLC|Co)\.?)?$/u;
