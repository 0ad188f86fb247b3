/**
 * JSON is bounded before it is parsed: JSON.parse builds every array and object at once, ~100 bytes each, so a
 * 20 MB file of nothing but brackets (`[[[[…]]]]`, `[[],[],…]`) takes over 1 GB to read (measured by the soak's
 * per-input run) before anything can look at it. A news file holds thousands of objects, not millions, and nests a
 * few levels deep; past these bounds the file is refused with its figures, in one linear scan, without parsing.
 */

/** More arrays and objects than any ninjs file Copydesk reads holds (a 99,000-item array holds ~500,000). */
export const MAX_JSON_CONTAINERS = 1_000_000;
/** The tree builder's depth (markup/tree-builder.ts): ninjs nests fewer than ten levels. */
export const MAX_JSON_DEPTH = 512;

const OPEN_SQUARE = 0x5b;
const OPEN_CURLY = 0x7b;
const CLOSE_SQUARE = 0x5d;
const CLOSE_CURLY = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Why this text is refused as JSON too large to read, or null (for JSON within bounds and for any other text). */
export function jsonBoundsReason(text: string): string | null {
  const start = text.replace(/^\uFEFF/u, '').trimStart();
  const first = start.charCodeAt(0);
  if (first !== OPEN_SQUARE && first !== OPEN_CURLY) return null;
  // Only text shaped like a JSON document is judged: copy that merely starts with a bracket ends in words.
  const last = start.trimEnd().charCodeAt(start.trimEnd().length - 1);
  if (last !== CLOSE_SQUARE && last !== CLOSE_CURLY) return null;
  let depth = 0;
  let deepest = 0;
  let containers = 0;
  let inString = false;
  for (let i = 0; i < start.length; i++) {
    const c = start.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_SQUARE || c === OPEN_CURLY) {
      containers++;
      if (++depth > deepest) deepest = depth;
    } else if (c === CLOSE_SQUARE || c === CLOSE_CURLY) depth--;
  }
  if (deepest > MAX_JSON_DEPTH) {
    return `a JSON document nested ${deepest.toLocaleString('en')} levels deep (more than ${MAX_JSON_DEPTH}): refused rather than read, not a news item`;
  }
  if (containers > MAX_JSON_CONTAINERS) {
    return `a JSON document of ${containers.toLocaleString('en')} arrays and objects (more than ${MAX_JSON_CONTAINERS.toLocaleString('en')}): refused rather than read, not a news item`;
  }
  return null;
}
