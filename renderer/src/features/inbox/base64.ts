/**
 * Bytes → base64 without `String.fromCharCode(...wholeFile)`, which overflows the call stack on large files.
 * Chunks are a multiple of 3 bytes, so each encodes to whole base64 quads and the pieces simply concatenate.
 */
const CHUNK = 3 * 8192;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(start, start + CHUNK))));
  }
  return parts.join('');
}
