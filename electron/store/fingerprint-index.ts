/**
 * The side index for duplicates, updates and related stories: per story its MinHash signature and the keys an
 * update is matched on (source, headline without update marks, guid and version), plus the lineage links. Kept in
 * memory (≈ 500 bytes a story, measured over 2,000) and persisted as an append-only journal (fingerprints.jsonl), so matching a new
 * story never loads the articles themselves. It is derived data: a lost line only means a missed match.
 */
import { appendFile, stat } from 'node:fs/promises';
import { readFingerprintJournal } from './fingerprint-journal.js';
import { bandKeys, SIGNATURE_SIZE, signatureToBase64, similarityAt, type Signature } from '../enrich/fingerprint.js';

export interface StoryKeys {
  readonly id: string;
  /** Source code or name, lower-cased. */
  readonly source: string;
  readonly headlineKey: string;
  readonly guid: string | null;
  readonly version: number | null;
  /**
   * A story of the same chain this one was linked to when it arrived (the newest version then, or a later one when
   * an older version arrives after it), and how it relates to the version before it in the chain.
   */
  readonly previous: string | null;
  readonly relation: string | null;
  /**
   * Where the story stands in its chain, from the item itself, so the order never depends on arrival: the update
   * rank (guid version, then UPDATE n / REFILE / CORRECTED marks), the item's own wire time (ms), how complete the
   * item is, and its bytes' hash as the last word. Absent on lines written before; those keep their arrival order.
   */
  readonly rank?: number;
  readonly time?: number;
  readonly weight?: number;
  readonly sha?: string;
  /**
   * A better agency copy of a guid and version the editor had already edited: kept beside the editor's story, never
   * in its place (see bulk-import.ts).
   */
  readonly held?: boolean;
  /**
   * A hash of the story's source, headline and text as it arrived (whitespace aside), for a copy without a guid:
   * the same story sent again in other bytes (a re-transmission, line ends changed on the way) is a duplicate.
   * Absent on lines written before, and on items with a guid (their guid and version say it).
   */
  readonly textKey?: string;
}

export interface Candidate {
  readonly id: string;
  readonly similarity: number;
}

/**
 * A band key shared by more stories than this says nothing about any one of them (boilerplate): it is skipped.
 * Meeting a story costs two typed-array writes, so a key may be shared by hundreds before it costs anything.
 */
const MAX_BUCKET = 500;
/** Recent band keys kept in a Map before they are merged into the sorted arrays (≈ 6,000 stories' worth). */
const RECENT_LIMIT = 200_000;
const STORY_SPAN = 2 ** 21;
/** At most this many distinct candidates are compared per query, so one story's cost is bounded in any library. */
const MAX_CANDIDATES = 100;
/** Of which at most this many share a single band with the query (most of those are chance collisions). */
const MAX_SINGLE_BAND = 20;

export class FingerprintIndex {
  private readonly keys: StoryKeys[] = [];
  /** All signatures end to end in one growing typed array: no per-story object (≈ 256 bytes a story). */
  private sigData = new Uint32Array(SIGNATURE_SIZE * 1024);
  /**
   * Story id → position in `keys`, and source + headline key → positions: built from `keys` on first use (opening
   * a library lists it before anything looks a story up), then kept up to date by `remember`. Null until then.
   */
  private byIdMap: Map<string, number> | null = new Map();
  private byHeadlineMap: Map<string, number[]> | null = new Map();
  /** textKey → position, built on first use like byHeadline. */
  private byTextMap: Map<string, number> | null = null;
  /**
   * Band key → stories, in two tiers: `frozen` pairs (key, story) sorted by key in typed arrays (8 bytes a pair,
   * searched by bisection), and `recent` additions in a Map (a plain number while a key has one story) that is
   * merged into the frozen tier when it grows. A Map entry costs ~40 bytes; 32 bands a story made it the index's
   * largest part.
   */
  private frozenKeys = new Uint32Array(0);
  private frozenStories = new Uint32Array(0);
  /**
   * Where each prefix of the sorted keys starts (`frozenKeys` from `directory[p]` to `directory[p + 1]` have the
   * top `prefixBits` bits p): a lookup reads two neighbours here and a few keys there, instead of bisecting the
   * whole array, whose ~20 scattered reads cost a cache miss each in a large library.
   */
  private directory = new Uint32Array(2);
  private prefixShift = 32;
  private readonly recent = new Map<number, number | number[]>();
  private readonly byGuid = new Map<string, number[]>();
  /** Lineage links both ways: a chain is the stories linked to each other, ordered by their own keys. */
  private readonly links = new Map<string, string[]>();
  private supersededIds: Set<string> | null = null;
  /** Each linked story's ordered chain, worked out once until the next story is added. */
  private readonly chains = new Map<string, StoryKeys[]>();
  /** Per story, the last query that compared it (see `similar`). */
  private stamps = new Uint32Array(0);
  private hits = new Uint8Array(0);
  private query = 0;

  /** Packed (key, story) pairs collected while the bands are built; null afterwards. */
  private loading: number[] | null = null;
  /**
   * False from loading until the first match: opening a library only needs the keys and links (the inbox asks which
   * stories are superseded), so the band table, most of loading's cost, is built when a story is first matched.
   */
  private bandsBuilt = true;

  private constructor(private readonly path: string) {}

  static async load(path: string): Promise<FingerprintIndex> {
    const index = new FingerprintIndex(path);
    index.bandsBuilt = false;
    index.byIdMap = null;
    index.byHeadlineMap = null;
    // Room for every story at once, so the signature array is not grown (and copied) seven times over on the way
    // to 100,000 stories: a story's line holds more than 512 bytes (its signature's 344, its sha's 66, its id…);
    // were lines shorter, the array would only grow as it does when stories are added.
    const bytes = await stat(path).then((s) => s.size, () => 0);
    index.sigData = new Uint32Array(SIGNATURE_SIZE * Math.max(1024, Math.ceil(bytes / 512)));
    await readFingerprintJournal(path, (keys, sig) => index.remember(keys, sig));
    // Lines are longer than 512 bytes on most copy: the room left over (a quarter at 100,000 generated stories, 8 MB)
    // is given back, keeping a little for the next imports.
    const wanted = SIGNATURE_SIZE * (index.keys.length + 1024);
    if (wanted < index.sigData.length * 0.9) index.sigData = index.sigData.slice(0, wanted);
    return index;
  }

  /** Builds the band table of every story loaded: their keys go into one list sorted once (buildBands). */
  private buildBands(): void {
    if (this.bandsBuilt) return;
    // One list sorted once at the end: merging every 200,000 keys re-sorted the whole frozen array each time,
    // which made opening a 100,000-story library quadratic.
    const loading: number[] = [];
    for (let i = 0; i < this.keys.length; i++) for (const key of bandKeys(this.sig(i))) loading.push(key * STORY_SPAN + i);
    this.loading = loading;
    this.freeze();
    this.loading = null;
    this.bandsBuilt = true;
  }

  get size(): number {
    return this.keys.length;
  }

  private get byId(): Map<string, number> {
    if (!this.byIdMap) {
      const map = new Map<string, number>();
      this.keys.forEach((k, i) => map.set(k.id, i));
      this.byIdMap = map;
    }
    return this.byIdMap;
  }

  private get byHeadline(): Map<string, number[]> {
    if (!this.byHeadlineMap) {
      const map = new Map<string, number[]>();
      this.keys.forEach((k, i) => {
        if (k.headlineKey) push(map, headlineOf(k), i);
      });
      this.byHeadlineMap = map;
    }
    return this.byHeadlineMap;
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
    this.buildBands();
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

  /**
   * Stories whose signatures share a band with `sig`, best first, down to `threshold`. Candidates sharing two or
   * more bands are compared first (a story as alike as 0.35 shares two with probability 0.92, 0.45 with 0.99, an
   * unrelated one at 0.05 with 0.0003); those sharing one only while the budget for them lasts, which bounds a
   * query's cost in any library.
   */
  similar(sig: Signature, threshold: number, limit = 10, exclude?: string): Candidate[] {
    this.buildBands();
    // Each query stamps the stories it meets and counts their shared bands in typed arrays: no Set, no Map.
    if (this.stamps.length < this.keys.length) {
      const size = Math.max(1024, this.keys.length * 2);
      this.stamps = grow(this.stamps, size);
      this.hits = grow(this.hits, size);
    }
    const stamp = ++this.query;
    const { stamps, hits, frozenStories } = this;
    const met: number[] = [];
    for (const key of bandKeys(sig)) {
      const [from, to] = this.frozenRange(key);
      const recent = this.recent.get(key);
      const more = recent === undefined ? [] : typeof recent === 'number' ? [recent] : recent;
      if (to - from + more.length > MAX_BUCKET) continue;
      for (let j = from, end = to + more.length; j < end; j++) {
        const i = j < to ? (frozenStories[j] as number) : (more[j - to] as number);
        if (stamps[i] === stamp) {
          (hits[i] as number)++;
        } else {
          stamps[i] = stamp;
          hits[i] = 1;
          met.push(i);
        }
      }
    }
    const out: Candidate[] = [];
    let compared = 0;
    let single = 0;
    for (const strong of [true, false]) {
      for (const i of met) {
        if (strong !== (this.hits[i] as number) >= 2) continue;
        if (compared >= MAX_CANDIDATES || (!strong && single++ >= MAX_SINGLE_BAND)) break;
        compared++;
        const s = similarityAt(sig, this.sigData, i * SIGNATURE_SIZE);
        if (s < threshold) continue;
        const id = (this.keys[i] as StoryKeys).id;
        if (id !== exclude) out.push({ id, similarity: s });
      }
    }
    return out.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
  }

  withGuid(guid: string): StoryKeys[] {
    return (this.byGuid.get(guid) ?? []).map((i) => this.keys[i] as StoryKeys);
  }

  /** Stories of this source with this headline key, oldest first. */
  /** The story stored with this textKey (see StoryKeys.textKey), if any. */
  withText(textKey: string): StoryKeys | undefined {
    if (!this.byTextMap) {
      const map = new Map<string, number>();
      this.keys.forEach((k, i) => {
        if (k.textKey && !map.has(k.textKey)) map.set(k.textKey, i);
      });
      this.byTextMap = map;
    }
    const i = this.byTextMap.get(textKey);
    return i === undefined ? undefined : this.keys[i];
  }

  withHeadline(source: string, headlineKey: string): StoryKeys[] {
    return (this.byHeadline.get(`${source}\u0000${headlineKey}`) ?? []).map((i) => this.keys[i] as StoryKeys);
  }

  /** The newest version in the chain that `id` belongs to. */
  latest(id: string): string {
    return this.chainOf(id).at(-1)?.id ?? id;
  }

  /**
   * Every version of the story `id` belongs to, in the chain's own order (update rank, then the items' wire times),
   * each copy of one guid and version shown once (the kept copy), with how each relates to the one before.
   */
  versions(id: string): StoryKeys[] {
    return [...this.chainOf(id)];
  }

  private chainOf(id: string): readonly StoryKeys[] {
    const cached = this.chains.get(id);
    if (cached) return cached;
    const members = this.component(id);
    const chain = this.orderedChain(id, members);
    // Every member of the chain shares the answer; the inbox asks for each story it lists.
    for (const member of members) this.chains.set(this.keys[member]?.id ?? '', chain);
    return chain;
  }

  private orderedChain(id: string, members: readonly number[]): StoryKeys[] {
    if (members.length <= 1) {
      const only = this.get(id);
      return only ? [{ ...only, relation: null }] : [];
    }
    const shown = members.filter((i) => !this.isShadowed(i)).sort((a, b) => this.chainOrder(a, b));
    return shown.map((i, at) => {
      const keys = this.keys[i] as StoryKeys;
      return { ...keys, relation: at === 0 ? null : (keys.relation ?? (keys.version !== null ? `version ${keys.version}` : 'version')) };
    });
  }

  /** The copy kept for a guid and version: the later wire time, then the more complete item, then the bytes. */
  keptCopy(guid: string, version: number | null): StoryKeys | undefined {
    const copies = (this.byGuid.get(guid) ?? []).filter((i) => this.keys[i]?.version === version && !this.keys[i]?.held);
    const best = copies.sort((a, b) => this.copyOrder(a, b))[0];
    return best === undefined ? undefined : this.keys[best];
  }

  /** The held agency copies beside an edited story (better copies of its guid and version that came later). */
  heldCopies(id: string): StoryKeys[] {
    return (this.links.get(id) ?? []).flatMap((n) => {
      const keys = this.get(n);
      return keys?.held && keys.previous === id ? [keys] : [];
    });
  }

  /** True for a story a later version has replaced, or a copy of a version another copy is kept for. */
  isSuperseded(id: string): boolean {
    if (!this.links.has(id)) return false;
    return this.latest(id) !== id;
  }

  /**
   * Every superseded story (isSuperseded), worked out once until the next story is added: a search leaves them out
   * and counts them, and asking each of 100,000 stories in turn cost a few milliseconds a search. Only linked
   * stories can be superseded, so this walks the links, not the library.
   */
  superseded(): ReadonlySet<string> {
    if (!this.supersededIds) {
      const ids = new Set<string>();
      for (const id of this.links.keys()) if (this.byId.has(id) && this.latest(id) !== id) ids.add(id);
      this.supersededIds = ids;
    }
    return this.supersededIds;
  }

  /** Stories linked to `id`, directly or not (its chain, with every copy), as positions in `keys`. */
  private component(id: string): number[] {
    const start = this.byId.get(id);
    if (start === undefined) return [];
    const seen = new Set<string>([id]);
    const queue = [id];
    for (let at = 0; at < queue.length && seen.size < 1000; at++) {
      for (const n of this.links.get(queue[at] as string) ?? []) {
        if (!seen.has(n) && this.byId.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
    return queue.map((q) => this.byId.get(q) as number);
  }

  private isShadowed(i: number): boolean {
    const keys = this.keys[i] as StoryKeys;
    if (keys.held) return true;
    if (!keys.guid) return false;
    return this.keptCopy(keys.guid, keys.version)?.id !== keys.id;
  }

  private chainOrder(a: number, b: number): number {
    const x = this.keys[a] as StoryKeys;
    const y = this.keys[b] as StoryKeys;
    if (x.rank === undefined || y.rank === undefined) return a - b;
    return x.rank - y.rank || (x.time ?? 0) - (y.time ?? 0) || (y.weight ?? 0) - (x.weight ?? 0) || compareText(x.sha, y.sha) || a - b;
  }

  private copyOrder(a: number, b: number): number {
    const x = this.keys[a] as StoryKeys;
    const y = this.keys[b] as StoryKeys;
    return (y.time ?? 0) - (x.time ?? 0) || (y.weight ?? 0) - (x.weight ?? 0) || compareText(x.sha, y.sha) || a - b;
  }

  private remember(keys: StoryKeys, sig: Signature): void {
    this.supersededIds = null;
    // The chain the story joins is worked out again; every other chain stays as it was.
    if (keys.previous && this.chains.size > 0) for (const m of this.component(keys.previous)) this.chains.delete(this.keys[m]?.id ?? '');
    const i = this.keys.length;
    this.keys.push(keys);
    if ((i + 1) * SIGNATURE_SIZE > this.sigData.length) {
      // By half, not double: at 100,000 stories the array is 25 MB, and it is held for the library's life.
      const grown = new Uint32Array(Math.max(SIGNATURE_SIZE * 1024, Math.ceil((this.sigData.length * 1.5) / SIGNATURE_SIZE) * SIGNATURE_SIZE));
      grown.set(this.sigData);
      this.sigData = grown;
    }
    this.sigData.set(sig, i * SIGNATURE_SIZE);
    this.byIdMap?.set(keys.id, i);
    if (this.bandsBuilt) for (const key of bandKeys(sig)) {
      const found = this.recent.get(key);
      if (found === undefined) this.recent.set(key, i);
      else if (typeof found === 'number') this.recent.set(key, [found, i]);
      else found.push(i);
    }
    if (keys.guid) push(this.byGuid, keys.guid, i);
    if (keys.headlineKey && this.byHeadlineMap) push(this.byHeadlineMap, headlineOf(keys), i);
    if (keys.textKey && this.byTextMap && !this.byTextMap.has(keys.textKey)) this.byTextMap.set(keys.textKey, i);
    if (keys.previous) {
      push(this.links, keys.previous, keys.id);
      push(this.links, keys.id, keys.previous);
    }
    if (this.recent.size > RECENT_LIMIT) this.freeze();
  }

  /** The range of `frozenStories` whose band key is `key`. */
  private frozenRange(key: number): [number, number] {
    const keys = this.frozenKeys;
    const prefix = this.prefixShift >= 32 ? 0 : key >>> this.prefixShift;
    let lo = this.directory[prefix] as number;
    let hi = this.directory[prefix + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[mid] as number) < key) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < keys.length && keys[end] === key) end++;
    return [lo, end];
  }

  /** Merges the recent band keys into the sorted typed arrays. */
  private freeze(): void {
    const loaded = this.loading ?? [];
    let added = loaded.length;
    for (const v of this.recent.values()) added += typeof v === 'number' ? 1 : v.length;
    // key · 2²¹ + story packs a pair into one exactly representable double (stories < 2,097,152), so one native
    // typed-array sort orders the new pairs; they are then merged with the frozen ones, already in order. Sorting
    // everything again at each freeze made a long import's freezes grow with the square of the library.
    const fresh = new Float64Array(added);
    let n = 0;
    for (const pair of loaded) fresh[n++] = pair;
    loaded.length = 0;
    for (const [key, v] of this.recent) {
      if (typeof v === 'number') fresh[n++] = key * STORY_SPAN + v;
      else for (const story of v) fresh[n++] = key * STORY_SPAN + story;
    }
    fresh.sort();
    const oldKeys = this.frozenKeys;
    const oldStories = this.frozenStories;
    const count = oldKeys.length + added;
    this.frozenKeys = new Uint32Array(count);
    this.frozenStories = new Uint32Array(count);
    let a = 0;
    let b = 0;
    for (let j = 0; j < count; j++) {
      const old = a < oldKeys.length ? (oldKeys[a] as number) * STORY_SPAN + (oldStories[a] as number) : Infinity;
      const value = b < added && (fresh[b] as number) < old ? (fresh[b++] as number) : (a++, old);
      const key = Math.floor(value / STORY_SPAN);
      this.frozenKeys[j] = key;
      this.frozenStories[j] = value - key * STORY_SPAN;
    }
    // About eight keys a prefix.
    const bits = Math.min(22, Math.max(1, Math.ceil(Math.log2(Math.max(2, count / 8)))));
    this.prefixShift = 32 - bits;
    this.directory = new Uint32Array((1 << bits) + 1);
    let at = 0;
    for (let prefix = 0; prefix <= 1 << bits; prefix++) {
      while (at < count && (this.frozenKeys[at] as number) >>> this.prefixShift < prefix) at++;
      this.directory[prefix] = at;
    }
    this.recent.clear();
  }
}

function headlineOf(keys: StoryKeys): string {
  return `${keys.source}\u0000${keys.headlineKey}`;
}

function compareText(a: string | undefined, b: string | undefined): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}

function grow<T extends Uint32Array | Uint8Array>(array: T, size: number): T {
  const grown = new (array.constructor as new (n: number) => T)(size);
  grown.set(array);
  return grown;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
