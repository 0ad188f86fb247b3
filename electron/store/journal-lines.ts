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

function checksum(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}
