/** Text positions inside textblocks: a block's text is its text nodes with "\n" for a line break, one char a position. */
import type { Node as PMNode } from 'prosemirror-model';

export function blockText(block: PMNode): string {
  let text = '';
  block.forEach((child) => {
    text += child.isText ? (child.text ?? '') : '\n';
  });
  return text;
}

/** Where each body textblock starts (the position of its content), by block id. */
export function blockPositions(doc: PMNode): Map<string, { pos: number; node: PMNode; index: number }> {
  const out = new Map<string, { pos: number; node: PMNode; index: number }>();
  let index = 0;
  const bodyStart = doc.child(0).nodeSize + doc.child(1).nodeSize + 1;
  doc.child(2).descendants((node, pos) => {
    if (!node.isTextblock) return true;
    out.set(node.attrs.id as string, { pos: bodyStart + pos + 1, node, index: index++ });
    return false;
  });
  return out;
}

/**
 * Finds quoted words in a block: at the hint if they are still there, else the occurrence whose context matches
 * best (prefix and suffix), else the first; -1 when the words are gone.
 */
export function locate(text: string, exact: string, hint: number, prefix = '', suffix = ''): number {
  if (!exact) return -1;
  if (text.slice(hint, hint + exact.length) === exact) return hint;
  let best = -1;
  let bestScore = -1;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const before = text.slice(Math.max(0, at - prefix.length), at);
    const after = text.slice(at + exact.length, at + exact.length + suffix.length);
    const score = (prefix && before.endsWith(prefix) ? 2 : 0) + (suffix && after.startsWith(suffix) ? 2 : 0);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}
