/**
 * Raw wire values that must not reach a reader as they are: desk codes and system user ids where a byline
 * belongs, an agency written as a domain or run together, a placeholder source, a slug with the desk's media
 * notes. Pure functions, applied when the wire's metadata is read and again before anything goes out.
 */
import { AGENCIES, findAgency, type Agency } from './agencies.js';

/**
 * A desk code or a system user id, not a person: `daa/mt/msr` (initials of the desk's editors, slash-joined),
 * `tsafos` or `nikolei.hans-hermann` (a login: lower case, no space). A byline names people as people write them.
 */
export function isDeskCode(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (isDeskInitials(t)) return true;
  return /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/u.test(t);
}

/** The desk's sign-off, `daa/mt/msr`: the initials of whoever handled the copy, slash-joined — several people, none named. */
export function isDeskInitials(text: string): boolean {
  return /^[a-z]{1,5}(?:\/[a-z]{1,5})+$/iu.test(text.trim());
}

/**
 * A byline without the word that introduces it: `By`, and its German, French, Dutch, Nordic and Spanish forms
 * before a name (`Von Andrej Sokolow, dpa`, `Par Claire Dumas`, `Av Kari Nordmann`).
 */
export function withoutByWord(byline: string): string {
  return byline.replace(/^\s*(?:[Bb][Yy]\s+|(?:[Vv]on|[Pp]ar|[Dd]oor|[Aa][vf]|[Pp]or)\s+(?=\p{Lu}))/u, '').trim();
}

/** The byline to print: '' for a desk code or user id. */
export function cleanByline(byline: string): string {
  return isDeskCode(byline.replace(/^by\s+/iu, '')) ? '' : byline;
}

/**
 * Words that name a post on the desk rather than a person: a byline made of them alone (`Staff Reporter`,
 * `Our Correspondent`, `Staff Writers`, `News Desk`) credits the paper's staff, no writer.
 */
const STAFF_WORDS = new Set(['staff', 'reporter', 'reporters', 'writer', 'writers', 'correspondent', 'correspondents', 'our', 'a', 'the', 'news', 'desk', 'newsroom', 'editor', 'editors', 'team', 'and', 'special']);

export function isStaffCredit(byline: string): boolean {
  const words = byline.replace(/^by\s+/iu, '').toLowerCase().split(/[\s,/&]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => STAFF_WORDS.has(w)) && words.some((w) => w !== 'a' && w !== 'the' && w !== 'our' && w !== 'and');
}

/** Words a feed puts where the agency's name should be when it has none. */
const PLACEHOLDERS = new Set(['agency', 'source', 'wire', 'news agency', 'unknown', 'n/a', 'none', 'newswire']);

export function isPlaceholderSource(text: string): boolean {
  return PLACEHOLDERS.has(text.trim().toLowerCase());
}

/**
 * The agency a raw source value stands for: a code or name (any case, run together as in `KYODONEWS`), a domain
 * (`reuters.com`, `www.afp.com`).
 */
export function agencyFromRaw(raw: string): Agency | null {
  const text = raw.trim();
  if (text === '' || isPlaceholderSource(text)) return null;
  // Any country's domain too (`ntb.no`, `tt.se`, `stt.fi`), as a feed's provider names its agency.
  const domain = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)\.(?:com|org|net|co|com\.[a-z]{2}|co\.[a-z]{2}|[a-z]{2})\/?$/iu.exec(text);
  return findAgency(domain?.[1] ?? text) ?? findCompact(text) ?? eitherSide(text);
}

/**
 * A provider named as its code and its full name joined by a dash (`APA - Austria Presse Agentur`, `dpa – Deutsche
 * Presse-Agentur`): the agency either side names.
 */
function eitherSide(text: string): Agency | null {
  const parts = text.split(/\s+[-–—]\s+/u);
  if (parts.length !== 2) return null;
  for (const part of parts) {
    const agency = findAgency(part) ?? findCompact(part);
    if (agency) return agency;
  }
  return null;
}

/** A bare host name (`globenewswire.com`, `www.aap.com.au`): an address, not how a credit line reads. */
export function isDomainName(text: string): boolean {
  return /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/iu.test(text.trim());
}

function compact(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/u, '').replace(/[^a-z0-9]+/gu, '');
}

let compactIndex: Map<string, Agency> | null = null;
function findCompact(text: string): Agency | null {
  if (!compactIndex) {
    compactIndex = new Map();
    // Each agency's code, name and aliases run together, as some feeds write them (KYODONEWS).
    for (const agency of AGENCIES) {
      for (const key of [agency.code, agency.name, ...(agency.aliases ?? [])]) compactIndex.set(compact(key), agency);
    }
  }
  return compactIndex.get(compact(text)) ?? null;
}


/**
 * Reuters' notes in brackets after a slug: what comes with the story (PIX, TV, GRAPHIC…) and which version it is
 * (UPDATE 2, WRAPUP 1, REFILE). Any other capitals in brackets are the slug's own words (`USA (NY)`, a place).
 */
const MEDIA_NOTES: ReadonlySet<string> = new Set([
  'PIX', 'TV', 'VIDEO', 'GRAPHIC', 'GRAPHICS', 'FACTBOX', 'INTERACTIVE', 'AUDIO', 'PODCAST', 'WRAPUP', 'UPDATE',
  'REFILE', 'CORRECTED', 'CORRECTION', 'RPT', 'REPEAT', 'ADVISORY', 'TABLE', 'TIMELINE',
]);

function isMediaNote(group: string): boolean {
  return group.slice(1, -1).split(/[,/]/u).every((part) => MEDIA_NOTES.has(part.replace(/\d+/gu, '').trim()));
}

/**
 * A wire slug without the desk's notes in brackets and stray separators: `POPE-LATAM/ (PIX, TV)` → `POPE-LATAM`,
 * `GLOBAL-MARKETS/ (WRAPUP 1)` → `GLOBAL-MARKETS` (Reuters puts the available pictures and video, and the
 * version marker, in capitals in brackets after the slug; the marker is metadata, as on the headline).
 */
export function cleanSlug(slug: string): string {
  return slug
    .replace(/\((?:[A-Z]{2,}(?:\s*\d+)?(?:\s*[,/]\s*[A-Z]{2,}(?:\s*\d+)?)*)\)/gu, (group) => (isMediaNote(group) ? ' ' : group))
    .replace(/[/\\|]+(?=\s|$)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[-/\s]+$/u, '');
}
