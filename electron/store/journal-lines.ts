import { open } from 'node:fs/promises';
import { crc32 } from 'node:zlib';

/**
 * Calls `line` with each line of a file, as a byte range [start, end) of a buffer (without the newline, nor a
 * carriage return before it), reading the file a chunk at a time: memory stays a chunk (or the longest line),
 * whatever the file's size. The buffer is reused for the next chunk, so `line` decodes what it keeps right away.
 * The last line is passed even without its newline, `terminated` false (a torn append); a missing file throws ENOENT. A `line` that throws stops the
 * reading, and the file is closed either way; so does `stop` returning true, asked before each chunk is read (a
 * reader nobody waits for any more). Node's readline spent more time decoding and splitting a 60 MB
 * search snapshot than JSON.parse took over its records (issue 11, cold open).
 *
 * Chunks of 256 KB, not 4 MB: a chunk's lines are handled in one go, and `serve` answers the browser (the page, its
 * script, the first list) between chunks while the library opens. With 4 MB chunks (~40 ms of parsing each) the
 * page and its script came ~300 ms late; the desk's cold start at 100,000 stories went from 1,219–1,596 ms to
 * 1,154–1,268 (alternated runs), and `list` and the first page through the API took the same time either way.
 */
export async function forEachLineOf(
  path: string,
  line: (bytes: Buffer, start: number, end: number, terminated: boolean) => void,
  { chunkBytes = 1 << 18, stop = () => false }: { readonly chunkBytes?: number; readonly stop?: () => boolean } = {},
): Promise<void> {
  const handle = await open(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(chunkBytes);
    let filled = 0;
    const emit = (start: number, end: number, terminated: boolean): void =>
      line(buffer, start, end > start && buffer[end - 1] === 13 ? end - 1 : end, terminated);
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
        emit(start, at, true);
        start = at + 1;
      }
      filled = view.length - start;
      if (start > 0 && filled > 0) buffer.copy(buffer, 0, start, view.length);
    }
    if (filled > 0) emit(0, filled, false);
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
 * encodeCheckedLine straight into bytes: the JSON is encoded to UTF-8 once and its checksum taken on those bytes
 * (crc32 of a string checksums its UTF-8 bytes, so the line is the same), instead of once for the checksum and
 * once more for the file. A pack line is a whole story (~10 KB); a batch writes hundreds.
 */
export function encodeCheckedBytes(json: string): Buffer {
  const length = Buffer.byteLength(json);
  const line = Buffer.allocUnsafe(length + 10);
  line.write(json, 0, length, 'utf8');
  line.write(`\t${hex(crc32(line.subarray(0, length)))}\n`, length, 10, 'latin1');
  return line;
}

/**
 * decodeCheckedLine over the bytes [start, end) of a buffer (a line without its newline; by default the whole
 * buffer, a newline at its end left out): the checksum is taken over the bytes as they are on disk, which is what
 * encodeCheckedLine summed (zlib's crc32 of a string sums its UTF-8), and only the JSON part is decoded to a string.
 */
export function decodeCheckedBytes(bytes: Buffer, start = 0, end = bytes.length > 0 && bytes[bytes.length - 1] === 10 ? bytes.length - 1 : bytes.length): CheckedLine {
  const tab = end > start ? bytes.lastIndexOf(9, end - 1) : -1;
  if (tab < start) return { ok: true, json: bytes.toString('utf8', start, end), checked: false };
  if (hexAt(bytes, tab + 1, end) !== crc32(bytes.subarray(start, tab))) return { ok: false, reason: CHECKSUM_MISMATCH };
  return { ok: true, json: bytes.toString('utf8', start, tab), checked: true };
}

/**
 * The value of the 8 lower-case hex digits in [start, end), white space around them aside (what `trim` leaves and
 * `checksum` writes); -1 for anything else. Read from the bytes: a string and a toString(16) a line cost 30 ms of a
 * 100,000-line open.
 */
function hexAt(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && isSpace(bytes[start] as number)) start++;
  while (end > start && isSpace(bytes[end - 1] as number)) end--;
  if (end - start !== 8) return -1;
  let value = 0;
  for (let at = start; at < end; at++) {
    const c = bytes[at] as number;
    const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/** The ASCII white space `String.prototype.trim` removes (a checksum is ASCII: other spaces never come next to it). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

const CHECKSUM_MISMATCH = 'checksum mismatch (the line was torn or overwritten)';

function checksum(text: string): string {
  return hex(crc32(text));
}

/** The end of a checked line whose JSON's CRC-32 is `crc`: the tab, the checksum and the newline. */
export function checksumTail(crc: number): Buffer {
  return Buffer.from(`\t${hex(crc)}\n`, 'latin1');
}

function hex(sum: number): string {
  return sum.toString(16).padStart(8, '0');
}
