import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNATURE_SIZE, signatureToBase64 } from '../../../electron/enrich/fingerprint.js';
import { FingerprintIndex, type StoryKeys } from '../../../electron/store/fingerprint-index.js';
import { seededRandom } from '../../../scripts/seeded-random.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();
const random = seededRandom(11);

function signature(): Uint32Array {
  return Uint32Array.from({ length: SIGNATURE_SIZE }, () => Math.floor(random() * 2 ** 32));
}

function keys(i: number, more: Partial<StoryKeys> = {}): StoryKeys {
  return { id: `s${i}`, source: 'afp', headlineKey: `héadline ${i % 3}`, guid: i % 2 ? `urn:${i}` : null, version: i % 2 ? 1 : null, previous: null, relation: null, rank: i, time: 1000 + i, weight: 5, sha: `${i}:0`, ...more };
}

describe('FingerprintIndex opened from its journal', () => {
  it('gives back every story’s keys and exact signature, and finds them by headline, guid and likeness', async () => {
    const path = join(await tempDir(), 'fingerprints.jsonl');
    const index = await FingerprintIndex.load(path);
    const sigs = Array.from({ length: 50 }, signature);
    sigs.forEach((sig, i) => index.add(keys(i, i === 7 ? { previous: 's6', relation: 'update' } : {}), sig));
    await index.persist(sigs.map((_, i) => `s${i}`));
    const reloaded = await FingerprintIndex.load(path);
    expect(reloaded.size).toBe(50);
    sigs.forEach((sig, i) => {
      expect(reloaded.get(`s${i}`)).toEqual(index.get(`s${i}`));
      expect(reloaded.signatureOf(`s${i}`)).toEqual(sig);
    });
    expect(reloaded.withHeadline('afp', 'héadline 1').map((k) => k.id)).toEqual(index.withHeadline('afp', 'héadline 1').map((k) => k.id));
    expect(reloaded.withHeadline('afp', 'héadline 1')).toHaveLength(17);
    expect(reloaded.withGuid('urn:7').map((k) => k.id)).toEqual(['s7']);
    expect(reloaded.isSuperseded('s6')).toBe(true);
    expect(reloaded.isSuperseded('s7')).toBe(false);
    expect(reloaded.latest('s6')).toBe('s7');
    expect(reloaded.similar(sigs[20] as Uint32Array, 0.99)).toEqual([{ id: 's20', similarity: 1 }]);
    // A story added after the reload is found by its headline too (the lazily built table follows additions).
    const late = signature();
    reloaded.add(keys(99, { headlineKey: 'héadline 1' }), late);
    expect(reloaded.withHeadline('afp', 'héadline 1').at(-1)?.id).toBe('s99');
    expect(reloaded.has('s99')).toBe(true);
  });

  it('reads lines of another shape the plain way, and skips torn, garbled and signature-less lines', async () => {
    const path = join(await tempDir(), 'fingerprints.jsonl');
    const [a, b, c, d] = [signature(), signature(), signature(), signature()];
    const line = (k: StoryKeys, sig: string): string => `${JSON.stringify({ ...k, sig })}\n`;
    const good = line(keys(1), signatureToBase64(a));
    // The signature first, not last: still a valid line.
    const reordered = `${JSON.stringify({ sig: signatureToBase64(b), ...keys(2) })}\n`;
    // The signature's characters overwritten with ones that are not base64: refused, as before.
    const garbled = line(keys(3), `${signatureToBase64(c).slice(0, 300)}${'!'.repeat(44)}`);
    const short = line(keys(4), signatureToBase64(c).slice(0, 340));
    const torn = line(keys(5), signatureToBase64(d)).slice(0, 120);
    await writeFile(path, `${good}${reordered}\n${garbled}${short}${torn}\n`);
    // The last line has lost only its newline (an append cut there): it is read.
    await appendFile(path, line(keys(6), signatureToBase64(d)).slice(0, -1));
    const reloaded = await FingerprintIndex.load(path);
    expect(['s1', 's2', 's3', 's4', 's5', 's6'].filter((id) => reloaded.has(id))).toEqual(['s1', 's2', 's6']);
    expect(reloaded.signatureOf('s1')).toEqual(a);
    expect(reloaded.signatureOf('s2')).toEqual(b);
    expect(reloaded.signatureOf('s6')).toEqual(d);
    expect(reloaded.get('s2')).toEqual(keys(2));
  });
});
