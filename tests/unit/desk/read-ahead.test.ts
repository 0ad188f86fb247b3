import { describe, expect, it } from 'vitest';
import { readAhead } from '../../../electron/desk/read-ahead.js';

/** A source that counts how far it has been pulled, yielding after a tick each time. */
function counting(count: number, failAt = -1): { source: AsyncIterable<number>; pulled: () => number } {
  let pulled = 0;
  async function* source(): AsyncGenerator<number> {
    for (let i = 0; i < count; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      if (i === failAt) throw new Error(`file ${i} could not be read`);
      pulled = i + 1;
      yield i;
    }
  }
  return { source: source(), pulled: () => pulled };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('readAhead', () => {
  it('gives every item in order', async () => {
    const { source } = counting(50);
    const got: number[] = [];
    for await (const n of readAhead(source, { items: 4, bytes: Infinity, size: () => 1 })) got.push(n);
    expect(got).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('reads ahead while the consumer is busy, but no further than its bound', async () => {
    const { source, pulled } = counting(100);
    const ahead = readAhead(source, { items: 5, bytes: Infinity, size: () => 1 });
    expect((await ahead.next()).value).toBe(0);
    await settle();
    // One taken, five waiting, and the one the pump holds while it waits for room.
    expect(pulled()).toBeGreaterThanOrEqual(6);
    expect(pulled()).toBeLessThanOrEqual(7);
    await ahead.return(undefined);
  });

  it('bounds by size as well as by count', async () => {
    const { source, pulled } = counting(100);
    const ahead = readAhead(source, { items: 50, bytes: 30, size: () => 10 });
    await ahead.next();
    await settle();
    expect(pulled()).toBeLessThanOrEqual(5);
    await ahead.return(undefined);
  });

  it('stops pulling when the consumer stops', async () => {
    const { source, pulled } = counting(1000);
    for await (const n of readAhead(source, { items: 3, bytes: Infinity, size: () => 1 })) if (n === 2) break;
    await settle();
    expect(pulled()).toBeLessThan(10);
  });

  it("gives the source's error after the items read before it", async () => {
    const { source } = counting(10, 6);
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const n of readAhead(source, { items: 3, bytes: Infinity, size: () => 1 })) got.push(n);
      })(),
    ).rejects.toThrow('file 6 could not be read');
    expect(got).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
