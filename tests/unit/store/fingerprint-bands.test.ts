import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNATURE_SIZE } from '../../../electron/enrich/fingerprint.js';
import { FingerprintIndex } from '../../../electron/store/fingerprint-index.js';
import { seededRandom } from '../../../scripts/seeded-random.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

function keys(i: number) {
  return { id: `s${i}`, source: 'x', headlineKey: `h${i}`, guid: null, version: null, previous: null, relation: null };
}

describe('FingerprintIndex band table', () => {
  it('finds every story by its signature across many freezes of the band table, and after a reload', async () => {
    const random = seededRandom(5);
    const sigs: Uint32Array[] = [];
    // 14,000 stories × 32 bands: the recent band keys are merged into the frozen table about twice on the way
    // (every 200,000 keys), and once more when the table is built after a reload.
    for (let i = 0; i < 14_000; i++) sigs.push(Uint32Array.from({ length: SIGNATURE_SIZE }, () => Math.floor(random() * 2 ** 32)));
    const path = join(await tempDir(), 'fingerprints.jsonl');
    const index = await FingerprintIndex.load(path);
    sigs.forEach((sig, i) => index.add(keys(i), sig));
    await index.persist(sigs.map((_, i) => `s${i}`));
    const reloaded = await FingerprintIndex.load(path);
    for (const found of [index, reloaded]) {
      for (let i = 0; i < sigs.length; i += 97) {
        const sig = sigs[i] as Uint32Array;
        expect(found.similar(sig, 0.99)).toEqual([{ id: `s${i}`, similarity: 1 }]);
        // A near copy (a few of its 64 values changed) is still found, as the closest.
        const near = Uint32Array.from(sig);
        near[3] = 1;
        near[40] = 2;
        expect(found.similar(near, 0.5)[0]?.id).toBe(`s${i}`);
      }
    }
  });
});
