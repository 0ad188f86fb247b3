/**
 * Plain-text wire copy → blocks. A block is a paragraph: lines separated by blank lines, with hard-wrapped
 * lines joined. Tab- or space-indented lines also start a new paragraph (the wire convention for paragraph starts
 * when there are no blank lines).
 */
import type { WireDraft } from '../wire-draft.js';

export function parsePlainText(text: string): WireDraft {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) blocks.push(current.join(' '));
    current = [];
  };
  for (const raw of lines) {
    const line = raw.replace(/[ \t]+$/u, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (/^[\t ]{2,}|^\t/.test(line) && current.length > 0) flush();
    current.push(line.trim());
  }
  flush();
  return { blocks };
}
