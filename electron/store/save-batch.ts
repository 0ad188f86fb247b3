/**
 * The disk work of a batch of saves (ArticleStore.saveMany): the batch's new revisions written as ONE new pack
 * (packs/<pack>.jsonl, a checked line a story, as a bulk import writes its stories) instead of a file and a history
 * line a story. Creating a file costs more here than the rest of a story's save (BENCHMARKS.md, export written to
 * disk); a pack line is also the revision's history entry, since packs are never changed.
 *
 * Order, so that nothing is visible, nor reported, before it is on disk: a revision that lives only in a story's
 * own file and is not in its history yet is appended to the history file first; then the pack is written, and
 * the pack and those history files are flushed at once, then the packs folder. The caller appends the index lines
 * after that (one fsync) — until then no reader is pointed at the pack; a crash before them leaves a pack the
 * next opening reads back (library-recovery.ts), and a crash before the flush leaves every story as it was.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../domain/article.js';
import { CopydeskError, errorMessage } from '../domain/errors.js';
import type { PackSlice } from './article-index.js';
import { flushFiles, inTurn } from './batch-flush.js';
import { syncDir } from './durable-file.js';
import { encodeCheckedBytes } from './journal-lines.js';
import { newPackName, type PackLine } from './library-recovery.js';
import type { RevisionLog, RevisionNote } from './revision-log.js';

export interface StagedSave {
  readonly saved: Article;
  readonly note: RevisionNote;
  /** The revision this one replaces, when only the story's own file holds it: written to history first. */
  readonly replaced: Article | null;
  /** Where the story's original bytes are in a pack (null: their own file under originals/). */
  readonly original: PackSlice | null;
}

export interface WrittenSaves {
  /** The new pack's name. */
  readonly pack: string;
  /** Per save, its line in the pack ([offset, length]), or why it was not written. */
  readonly outcomes: ({ readonly ok: true; readonly at: readonly [number, number] } | { readonly ok: false; readonly reason: string })[];
}

/** Writes the batch into one new pack under `dir`/packs and flushes it; per save, its place or its failure. */
export async function writeSavePack(dir: string, history: RevisionLog, saves: readonly StagedSave[]): Promise<WrittenSaves> {
  const pack = newPackName();
  const outcomes: WrittenSaves['outcomes'] = saves.map(() => ({ ok: false, reason: 'not saved' }));
  /** Each history file's size before this batch appended to it (null: nothing appended). */
  const historyAt: (number | null)[] = saves.map(() => null);
  const failed = new Set<number>();
  await inTurn(saves, async (s, k) => {
    if (!s.replaced) return;
    try {
      historyAt[k] = await history.keepReplaced(s.replaced, false);
    } catch (err) {
      failed.add(k);
      outcomes[k] = { ok: false, reason: errorMessage(err) };
    }
  });
  const lines: Buffer[] = [];
  let length = 0;
  saves.forEach((s, k) => {
    if (failed.has(k)) return;
    const line = encodeCheckedBytes(JSON.stringify({ article: s.saved, original: s.original, note: s.note } satisfies PackLine));
    outcomes[k] = { ok: true, at: [length, line.length] };
    lines.push(line);
    length += line.length;
  });
  const appended = saves.flatMap((s, k) => (historyAt[k] !== null ? [k] : []));
  const takeBack = (k: number): Promise<void> =>
    history.takeBack(saves[k]?.saved.id ?? '', historyAt[k] ?? 0).catch(() => undefined);
  if (lines.length === 0) return { pack, outcomes };
  const path = join(dir, 'packs', `${pack}.jsonl`);
  try {
    await writeFile(path, Buffer.concat(lines, length), { flag: 'wx', mode: 0o600 });
    await flushFiles(dir, [path, ...appended.map((k) => history.fileOf(saves[k]?.saved.id ?? ''))]);
    await syncDir(join(dir, 'packs'));
  } catch (err) {
    // Nothing of the batch may come back on the next opening: the pack goes, and the history lines with it.
    await rm(path, { force: true });
    await Promise.all(appended.map(takeBack));
    const reason = new CopydeskError('io', `${dir}: the flush to disk failed: ${errorMessage(err)}`).message;
    return { pack, outcomes: saves.map(() => ({ ok: false, reason })) };
  }
  return { pack, outcomes };
}
