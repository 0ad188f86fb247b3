/**
 * One full garbage collection, asked for where the process has just let go of a large load: an opened library's
 * search snapshot is read as parts of JSON text, lines and chunks that are garbage once FlexSearch has its lists,
 * and V8 collects its old generation only when that grows to its limit. Measured on `copydesk serve` over 100,000
 * generated stories (scripts/bench/serve-memory.ts): 443 MB live after the words loaded, 800–830 MB resident until
 * the collector next ran; the collection itself took 150–250 ms, once, off the path of the first page.
 *
 * Node exposes the collector only behind a flag (`--expose-gc`), set here at run time for a new context's `gc`
 * (as the benches do); where that is refused nothing happens and V8 collects when it will.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Libraries at least this large (stories) are worth a collection after their index loads or is written. */
export const LARGE_LIBRARY = 20_000;

let collector: (() => void) | null | undefined;

/** Runs a full collection; false when this runtime does not let it (nothing is done then). */
export function collectGarbage(): boolean {
  if (collector === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      collector = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collector = null;
    }
  }
  if (!collector) return false;
  collector();
  return true;
}

/** How long the desk is left alone before the searches' garbage is collected. */
const IDLE_MS = 5_000;

/**
 * A collection once the searches stop for a while. Each search over a large library leaves arrays of tens of
 * thousands of story numbers (FlexSearch's matches, the kept and sorted lists), too large for the young generation:
 * they stay resident until V8's next full collection, which under a steady run of searches came only as the heap
 * neared its limit, and V8's own idle shrinking did not come in 20 s of rest (measured: 512 MB after the load, 646
 * MB after 1,800 searches and 600 stories opened, still 646 MB 20 s later). Collected after 5 s of rest instead.
 */
export class IdleCollection {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly collect: () => unknown = collectGarbage) {}

  /** Work that left garbage: collect once nothing else has come for a while. */
  touch(): void {
    if (this.timer) {
      this.timer.refresh();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.collect();
    }, IDLE_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
