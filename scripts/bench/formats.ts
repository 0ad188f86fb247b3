/**
 * Format throughput for `npm run bench`: plain text, NITF and NewsML-G2 items per second through the whole
 * pipeline (ingest → clean → enrich), and web pages per second for Copydesk's own extractor against Mozilla
 * Readability (on linkedom) side by side, with each one's accuracy on pages generated here whose story text is
 * known (word-level F1 against the true paragraphs), then on Readability.js's 130 real test pages from ../shared
 * (scripts/accuracy/web-pages.ts: 4-gram shingle F1 against its expected text, same run).
 */
import { buildArticle } from '../../electron/desk/story-pipeline.js';
import { ingestFile, type IncomingFile } from '../../electron/ingest/ingest.js';
import { generateStory } from './generate.js';
import { measureWebPages, webPageLines } from '../accuracy/web-pages.js';
import { countF1 } from '../count-f1.js';

const WORDS = 'council harbour minister river court police storm market station festival school hospital bridge election vote budget tunnel'.split(' ');

function sentence(seed: number, n: number): string {
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[(seed * 31 + i * 7) % WORDS.length] ?? 'news');
  const s = words.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}, officials said on Monday.`;
}

function paragraphs(seed: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => sentence(seed + i, 18 + ((seed + i) % 14)));
}

function nitf(i: number): string {
  const body = paragraphs(i, 12).map((p) => `<p>${p}</p>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><docdata><doc-id id-string="bench-${i}"/><urgency ed-urg="4"/><date.issue norm="20260301T100000Z"/>
<key-list><keyword key="bench"/></key-list></docdata><tobject><tobject.subject tobject.subject.refnum="11000000"/></tobject></head>
<body><body.head><hedline><hl1>Bench story number ${i} makes the news</hl1></hedline><byline>By <person>Bench Writer</person></byline>
<dateline><location>LONDON</location></dateline></body.head><body.content>${body}</body.content></body></nitf>`;
}

function newsmlG2(i: number): string {
  const body = paragraphs(i, 12).map((p) => `<p>${p}</p>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:bench:${i}" version="1" xml:lang="en">
<itemMeta><itemClass qcode="ninat:text"/><provider literal="BENCH"/><versionCreated>2026-03-01T10:00:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>
<contentMeta><urgency>4</urgency><subject qcode="medtop:20000763"><name>elections</name></subject><headline>Bench item ${i} reaches the desk</headline><slugline>bench-${i}</slugline></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${body}</body></html></inlineXML></contentSet></newsItem>`;
}

export interface Page {
  readonly html: string;
  readonly truth: readonly string[];
}

/** A news page with its chrome: navigation, cookie banner, share tools, related links, comments, footer, scripts. */
export function page(i: number): Page {
  const truth = paragraphs(i * 13, 8 + (i % 17));
  const nav = Array.from({ length: 60 }, (_, k) => `<li><a href="/section/${k}">Section ${k}</a></li>`).join('');
  const related = Array.from({ length: 8 }, (_, k) => `<li><a href="/story/${i}-${k}">${sentence(i + k, 8)}</a></li>`).join('');
  const comments = Array.from({ length: 6 }, (_, k) => `<div class="comment"><p>${sentence(i * 5 + k, 20)}</p></div>`).join('');
  const script = `<script>window.__DATA__=${JSON.stringify({ ads: Array.from({ length: 50 }, (_, k) => ({ slot: k, size: [300, 250] })) })};</script>`;
  const story = truth.map((p, k) => (k === 3 ? `<p>${p}</p><div class="share-tools"><p><a href="/s">Share</a> <a href="/t">Tweet</a></p></div>` : `<p>${p}</p>`)).join('\n');
  const half = Math.ceil(truth.length / 2);
  const split = `<div class="body-part">${truth.slice(0, half).map((p) => `<p>${p}</p>`).join('')}</div><div class="ad-slot"><p>Advertisement</p></div><div class="body-part">${truth.slice(half).map((p) => `<p>${p}</p>`).join('')}</div>`;
  const wrapped = i % 4 === 3
    ? `<div id="page"><div class="headline-box"><h1>Page ${i} headline</h1></div><div class="text-wrap">${split}</div><div class="col-side related"><ul>${related}</ul></div></div>`
    : i % 3 === 0
    ? `<main><article class="story"><h1>Page ${i} headline</h1><div class="story-body">${story}</div></article></main>`
    : i % 3 === 1
      ? `<div id="content"><div class="article-text"><h1>Page ${i} headline</h1>${story}</div><aside class="sidebar"><ul>${related}</ul></aside></div>`
      : `<div class="wrapper"><div class="col-main"><h1>Page ${i} headline</h1><section class="post-entry">${story}</section></div><div class="col-side related"><ul>${related}</ul></div></div>`;
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page ${i} headline | Bench Times</title>
<meta property="og:site_name" content="Bench Times">${script}<style>.a{color:red}</style></head>
<body><header class="masthead"><nav><ul>${nav}</ul></nav></header><div class="cookie-banner"><p>${sentence(i, 25)}</p></div>
${wrapped}<section class="comments">${comments}</section><footer><p>${sentence(i + 1, 30)}</p><ul>${nav}</ul></footer>${script}</body></html>`;
  return { html, truth };
}

function rate(files: readonly IncomingFile[]): number {
  // A warm-up pass first, so the figure is the steady rate and not the JIT's first minutes.
  run(files.slice(0, 300));
  const t0 = performance.now();
  const items = run(files);
  return items / ((performance.now() - t0) / 1000);
}

/** Detect + decode + parse only, without cleaning and enrichment: the format parser's own speed. */
function parseRate(files: readonly IncomingFile[]): number {
  files.slice(0, 300).forEach((f) => ingestFile(f));
  const t0 = performance.now();
  let items = 0;
  for (const f of files) {
    const r = ingestFile(f);
    if (r.ok) items += r.items.length;
  }
  return items / ((performance.now() - t0) / 1000);
}

function run(files: readonly IncomingFile[]): number {
  let items = 0;
  for (const f of files) {
    const r = ingestFile(f);
    if (!r.ok) throw new Error(`${f.name}: ${r.reason}`);
    for (const item of r.items) {
      // As an import runs it: the desk's reading waits for the story's first opening (measured on its own).
      buildArticle(item.original, item.draft, new Date(), {}, { analyse: false });
      items++;
    }
  }
  return items;
}

function words(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Word-level F1 of an extracted text against the true story text. */
export function f1(extracted: string, truth: string): number {
  return countF1(words(extracted), words(truth), 0);
}

type ReadabilityCtor = new (doc: unknown) => { parse(): { textContent?: string | null } | null };
type ParseHtml = (html: string) => { document: unknown };

/** Readability and linkedom are dev dependencies used only here; loaded by name so the app never bundles them. */
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

export async function benchFormats(quick: boolean): Promise<void> {
  const n = quick ? 1_000 : 5_000;
  console.log(`\nFormats (ingest → clean → enrich as an import runs it, ${n.toLocaleString('en')} items each; generated here)`);
  const plain = Array.from({ length: n }, (_, i) => ({ name: `s${i}.txt`, bytes: Buffer.from(generateStory(i)) }));
  console.log(`  plain-text agency copy:   ${rate(plain).toFixed(0)} stories/s  (target ≥ 2,000)`);
  const nitfFiles = Array.from({ length: n }, (_, i) => ({ name: `n${i}.xml`, bytes: Buffer.from(nitf(i)) }));
  console.log(`  NITF:                     ${rate(nitfFiles).toFixed(0)} items/s  (target ≥ 1,000); parsing alone ${parseRate(nitfFiles).toFixed(0)} items/s`);
  const g2 = Array.from({ length: n }, (_, i) => ({ name: `g${i}.xml`, bytes: Buffer.from(newsmlG2(i)) }));
  console.log(`  NewsML-G2:                ${rate(g2).toFixed(0)} items/s  (target ≥ 1,000); parsing alone ${parseRate(g2).toFixed(0)} items/s`);

  const pages = Array.from({ length: quick ? 100 : 300 }, (_, i) => page(i));
  const kb = pages.reduce((s, p) => s + p.html.length, 0) / pages.length / 1024;
  const files = pages.map((p, i) => ({ name: `p${i}.html`, bytes: Buffer.from(p.html) }));
  const extract = (f: IncomingFile): string => {
    const r = ingestFile(f);
    if (!r.ok) throw new Error(r.reason);
    return r.items[0]?.draft.blocks.join('\n') ?? '';
  };
  files.slice(0, 30).forEach(extract);
  let t0 = performance.now();
  const ours = files.map((f) => {
    const r = ingestFile(f);
    if (!r.ok) throw new Error(r.reason);
    return r.items[0]?.draft.blocks.join('\n') ?? '';
  });
  const oursRate = pages.length / ((performance.now() - t0) / 1000);
  const oursF1 = ours.reduce((s, text, i) => s + f1(text, pages[i]?.truth.join('\n') ?? ''), 0) / pages.length;
  console.log(`\nWeb pages (${pages.length} generated pages with chrome, ~${kb.toFixed(0)} KB each; body extraction only)`);
  console.log(`  Copydesk extractor:       ${oursRate.toFixed(0)} pages/s, word F1 ${oursF1.toFixed(3)}`);
  const lib = await loadReadability();
  if (!lib) {
    console.log('  Readability:              not installed (npm ci installs the dev dependencies)');
    return;
  }
  t0 = performance.now();
  const theirs = pages.map((p) => new lib.Readability(lib.parseHTML(p.html).document).parse()?.textContent ?? '');
  const theirRate = pages.length / ((performance.now() - t0) / 1000);
  const theirF1 = theirs.reduce((s, text, i) => s + f1(text, pages[i]?.truth.join('\n') ?? ''), 0) / pages.length;
  console.log(`  Readability 0.6 + linkedom: ${theirRate.toFixed(0)} pages/s, word F1 ${theirF1.toFixed(3)}`);
  console.log(`  speed ratio: ${(oursRate / theirRate).toFixed(1)}×  (target ≥ 2×, at least as accurate)`);
  // Real pages beside the generated ones: Readability.js's own test pages in ../shared, both extractors in one run.
  try {
    console.log('');
    for (const line of webPageLines(await measureWebPages())) console.log(`  ${line}`);
  } catch (err) {
    console.log(`  real pages: not measured (${err instanceof Error ? err.message : String(err)}; set COPYDESK_SHARED)`);
  }
}
