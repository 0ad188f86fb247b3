/**
 * The side index for duplicates, updates and related stories: per story its MinHash signature and the keys an
 * update is matched on (source, headline without update marks, guid and version), plus the lineage links. Kept in
 * memory (≈ 500 bytes a story, measured over 2,000) and persisted as an append-only journal (fingerprints.jsonl), so matching a new
 * story never loads the articles themselves. It is derived data: a lost line only means a missed match.
 */
import { appendFile } from 'node:fs/promises';
import { readJournalLines } from './journal-lines.js';
import { bandKeys, SIGNATURE_SIZE, signatureFromBase64, signatureToBase64, similarity, type Signature } from '../enrich/fingerprint.js';

export interface StoryKeys {
  readonly id: string;
  /** Source code or name, lower-cased. */
  readonly source: string;
  readonly headlineKey: string;
  readonly guid: string | null;
  readonly version: number | null;
  /** The story this one is a new version of, and how. */
  readonly previous: string | null;
  readonly relation: string | null;
}

interface Line extends StoryKeys {
  readonly sig: string;
}

export interface Candidate {
  readonly id: string;
  readonly similarity: number;
}

/** A band key shared by more stories than this says nothing about any one of them (boilerplate): it is skipped. */
const MAX_BUCKET = 100;
/** Recent band keys kept in a Map before they are merged into the sorted arrays (≈ 6,000 stories' worth). */
const RECENT_LIMIT = 200_000;
const STORY_SPAN = 2 ** 21;
/** At most this many distinct candidates are compared per query, so one story's cost is bounded in any library. */
const MAX_CANDIDATES = 100;

export class FingerprintIndex {
  private readonly keys: StoryKeys[] = [];
  /** All signatures end to end in one growing typed array: no per-story object (≈ 256 bytes a story). */
  private sigData = new Uint32Array(SIGNATURE_SIZE * 1024);
  private readonly byId = new Map<string, number>();
  /**
   * Band key → stories, in two tiers: `frozen` pairs (key, story) sorted by key in typed arrays (8 bytes a pair,
   * searched by bisection), and `recent` additions in a Map (a plain number while a key has one story) that is
   * merged into the frozen tier when it grows. A Map entry costs ~40 bytes; 32 bands a story made it the index's
   * largest part.
   */
  private frozenKeys = new Uint32Array(0);
  private frozenStories = new Uint32Array(0);
  private readonly recent = new Map<number, number | number[]>();
  private readonly byGuid = new Map<string, number[]>();
  private readonly byHeadline = new Map<string, number[]>();
  private readonly next = new Map<string, string[]>();

  private constructor(private readonly path: string) {}

  static async load(path: string): Promise<FingerprintIndex> {
    const index = new FingerprintIndex(path);
    for (const line of await readJournalLines(path)) {
      try {
        const { sig, ...keys } = JSON.parse(line) as Line;
        const signature = signatureFromBase64(sig);
        if (signature) index.remember(keys, signature);
      } catch {
        // A torn last line from a crash: that story is simply not matched against.
      }
    }
    index.freeze();
    return index;
  }

  get size(): number {
    return this.keys.length;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): StoryKeys | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.keys[i];
  }

  signatureOf(id: string): Signature | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.sig(i);
  }

  private sig(i: number): Signature {
    return this.sigData.subarray(i * SIGNATURE_SIZE, (i + 1) * SIGNATURE_SIZE);
  }

  /** Adds stories in memory at once (so later files of the same batch see them); `persist` writes them. */
  add(keys: StoryKeys, sig: Signature): void {
    if (!this.byId.has(keys.id)) this.remember(keys, sig);
  }

  async persist(ids: readonly string[]): Promise<void> {
    const lines: string[] = [];
    for (const id of ids) {
      const i = this.byId.get(id);
      if (i === undefined) continue;
      lines.push(`${JSON.stringify({ ...this.keys[i], sig: signatureToBase64(this.sig(i)) })}\n`);
    }
    if (lines.length > 0) await appendFile(this.path, lines.join(''));
  }

  /** Stories whose signatures share a band with `sig`, best first, down to `threshold`. */
  similar(sig: Signature, threshold: number, limit = 10, exclude?: string): Candidate[] {
    const seen = new Set<number>();
    const out: Candidate[] = [];
    for (const key of bandKeys(sig)) {
      const bucket = this.bucket(key);
      if (bucket.length === 0 || bucket.length > MAX_BUCKET) continue;
      for (const i of bucket) {
        if (seen.has(i)) continue;
        if (seen.size >= MAX_CANDIDATES) break;
        seen.add(i);
        const id = (this.keys[i] as StoryKeys).id;
        if (id === exclude) continue;
        const s = similarity(sig, this.sig(i));
        if (s >= threshold) out.push({ id, similarity: s });
      }
    }
    return out.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
  }

  withGuid(guid: string): StoryKeys[] {
    return (this.byGuid.get(guid) ?? []).map((i) => this.keys[i] as StoryKeys);
  }

  /** Stories of this source with this headline key, oldest first. */
  withHeadline(source: string, headlineKey: string): StoryKeys[] {
    return (this.byHeadline.get(`${source}\u0000${headlineKey}`) ?? []).map((i) => this.keys[i] as StoryKeys);
  }

  /** The newest version in the chain that `id` belongs to (following later versions). */
  latest(id: string): string {
    let current = id;
    for (let guard = 0; guard < 1000; guard++) {
      const later = this.next.get(current);
      if (!later || later.length === 0) return current;
      current = later[later.length - 1] as string;
    }
    return current;
  }

  /** Every version of the story `id` belongs to, oldest first, with how each relates to the one before. */
  versions(id: string): StoryKeys[] {
    let first = id;
    for (let guard = 0; guard < 1000; guard++) {
      const prev = this.get(first)?.previous;
      if (!prev || !this.byId.has(prev)) break;
      first = prev;
    }
    const chain: StoryKeys[] = [];
    const visit = (at: string): void => {
      const keys = this.get(at);
      if (!keys || chain.length > 1000) return;
      chain.push(keys);
      for (const n of this.next.get(at) ?? []) visit(n);
    };
    visit(first);
    return chain;
  }

  /** True for a story a later version has replaced: the inbox shows the newest version only. */
  isSuperseded(id: string): boolean {
    return (this.next.get(id)?.length ?? 0) > 0;
  }

  private remember(keys: StoryKeys, sig: Signature): void {
    const i = this.keys.length;
    this.keys.push(keys);
    if ((i + 1) * SIGNATURE_SIZE > this.sigData.length) {
      const grown = new Uint32Array(this.sigData.length * 2);
      grown.set(this.sigData);
      this.sigData = grown;
    }
    this.sigData.set(sig, i * SIGNATURE_SIZE);
    this.byId.set(keys.id, i);
    for (const key of bandKeys(sig)) {
      const found = this.recent.get(key);
      if (found === undefined) this.recent.set(key, i);
      else if (typeof found === 'number') this.recent.set(key, [found, i]);
      else found.push(i);
    }
    if (keys.guid) push(this.byGuid, keys.guid, i);
    if (keys.headlineKey) push(this.byHeadline, `${keys.source}\u0000${keys.headlineKey}`, i);
    if (keys.previous) push(this.next, keys.previous, keys.id);
    if (this.recent.size > RECENT_LIMIT) this.freeze();
  }

  private bucket(key: number): number[] {
    const out: number[] = [];
    const keys = this.frozenKeys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[mid] as number) < key) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < keys.length && keys[j] === key; j++) out.push(this.frozenStories[j] as number);
    const found = this.recent.get(key);
    if (typeof found === 'number') out.push(found);
    else if (found) out.push(...found);
    return out;
  }

  /** Merges the recent band keys into the sorted typed arrays. */
  private freeze(): void {
    let count = this.frozenKeys.length;
    for (const v of this.recent.values()) count += typeof v === 'number' ? 1 : v.length;
    // key · 2²¹ + story packs a pair into one exactly representable double (stories < 2,097,152), so one native
    // typed-array sort orders them.
    const packed = new Float64Array(count);
    let n = 0;
    for (let j = 0; j < this.frozenKeys.length; j++) packed[n++] = (this.frozenKeys[j] as number) * STORY_SPAN + (this.frozenStories[j] as number);
    for (const [key, v] of this.recent) {
      if (typeof v === 'number') packed[n++] = key * STORY_SPAN + v;
      else for (const story of v) packed[n++] = key * STORY_SPAN + story;
    }
    packed.sort();
    this.frozenKeys = new Uint32Array(count);
    this.frozenStories = new Uint32Array(count);
    for (let j = 0; j < count; j++) {
      const value = packed[j] as number;
      const key = Math.floor(value / STORY_SPAN);
      this.frozenKeys[j] = key;
      this.frozenStories[j] = value - key * STORY_SPAN;
    }
    this.recent.clear();
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
