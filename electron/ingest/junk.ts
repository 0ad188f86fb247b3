/**
 * Input that is not copy, refused with the reason instead of stored as a story headlined `<?xml version…`, `[[[[`
 * or `Ð`: markup whose root the detector never reached (a large internal DTD ahead of it), JSON that is not a
 * ninjs item, and bytes with no words in them (random data that happened to decode as Windows-1252).
 */
import type { WireFormat } from '../domain/article.js';
import { textMakeup } from '../domain/char-class.js';

/** A DTD's internal subset larger than this is an entity-expansion attack or junk, never a wire item's. */
const MAX_INTERNAL_DTD = 16 * 1024;

/** Why this decoded text is not copy, or null when it may be. Only formats the detector fell back on are judged. */
export function junkReason(text: string, format: WireFormat, encoding: string): string | null {
  const start = text.replace(/^\uFEFF/u, '').trimStart();
  const dtd = internalSubset(start);
  if (dtd !== null && dtd > MAX_INTERNAL_DTD) {
    return `an XML document with a ${Math.round(dtd / 1024)} KB internal DTD (entity declarations ahead of the content): refused as an entity-expansion attack, not copy`;
  }
  // Wire text formats are judged by their words too (random bytes often hold an SOH or STX, which reads as ANPA).
  if (format === 'anpa-1312' || format === 'iptc-7901' || format === 'email') return wordless(text, encoding);
  if (format !== 'plain-text') return null;
  if (/^<(?:\?xml|!DOCTYPE)/iu.test(start)) return 'an XML document whose root element Copydesk could not find: not a news item';
  if (/^[[{]/u.test(start) && parsesAsJson(start)) return 'a JSON document of a kind Copydesk does not read (no ninjs uri, headline or body): not a news item';
  const table = csvTable(start, ',') ?? csvTable(start, '\t');
  if (table) return `a table of ${table.by} values (${table.rows} rows of ${table.columns} columns under a header: a spreadsheet, calendar or manifest export): not a news item`;
  return wordless(text, encoding);
}

/**
 * The shape of text that is wholly CSV (or TSV): a header of at least three short names, then at least two records, nearly
 * every one with as many fields (quotes respected, a quoted field may hold commas and line breaks). Copy with a
 * table in it is not: its sentences do not split into the header's number of fields line after line.
 */
function csvTable(text: string, separator: ',' | '\t'): { rows: number; columns: number; by: string } | null {
  const window = text.slice(0, 65536);
  // The header is judged first, alone: nearly all copy fails there, and reading every story's whole text as CSV,
  // twice (commas, tabs), was 6 % of the build worker's time on 19,296 Reuters files.
  const [header] = csvRecords(window, separator, 1);
  if (!header || header.length < 3) return null;
  if (!header.every((name) => name.trim().length > 0 && name.length <= 40 && !/[.!?]\s/u.test(name))) return null;
  const [, ...rows] = csvRecords(window, separator);
  if (rows.length < 2) return null;
  const fitting = rows.filter((r) => r.length === header.length).length;
  const by = separator === ',' ? 'comma-separated' : 'tab-separated';
  return fitting / rows.length >= 0.9 ? { rows: rows.length, columns: header.length, by } : null;
}

/**
 * Records and fields of CSV text (RFC 4180: `"` quotes a field, `""` is a quote inside one), or of TSV; records of
 * blank fields only are left out. With `limit`, reading stops once that many records are read.
 */
function csvRecords(text: string, separator: ',' | '\t', limit = Infinity): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      if (!blankRecord(record)) records.push(record);
      if (records.length >= limit) return records;
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    const last = [...record, field];
    if (!blankRecord(last)) records.push(last);
  }
  return records;
}

function blankRecord(record: readonly string[]): boolean {
  return record.every((f) => f.trim() === '');
}

/** Bytes of the DOCTYPE's internal subset ([ … ]) at the top of the document, or null without one. */
function internalSubset(start: string): number | null {
  const doctype = /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<!DOCTYPE[^[>]*\[/iu.exec(start.slice(0, 4096));
  if (!doctype) return null;
  const end = start.indexOf(']>', doctype[0].length);
  return (end < 0 ? start.length : end) - doctype[0].length;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copy is words: letters in runs. Text whose non-space characters are mostly not letters or digits, or (read as
 * Windows-1252, the fallback for bytes that are not UTF-8) mostly accented letters and symbols, is random data.
 */
function wordless(text: string, encoding: string): string | null {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const { visible: count, lettersOrDigits: letters, words } = textMakeup(sample);
  if (count === 0) return null;
  if (words === 0) return `no words in it (${count} characters of symbols or stray letters): not copy`;
  if (letters / count < 0.5) return `mostly symbols, not words (${Math.round((100 * letters) / count)} % letters or digits): not copy`;
  if (encoding === 'windows-1252') {
    const visible = sample.replace(/[\s\u0000-\u001f]+/gu, '');
    const high = (visible.match(/[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/gu) ?? []).length;
    if (high / visible.length > 0.25) {
      return `looks like binary data, not text (${Math.round((100 * high) / visible.length)} % of it accented letters and symbols)`;
    }
  }
  return null;
}
