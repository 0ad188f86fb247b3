/**
 * Plain-text wire copy → blocks. A block is a paragraph: lines separated by blank lines, with hard-wrapped
 * lines joined. An indented line also starts a new paragraph (the wire convention when there are no blank lines)
 * — unless every line is indented, when indentation says nothing. A word broken at a wrap ("long-⏎awaited")
 * is joined without a space.
 */
import type { WireDraft } from '../wire-draft.js';

const INDENTED = /^(?:[\t]| {2,})/;

export function parsePlainText(text: string): WireDraft {
  const lines = text.replace(/\r\n?|[\u2028\u2029]/g, '\n').split('\n').map((l) => l.replace(/[ \t]+$/u, ''));
  const content = lines.filter((l) => l.trim() !== '');
  const indentMarksParagraphs = content.some((l) => !INDENTED.test(l));
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current !== '') blocks.push(current);
    current = '';
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (indentMarksParagraphs && INDENTED.test(line) && current !== '') flush();
    const piece = line.trim();
    if (current === '') current = piece;
    else if (/\p{L}-$/u.test(current) && /^\p{Ll}/u.test(piece)) current += piece;
    else current += ` ${piece}`;
  }
  flush();
  return { blocks, meta: {} };
}
