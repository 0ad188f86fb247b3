/**
 * Bytes → text. Refuses what is not text (empty, binary, too large) with a reason the editor can act on,
 * and picks the encoding from the bytes themselves: BOM first, then strict UTF-8, then Windows-1252 (the
 * superset of Latin-1 that agencies' "Latin-1" copy really uses).
 */
import iconv from 'iconv-lite';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
}

export type DecodeResult = { readonly ok: true; readonly value: Decoded } | { readonly ok: false; readonly reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} import limit` };
  }
  const bom = decodeWithBom(bytes);
  const decoded = bom ?? decodeWithoutBom(bytes);
  if (looksBinary(decoded.text)) return { ok: false, reason: 'the file is binary, not text' };
  if (decoded.text.trim() === '') return { ok: false, reason: 'the file holds only white space' };
  return { ok: true, value: decoded };
}

function decodeWithBom(bytes: Uint8Array): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(3)), 'utf-8'), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  return null;
}

function decodeWithoutBom(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8.decode(bytes), encoding: isAscii(bytes) ? 'us-ascii' : 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b > 0x7f) return false;
  return true;
}

/**
 * NUL bytes, or more than 5 % control characters other than the ones wire formats use (tab, CR, LF, and the
 * ANPA/IPTC 7901 transmission codes SOH, STX, ETX, EOT, SYN, FF, VT, ESC), mark a binary file.
 */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x20 && !WIRE_CONTROLS.has(c)) control++;
    else if (c === 0xfffd) control++;
  }
  return control / sample.length > 0.05;
}

const WIRE_CONTROLS = new Set([0x01, 0x02, 0x03, 0x04, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x16, 0x1b, 0x1f]);

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${n} bytes`;
}
