/**
 * A format's own headline (NITF hl1, NewsML headline, ninjs headline…), as the desk prints it. Agency service
 * markers come off: ANSA's English service heads its titles `>>>ANSA/`, and a `*` opens a headline an agency's
 * system made from the lede. A marker such as STT's `*** TRANSLATED ***` is a note for the desk, not headline
 * text. And a "headline" that is only the lede's first characters cut mid-word ("…sat i forbindel" for "…sat i
 * forbindelse med…") is no headline at all: the story is then headed as copy without one is, by its first
 * sentence. Reuters' topic keyword glued to the headline (`PRECIOUS-Gold rises…`) is a label, not headline text.
 */
import { findAgency } from '../domain/agencies.js';

export interface FormatHeadline {
  /** The headline to print, or null when the format's one is only a cut-off copy of the lede. */
  readonly headline: string | null;
  /** Markers lifted off it ("TRANSLATED"), for the editorial note. */
  readonly notes: readonly string[];
  /** The service's topic keyword lifted off it (`GLOBAL MARKETS`), for the keywords. */
  readonly topic?: string;
}

/**
 * Reuters heads an item with its topic keyword glued by a hyphen (`GLOBAL MARKETS-Asian shares struggle…`,
 * `PRECIOUS-Gold rises…`, `Soccer-Turkish championship results`): the service's filing label, which the item's
 * slugline carries too (`GLOBAL-MARKETS/`, `GLOBAL-PRECIOUS/`, `SOCCER-TURKEY/RESULTS`). It is the keyword when every
 * word of it is a part of the slugline and the headline's next word is not the slug's next part (`Brown-Forman …`
 * under `BROWN-FORMAN/`, `EU-China summit` under `EU-CHINA/SUMMIT` are names, not labels).
 */
const TOPIC = /^(\p{L}[\p{L}]*(?: \p{L}+){0,2})-(?=\p{Lu})(\p{L}+)/u;

function topicKeyword(text: string, slugline: string): string | null {
  const m = TOPIC.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const parts = slugline.toUpperCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words = m[1].toUpperCase().split(' ');
  // A handling mark (`CORRECTED-`, `UPDATE 1-`) is the desk's to see, never taken for a topic.
  if (words.some((w) => HANDLING_MARK.test(w)) || !words.every((w) => parts.includes(w))) return null;
  // When the headline's next word is the slug's next part, the two are one name (`Brown-Forman`, `EU-China`).
  const next = parts[parts.indexOf(words.at(-1) ?? '') + 1];
  return next === m[2].toUpperCase() ? null : m[1];
}

const HANDLING_MARK = /^(?:UPDATE|REFILE|CORRECTED|CORRECTION|RPT|REPEAT|EXCLUSIVE|URGENT|BREAKING|FLASH|BULLETIN|WRAPUP|ADVISORY)$/u;

const SERVICE_MARK = /^>{2,}\s*(?:([\p{L}]{2,12})\s*\/\s*)?/u;
const STARS = /^\*+\s*/u;
/** A headline set between stars, as STT's release service heads a press release (`*** Tiedote/Org: Title ***`). */
const WRAPPED = /^\*{2,}\s*(\S.{8,}?)\s*\*{2,}$/u;
const BRACKETED_NOTE = /\s*\*{2,}\s*(\p{L}[\p{L} ]{1,40}?)\s*\*{2,}\s*$/u;

export function formatHeadline(raw: string, lede: string, slugline = ''): FormatHeadline {
  let text = raw.replace(/\s+/gu, ' ').trim();
  const notes: string[] = [];
  const mark = SERVICE_MARK.exec(text);
  if (mark) text = text.slice(mark[1] && findAgency(mark[1]) ? mark[0].length : mark[0].replace(/[^>]*$/u, '').length).trim();
  const wrapped = WRAPPED.exec(text);
  if (wrapped?.[1] && !/\*{2,}/u.test(wrapped[1])) text = wrapped[1];
  const note = BRACKETED_NOTE.exec(text);
  if (note?.[1] && note.index > 0) {
    notes.push(note[1].trim());
    text = text.slice(0, note.index).trim();
  }
  text = text.replace(STARS, '');
  const topic = slugline ? topicKeyword(text, slugline) : null;
  if (topic) text = text.slice(topic.length + 1).trim();
  const headline = isLedeStub(text, lede) ? null : text;
  return topic ? { headline, notes, topic } : { headline, notes };
}

/** The lede's opening characters, cut inside a word, standing in for a headline (20 characters or more). */
function isLedeStub(headline: string, lede: string): boolean {
  if (headline.length < 20) return false;
  const at = lede.indexOf(headline);
  // The lede may still open with its dateline ("København /ritzau/: En 41-årig mand…").
  return at >= 0 && at <= 40 && /^\p{L}/u.test(lede.slice(at + headline.length));
}
