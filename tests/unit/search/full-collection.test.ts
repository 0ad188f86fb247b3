import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectGarbage, IdleCollection } from '../../../electron/search/full-collection.js';

/** A large object nothing holds any more, watched through a WeakRef. */
function dropped(): WeakRef<object> {
  return new WeakRef(new Array(200_000).fill(0).map((_, i) => ({ i })));
}

describe('the full collection after a large load', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('collects what nothing holds any more, here in Node', async () => {
    const ref = dropped();
    // A WeakRef's target stays alive until the current job ends: the collection is asked for after it.
    await new Promise((resolve) => setImmediate(resolve));
    expect(collectGarbage()).toBe(true);
    expect(ref.deref()).toBeUndefined();
  });

  it('collects once the searches stop for 5 s, not while they go on, and never after it is stopped', async () => {
    vi.useFakeTimers();
    let collections = 0;
    const idle = new IdleCollection(() => collections++);
    idle.touch();
    await vi.advanceTimersByTimeAsync(4_000);
    idle.touch();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(collections).toBe(0);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(collections).toBe(1);
    idle.touch();
    idle.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(collections).toBe(1);
  });
});
