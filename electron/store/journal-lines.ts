import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';

/** The non-empty lines of an append-only journal (index.jsonl, fingerprints.jsonl); none when it does not exist yet. */
export async function readJournalLines(path: string): Promise<string[]> {
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  return text.split('\n').filter((line) => line !== '');
}

/**
 * A checked line: the JSON, a tab and its CRC-32 in hex. JSON.stringify never writes a raw tab, so the last tab
 * always starts the checksum; a line without one was written before checksums (read as it is, unchecked).
 * A flipped, overwritten or glued line fails its checksum instead of being read as some other story.
 */
export function encodeCheckedLine(json: string): string {
  return `${json}\t${checksum(json)}\n`;
}

export type CheckedLine = { readonly ok: true; readonly json: string; readonly checked: boolean } | { readonly ok: false; readonly reason: string };

/** Reads one line (without its newline); `ok: false` when its checksum does not match what it holds. */
export function decodeCheckedLine(line: string): CheckedLine {
  const tab = line.lastIndexOf('\t');
  if (tab < 0) return { ok: true, json: line, checked: false };
  const json = line.slice(0, tab);
  const sum = line.slice(tab + 1).trim();
  if (sum !== checksum(json)) return { ok: false, reason: 'checksum mismatch (the line was torn or overwritten)' };
  return { ok: true, json, checked: true };
}

/**
 * encodeCheckedLine straight into bytes: the JSON is encoded to UTF-8 once and its checksum taken on those bytes
 * (crc32 of a string checksums its UTF-8 bytes, so the line is the same), instead of once for the checksum and
 * once more for the file. A pack line is a whole story (~10 KB); a batch writes hundreds.
 */
export function encodeCheckedBytes(json: string): Buffer {
  const length = Buffer.byteLength(json);
  const line = Buffer.allocUnsafe(length + 10);
  line.write(json, 0, length, 'utf8');
  line.write(`\t${crc32(line.subarray(0, length)).toString(16).padStart(8, '0')}\n`, length, 10, 'latin1');
  return line;
}

/**
 * decodeCheckedLine on the bytes of one line (with or without its newline), checked on the bytes themselves; the
 * JSON is decoded once, for the caller to parse.
 */
export function decodeCheckedBytes(bytes: Buffer): CheckedLine {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 10 ? bytes.length - 1 : bytes.length;
  const tab = bytes.lastIndexOf(9, end - 1);
  if (tab < 0) return { ok: true, json: bytes.toString('utf8', 0, end), checked: false };
  const sum = bytes.toString('latin1', tab + 1, end).trim();
  if (sum !== crc32(bytes.subarray(0, tab)).toString(16).padStart(8, '0')) return { ok: false, reason: 'checksum mismatch (the line was torn or overwritten)' };
  return { ok: true, json: bytes.toString('utf8', 0, tab), checked: true };
}

function checksum(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}
