/**
 * The typesetting codes of AAP's racing results (`NLRR_…` files: a race's result laid out for the page, not for
 * reading). Each code is `#` and two or three lower-case letters, some with an argument, written straight into the
 * text: `#me15:` and `#fu6557?.` open the message (the page macro and the format to use), `#qc` ends a centred
 * line, `#bb` starts a bold block (the race's heading, then the result table, then `All started.`), `#nf` returns
 * to the normal font after a horse's name, and `#sfr` sets the fraction after it (`3#sfr3/4 l` is 3 3/4 lengths).
 * In the table, `^` parts the cells (settling positions, then the prices), and a row starts at the cell holding a
 * horse's name, the one its `#nf` follows. Read so, the codes are framing: they go, and what they laid out stays —
 * the heading lines and each row of the table as paragraphs of their own, the cells apart by spaces.
 */

/** A message laid out with these codes opens with them, or holds several. */
const OPENING = /#me\d+:|#fu\d+\??\.?/u;
const CODE = /#(?:qc|bb|nf|sfr)/gu;

export function hasTypesettingCodes(text: string): boolean {
  return OPENING.test(text) || (text.match(CODE)?.length ?? 0) >= 3;
}

/** The copy with its typesetting codes read: paragraphs apart by blank lines, as plain text sets them. */
export function readTypesettingCodes(text: string): string {
  return text
    .replace(/#me\d+:|#fu\d+\??\.?/gu, '')
    .split('\n')
    .map((line) => readLine(line))
    .join('\n');
}

function readLine(line: string): string {
  if (!/[#^]/u.test(line)) return line;
  // A table row starts at the cell holding a name its `#nf` follows; the other cell breaks are spaces.
  const cells = line.split('^');
  let out = '';
  cells.forEach((cell, k) => {
    if (k > 0) out += cell.includes('#nf') ? '\n\n' : cell.trim() === '' ? '' : ' ';
    out += cell;
  });
  return out
    .replace(/\s*#(?:qc|bb)\s*/gu, '\n\n')
    .replace(/#sfr/gu, ' ')
    .replace(/#nf/gu, '')
    .replace(/[ \t]{2,}/gu, ' ')
    .replace(/\n{3,}/gu, '\n\n')
    .replace(/^\n+/u, '');
}
