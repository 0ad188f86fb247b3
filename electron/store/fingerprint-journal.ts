/**
 * Reading fingerprints.jsonl (fingerprint-index.ts), one line a story: `{…keys,"sig":"<base64>"}` as
 * FingerprintIndex.persist writes it. Read a chunk and a line at a time as bytes (journal-lines.ts): the keys are
 * parsed without the signature and the signature decoded from the bytes, so opening a 100,000-story library makes no
 * 344-character string a story to collect (issue 11, cold open). A line of any other shape is read the plain way.
 * There is no checksum here: a torn or garbled line is skipped (that story is simply not matched against).
 */
import { endianness } from 'node:os';
import { SIGNATURE_SIZE, signatureFromBase64, type Signature } from '../enrich/fingerprint.js';
import type { StoryKeys } from './fingerprint-index.js';
import { forEachLineOf } from './journal-lines.js';

interface Line extends StoryKeys {
  readonly sig: string;
}

const SIGNATURE_BYTES = SIGNATURE_SIZE * 4;
/** The base64 of a signature: 4 characters per 3 bytes, padded (signatureToBase64). */
const BASE64_LENGTH = Math.ceil(SIGNATURE_BYTES / 3) * 4;
const SIG_KEY = Buffer.from(',"sig":"');
const LITTLE_ENDIAN = endianness() === 'LE';

/**
 * Calls `story` with each story's keys and signature, in the journal's order; nothing when there is no journal yet.
 * The signature passed is only valid during the call (its bytes are reused): the caller copies it.
 */
export async function readFingerprintJournal(path: string, story: (keys: StoryKeys, sig: Signature) => void): Promise<void> {
  const scratch = Buffer.alloc(SIGNATURE_BYTES + 3);
  const sig = new Uint32Array(scratch.buffer, scratch.byteOffset, SIGNATURE_SIZE);
  try {
    // A last line without its newline is read too (an append cut just before it); a torn one fails to parse.
    await forEachLineOf(path, (bytes, start, end) => {
      if (end === start) return;
      try {
        readLine(bytes, start, end, scratch, sig, story);
      } catch {
        // A torn or garbled line: that story is simply not matched against.
      }
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

function readLine(bytes: Buffer, from: number, end: number, scratch: Buffer, sig: Signature, story: (keys: StoryKeys, sig: Signature) => void): void {
  const valueEnd = end - 2;
  const at = valueEnd - BASE64_LENGTH - SIG_KEY.length;
  if (!LITTLE_ENDIAN || at < from || bytes[end - 1] !== 0x7d || bytes[valueEnd] !== 0x22 || !SIG_KEY.equals(bytes.subarray(at, at + SIG_KEY.length))) {
    const { sig: text, ...keys } = JSON.parse(bytes.toString('utf8', from, end)) as Line;
    const signature = signatureFromBase64(text);
    if (signature) story(keys, signature);
    return;
  }
  // The string a line ends with is its top-level object's last value, here "sig"; its characters must decode to a
  // whole signature (as signatureFromBase64 checks), or the line is refused.
  const decoded = scratch.write(bytes.toString('latin1', at + SIG_KEY.length, valueEnd), 'base64');
  if (decoded !== SIGNATURE_BYTES) return;
  // signatureFromBase64 reads little-endian words; on a little-endian machine the bytes are the words.
  story(JSON.parse(`${bytes.toString('utf8', from, at)}}`) as StoryKeys, sig);
}
