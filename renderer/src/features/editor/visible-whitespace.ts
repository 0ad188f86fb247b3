/**
 * A removed stretch of white space would be invisible when struck through; spaces, no-break spaces, tabs and
 * line breaks get visible stand-ins so the editor sees what went.
 */
const STAND_INS: Readonly<Record<string, string>> = { ' ': '·', '\u00a0': '⍽', '\t': '→', '\n': '↵', '\r': '' };

export function showWhitespace(text: string): string {
  if (text.trim() !== '') return text;
  return text.replace(/[ \u00a0\t\n\r]/g, (ch) => STAND_INS[ch] ?? ch);
}
