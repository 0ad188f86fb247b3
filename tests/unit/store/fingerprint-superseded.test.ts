import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNATURE_SIZE } from '../../../electron/enrich/fingerprint.js';
import { FingerprintIndex, type StoryKeys } from '../../../electron/store/fingerprint-index.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();
const sig = (i: number): Uint32Array => Uint32Array.from({ length: SIGNATURE_SIZE }, (_, k) => (i * 7919 + k * 104729) >>> 0);

function keys(id: string, over: Partial<StoryKeys> = {}): StoryKeys {
  return { id, source: 'afp', headlineKey: id, guid: null, version: null, previous: null, relation: null, ...over };
}

describe('FingerprintIndex.superseded', () => {
  it('names exactly the stories isSuperseded names, and follows each story added after it was asked', async () => {
    const index = await FingerprintIndex.load(join(await tempDir(), 'fingerprints.jsonl'));
    index.add(keys('lone'), sig(0));
    index.add(keys('v1', { guid: 'g1', version: 1, rank: 1, time: 1 }), sig(1));
    index.add(keys('v2', { guid: 'g1', version: 2, previous: 'v1', relation: 'update', rank: 2, time: 2 }), sig(2));
    const ids = (): string[] => ['lone', 'v1', 'v2', 'v3', 'copy'].filter((id) => index.isSuperseded(id));
    expect([...index.superseded()].sort()).toEqual(['v1']);
    expect(ids()).toEqual(['v1']);
    // A third version supersedes the second; a second copy of version 3 (same guid and version, older wire
    // time) is kept out in favour of the first.
    index.add(keys('v3', { guid: 'g1', version: 3, previous: 'v2', relation: 'update', rank: 3, time: 5 }), sig(3));
    index.add(keys('copy', { guid: 'g1', version: 3, previous: 'v3', relation: 'version 3', rank: 3, time: 4 }), sig(4));
    expect([...index.superseded()].sort()).toEqual(ids().sort());
    expect([...index.superseded()].sort()).toEqual(['copy', 'v1', 'v2']);
  });
});
