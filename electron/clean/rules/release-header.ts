import { headerLineKind, ISSUER_LINE, RELEASE_STAMP_LINE } from '../../ingest/header-lines.js';
import type { CleaningRule } from '../rule.js';
import { firstTextBlock, wholeBlock, type Edit, type WorkingCopy } from '../working-copy.js';
import { SENTENCE } from './credit-line.js';
import { looksLikeHeadline } from './headline.js';

/**
 * The header lines above a press release's or a bulletin's title (see ingest/header-lines.ts) are not copy:
 * `Source: Digital Turbine, Inc.` names the issuer, which becomes the credit; `MEDIA RELEASE PR67276`, a product
 * code (`IDN38100`) and a handling line (`TOP PRIORITY FOR IMMEDIATE BROADCAST`) become notes for the desk, and so
 * does a release service's stamp line (`2.4.2019 16:02:09 CEST | Nye Veier | Pressemelding`, its issuer the credit). Under a
 * product code, the bulletin's header stack runs down to its title — the last short line without a full stop
 * before the first sentence — and its first line is the issuer, the others (the office: "New South Wales") notes.
 * The title is left where it is, for the headline rule. Only the top of the copy is read, and only when a story
 * follows: a lone `Source: …` line must stand above a headline, so "Source: minister to resign" stays a headline.
 */
const MAX_STACK = 6;
/** `Issued by the Bureau of Meteorology, BNOC` on a line of its own: an issuer named without a colon. */
const ISSUED_UNDER_TITLE = /^Issued by (?:the )?(\p{Lu}[^.;:!?]{2,100}?)\.?$/u;
/** A header is a handful of lines: a run longer than this is not one, and is left alone. */
const MAX_HEADER = 12;

/** A line of a header stack: short, with letters, not a sentence. */
function isFieldLine(text: string): boolean {
  return text.length <= 80 && /\p{L}{2}/u.test(text) && !/[.;,:!?]["”’']?$/u.test(text);
}

interface HeaderRead {
  readonly edits: Edit[];
  /** An issuer was read (it becomes the credit). */
  issuer: boolean;
  /** The first block after the header. */
  next: number;
  /** Whether a kind, code or handling line was read, not only an issuer line. */
  marked: boolean;
}

/** Reads a product code's header stack from block `from` (just under the code); returns the title's index. */
function readStack(copy: WorkingCopy, from: number, read: HeaderRead): number {
  let end = from;
  while (end < copy.blocks.length && end - from < MAX_STACK && isFieldLine(copy.blocks[end]?.text ?? '')) end++;
  // No sentence below the stack: its lines cannot be told from the title, so they stay.
  if (end >= copy.blocks.length || end - from >= MAX_STACK || end === from) return from;
  const title = end - 1;
  for (let i = from; i < title; i++) {
    const text = copy.blocks[i]?.text ?? '';
    if (!read.issuer && headerLineKind(text) === null) {
      read.issuer = true;
      read.edits.push(wholeBlock(copy, i, '', { credit: { label: 'Issued by', value: text } }));
    } else read.edits.push(note(copy, i, text));
  }
  return title;
}

/** Each note rides on its own line's edit (notes accumulate), so rejecting one line keeps only that one. */
function note(copy: WorkingCopy, block: number, text: string): Edit {
  return wholeBlock(copy, block, '', { notes: [text] });
}

const comparable = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function readHeader(copy: WorkingCopy, headline: string | undefined): HeaderRead {
  // The format's headline repeated above the header (headline-echo removes it later) does not end the header.
  const first = firstTextBlock(copy);
  const echoed = headline !== undefined && first >= 0 && comparable(copy.blocks[first]?.text ?? '') === comparable(headline);
  const read: HeaderRead = { edits: [], issuer: false, next: echoed ? firstTextBlock(copy, first + 1) : first, marked: false };
  if (read.next < 0) return read;
  for (let i = read.next; i < copy.blocks.length; i++) {
    if (read.edits.length > MAX_HEADER) return { ...read, edits: [] };
    const text = copy.blocks[i]?.text ?? '';
    const kind = headerLineKind(text);
    if (kind === 'issuer') {
      const m = ISSUER_LINE.exec(text);
      const value = m?.[2]?.replace(/\s+/gu, ' ') ?? '';
      if (read.issuer || !m?.[1] || SENTENCE.test(value) || value.split(' ').length > 10) break;
      read.issuer = true;
      read.edits.push(wholeBlock(copy, i, '', { credit: { label: m[1], value } }));
    } else if (kind === 'release-stamp') {
      // Its time and kind are a note; its issuer is the credit when no `Source:` line named one.
      const issuer = RELEASE_STAMP_LINE.exec(text)?.[1]?.trim();
      read.edits.push(wholeBlock(copy, i, '', { notes: [text], ...(issuer && !read.issuer ? { credit: { label: 'Issued by', value: issuer } } : {}) }));
      read.issuer ||= Boolean(issuer);
      read.marked = true;
    } else if (kind === 'release-kind' || kind === 'handling') {
      read.edits.push(note(copy, i, text));
      read.marked = true;
    } else if (kind === 'product-code') {
      read.edits.push(note(copy, i, text));
      read.marked = true;
      i = readStack(copy, i + 1, read) - 1;
    } else {
      read.next = i;
      return read;
    }
    read.next = i + 1;
  }
  return read;
}

export const releaseHeader: CleaningRule = {
  id: 'release-header',
  explanation: "Moved the release's or bulletin's header lines (issuer, release number, product code) into the source and notes",
  propose: (copy, ctx) => {
    const read = readHeader(copy, ctx.headline);
    const title = copy.blocks[read.next];
    if (read.edits.length === 0 || !title || read.next >= copy.blocks.length - 1) return [];
    // An issuer line alone must stand above a headline: "Source: minister to resign" is a headline itself.
    if (!read.marked && !looksLikeHeadline(title.text)) return [];
    // A bulletin may name its issuer right under its title (`Issued by the Australian Government Bureau of
    // Meteorology, BNOC`, the high-seas warnings): that line is the credit too, not the first paragraph.
    const below = copy.blocks[read.next + 1];
    const issued = read.marked && !read.issuer && below && read.next + 2 < copy.blocks.length ? ISSUED_UNDER_TITLE.exec(below.text) : null;
    return issued?.[1] ? [...read.edits, wholeBlock(copy, read.next + 1, '', { credit: { label: 'Issued by', value: issued[1] } })] : read.edits;
  },
};
