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

/**
 * À and a no-break space garble to `Ã` and `Â` followed by a no-break space (U+00A0), which a reader that folds
 * white space has then turned into a plain space, or dropped at a line's end: `Ã ` is left of à, `Â ` of the space.
 * Only in copy that is garbled elsewhere (a run repaired): alone, `Ã ` and `Â ` are left as they are.
 */
const LOST_NBSP = /[\u00C2\u00C3](?= |$)/gu;

interface Repair {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** The garbled runs of a text and their repairs; `garbled`: the copy is garbled elsewhere too (see LOST_NBSP). */
function repairsIn(text: string, garbled: boolean): Repair[] {
  const repairs: Repair[] = [];
  for (const m of text.matchAll(RUN)) {
    const fixed = repairMojibake(m[0]);
    if (fixed !== null) repairs.push({ start: m.index, end: m.index + m[0].length, replacement: fixed });
  }
  if (garbled || repairs.length > 0) {
    for (const m of text.matchAll(LOST_NBSP)) repairs.push({ start: m.index, end: m.index + 1, replacement: m[0] === '\u00C3' ? '\u00E0' : '' });
  }
  return repairs.sort((a, b) => a.start - b.start);
}

function applied(text: string, repairs: readonly Repair[], from = 0, to = text.length): string {
  let out = '';
  let at = from;
  for (const r of repairs) {
    if (r.start < from || r.end > to) continue;
    out += text.slice(at, r.start) + r.replacement;
    at = r.end;
  }
  return out + text.slice(at, to);
}

/** The text with every garbled run repaired (the text itself when none is), judged on the text alone. */
export function withMojibakeRepaired(text: string): string {
  return applied(text, repairsIn(text, false));
}

/**
 * The format's own headline (NITF hl1, NewsML headline…) garbled as its body is: one change from its first garbled
 * run to its last, named `mojibake@headline`, which gives the repaired headline.
 */
function headlineEdit(given: string | undefined): Edit | null {
  const text = given?.replace(/\s+/gu, ' ').trim() ?? '';
  const repairs = repairsIn(text, false);
  const first = repairs[0];
  const last = repairs.at(-1);
  if (first === undefined || last === undefined) return null;
  const { start } = first;
  const { end } = last;
  const replacement = applied(text, repairs, start, end);
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
    const found = copy.blocks.map((b) => repairsIn(b.text, false));
    const garbled = headline !== null || found.some((r) => r.length > 0);
    copy.blocks.forEach((b, block) => {
      const repairs = garbled && (found[block]?.length ?? 0) === 0 ? repairsIn(b.text, true) : (found[block] ?? []);
      for (const r of repairs) {
        const before = b.text.slice(r.start, r.end);
        const lost = r.end - r.start === 1 && (before === '\u00C3' || before === '\u00C2');
        edits.push({
          block,
          start: r.start,
          end: r.end,
          replacement: r.replacement,
          explanation: lost
            ? `Repaired “${before}” to ${r.replacement ? `“${r.replacement}”` : 'a space'}: a garbled ${r.replacement ? 'à' : 'no-break space'} whose no-break space was read as a space (UTF-8 text that had been read as Windows-1252)`
            : `Repaired “${before}” to “${r.replacement}”: UTF-8 text that had been read as Windows-1252`,
        });
      }
    });
    return edits;
  },
};
