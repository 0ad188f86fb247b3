/**
 * decodeBytes: hostile and badly encoded inputs next to the happy path. Every byte sequence here is built by hand
 * so the expected characters are independent of the decoder under test.
 */
import { describe, it, expect } from 'vitest';
import { decodeBytes, DEFAULT_MAX_BYTES, formatBytes } from '../../../electron/ingest/decode.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const ascii = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));
const utf16le = (text: string): Buffer => Buffer.from(text, 'utf16le');
const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

function decodedText(input: Uint8Array, maxBytes?: number): { text: string; encoding: string } {
  const result = decodeBytes(input, maxBytes);
  if (!result.ok) throw new Error(`expected text, got refusal: ${result.reason}`);
  return result.value;
}

function refusal(input: Uint8Array, maxBytes?: number): string {
  const result = decodeBytes(input, maxBytes);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.reason;
}

describe('decodeBytes: refusals', () => {
  it('refuses an empty file', () => {
    expect(refusal(new Uint8Array())).toBe('the file is empty');
  });

  it('refuses a file holding only spaces, tabs and line ends', () => {
    expect(refusal(ascii(' \t\r\n  \n\n'))).toBe('the file holds only white space');
  });

  it('refuses a file holding only non-breaking spaces (UTF-8 C2 A0)', () => {
    expect(refusal(bytes(0xc2, 0xa0, 0xc2, 0xa0, 0x0a))).toBe('the file holds only white space');
  });

  it('refuses a PNG image (signature, then IHDR chunk with NUL bytes)', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00);
    expect(refusal(png)).toBe('the file is binary, not text');
  });

  it('refuses text with a single NUL byte in it', () => {
    expect(refusal(ascii('PARIS (AFP) - The minister\u0000 said.'))).toBe('the file is binary, not text');
  });

  it('refuses pseudo-random bytes, with or without NULs', () => {
    const noise = new Uint8Array(2048);
    let seed = 12345;
    for (let i = 0; i < noise.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      noise[i] = (seed >>> 16) & 0xff; // the high bits of this LCG; its low bits repeat quickly
    }
    expect(refusal(noise)).toBe('the file is binary, not text');
    const withoutNul = noise.map((b) => (b === 0 ? 1 : b));
    expect(refusal(withoutNul)).toBe('the file is binary, not text');
  });

  // Weakness: the wire transmission codes are exempt without any limit, so a "file" that is almost all SOH/ESC bytes
  // passes as text.
  it.fails('refuses a file made almost entirely of wire control codes', () => {
    expect(refusal(bytes(...new Array<number>(200).fill(0x01), 0x41, 0x1b, 0x1b))).toBe('the file is binary, not text');
  });

  it('refuses text dense with non-wire control characters (BEL)', () => {
    expect(refusal(ascii('ab\u0007\u0007cd'))).toBe('the file is binary, not text');
  });

  it('refuses a file over the size limit, naming both sizes', () => {
    expect(refusal(ascii('hello world'), 10)).toBe('the file is 11 bytes, over the 10 bytes import limit');
  });

  it('accepts a file exactly at the size limit', () => {
    expect(decodedText(ascii('0123456789'), 10).text).toBe('0123456789');
  });

  it('checks the size before anything else (a huge binary is refused for its size)', () => {
    const big = new Uint8Array(64);
    expect(refusal(big, 32)).toMatch(/over the 32 bytes import limit/);
  });

  it('has a 20 MB default limit, formatted for people', () => {
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(formatBytes(DEFAULT_MAX_BYTES)).toBe('20 MB');
    expect(formatBytes(1536 * 1024)).toBe('1.5 MB');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(999)).toBe('999 bytes');
  });

  it('reads UTF-16LE text without a BOM by its zero high bytes, rather than refusing it as binary', () => {
    const r = decodeBytes(utf16le('The storm hit the coast'));
    expect(r.ok && r.value).toEqual({ text: 'The storm hit the coast', encoding: 'utf-16le' });
  });
});

describe('decodeBytes: encodings', () => {
  it('reads plain ASCII as us-ascii', () => {
    expect(decodedText(ascii('LONDON (Reuters) - Markets rose.\n'))).toEqual({
      text: 'LONDON (Reuters) - Markets rose.\n',
      encoding: 'us-ascii',
    });
  });

  it('reads UTF-8 without a BOM', () => {
    // "Café “x”" in UTF-8
    const input = bytes(0x43, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0xe2, 0x80, 0x9c, 0x78, 0xe2, 0x80, 0x9d);
    expect(decodedText(input)).toEqual({ text: 'Café “x”', encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM from the text', () => {
    const input = bytes(0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xc3, 0xa9);
    expect(decodedText(input)).toEqual({ text: 'Café', encoding: 'utf-8' });
  });

  it('reads UTF-16LE with a BOM', () => {
    const input = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('Zürich — “quoted” ٣')]);
    expect(decodedText(input)).toEqual({ text: 'Zürich — “quoted” ٣', encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with a BOM', () => {
    const input = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('Zürich — “quoted” ٣')]);
    expect(decodedText(input)).toEqual({ text: 'Zürich — “quoted” ٣', encoding: 'utf-16be' });
  });

  it('reads Windows-1252 curly quotes, apostrophe, dashes, euro sign and accented letters', () => {
    // “Hi” café’s €5 – ok   (0x93 0x94 0x92 0x80 0x96 0xE9 are not valid UTF-8)
    const input = bytes(0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x92, 0x73, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x6f, 0x6b);
    expect(decodedText(input)).toEqual({ text: '“Hi” café’s €5 – ok', encoding: 'windows-1252' });
  });

  it('reads Latin-1 upper half (é, ü, ß) through Windows-1252', () => {
    const input = bytes(0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e, 0x20, 0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x20, 0xe9);
    expect(decodedText(input)).toEqual({ text: 'München Straße é', encoding: 'windows-1252' });
  });

  it('keeps ANPA/IPTC 7901 transmission codes (SOH, STX, ETX, EOT, SYN) and does not take them for binary', () => {
    const wire = '\u0001\u0016\u0016a0123 r i BC-Storm\u0002Storm hits coast\r\n   MIAMI (AP) _ A storm.\u0003\u0004';
    expect(decodedText(ascii(wire))).toEqual({ text: wire, encoding: 'us-ascii' });
  });

  it('keeps a short ANPA message whose control codes are more than 5 % of it', () => {
    const wire = '\u0001\u0002Hi\u0003\u0004';
    expect(decodedText(ascii(wire)).text).toBe(wire);
  });

  it('decodes a large text file (5 MB) under the default limit', () => {
    const para = 'The council voted on Tuesday to extend the night bus service, officials said.\n\n';
    const text = para.repeat(Math.ceil((5 * 1024 * 1024) / para.length));
    const out = decodedText(ascii(text));
    expect(out.text.length).toBe(text.length);
    expect(out.encoding).toBe('us-ascii');
  });

  it('decodes a file that mixes UTF-8 with one stray Windows-1252 byte as Windows-1252 throughout', () => {
    // Documented trade-off: one invalid UTF-8 byte turns every valid UTF-8 "é" into mojibake "Ã©".
    const input = Buffer.concat([Buffer.from('Café ', 'utf8'), Buffer.from([0xe9])]);
    expect(decodedText(input)).toEqual({ text: 'CafÃ© é', encoding: 'windows-1252' });
  });
});
