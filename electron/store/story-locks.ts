/**
 * Work on stories in turn: a save (or a batch of saves) waits for every earlier piece of work on the same stories,
 * and later ones wait for it; work on other stories goes on meanwhile. In memory, for this process: another
 * process is kept out of the library by its lock (library-lock.ts).
 */
export class StoryLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `work` once every earlier piece of work on these stories is done; later ones wait for it. */
  async run<T>(ids: readonly string[], work: () => Promise<T>): Promise<T> {
    const previous = Promise.all(ids.map((id) => this.tails.get(id)));
    const run = previous.then(work, work);
    const settled = run.catch(() => undefined);
    for (const id of ids) this.tails.set(id, settled);
    try {
      return await run;
    } finally {
      for (const id of ids) if (this.tails.get(id) === settled) this.tails.delete(id);
    }
  }
}
