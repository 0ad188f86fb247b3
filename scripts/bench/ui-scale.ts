/**
 * `npm run bench -- --ui [--sizes 1000,10000,100000] [--keep DIR]`: the desk in Chromium at 1k/10k/100k
 * stories (issue 11), through the path the user runs. For each size a library of generated stories
 * (generate.ts) is imported through CopydeskService.importStream into its own --data folder and closed; then
 * `copydesk serve` is spawned over it as a cold process and the built workstation is opened in Debian's Chromium:
 * - cold start: from spawning serve to the first inbox row and the total count in the page (and, apart,
 *   navigation → first row, and a warm reload);
 * - scrolling: the virtual list scrolled by a fixed step every frame for 5 s, frames counted with
 *   requestAnimationFrame in the page (frames/s, the longest frame, frames with rows still loading), the DOM
 *   node count, the JS heap (CDP) after it;
 * - opening a story: a click on a row → its headline and text in the editor, laid out, p50/p95.
 * `--keep DIR` keeps each library in DIR and reuses it on the next run (a 100,000-story import takes
 * minutes); without it the libraries live in temp folders removed at the end. Needs `node scripts/build.mjs all`.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { CopydeskService } from '../../electron/desk/service.js';
import { ArticleStore } from '../../electron/store/article-store.js';
import config from '../../playwright.config.js';
import { generateStory } from './generate.js';
import { serve, type Served } from './keystroke.js';
import { startBuildPool } from './worker.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** The row height StoryList gives every row (its ROW_HEIGHT). */
const ROW_HEIGHT = 64;
const SCROLL_MS = 5_000;
/** Pixels a frame: ~94 rows a second at 60 Hz, a brisk wheel scroll. */
const SCROLL_STEP = 100;
/** A fling (the scroll bar dragged): 1,000 px a frame for 2 s, so pages must be fetched as fast as rows pass. */
const FLING_STEP = 1_000;
const FLING_MS = 2_000;
const OPENS = 20;
const OPEN_WARMUP = 2;
const TARGETS = { coldMs: 1_500, fps: 50, openMs: 200 };

interface SizeFigures {
  readonly size: number;
  readonly importSeconds: number | null;
  readonly serving: number;
  readonly coldFirstRow: number;
  readonly coldUsable: number;
  readonly navFirstRow: number;
  readonly navCount: number;
  readonly reloadUsable: number;
  readonly countText: string;
  readonly scroll: ScrollFigures;
  /** The renderer's main thread busy (tasks: script, style, layout, paint), per frame of the steady scroll. */
  readonly scrollBusyPerFrame: number;
  readonly fling: ScrollFigures;
  readonly domNodes: number;
  readonly heapMb: number;
  readonly heapAfterGcMb: number;
  readonly open: { readonly first: number; readonly p50: number; readonly p95: number; readonly max: number; readonly fetchP50: number; readonly renderP50: number; readonly renderP95: number; readonly sideP50: number; readonly sideP95: number };
  readonly serveRssMb: number | null;
}

interface ScrollFigures {
  readonly frames: number;
  readonly elapsed: number;
  readonly longest: number;
  readonly loadingFrames: number;
  readonly longTasks: number;
  readonly scrolledRows: number;
}

/** A library of `size` generated stories in `dir`, imported as `copydesk import` streams them, then closed. */
async function buildLibrary(dir: string, size: number): Promise<number> {
  const pool = await startBuildPool();
  try {
    const service = new CopydeskService(await ArticleStore.open(dir), { buildPool: pool });
    async function* inputs() {
      for (let i = 0; i < size; i++) yield { name: `story-${i}.txt`, bytes: Buffer.from(generateStory(i)) };
    }
    const t0 = performance.now();
    const { summary } = await service.importStream(inputs(), { batchFiles: 500 });
    await service.search.flush();
    const seconds = (performance.now() - t0) / 1000;
    const stored = service.store.size;
    await service.close();
    if (stored !== size || summary.failed > 0) throw new Error(`library of ${size}: ${stored} stored, ${summary.failed} failed (${dir})`);
    return seconds;
  } finally {
    await pool.close();
  }
}

/**
 * Installed before the page's own scripts: the page-clock times at which the first story row and the total count
 * ("100,000 stories") are in the document and laid out, and the next frame after both.
 */
const WATCH_LOAD = `(() => {
  const ui = (window.__ui = {});
  const check = () => {
    if (ui.firstRow === undefined && document.querySelector('.story-row button.story-item')) ui.firstRow = performance.now();
    const c = document.getElementById('inbox-search-count');
    if (ui.count === undefined && c && /^[\\d,]+ stories$/.test(c.textContent || '')) {
      ui.count = performance.now();
      ui.countText = c.textContent;
    }
    if (ui.firstRow !== undefined && ui.count !== undefined && ui.usable === undefined) {
      void document.body.offsetHeight;
      ui.usable = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (ui.painted = performance.now()), 0));
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})()`;

interface LoadTimes {
  readonly firstRow: number;
  readonly count: number;
  readonly usable: number;
  readonly painted: number;
  readonly countText: string;
  readonly timeOrigin: number;
}

async function loadTimes(page: Page): Promise<LoadTimes> {
  await page.waitForFunction(() => (globalThis as { __ui?: { painted?: number } }).__ui?.painted !== undefined, undefined, { timeout: 120_000 });
  return (await page.evaluate('({ ...window.__ui, timeOrigin: performance.timeOrigin })')) as LoadTimes;
}

/** The page's main thread busy so far (Chromium's TaskDuration), in ms: less sensitive than frame times to a shared CPU. */
async function mainThreadBusy(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

/** Scrolls the list by `step` px every frame for `ms`, counting frames in the page. */
async function scroll(page: Page, step: number, ms: number): Promise<ScrollFigures> {
  return (await page.evaluate(`new Promise((resolve) => {
    const el = document.querySelector('.story-scroller');
    const deltas = [];
    let loadingFrames = 0;
    let longTasks = 0;
    const lt = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
    lt.observe({ type: 'longtask' });
    const from = el.scrollTop;
    let start = 0;
    let last = 0;
    const tick = (now) => {
      deltas.push(now - last);
      last = now;
      if (el.querySelector('.story-item-loading')) loadingFrames++;
      if (now - start >= ${ms} || el.scrollTop + el.clientHeight >= el.scrollHeight - 1) {
        lt.disconnect();
        resolve({ frames: deltas.length, elapsed: now - start, longest: Math.max(...deltas), loadingFrames, longTasks, scrolledRows: Math.round((el.scrollTop - from) / ${ROW_HEIGHT}) });
        return;
      }
      el.scrollTop += ${step};
      requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      start = last = now;
      el.scrollTop += ${step};
      requestAnimationFrame(tick);
    });
  })`)) as ScrollFigures;
}

// Page functions are passed as functions, not strings: the workstation's CSP forbids the eval a string needs.

/** Puts row `index` in view and waits for its story to have come. Returns its headline. */
async function showRow(page: Page, index: number): Promise<string> {
  await page.evaluate(`document.querySelector('.story-scroller').scrollTop = ${index * ROW_HEIGHT}`);
  const item = page.locator(`[data-row="${index}"] button.story-item .story-item-headline`);
  await item.waitFor({ timeout: 30_000 });
  return (await item.textContent()) ?? '';
}

interface OpenTimes {
  /** Click → the story's headline and paragraphs in the editor, laid out. */
  readonly total: number;
  /** Of which the getArticle call, request sent → response read (resource timing). */
  readonly fetch: number;
  /** Of which the response read → the story shown (React, ProseMirror, layout). */
  readonly render: number;
  /** Click → the side column (cleaning, sources, metadata…) showing the story too. */
  readonly side: number;
}

/** Click on row `index` → its headline in the editor and the body's paragraphs laid out, in page time. */
async function openRow(page: Page, index: number): Promise<OpenTimes> {
  const headline = await showRow(page, index);
  await page.evaluate(`(() => {
    const want = ${JSON.stringify(headline)};
    const o = (window.__open = { t0: null, done: null, side: null });
    // The scrolling's page calls fill the resource-timing buffer (250 entries): emptied, so this call's is kept.
    performance.clearResourceTimings();
    document.addEventListener('click', () => (o.t0 = performance.now()), { capture: true, once: true });
    const shown = () => {
      const h = document.getElementById('story-headline');
      return h && h.textContent === want && document.querySelectorAll('.ProseMirror [data-block]').length > 2;
    };
    // The side column is the story's too once its metadata form shows the story's headline.
    const sideShown = () => [...document.querySelectorAll('.side-column textarea')].some((t) => t.value === want);
    const observer = new MutationObserver(() => {
      if (o.t0 === null) return;
      if (o.done === null && shown()) {
        void document.body.offsetHeight;
        const now = performance.now();
        o.done = now - o.t0;
        const call = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/getArticle') && e.startTime >= o.t0).pop();
        o.fetch = call ? call.responseEnd - call.startTime : NaN;
        o.render = call ? now - call.responseEnd : NaN;
      }
      if (o.side === null && sideShown()) {
        void document.body.offsetHeight;
        o.side = performance.now() - o.t0;
      }
      if (o.done !== null && o.side !== null) observer.disconnect();
    });
    observer.observe(document.querySelector('.columns'), { subtree: true, childList: true, characterData: true });
  })()`);
  await page.locator(`[data-row="${index}"] button.story-item`).click();
  await page.waitForFunction(() => {
    const o = (globalThis as { __open?: { done: number | null; side: number | null } }).__open;
    return o?.done != null && o.side != null;
  }, undefined, { timeout: 60_000 });
  const o = (await page.evaluate('window.__open')) as { done: number; fetch: number; render: number; side: number };
  return { total: o.done, fetch: o.fetch, render: o.render, side: o.side };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function rssMb(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function measureSize(browser: Browser, dir: string, size: number, importSeconds: number | null, screenshot: string | null): Promise<SizeFigures> {
  const context = await browser.newContext({ viewport: config.use?.viewport ?? { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH_LOAD);
  await page.goto('about:blank');
  // Cold: the clock starts as serve is spawned (a new process opening the library), the browser already up.
  const spawnedAt = performance.timeOrigin + performance.now();
  const served: Served = await serve(dir);
  try {
    const serving = performance.timeOrigin + performance.now() - spawnedAt;
    await page.goto(`${served.origin}/#token=${served.token}`);
    const cold = await loadTimes(page);
    if (cold.countText !== `${size.toLocaleString('en')} stories`) throw new Error(`the inbox shows "${cold.countText}", not ${size} stories`);
    // Warm: the page loaded again, the server's library already in memory. By way of about:blank: a goto that only
    // changes the fragment would stay in the same document and measure nothing.
    await page.goto('about:blank');
    await page.goto(`${served.origin}/#token=${served.token}`);
    const warm = await loadTimes(page);

    await page.waitForTimeout(300);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const busy0 = await mainThreadBusy(cdp);
    const scrolled = await scroll(page, SCROLL_STEP, SCROLL_MS);
    const scrollBusyPerFrame = ((await mainThreadBusy(cdp)) - busy0) / scrolled.frames;
    const flung = await scroll(page, FLING_STEP, FLING_MS);
    const domNodes = (await page.evaluate('document.getElementsByTagName("*").length')) as number;
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfterGc = (await cdp.send('Runtime.getHeapUsage')).usedSize;

    const opens: OpenTimes[] = [];
    for (let k = 0; k < OPENS + OPEN_WARMUP; k++) opens.push(await openRow(page, Math.floor(((k + 0.5) * size) / (OPENS + OPEN_WARMUP))));
    const sorted = (pick: (o: OpenTimes) => number) => opens.slice(OPEN_WARMUP).map(pick).sort((a, b) => a - b);
    const timed = sorted((o) => o.total);
    const renders = sorted((o) => o.render);
    if (screenshot) await page.screenshot({ path: screenshot });
    const serveRssMb = await rssMb(served.pid);
    return {
      size,
      importSeconds,
      serving,
      coldFirstRow: cold.timeOrigin + cold.firstRow - spawnedAt,
      coldUsable: cold.timeOrigin + cold.painted - spawnedAt,
      navFirstRow: cold.firstRow,
      navCount: cold.count,
      reloadUsable: warm.painted,
      countText: cold.countText,
      scroll: scrolled,
      scrollBusyPerFrame,
      fling: flung,
      domNodes,
      heapMb: heap / 2 ** 20,
      heapAfterGcMb: heapAfterGc / 2 ** 20,
      open: {
        first: opens[0]?.total ?? NaN,
        p50: percentile(timed, 50),
        p95: percentile(timed, 95),
        max: timed.at(-1) ?? NaN,
        fetchP50: percentile(sorted((o) => o.fetch), 50),
        renderP50: percentile(renders, 50),
        renderP95: percentile(renders, 95),
        sideP50: percentile(sorted((o) => o.side), 50),
        sideP95: percentile(sorted((o) => o.side), 95),
      },
      serveRssMb,
    };
  } finally {
    await context.close();
    await served.stop();
  }
}

function report(all: readonly SizeFigures[], chromiumVersion: string): void {
  const f0 = (n: number) => n.toFixed(0);
  const fps = (s: ScrollFigures) => (s.frames / (s.elapsed / 1000)).toFixed(1);
  const ok = (met: boolean) => (met ? 'met' : 'MISSED');
  console.log(`\n## The desk in Chromium ${chromiumVersion} (issue 11): generated libraries, copydesk serve spawned cold for each size`);
  console.log(`   load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const head = ['stories', 'spawn→serving', 'spawn→first row', 'spawn→usable', 'nav→first row', 'nav→count', 'reload→usable', 'scroll fps', 'busy per frame', 'longest frame', 'loading frames', 'fling fps / longest / loading', 'DOM nodes', 'JS heap (after GC)', 'open first', 'open p50', 'open p95', 'open max', 'of which getArticle p50', 'of which render p50 / p95', 'side column too p50 / p95', 'serve RSS'];
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const s of all) {
    const row = [
      s.size.toLocaleString('en'),
      `${f0(s.serving)} ms`,
      `${f0(s.coldFirstRow)} ms`,
      `${f0(s.coldUsable)} ms`,
      `${f0(s.navFirstRow)} ms`,
      `${f0(s.navCount)} ms`,
      `${f0(s.reloadUsable)} ms`,
      fps(s.scroll),
      `${s.scrollBusyPerFrame.toFixed(1)} ms`,
      `${s.scroll.longest.toFixed(1)} ms`,
      `${s.scroll.loadingFrames}/${s.scroll.frames}`,
      `${fps(s.fling)} / ${s.fling.longest.toFixed(1)} ms / ${s.fling.loadingFrames}/${s.fling.frames}`,
      String(s.domNodes),
      `${s.heapMb.toFixed(1)} MB (${s.heapAfterGcMb.toFixed(1)} MB)`,
      `${f0(s.open.first)} ms`,
      `${f0(s.open.p50)} ms`,
      `${f0(s.open.p95)} ms`,
      `${f0(s.open.max)} ms`,
      `${f0(s.open.fetchP50)} ms`,
      `${f0(s.open.renderP50)} / ${f0(s.open.renderP95)} ms`,
      `${f0(s.open.sideP50)} / ${f0(s.open.sideP95)} ms`,
      s.serveRssMb === null ? '–' : `${f0(s.serveRssMb)} MB`,
    ];
    console.log(`| ${row.join(' | ')} |`);
  }
  for (const s of all) {
    const imported = s.importSeconds === null ? 'reused' : `imported in ${s.importSeconds.toFixed(0)} s`;
    console.log(
      `  ${s.size.toLocaleString('en').padStart(7)} (${imported}, "${s.countText}"): cold start ≤ ${TARGETS.coldMs} ms ${ok(s.coldUsable <= TARGETS.coldMs)}; ` +
        `scroll ≥ ${TARGETS.fps} fps ${ok(s.scroll.frames / (s.scroll.elapsed / 1000) >= TARGETS.fps)} (${s.scroll.scrolledRows} rows, ${s.scroll.longTasks} long tasks); ` +
        `open p95 ≤ ${TARGETS.openMs} ms ${ok(s.open.p95 <= TARGETS.openMs)}`,
    );
  }
}

export async function benchUiScale(sizes: readonly number[], librariesDir: string | null): Promise<void> {
  const temp = librariesDir ? null : await mkdtemp(join(tmpdir(), 'copydesk-bench-ui-'));
  const base = librariesDir ?? temp ?? '';
  await mkdir(base, { recursive: true });
  const shots = join(ROOT, '.bench');
  await mkdir(shots, { recursive: true });
  const browser = await chromium.launch(config.use?.launchOptions ?? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const all: SizeFigures[] = [];
  try {
    for (const size of sizes) {
      const dir = join(base, `library-${size}`);
      const done = `${dir}.complete`;
      let importSeconds: number | null = null;
      if (!existsSync(done)) {
        await rm(dir, { recursive: true, force: true });
        console.log(`  (${size.toLocaleString('en')}: importing generated stories into ${dir}…)`);
        importSeconds = await buildLibrary(dir, size);
        await writeFile(done, new Date().toISOString());
      }
      const screenshot = size === Math.max(...sizes) ? join(shots, `ui-scale-${size}.png`) : null;
      const figures = await measureSize(browser, dir, size, importSeconds, screenshot);
      all.push(figures);
      console.log(`  (${size.toLocaleString('en')}: measured${screenshot ? `; screenshot ${screenshot}` : ''})`);
    }
    report(all, browser.version());
  } finally {
    await browser.close();
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const at = process.argv.indexOf('--sizes');
  const sizes = at > 0 ? (process.argv[at + 1] ?? '').split(',').map(Number).filter((n) => n > 0) : [1_000, 10_000, 100_000];
  const lib = process.argv.indexOf('--keep');
  await benchUiScale(sizes, lib > 0 ? (process.argv[lib + 1] ?? null) : null);
}
