/**
 * Recovery when a library is opened: finds what a crash, a torn write or outside damage left half done and
 * repairs the index from the bytes that are there (the stories' own files and the packs).
 *
 * - A save whose file landed but whose index line did not (kill -9 between the two writes): its shard folder is
 *   newer than the index, so the files in it newer than the index are read again.
 * - A pack whose lines the index does not all name (its index lines never landed, or the index was truncated or
 *   overwritten): the pack is read again, line by line, each line checked by its CRC.
 * - Damage found in the index (a bad checksum, a torn line): every story file is read again.
 * Where a story has several copies (its own file, its import's pack line, the lines of batches of saves), the newer
 * revision wins; at equal revisions the file, which only a save writes. The other pack lines are named in the
 * index too, as older revisions (the history reads them there). Every damaged line or file is reported by file and
 * story.
 */
import { randomBytes } from 'node:crypto';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { summarize, type Article } from '../domain/article.js';
import { errorMessage } from '../domain/errors.js';
import type { ArticleIndex, DamageNote, IndexEntry, PackRef } from './article-index.js';
import { decodeCheckedLine } from './journal-lines.js';

export const PACK_PATTERN = /^[a-z0-9]{1,16}-[0-9a-f]{12}$/;

/** A new pack's name (PACK_PATTERN): its time, then random hex, so that two batches never share one. */
export function newPackName(): string {
  return `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
}

/**
 * One line of a pack's .jsonl: the story as imported, or as a batch of saves saved it, and where its original
 * bytes are. A save's line carries its history note too (who, what): the line is that revision's history entry.
 */
export interface PackLine {
  readonly article: Article;
  readonly original: { readonly pack: string; readonly offset: number; readonly length: number } | null;
  readonly note?: { readonly author: string; readonly summary: string };
}

export interface RecoverySides {
  readonly dir: string;
  readonly index: ArticleIndex;
  /** Reads a story's own file; throws an error naming the file when it cannot be read. */
  readonly readStoryFile: (id: string) => Promise<Article>;
}

interface Copy {
  readonly article: Article;
  readonly from: 'file' | 'pack';
  readonly pack?: PackRef;
}

export interface RecoveryResult {
  readonly entries: IndexEntry[];
  readonly damage: DamageNote[];
}

export async function findRecoveries({ dir, index, readStoryFile }: RecoverySides): Promise<RecoveryResult> {
  const damage: DamageNote[] = [...index.damage];
  const everything = damage.length > 0;
  const indexTime = await mtime(index.path);
  const files = new Map<string, Article>();
  const root = join(dir, 'articles');
  for (const shard of await readdir(root)) {
    const shardDir = join(root, shard);
    let names: string[];
    try {
      names = await readdir(shardDir);
    } catch {
      continue;
    }
    const shardNewer = (await mtime(shardDir)) >= indexTime;
    for (const name of names) {
      // A temp file is a save that never reached its rename: it was never reported saved.
      if (name.endsWith('.tmp')) {
        await rm(join(shardDir, name), { force: true });
        continue;
      }
      if (!name.endsWith('.json')) continue;
      const id = name.slice(0, -5);
      const known = index.get(id);
      const suspect = !known || index.articleSlice(id) !== undefined || everything || (shardNewer && (await mtime(join(shardDir, name))) >= indexTime);
      if (!suspect) continue;
      try {
        files.set(id, await readStoryFile(id));
      } catch (err) {
        damage.push({ file: join(shardDir, name), story: id, reason: errorMessage(err) });
      }
    }
  }
  const known = index.packs();
  /** Every copy read again from a pack, by story: a story saved in batches has a line in several packs. */
  const packs = new Map<string, Copy[]>();
  for (const name of await readdir(join(dir, 'packs'))) {
    const pack = name.endsWith('.jsonl') ? name.slice(0, -6) : '';
    if (!PACK_PATTERN.test(pack)) continue;
    const path = join(dir, 'packs', name);
    const size = (await stat(path)).size;
    if (!everything && known.has(pack) && index.coveredBytes(pack) >= size) continue;
    for (const copy of readPack(await readFile(path), pack, path, damage)) {
      const copies = packs.get(copy.article.id) ?? [];
      copies.push(copy);
      packs.set(copy.article.id, copies);
    }
  }
  // Lines naming older copies come first: loaded before a story's winning line, they never hide it.
  const older: IndexEntry[] = [];
  const entries: IndexEntry[] = [];
  for (const id of new Set([...files.keys(), ...packs.keys()])) {
    const file = files.get(id);
    const copies = packs.get(id) ?? [];
    const packed = copies.reduce<Copy | undefined>((best, c) => (!best || best.article.revision < c.article.revision ? c : best), undefined);
    const winner: Copy | undefined = file && (!packed || file.revision >= packed.article.revision) ? { article: file, from: 'file' } : packed;
    if (!winner) continue;
    const current = index.get(id);
    const latest = Math.max(current?.revision ?? 0, winner.article.revision);
    // Every other pack line of the story is one of its revisions (its history reads it): named, never where it lives.
    for (const copy of copies) {
      if (copy === packed || !copy.pack || copy.article.revision >= latest || index.names(id, copy.pack.id, copy.pack.article?.[0] ?? -1)) continue;
      older.push({ summary: summarize(copy.article), pack: copy.pack, file: true });
    }
    const home = packed?.pack;
    // A story file older than the pack line the index names is a copy left behind (its revision is in history).
    const stale =
      !current || current.revision < winner.article.revision || (winner.from === 'file' && index.articleSlice(id) !== undefined && winner.article.revision >= current.revision);
    if (stale) {
      entries.push({ summary: summarize(winner.article), ...(home ? { pack: home } : {}), ...(winner.from === 'file' && home ? { file: true as const } : {}) });
    } else if (home && packed && current && !index.names(id, home.id, home.article?.[0] ?? -1)) {
      // The story is known, but not this line of it: named, so that its pack counts as covered from now on (an
      // equal revision only while the story is not in another pack line, which the `file` mark would unset).
      const behind = packed.article.revision < current.revision;
      if (behind || !index.articleSlice(id)) older.push({ summary: behind ? summarize(packed.article) : current, pack: home, file: true });
    }
  }
  return { entries: [...older, ...entries], damage };
}

function readPack(bytes: Buffer, pack: string, path: string, damage: DamageNote[]): Copy[] {
  const copies: Copy[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    let end = bytes.indexOf(10, offset);
    if (end < 0) end = bytes.length; // a torn last line: still checked, probably refused
    const raw = bytes.subarray(offset, end).toString('utf8');
    const line = decodeCheckedLine(raw);
    try {
      if (!line.ok) throw new Error(line.reason);
      const { article, original } = JSON.parse(line.json) as PackLine;
      if (typeof article?.id !== 'string' || typeof article.revision !== 'number') throw new Error('not a story line');
      const own = original && original.pack === pack ? { original: [original.offset, original.length] as const } : {};
      copies.push({ article, from: 'pack', pack: { id: pack, article: [offset, end + 1 - offset], ...own } });
    } catch (err) {
      const story = /"id":"([A-Za-z0-9-]{1,64})"/.exec(raw)?.[1];
      damage.push({ file: path, ...(story ? { story } : {}), reason: `line at byte ${offset}: ${errorMessage(err)}` });
    }
    offset = end + 1;
  }
  return copies;
}

async function mtime(path: string): Promise<bigint> {
  try {
    return (await stat(path, { bigint: true })).mtimeNs;
  } catch {
    return 0n;
  }
}
