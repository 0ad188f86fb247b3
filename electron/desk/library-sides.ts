/**
 * The library's side stores beside the articles: the fingerprint index, the quarantine and the hot folder's
 * memory. Loaded once, on first use, so opening the service stays synchronous.
 */
import { join } from 'node:path';
import { FingerprintIndex } from '../store/fingerprint-index.js';
import { HotFolderMemory } from '../store/hot-folder-memory.js';
import { Quarantine } from '../store/quarantine.js';

export interface Sides {
  readonly index: FingerprintIndex;
  readonly quarantine: Quarantine;
  readonly memory: HotFolderMemory;
}

export class LibrarySides {
  private loading: Promise<Sides> | null = null;

  constructor(private readonly dir: string) {}

  get(): Promise<Sides> {
    this.loading ??= (async () => ({
      index: await FingerprintIndex.load(join(this.dir, 'fingerprints.jsonl')),
      quarantine: new Quarantine(join(this.dir, 'quarantine')),
      memory: await HotFolderMemory.load(this.dir),
    }))();
    return this.loading;
  }
}
