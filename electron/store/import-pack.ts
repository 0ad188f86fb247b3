/**
 * A bulk import's batch written as one pack (ArticleStore.insert): packs/<pack>.jsonl, a checked line a story
 * ({"article":…,"original":{pack,offset,length}}), and packs/<pack>.originals, the batch's original bytes end to
 * end — instead of two new files a story.
 */
import { join } from 'node:path';
import { summarize, type Article } from '../domain/article.js';
import type { ArticleIndex, IndexEntry, PackSlice } from './article-index.js';
import { syncDir, writeDurably } from './durable-file.js';
import { newPackName, type PackLine } from './library-recovery.js';
import { packLinePieces, type EncodedArticle } from './pack-line.js';

/**
 * Writes the batch as one pack: the stories' lines and the originals not stored before (`storedApart` tells an
 * original kept in its own file), each file written in one call and fsynced, then the packs folder. Nothing points
 * to the pack until its index lines (returned) are appended; a pack left by a crash before that is read back on
 * the next open.
 */
export async function writeImportPack(
  dir: string,
  index: ArticleIndex,
  items: readonly { article: Article; bytes: Uint8Array; encoded?: EncodedArticle }[],
  storedApart: (sha256: string) => boolean,
): Promise<IndexEntry[]> {
  const pack = newPackName();
  const lines: Uint8Array[] = [];
  const originals: Uint8Array[] = [];
  const placed = new Map<string, PackSlice>();
  const entries: IndexEntry[] = [];
  let originalsLength = 0;
  let linesLength = 0;
  for (const { article, bytes, encoded } of items) {
    const sha = article.original.sha256;
    let original: PackSlice | null = placed.get(sha) ?? index.originalSlice(sha) ?? null;
    let own: readonly [number, number] | undefined;
    if (!original && !(index.idForSha256(sha) && storedApart(sha))) {
      original = { pack, offset: originalsLength, length: bytes.byteLength };
      own = [original.offset, original.length];
      placed.set(sha, original);
      originals.push(bytes);
      originalsLength += bytes.byteLength;
    }
    // The article's JSON made by the build worker when it sent one (pack-line.ts), the same bytes either way.
    const line = packLinePieces(article, original satisfies PackLine['original'], encoded);
    lines.push(...line.pieces);
    entries.push({ summary: summarize(article), pack: { id: pack, article: [linesLength, line.length], ...(own ? { original: own } : {}) } });
    linesLength += line.length;
  }
  // Both files flushed at once: the file system commits them in one journal transaction.
  await Promise.all([
    writeDurably(join(dir, 'packs', `${pack}.originals`), Buffer.concat(originals, originalsLength)),
    writeDurably(join(dir, 'packs', `${pack}.jsonl`), Buffer.concat(lines, linesLength)),
  ]);
  await syncDir(join(dir, 'packs'));
  return entries;
}
