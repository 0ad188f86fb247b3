/**
 * Bytes → text. Refuses what is not text (empty, binary, too large) with a reason the editor can act on,
 * and picks the encoding from the bytes themselves: a BOM first; then UTF-16 without BOM (told by its zero
 * bytes); then strict UTF-8 — bytes that are valid UTF-8 overrule any declaration, since a single-byte text
 * almost never is; then the encoding the file declares (XML declaration, HTML meta charset, MIME charset) unless
 * it is UTF-8, which the bytes just proved wrong; then Windows-1252 (the superset of Latin-1 that agencies'
 * "Latin-1" copy really uses, as the WHATWG Encoding standard maps it).
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
  const decoded = bom ?? decodeUtf16WithoutBom(bytes) ?? decodeWithoutBom(bytes);
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

/**
 * UTF-16 without a BOM: Latin-script text has a zero byte in every other position (the high byte of each
 * code unit). More than 30 % zeros on one side and almost none on the other tells the byte order.
 */
function decodeUtf16WithoutBom(bytes: Uint8Array): Decoded | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero / half > 0.3 && evenZero / half < 0.05) return { text: iconv.decode(Buffer.from(bytes), 'utf-16le'), encoding: 'utf-16le' };
  if (evenZero / half > 0.3 && oddZero / half < 0.05) return { text: iconv.decode(Buffer.from(bytes), 'utf-16be'), encoding: 'utf-16be' };
  return null;
}

function decodeWithoutBom(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8.decode(bytes), encoding: isAscii(bytes) ? 'us-ascii' : 'utf-8' };
  } catch {
    const declared = declaredEncoding(bytes);
    if (declared) return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared };
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
}

/**
 * The charset the file names for itself, in its first 2 KB (read as ASCII): an XML declaration, an HTML
 * `<meta charset>` or `http-equiv` content type, or a MIME `charset=` parameter. UTF-8 and unknown names are
 * ignored (the bytes already showed they are not UTF-8); ISO-8859-1 and US-ASCII mean Windows-1252, as in browsers.
 */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m =
    /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ??
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  const name = m?.[1]?.toLowerCase();
  if (!name || /^utf-?8$/.test(name) || /^utf-?16/.test(name)) return null;
  if (name === 'iso-8859-1' || name === 'latin1' || name === 'us-ascii' || name === 'ascii') return 'windows-1252';
  return iconv.encodingExists(name) ? name : null;
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
  // ANPA-1312 and IPTC 7901 frame a story with transmission codes (SYN SYN SOH … STX … ETX EOT) and use more
  // of the C0 set inside its header (DC2/DC4 format codes, US field separators) and NULs as line fill: a file
  // so framed is a wire message however its control bytes look.
  if (anpaFramed(text)) return false;
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

function anpaFramed(text: string): boolean {
  const head = text.slice(0, 64).replace(/^[\u0000\u007f\s]+/u, '');
  if (!/^\u0016*\u0001/u.test(head) || !text.slice(0, 2048).includes('\u0002')) return false;
  // The framing is a handful of bytes around the copy: most of the file is still printable text.
  const sample = text.slice(0, 65536);
  const printable = sample.replace(/[\u0000-\u001f\u007f\ufffd]/gu, '').length;
  return printable >= 16 && printable / sample.length > 0.8;
}

const WIRE_CONTROLS = new Set([0x01, 0x02, 0x03, 0x04, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x16, 0x1b, 0x1f]);

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${n} bytes`;
}
