/**
 * A format's own headline (NITF hl1, NewsML headline, ninjs headline…), as the desk prints it. Agency service
 * markers come off: ANSA's English service heads its titles `>>>ANSA/`, and a `*` opens a headline an agency's
 * system made from the lede. A marker such as STT's `*** TRANSLATED ***` is a note for the desk, not headline
 * text. And a "headline" that is only the lede's first characters cut mid-word ("…sat i forbindel" for "…sat i
 * forbindelse med…") is no headline at all: the story is then headed as copy without one is, by its first
 * sentence.
 */
import { findAgency } from '../domain/agencies.js';

export interface FormatHeadline {
  /** The headline to print, or null when the format's one is only a cut-off copy of the lede. */
  readonly headline: string | null;
  /** Markers lifted off it ("TRANSLATED"), for the editorial note. */
  readonly notes: readonly string[];
}

const SERVICE_MARK = /^>{2,}\s*(?:([\p{L}]{2,12})\s*\/\s*)?/u;
const STARS = /^\*+\s*/u;
const BRACKETED_NOTE = /\s*\*{2,}\s*(\p{L}[\p{L} ]{1,40}?)\s*\*{2,}\s*$/u;

export function formatHeadline(raw: string, lede: string): FormatHeadline {
  let text = raw.replace(/\s+/gu, ' ').trim();
  const notes: string[] = [];
  const mark = SERVICE_MARK.exec(text);
  if (mark) text = text.slice(mark[1] && findAgency(mark[1]) ? mark[0].length : mark[0].replace(/[^>]*$/u, '').length).trim();
  const note = BRACKETED_NOTE.exec(text);
  if (note?.[1] && note.index > 0) {
    notes.push(note[1].trim());
    text = text.slice(0, note.index).trim();
  }
  text = text.replace(STARS, '');
  return { headline: isLedeStub(text, lede) ? null : text, notes };
}

/** The lede's opening characters, cut inside a word, standing in for a headline (20 characters or more). */
function isLedeStub(headline: string, lede: string): boolean {
  if (headline.length < 20) return false;
  const at = lede.indexOf(headline);
  // The lede may still open with its dateline ("København /ritzau/: En 41-årig mand…").
  return at >= 0 && at <= 40 && /^\p{L}/u.test(lede.slice(at + headline.length));
}
