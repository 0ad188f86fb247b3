/**
 * The printed parts of a story that every export format shares. The dateline and the credit always come from the
 * article's metadata (what the editor confirmed), never from the body text.
 */
import { directionOf } from '../domain/text-direction.js';
import type { PrintedBlock } from './body-markup.js';
import type { InlineMark } from '../domain/story-body.js';
import type { Article } from '../domain/article.js';
import { cleanByline } from '../domain/wire-values.js';

/** The dateline as the editor confirmed it, on one line, e.g. `TEHRAN, July 23 (IRNA) —`; '' when there is none. */
export function printedDateline(article: Article): string {
  return article.dateline.text.replace(/\s+/g, ' ').trim();
}

/** The credit: the source's credit line, or its name when no credit was set. */
export function printedCredit(article: Article): string {
  const credit = article.source.credit.trim();
  return credit !== '' ? credit : article.source.name.trim();
}

/** The closing credit line, e.g. `Source: Islamic Republic News Agency`; '' when the story has no source. */
export function creditLine(article: Article): string {
  const credit = printedCredit(article);
  return credit === '' ? '' : `Source: ${credit}`;
}

/** The byline, or '' when it is a desk code or a user id (`daa/mt/msr`, `tsafos`) rather than a name. */
export function printedByline(article: Article): string {
  return cleanByline(article.byline.trim());
}

/** The keywords, trimmed, without blanks or repeats, in the editor's order. */
export function printedKeywords(article: Article): string[] {
  return [...new Set(article.keywords.map((k) => k.trim()).filter((k) => k !== ''))];
}

/**
 * The body paragraphs to print, blank ones dropped. If cleaning left the confirmed dateline at the head of the first
 * paragraph, it is dropped there: the dateline is printed from the metadata, so it must not appear twice.
 */
export function bodyParagraphs(article: Article): string[] {
  const paragraphs = article.paragraphs.map((p) => p.text.trim()).filter((text) => text !== '');
  const dateline = printedDateline(article);
  const first = paragraphs[0];
  if (dateline !== '' && first !== undefined && first.startsWith(dateline)) {
    const rest = first.slice(dateline.length).trim();
    if (rest === '') paragraphs.shift();
    else paragraphs[0] = rest;
  }
  return paragraphs;
}

/** The body's blocks to print, as bodyParagraphs gives their text, with their types and marks (shifted with it). */
export function bodyBlocks(article: Article): PrintedBlock[] {
  const blocks = article.paragraphs
    .map((p) => {
      const lead = p.text.length - p.text.trimStart().length;
      const text = p.text.trim();
      return { type: p.type ?? 'paragraph', text, marks: shiftMarks(p.marks ?? [], lead, text.length) };
    })
    .filter((b) => b.text !== '');
  const dateline = printedDateline(article);
  const first = blocks[0];
  if (dateline !== '' && first !== undefined && first.text.startsWith(dateline)) {
    const rest = first.text.slice(dateline.length);
    const cut = dateline.length + (rest.length - rest.trimStart().length);
    if (rest.trim() === '') blocks.shift();
    else blocks[0] = { ...first, text: rest.trim(), marks: shiftMarks(first.marks, cut, rest.trim().length) };
  }
  return blocks;
}

function shiftMarks(marks: readonly InlineMark[], by: number, length: number): InlineMark[] {
  return marks
    .map((m) => ({ ...m, start: Math.max(0, m.start - by), end: Math.min(length, m.end - by) }))
    .filter((m) => m.end > m.start);
}

/** The body as plain text: the dateline opens the first paragraph, paragraphs are separated by a blank line. */
export function plainTextBody(article: Article): string {
  const paragraphs = bodyParagraphs(article);
  const dateline = printedDateline(article);
  if (dateline !== '') paragraphs[0] = paragraphs[0] === undefined ? dateline : `${dateline} ${paragraphs[0]}`;
  return paragraphs.join('\n\n');
}

// C0 and C1 control characters other than tab and line breaks: never meant in copy, and parse errors in HTML text
// (HTML §13.2.5.1). Wire feeds leave them behind (e.g. the SOH/STX/ETX framing of IPTC 7901).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

// BCP 47 shape only (a language, then subtags of 1–8 letters or digits); nothing else goes in `lang`.
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** The article's language as a BCP 47 tag, or null when it is empty or malformed. */
export function languageTag(article: Article): string | null {
  const tag = article.language.trim();
  return LANGUAGE_TAG.test(tag) ? tag : null;
}

export function textDirection(article: Article): 'ltr' | 'rtl' {
  const tag = languageTag(article);
  return tag === null ? 'ltr' : directionOf(tag);
}
