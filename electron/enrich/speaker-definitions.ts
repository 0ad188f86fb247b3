/**
 * What a story defines in passing and speaker tagging must remember: the mastheads it names ("quoted by the China
 * Daily") and the short forms it gives a name in brackets ("Harbour Equity Ltd (HEL)"). Each scan is one pass over a
 * paragraph.
 */

/** A masthead in running text: one to three capitalised words, then a masthead's last word. */
const MASTHEAD_NAME = /(?<![\p{L}])((?!(?:The|A|An)\s)(?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}(?:Daily|Times|Post|Journal|Herald|Tribune|Gazette|Weekly|Chronicle|Courier|Monitor|Observer))(?![\p{L}])/gu;

/** The last masthead a paragraph names, if any. */
export function lastMasthead(text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(MASTHEAD_NAME)) if (m[1]) last = m[1];
  return last;
}

/** A name (the wire's angle brackets round it or not), then its short form in brackets: "<Harbour Equity Ltd> (HEL)". */
const SHORT_FORM = /(?<![\p{L}])((?:\p{Lu}[\p{L}.&'’-]*\s+){0,5}\p{Lu}[\p{L}.&'’-]*)>?\s+\((\p{Lu}[\p{Lu}&]{1,7})\)/gu;
/** The short forms a paragraph defines, short form → full name, when the capitals of the full name spell it. */
export function shortForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(SHORT_FORM)) {
    const short = m[2];
    // Words before the name proper ("Norland Harbour Equity Ltd (HEL)", "The …") are not part of what it shortens.
    const words = (m[1] ?? '').split(/\s+/u);
    while (words.length > 1 && words[0]?.[0] !== short?.[0]) words.shift();
    const name = words.join(' ');
    if (!name || !short) continue;
    const initials = words.map((w) => w[0] ?? '').join('');
    // Only a short form the name's own initials spell, in order ("Industrial Equity Ltd" for "IEL"): not a place
    // or a ticker in brackets after a name ("Acme Corp (NYSE)").
    if (isSubsequence(short.replace(/&/gu, ''), initials)) out.set(short, name);
  }
  return out;
}

function isSubsequence(short: string, initials: string): boolean {
  let i = 0;
  for (const c of initials) if (c === short[i]) i++;
  return i === short.length && short[0] === initials[0];
}

