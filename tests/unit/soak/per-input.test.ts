// The soak's per-input memory run (scripts/soak/per-input.ts): each input read in a fresh bundled child.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PerInputRunner, quantile, summarise, type SoakInput } from '../../../scripts/soak/per-input.js';

const settings = { now: '2026-07-01T12:00:00.000Z', rules: {}, analyse: false, maxFileBytes: 20 * 1024 * 1024 };
const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'wire', 'afp-paris-bell-tower.txt');

describe('per-input soak run', () => {
  let dir = '';
  let runner: PerInputRunner;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-per-input-'));
    runner = await PerInputRunner.start(dir);
  }, 60_000);
  afterAll(() => {
    runner.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads each input in its own process and reports its outcome, time and peak memory', async () => {
    const big = JSON.stringify(Array.from({ length: 3000 }, (_, k) => ({ uri: `urn:t:${k}`, type: 'text', headlines: [{ role: 'main', value: `Item ${k} of a big array` }], bodies: [{ role: 'main', contenttype: 'text/plain', value: `Body of item ${k}, a sentence of copy.` }] })));
    const inputs: SoakInput[] = [
      { name: 'afp-paris-bell-tower.txt', bytes: readFileSync(fixture), good: true },
      { name: 'nul\u0000byte.bin', bytes: Buffer.from(Array.from({ length: 2048 }, (_, k) => (k * 37) % 256)), good: false },
      { name: 'big.json', bytes: Buffer.from(big), good: false },
    ];
    const base = await runner.baselineKB(3);
    // This test process is far bigger than a child: the figures must be the child's own (child-launcher.ts).
    const ballast = Buffer.alloc(300 * 1024 * 1024, 1);
    const outcomes = await runner.readEach(join(dir, 'inputs'), inputs, settings);
    expect(ballast.length).toBeGreaterThan(0);
    const [good, junk, array] = outcomes.map((o) => o.report);
    expect(good?.ok).toBe(true);
    expect(good?.stories).toBe(1);
    expect(junk?.ok).toBe(false);
    expect(junk?.reason).toMatch(/binary/);
    expect(array?.ok).toBe(true);
    expect(array?.stories).toBe(3000);
    // Each peak is its own process's: the 3,000-story array needs room the empty child and a small story do not.
    expect(base).toBeGreaterThan(10 * 1024);
    expect(good?.maxRssKB ?? 0).toBeGreaterThanOrEqual(base * 0.8);
    expect(good?.maxRssKB ?? 0).toBeLessThan(250 * 1024);
    // maxRSS and the child's own high-water mark agree: the launcher's peak is below the child's.
    for (const r of [good, junk, array]) expect(Math.abs((r?.maxRssKB ?? 0) - (r?.hwmKB ?? 0))).toBeLessThan(2 * 1024);
    expect(array?.maxRssKB ?? 0).toBeGreaterThan((good?.maxRssKB ?? 0) + 10 * 1024);
    const figures = summarise(outcomes, base);
    expect(figures).toMatchObject({ files: 3, goodFiles: 1, imported: 2, refused: 1, crashes: 0, goodFilesNotImported: 0, inputsOver1GB: 0 });
    expect(String(figures.worstMemoryFile)).toMatch(/^"big\.json"/);
  }, 60_000);

  it('reports a child that overruns its time as killed, not as an outcome', async () => {
    const [outcome] = await runner.readEach(join(dir, 'inputs'), [{ name: 'a.txt', bytes: readFileSync(fixture), good: true }], settings, { limitMs: 1 });
    expect(outcome?.report).toBeUndefined();
    expect(outcome?.failure).toBe('killed after 1 ms');
    expect(summarise(outcome ? [outcome] : [], 0)).toMatchObject({ crashes: 1, goodFilesNotImported: 1 });
  }, 60_000);

  it('takes quantiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, k) => 100 - k);
    expect(quantile(values, 0.99)).toBe(99);
    expect(quantile(values, 0.5)).toBe(50);
    expect(quantile(values, 1)).toBe(100);
    expect(quantile([], 0.99)).toBe(0);
  });
});
