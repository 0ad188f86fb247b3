/**
 * Web-page accuracy and speed, side by side with Mozilla Readability 0.6 on linkedom, in the same run over the
 * same pages: Readability.js's own 130 test pages in ../shared/web-pages (read at run time, never copied).
 *
 * Text score: F1 of 4-gram word shingles (multisets) of the extracted text against the text of expected.html.
 * Han, kana and Thai are counted a character to a token, since those scripts do not separate words by spaces.
 * expected.html is Readability's own output, so Readability is scored on its text rendered by the same function;
 * it does not score 1.0 only because the test expectations were written for a DOM other than linkedom.
 * Title and byline: match after folding case and white space, against expected-metadata.json (titles also when
 * one side carries a short site-name suffix the other does not: see sameTitle).
 * Ours runs the user's path: bytes → detect → decode → parse (ingestFile). Readability: parseHTML + parse().
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { ingestFile } from '../../electron/ingest/ingest.js';
import { countF1 } from '../count-f1.js';

/** ../shared beside the repository (as CI lays it out), or COPYDESK_SHARED; read where it lies, never copied. */
const SHARED = process.env['COPYDESK_SHARED'] ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');
export const READABILITY_PAGES = join(SHARED, 'web-pages', 'readability-test-pages');

export interface WebPageScore {
  readonly page: string;
  readonly oursF1: number;
  readonly theirsF1: number;
  readonly oursTitle: boolean;
  readonly theirsTitle: boolean;
  readonly oursByline: boolean;
  readonly theirsByline: boolean;
  /** Why ours produced no story, when it did not. */
  readonly refused?: string;
}

export interface WebPageReport {
  readonly pages: readonly WebPageScore[];
  readonly oursPagesPerSecond: number;
  readonly theirsPagesPerSecond: number | null;
}

interface TestPage {
  readonly name: string;
  readonly source: Buffer;
  readonly expectedText: string;
  readonly title: string | null;
  readonly byline: string | null;
}

const BLOCK = /^(?:p|div|br|li|h[1-6]|tr|td|th|blockquote|pre|section|article|figcaption|dd|dt|ul|ol|table)$/u;

/** The text of an HTML fragment, a space at every element boundary so blocks never run together. */
export function htmlText(html: string): string {
  let out = '';
  let skip = 0;
  const p = new Parser(
    {
      onopentag(name) {
        if (name === 'script' || name === 'style') skip++;
        if (BLOCK.test(name)) out += ' ';
      },
      onclosetag(name) {
        if ((name === 'script' || name === 'style') && skip > 0) skip--;
        if (BLOCK.test(name)) out += ' ';
      },
      ontext(t) {
        if (skip === 0) out += t;
      },
    },
    { decodeEntities: true },
  );
  p.write(html);
  p.end();
  return out;
}

const TOKENS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{N}\p{M}]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const words = text.toLowerCase().match(TOKENS) ?? [];
  const m = new Map<string, number>();
  if (words.length > 0 && words.length < n) m.set(words.join(' '), 1);
  for (let i = 0; i + n <= words.length; i++) {
    const key = words.slice(i, i + n).join(' ');
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return m;
}

/** F1 of 4-gram word shingles; 1 when both texts are empty, 0 when only one is. */
export function shingleF1(extracted: string, expected: string): number {
  return countF1(shingles(extracted), shingles(expected), 1);
}

function same(a: string | null | undefined, b: string | null | undefined): boolean {
  const fold = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, ' ').trim().toLowerCase();
  return fold(a) === fold(b);
}

/** A title with its last ` | part` of at most five words taken off (the site's name, by convention). */
function withoutSuffix(s: string | null | undefined): string {
  const m = /^(.*\S)\s+[|\-–—·»/\\]\s+(.+)$/u.exec((s ?? '').trim());
  return m?.[1] && m[2] && m[2].split(/\s+/u).length <= 5 ? m[1] : (s ?? '');
}

/**
 * Titles match when equal, or equal once one of them loses a short last part: Readability keeps the site's name
 * in some titles (`Getting LEAN with Digital Ad UX | IAB`), Copydesk takes it off by design; neither is an error.
 */
function sameTitle(a: string | null | undefined, b: string | null | undefined): boolean {
  return same(a, b) || same(withoutSuffix(a), b) || same(a, withoutSuffix(b));
}

/** Bylines match with the word "By" set aside (`By Jane Doe` = `Jane Doe`), as the issue's own scoring does. */
function sameByline(a: string | null | undefined, b: string | null | undefined): boolean {
  const strip = (s: string | null | undefined): string => (s ?? '').trim().replace(/^(?:by|par|von|por|door)\s+/iu, '');
  return same(strip(a), strip(b));
}

async function loadPages(dir: string): Promise<TestPage[]> {
  const names = (await readdir(dir)).sort();
  return Promise.all(
    names.map(async (name) => {
      const [source, expected, meta] = await Promise.all([
        readFile(join(dir, name, 'source.html')),
        readFile(join(dir, name, 'expected.html'), 'utf8'),
        readFile(join(dir, name, 'expected-metadata.json'), 'utf8'),
      ]);
      const m = JSON.parse(meta) as { title?: string | null; byline?: string | null };
      return { name, source, expectedText: htmlText(expected), title: m.title ?? null, byline: m.byline ?? null };
    }),
  );
}

type ReadabilityResult = { title?: string | null; byline?: string | null; content?: string | null } | null;
type ReadabilityCtor = new (doc: unknown) => { parse(): ReadabilityResult };
type ParseHtml = (html: string) => { document: unknown };

/** Readability and linkedom are dev dependencies used only for measuring; loaded by name so the app never bundles them. */
async function loadReadability(): Promise<{ Readability: ReadabilityCtor; parseHTML: ParseHtml } | null> {
  try {
    const readabilityName = '@mozilla/readability';
    const linkedomName = 'linkedom';
    const r = (await import(readabilityName)) as { Readability: ReadabilityCtor };
    const l = (await import(linkedomName)) as { parseHTML: ParseHtml };
    return { Readability: r.Readability, parseHTML: l.parseHTML };
  } catch {
    return null;
  }
}

interface Ours {
  readonly text: string;
  readonly title?: string;
  readonly byline?: string;
  readonly refused?: string;
}

function runOurs(page: TestPage): Ours {
  const r = ingestFile({ name: `${page.name}.html`, bytes: page.source });
  if (!r.ok) return { text: '', refused: r.reason };
  const item = r.items[0];
  if (!item) return { text: '', refused: 'no item' };
  if (item.original.format !== 'html') return { text: item.draft.blocks.join('\n'), refused: `read as ${item.original.format}` };
  return { text: item.draft.blocks.join('\n'), title: item.draft.meta.headline, byline: item.draft.meta.byline };
}

/** Runs both extractors over every page (a warm-up round, then a timed one, the two interleaved), and scores them. */
export async function measureWebPages(dir = READABILITY_PAGES): Promise<WebPageReport> {
  const pages = await loadPages(dir);
  const lib = await loadReadability();
  const runTheirs = (p: TestPage): ReadabilityResult => {
    if (!lib) return null;
    try {
      return new lib.Readability(lib.parseHTML(p.source.toString('utf8')).document).parse();
    } catch {
      return null;
    }
  };
  // Interleaved page by page, so both sides see the same load on a shared machine; a warm-up round first.
  const ours: Ours[] = [];
  let theirs: ReadabilityResult[] = [];
  let oursMs = 0;
  let theirsMs = 0;
  for (let round = 0; round < 2; round++) {
    ours.length = 0;
    theirs = [];
    oursMs = 0;
    theirsMs = 0;
    for (const p of pages) {
      let t0 = performance.now();
      ours.push(runOurs(p));
      oursMs += performance.now() - t0;
      t0 = performance.now();
      theirs.push(runTheirs(p));
      theirsMs += performance.now() - t0;
    }
  }
  const oursPagesPerSecond = pages.length / (oursMs / 1000);
  const theirsPagesPerSecond = lib ? pages.length / (theirsMs / 1000) : null;
  const scores = pages.map((p, i): WebPageScore => {
    const o = ours[i] ?? { text: '' };
    const t = theirs[i] ?? null;
    return {
      page: p.name,
      oursF1: shingleF1(o.text, p.expectedText),
      theirsF1: shingleF1(htmlText(t?.content ?? ''), p.expectedText),
      oursTitle: sameTitle(o.title, p.title),
      theirsTitle: sameTitle(t?.title, p.title),
      oursByline: sameByline(o.byline, p.byline),
      theirsByline: sameByline(t?.byline, p.byline),
      ...(o.refused ? { refused: o.refused } : {}),
    };
  });
  return { pages: scores, oursPagesPerSecond, theirsPagesPerSecond };
}

const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
const share = (xs: readonly boolean[]): string => `${((100 * xs.filter(Boolean).length) / Math.max(1, xs.length)).toFixed(1)} %`;

/** The table `npm run accuracy` prints under its rows; `perPage` lists every page's F1 as well. */
export function webPageLines(report: WebPageReport, perPage = false): string[] {
  const p = report.pages;
  const out: string[] = [`Readability.js's ${p.length} test pages (../shared/web-pages): Copydesk and Readability 0.6 + linkedom in the same run`];
  if (perPage) {
    out.push('  page                                   ours F1  Readability F1');
    for (const s of p) out.push(`  ${s.page.padEnd(38)} ${s.oursF1.toFixed(3)}    ${s.theirsF1.toFixed(3)}${s.refused ? `  (${s.refused})` : ''}`);
  }
  const row = (label: string, f1: number, title: string, byline: string, rate: number | null): string =>
    `  ${label.padEnd(28)} ${f1.toFixed(3).padStart(8)} ${title.padStart(8)} ${byline.padStart(8)} ${rate === null ? '     n/a' : rate.toFixed(1).padStart(8)}`;
  out.push(`  ${'extractor'.padEnd(28)} ${'text F1'.padStart(8)} ${'title'.padStart(8)} ${'byline'.padStart(8)} ${'pages/s'.padStart(8)}`);
  out.push(row('Copydesk', mean(p.map((s) => s.oursF1)), share(p.map((s) => s.oursTitle)), share(p.map((s) => s.oursByline)), report.oursPagesPerSecond));
  if (report.theirsPagesPerSecond === null) out.push('  Readability: not installed (npm ci installs the dev dependencies)');
  else {
    out.push(row('Readability 0.6 + linkedom', mean(p.map((s) => s.theirsF1)), share(p.map((s) => s.theirsTitle)), share(p.map((s) => s.theirsByline)), report.theirsPagesPerSecond));
    out.push(`  speed ratio ${(report.oursPagesPerSecond / report.theirsPagesPerSecond).toFixed(2)}× (target ≥ 2×)`);
  }
  out.push("  (expected.html is Readability's own output, so its F1 here is agreement with itself on linkedom, not a ceiling of 1)");
  const empty = p.filter((s) => s.oursF1 === 0);
  const misread = p.filter((s) => s.refused);
  out.push(`  pages with F1 0: ${empty.length}${empty.length ? ` (${empty.map((s) => s.page).join(', ')})` : ''}; refused or misread: ${misread.length}${misread.length ? ` (${misread.map((s) => `${s.page}: ${s.refused}`).join('; ')})` : ''}`);
  return out;
}

/** The shape of scripts/accuracy/section.ts's AccuracySection, stated here so this module stands on its own. */
interface Section {
  readonly name: string;
  readonly title: string;
  run(): Promise<{ readonly rows: readonly { readonly label: string; readonly score: number; readonly of: number; readonly note?: string }[]; readonly lines?: readonly string[] }>;
}

/** `npm run accuracy -- web`: F1 as a row out of 1000, title and byline as page counts, the table under them. */
export const webPages: Section = {
  name: 'web',
  title: "Web pages: article text, title and byline against Readability.js's test pages, beside Readability",
  async run() {
    const report = await measureWebPages();
    const p = report.pages;
    const f1 = (xs: readonly number[]): number => Math.round(mean(xs) * 1000);
    const count = (xs: readonly boolean[]): number => xs.filter(Boolean).length;
    return {
      rows: [
        { label: 'text F1 (4-gram shingles), Copydesk', score: f1(p.map((s) => s.oursF1)), of: 1000, note: `F1 ${mean(p.map((s) => s.oursF1)).toFixed(3)}` },
        { label: 'text F1 (4-gram shingles), Readability', score: f1(p.map((s) => s.theirsF1)), of: 1000, note: `F1 ${mean(p.map((s) => s.theirsF1)).toFixed(3)}` },
        { label: 'title, Copydesk', score: count(p.map((s) => s.oursTitle)), of: p.length },
        { label: 'title, Readability', score: count(p.map((s) => s.theirsTitle)), of: p.length },
        { label: 'byline, Copydesk', score: count(p.map((s) => s.oursByline)), of: p.length },
        { label: 'byline, Readability', score: count(p.map((s) => s.theirsByline)), of: p.length },
        { label: 'pages with text, Copydesk', score: count(p.map((s) => s.oursF1 > 0 && !s.refused)), of: p.length },
      ],
      lines: webPageLines(report),
    };
  },
};
