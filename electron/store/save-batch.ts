/**
 * The disk work of a batch of saves (ArticleStore.saveMany): every story's file written to its temporary and its
 * history line appended, all flushed at once, then each temporary renamed over the story's file. The caller
 * appends the index lines afterwards (one fsync, which also commits the renames), so nothing is visible, nor
 * reported, before it is on disk.
 */
import { rm } from 'node:fs/promises';
import type { Article } from '../domain/article.js';
import { CopydeskError, errorMessage } from '../domain/errors.js';
import { flushFiles, inTurn } from './batch-flush.js';
import { placeTemporary, writeTemporary } from './durable-file.js';
import type { RevisionLog, RevisionNote } from './revision-log.js';

export interface StagedSave {
  readonly saved: Article;
  readonly note: RevisionNote;
  /** The revision this one replaces, written to history first on the story's first save. */
  readonly replaced: Article | null;
  /** The story's own file. */
  readonly path: string;
}

/** Writes the batch; per save, null when it is on disk and in place, else why not. */
export async function writeSaves(dir: string, history: RevisionLog, saves: readonly StagedSave[]): Promise<(string | null)[]> {
  const failures: (string | null)[] = saves.map(() => null);
  const temps: (string | null)[] = saves.map(() => null);
  /** Each history file's size before this batch appended to it. */
  const historyAt: (number | null)[] = saves.map(() => null);
  // History is taken back for a save that fails before it is visible: it never lists a revision the store lacks.
  const takeBack = async (k: number): Promise<void> => {
    const size = historyAt[k];
    if (size !== null && size !== undefined) await history.takeBack(saves[k]?.saved.id ?? '', size).catch(() => undefined);
  };
  await inTurn(saves, async (s, k) => {
    try {
      temps[k] = await writeTemporary(s.path, JSON.stringify(s.saved));
      historyAt[k] = await history.append(s.saved, s.note, s.replaced, false);
    } catch (err) {
      // A history line torn by the failure is left out when history is read; the story's file is untouched.
      if (temps[k]) await rm(temps[k], { force: true });
      temps[k] = null;
      failures[k] = errorMessage(err);
    }
  });
  const ready = saves.flatMap((s, k) => (temps[k] ? [k] : []));
  try {
    await flushFiles(dir, [...ready.map((k) => temps[k] ?? ''), ...ready.map((k) => history.fileOf(saves[k]?.saved.id ?? ''))]);
  } catch (err) {
    await Promise.all(ready.map(async (k) => {
      await rm(temps[k] ?? '', { force: true });
      await takeBack(k);
    }));
    const reason = new CopydeskError('io', `${dir}: the flush to disk failed: ${errorMessage(err)}`).message;
    for (const k of ready) failures[k] = reason;
    return failures;
  }
  await inTurn(ready, async (k) => {
    try {
      await placeTemporary(temps[k] ?? '', saves[k]?.path ?? '');
    } catch (err) {
      failures[k] = `${saves[k]?.path ?? ''}: ${errorMessage(err)}`;
      await takeBack(k);
    }
  });
  return failures;
}
