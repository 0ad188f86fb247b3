/**
 * Checked lines written and read as bytes (a pack line a story): the same line as the string form, for any text,
 * and a line changed by a single byte is refused.
 */
import { describe, expect, it } from 'vitest';
import { decodeCheckedBytes, decodeCheckedLine, encodeCheckedBytes, encodeCheckedLine } from '../../../electron/store/journal-lines.js';

const texts = [
  JSON.stringify({ headline: 'Plain ASCII', n: 1 }),
  JSON.stringify({ headline: 'طهران تحذر — «Téhéran» 🇮🇷 “quotes”', body: 'ü'.repeat(3000) }),
  JSON.stringify({ tab: 'a\tb', newline: 'c\nd' }),
];

describe('checked lines as bytes', () => {
  it('writes exactly the bytes of the string form, and reads them back to the same JSON', () => {
    for (const json of texts) {
      const bytes = encodeCheckedBytes(json);
      expect(bytes).toEqual(Buffer.from(encodeCheckedLine(json)));
      expect(decodeCheckedBytes(bytes)).toEqual({ ok: true, json, checked: true });
      // Without its newline too, as the string reader is given it.
      expect(decodeCheckedBytes(bytes.subarray(0, bytes.length - 1))).toEqual(decodeCheckedLine(encodeCheckedLine(json).slice(0, -1)));
    }
  });

  it('refuses a line with one byte changed, and reads a line from before checksums unchecked', () => {
    const bytes = encodeCheckedBytes(texts[1] ?? '');
    const changed = Buffer.from(bytes);
    changed[40] = (changed[40] ?? 0) ^ 1;
    expect(decodeCheckedBytes(changed)).toEqual({ ok: false, reason: expect.stringMatching(/checksum mismatch/) });
    // A line torn before its checksum is read unchecked: its JSON then fails to parse, as a torn line does.
    const cut = decodeCheckedBytes(bytes.subarray(0, 500));
    expect(cut.ok && cut.checked).toBe(false);
    expect(decodeCheckedBytes(Buffer.from('{"old":true}\n'))).toEqual({ ok: true, json: '{"old":true}', checked: false });
  });
});
