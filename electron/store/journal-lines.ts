import { open, readFile } from 'node:fs/promises';
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
 * A journal's bytes, or an empty buffer when it does not exist yet. Opening a large library reads its journals as
 * bytes and decodes one line at a time (journalLineEnds, decodeCheckedBytes): the whole file as one string, split
 * into a string a line, cost more in copying and garbage collection than the parsing itself (issue 11, cold open).
 */
export async function readJournalBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    return Buffer.alloc(0);
  }
}

/**
 * Where each line of a journal's bytes ends (the offset of its newline), in order, and where its unterminated last
 * line starts (a torn append), or -1 when the bytes end in a newline. UTF-8 never uses the byte 0x0A inside a
 * character, so the newline bytes are the line breaks.
 */
export function journalLineEnds(bytes: Uint8Array): { readonly ends: number[]; readonly tail: number } {
  const ends: number[] = [];
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) ends.push(at);
  const last = ends.length > 0 ? (ends[ends.length - 1] as number) + 1 : 0;
  return { ends, tail: last < bytes.length ? last : -1 };
}

/**
 * Calls `line` with each line of a file, as a byte range [start, end) of a buffer (without the newline, nor a
 * carriage return before it), reading the file a chunk at a time: memory stays a chunk (or the longest line),
 * whatever the file's size. The buffer is reused for the next chunk, so `line` decodes what it keeps right away.
 * The last line is passed even without its newline; a missing file throws ENOENT. A `line` that throws stops the
 * reading, and the file is closed either way; so does `stop` returning true, asked before each chunk is read (a
 * reader nobody waits for any more). Node's readline spent more time decoding and splitting a 60 MB
 * search snapshot than JSON.parse took over its records (issue 11, cold open).
 */
export async function forEachLineOf(
  path: string,
  line: (bytes: Buffer, start: number, end: number) => void,
  { chunkBytes = 1 << 22, stop = () => false }: { readonly chunkBytes?: number; readonly stop?: () => boolean } = {},
): Promise<void> {
  const handle = await open(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(chunkBytes);
    let filled = 0;
    const emit = (start: number, end: number): void => line(buffer, start, end > start && buffer[end - 1] === 13 ? end - 1 : end);
    for (;;) {
      if (stop()) return;
      if (filled === buffer.length) {
        // A line longer than the buffer: the buffer grows to hold it.
        const grown = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(grown, 0, 0, filled);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      const view = buffer.subarray(0, filled + bytesRead);
      let start = 0;
      for (let at = view.indexOf(10, filled); at >= 0; at = view.indexOf(10, at + 1)) {
        emit(start, at);
        start = at + 1;
      }
      filled = view.length - start;
      if (start > 0 && filled > 0) buffer.copy(buffer, 0, start, view.length);
    }
    if (filled > 0) emit(0, filled);
  } finally {
    await handle.close();
  }
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
  if (sum !== checksum(json)) return { ok: false, reason: CHECKSUM_MISMATCH };
  return { ok: true, json, checked: true };
}

/**
 * decodeCheckedLine over the bytes [start, end) of a buffer (a line without its newline): the checksum is taken
 * over the bytes as they are on disk, which is what encodeCheckedLine summed (zlib's crc32 of a string sums its
 * UTF-8), and only the JSON part is decoded to a string.
 */
export function decodeCheckedBytes(bytes: Buffer, start: number, end: number): CheckedLine {
  const tab = end > start ? bytes.lastIndexOf(9, end - 1) : -1;
  if (tab < start) return { ok: true, json: bytes.toString('utf8', start, end), checked: false };
  const sum = bytes.toString('latin1', tab + 1, end).trim();
  if (sum !== hex(crc32(bytes.subarray(start, tab)))) return { ok: false, reason: CHECKSUM_MISMATCH };
  return { ok: true, json: bytes.toString('utf8', start, tab), checked: true };
}

const CHECKSUM_MISMATCH = 'checksum mismatch (the line was torn or overwritten)';

function checksum(text: string): string {
  return hex(crc32(text));
}

function hex(sum: number): string {
  return sum.toString(16).padStart(8, '0');
}
