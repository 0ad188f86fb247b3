import type { CleaningRule } from '../rule.js';
import { FORMAT_HEADLINE, type Edit } from '../working-copy.js';
import iconv from 'iconv-lite';

/**
 * UTF-8 copy that was once (or twice) decoded as Windows-1252 on its way here shows each accented letter as two
 * or more Latin-1 letters: `Ã©` for é, `â€™` for ’, `Ã¢â‚¬â„¢` for ’ read wrongly twice. A run of such characters
 * is encoded back to Windows-1252 bytes; when those bytes are valid UTF-8 the decoded text is the repair (strict
 * validity keeps real Latin-1 words such as "Ãgua" untouched). Repeated until nothing changes, at most three times.
 */
const CONT = '[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]';
const RUN = new RegExp(`(?:[\\u00C2-\\u00F4]${CONT}{1,3})+`, 'gu');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; a decoder that passed them through left them as
 * the C1 controls U+0081… (`â€\u009D` is ” read wrongly: E2 80 9D). Those go back to their own byte.
 */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function windows1252Bytes(text: string): Uint8Array | null {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (UNDEFINED_IN_1252.has(code)) {
      out.push(code);
      continue;
    }
    const bytes = iconv.encode(ch, 'windows-1252');
    // iconv writes '?' for a character Windows-1252 cannot hold: then this is not a mis-decoded run.
    if (bytes.length !== 1 || (bytes[0] === 0x3f && ch !== '?')) return null;
    out.push(bytes[0] ?? 0);
  }
  return Uint8Array.from(out);
}

export function repairMojibake(text: string): string | null {
  let current = text;
  for (let pass = 0; pass < 3; pass++) {
    const bytes = windows1252Bytes(current);
    if (bytes === null) break;
    let next: string;
    try {
      next = strictUtf8.decode(bytes);
    } catch {
      break;
    }
    if (next === current) break;
    current = next;
    if (!new RegExp(RUN.source, 'u').test(current)) break;
  }
  return current === text ? null : current;
}

/** The text with every garbled run repaired (the text itself when none is). */
export function withMojibakeRepaired(text: string): string {
  return text.replace(RUN, (run) => repairMojibake(run) ?? run);
}

/**
 * The format's own headline (NITF hl1, NewsML headline…) garbled as its body is: one change from its first garbled
 * run to its last, named `mojibake@headline`, which gives the repaired headline.
 */
function headlineEdit(given: string | undefined): Edit | null {
  const text = given?.replace(/\s+/gu, ' ').trim() ?? '';
  const runs = [...text.matchAll(RUN)].filter((m) => repairMojibake(m[0]) !== null);
  const first = runs[0];
  const last = runs.at(-1);
  if (first === undefined || last === undefined) return null;
  const start = first.index;
  const end = last.index + last[0].length;
  const replacement = withMojibakeRepaired(text.slice(start, end));
  return {
    block: FORMAT_HEADLINE,
    start,
    end,
    replacement,
    extract: { headline: text.slice(0, start) + replacement + text.slice(end) },
    explanation: `Repaired the headline's “${text.slice(start, end)}” to “${replacement}”: UTF-8 text that had been read as Windows-1252`,
  };
}

export const mojibake: CleaningRule = {
  id: 'mojibake',
  explanation: 'Repaired characters garbled by a wrong encoding (UTF-8 read as Windows-1252)',
  propose: (copy, ctx) => {
    const edits: Edit[] = [];
    const headline = headlineEdit(ctx.headline);
    if (headline) edits.push(headline);
    copy.blocks.forEach((b, block) => {
      for (const m of b.text.matchAll(RUN)) {
        const fixed = repairMojibake(m[0]);
        if (fixed === null) continue;
        edits.push({
          block,
          start: m.index,
          end: m.index + m[0].length,
          replacement: fixed,
          explanation: `Repaired “${m[0]}” to “${fixed}”: UTF-8 text that had been read as Windows-1252`,
        });
      }
    });
    return edits;
  },
};
