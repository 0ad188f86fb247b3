/**
 * Exports a varied set of stories in every format and with every built-in preset, then validates each file:
 *   ninjs 2.1 and 3.1 with ajv against ../shared/standards/ninjs/specification,
 *   NITF 3.6 and NewsML-G2 2.35 with `xmllint --noout --nonet --schema` against the official XSDs,
 *   WXR with xmllint (well-formed) and the importer's rules (scripts/wxr-rules.ts),
 *   HTML, JSON Feed, Markdown and plain text with structural checks written here.
 *
 *   npx tsx scripts/validate-exports.ts [--keep DIR]
 *
 * Stories: the seed, and tests/fixtures/export/*.txt with the wire fields in stories.json (every field set, RTL
 * Arabic, quotes and ampersands, `<script>` in the text). Exit code 0 when every file is valid, 1 otherwise,
 * 2 when the standards or xmllint are missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { CopydeskService } from '../electron/desk/service.js';
import type { Article } from '../electron/domain/article.js';
import { EXPORT_FORMATS, type ExportFormat } from '../electron/domain/export-format.js';
import { BUILT_IN_PRESETS } from '../electron/domain/export-preset.js';
import { ArticleStore } from '../electron/store/article-store.js';
import { checkWxrRules } from './wxr-rules.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const standards = path.resolve(repoRoot, '..', 'shared', 'standards');
const NINJS_DIR = path.join(standards, 'ninjs');
const NITF_XSD = path.join(standards, 'nitf', 'schema', 'nitf-3-6.xsd');
// The All-Power schema holds every item type and imports xml.xsd beside it: the entry point for a newsItem.
const G2_XSD = path.join(standards, 'newsml-g2', 'specification', 'NewsML-G2_2.35-spec-All-Power.xsd');
const FIXTURES = path.join(repoRoot, 'tests', 'fixtures', 'export');

type Overrides = Record<string, Partial<Article> & { dateline?: Partial<Article['dateline']>; source?: Partial<Article['source']> }>;

interface Outcome {
  readonly file: string;
  readonly problems: readonly string[];
}

async function corpus(service: CopydeskService): Promise<Article[]> {
  const names = (await readdir(FIXTURES)).filter((n) => n.endsWith('.txt')).sort();
  const inputs = [
    { name: 'irna-iran-cautions-iraq-secessionist.txt', bytes: await readFile(path.join(repoRoot, 'seeds', 'irna-iran-cautions-iraq-secessionist.txt')) },
    ...(await Promise.all(names.map(async (name) => ({ name, bytes: await readFile(path.join(FIXTURES, name)) })))),
  ];
  const report = await service.importBytes(inputs);
  if (report.errors.length > 0) throw new Error(`fixtures did not import: ${JSON.stringify(report.errors)}`);
  const overrides = JSON.parse(await readFile(path.join(FIXTURES, 'stories.json'), 'utf8')) as Overrides;
  const stories: Article[] = [];
  for (const article of report.articles) {
    const o = overrides[article.original.fileName] ?? {};
    const next: Article = {
      ...article,
      ...o,
      dateline: { ...article.dateline, ...o.dateline },
      source: { ...article.source, ...o.source },
    };
    stories.push(await service.store.save(next, article.revision));
  }
  return stories;
}

function xmllint(args: readonly string[], files: readonly string[]): Outcome[] {
  if (files.length === 0) return [];
  const run = spawnSync('xmllint', ['--noout', '--nonet', ...args, ...files], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint could not run: ${run.error.message} (apt-get install libxml2-utils)`);
  const lines = `${run.stderr}`.split('\n');
  return files.map((file) => ({
    file,
    problems: lines.filter((l) => l.startsWith(`${file}:`) || l === `${file} fails to validate`),
  }));
}

async function checkJson(files: readonly string[], check: (value: unknown) => string[]): Promise<Outcome[]> {
  return Promise.all(files.map(async (file) => {
    try {
      return { file, problems: check(JSON.parse(await readFile(file, 'utf8')) as unknown) };
    } catch (err) {
      return { file, problems: [`not JSON: ${err instanceof Error ? err.message : String(err)}`] };
    }
  }));
}

async function checkText(files: readonly string[], check: (text: string) => string[]): Promise<Outcome[]> {
  return Promise.all(files.map(async (file) => ({ file, problems: check(await readFile(file, 'utf8')) })));
}

async function ninjsValidator(version: '2.1' | '3.1'): Promise<(value: unknown) => string[]> {
  const read = async (file: string): Promise<object> => JSON.parse(await readFile(file, 'utf8')) as object;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(await read(path.join(NINJS_DIR, 'validation', 'test_suite', 'GeoJSON-schema.json')));
  const validate = ajv.compile(await read(path.join(NINJS_DIR, 'specification', `ninjs-schema_${version}.json`)));
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`));
}

function checkHtml(page: boolean): (text: string) => string[] {
  return (html) => {
    const problems: string[] = [];
    const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
    const closes = html.match(/<\/script/gi) ?? [];
    if (!page && (scripts.length > 0 || closes.length > 0)) problems.push('a fragment must hold no script element');
    if (page) {
      if (!html.startsWith('<!doctype html>')) problems.push('no doctype');
      if (scripts.length !== 1 || scripts[0] !== '<script type="application/ld+json">' || closes.length !== 1) {
        problems.push(`expected exactly one JSON-LD script element, found ${scripts.length} open / ${closes.length} close`);
      }
      const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
      try {
        const data = JSON.parse(ld ?? '') as Record<string, unknown>;
        if (data['@type'] !== 'NewsArticle' || typeof data.headline !== 'string') problems.push('JSON-LD is not a NewsArticle with a headline');
      } catch {
        problems.push('JSON-LD does not parse');
      }
      for (const name of ['og:title', 'article:published_time']) if (!html.includes(`property="${name}"`)) problems.push(`no ${name} meta tag`);
    }
    if (/<(?:img|iframe|object|embed|a)\b/i.test(html)) problems.push('live markup from the copy');
    if (/\son[a-z]+\s*=/i.test(html.replace(/&[^;]+;/g, '').replace(/"[^"]*"/g, '""').replace(/>[^<]*</g, '><'))) problems.push('event handler attribute');
    return problems;
  };
}

function checkJsonFeed(value: unknown): string[] {
  const feed = value as { version?: unknown; title?: unknown; items?: unknown };
  const problems: string[] = [];
  if (feed.version !== 'https://jsonfeed.org/version/1.1') problems.push('version is not https://jsonfeed.org/version/1.1');
  if (typeof feed.title !== 'string' || feed.title === '') problems.push('no title');
  if (!Array.isArray(feed.items)) return [...problems, 'items is not an array'];
  feed.items.forEach((raw, i) => {
    const item = raw as Record<string, unknown>;
    if (typeof item.id !== 'string' || item.id === '') problems.push(`item ${i}: id must be a non-empty string`);
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string') problems.push(`item ${i}: needs content_html or content_text`);
    for (const key of ['date_published', 'date_modified']) {
      if (item[key] !== undefined && Number.isNaN(Date.parse(String(item[key])))) problems.push(`item ${i}: ${key} is not RFC 3339`);
    }
    if (item.tags !== undefined && !(Array.isArray(item.tags) && item.tags.every((t) => typeof t === 'string'))) problems.push(`item ${i}: tags`);
    for (const key of Object.keys(item)) {
      const known = ['id', 'url', 'external_url', 'title', 'content_html', 'content_text', 'summary', 'image', 'banner_image', 'date_published', 'date_modified', 'authors', 'tags', 'language', 'attachments'];
      if (!known.includes(key) && !key.startsWith('_')) problems.push(`item ${i}: unknown field ${key} (extensions start with _)`);
    }
  });
  return problems;
}

function checkMarkdown(text: string): string[] {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return ['no YAML front matter block'];
  const problems: string[] = [];
  for (const line of (match[1] ?? '').split('\n')) {
    // Every scalar is a double-quoted string, a number, a boolean or null; quoted strings are JSON-compatible.
    const value = /^\s*(?:- |[A-Za-z_][A-Za-z0-9_]*: )(.*)$/.exec(line)?.[1];
    if (value === undefined) {
      if (!/^\s*[A-Za-z_][A-Za-z0-9_]*:$/.test(line)) problems.push(`front matter line not understood: ${line}`);
      continue;
    }
    if (value === '[]' || value === '{}') continue;
    try {
      JSON.parse(value);
    } catch {
      problems.push(`front matter value is not a safe scalar: ${line}`);
    }
  }
  if (/^\s*<(?:script|img|div)/im.test(text.slice(match[0].length))) problems.push('raw HTML in the Markdown body');
  return problems;
}

function checkPlainText(text: string): string[] {
  return text.trim() === '' ? ['empty'] : /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text) ? ['control characters'] : [];
}

async function validateFolder(dir: string, format: ExportFormat, v: { ninjs2: (x: unknown) => string[]; ninjs3: (x: unknown) => string[] }): Promise<Outcome[]> {
  const files = (await readdir(dir)).sort().map((f) => path.join(dir, f));
  switch (format) {
    case 'ninjs':
      return checkJson(files, v.ninjs2);
    case 'ninjs3':
      return checkJson(files, v.ninjs3);
    case 'nitf':
      return xmllint(['--schema', NITF_XSD], files);
    case 'newsml-g2':
      return xmllint(['--schema', G2_XSD], files);
    case 'wxr': {
      const wellFormed = xmllint([], files);
      const rules = await checkText(files, checkWxrRules);
      return files.map((file, i) => ({ file, problems: [...(wellFormed[i]?.problems ?? []), ...(rules[i]?.problems ?? [])] }));
    }
    case 'jsonfeed':
      return checkJson(files, checkJsonFeed);
    case 'html':
      return checkText(files, checkHtml(false));
    case 'html-page':
      return checkText(files, checkHtml(true));
    case 'md':
    case 'md-hugo':
    case 'md-jekyll':
    case 'md-astro':
      return checkText(files, checkMarkdown);
    case 'text':
      return checkText(files, checkPlainText);
    default:
      return format satisfies never;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  for (const needed of [NINJS_DIR, NITF_XSD, G2_XSD]) {
    if (!existsSync(needed)) {
      console.error(`Missing ${needed}: the standards live in ../shared/standards`);
      return 2;
    }
  }
  if (spawnSync('xmllint', ['--version']).error) {
    console.error('xmllint is not installed (apt-get install libxml2-utils)');
    return 2;
  }
  const keepAt = argv[0] === '--keep' ? argv[1] : undefined;
  const work = keepAt ? path.resolve(keepAt) : await mkdtemp(path.join(tmpdir(), 'copydesk-validate-'));
  try {
    const service = new CopydeskService(await ArticleStore.open(path.join(work, 'library')));
    const stories = await corpus(service);
    const ids = stories.map((s) => s.id);
    const validators = { ninjs2: await ninjsValidator('2.1'), ninjs3: await ninjsValidator('3.1') };
    // This checks what each preset writes, not what it lets through: the corpus keeps its open flags, inferred
    // years and long headlines on purpose (they are what a file must survive), so each built-in is saved here, in
    // this throw-away library, as a copy with the same style and no gates (the unit tests hold the gates).
    for (const p of BUILT_IN_PRESETS) {
      await service.savePreset({ preset: { ...p, builtIn: false, gates: { headline: false, confirmedDatelineYear: false, creditedSource: false, blockingFlags: [] } } });
    }
    const runs = [
      ...EXPORT_FORMATS.map((format) => ({ label: format, format, request: { ids, format } })),
      ...BUILT_IN_PRESETS.map((p) => ({ label: `preset ${p.name}`, format: p.format, request: { ids, preset: p.name } })),
    ];
    let invalid = 0;
    let total = 0;
    for (const run of runs) {
      const dir = path.join(work, 'out', run.label.replace(/[^a-z0-9]+/gi, '-'));
      await mkdir(dir, { recursive: true });
      const report = await service.exportTo(run.request, dir);
      const failures = [...report.errors.map((e) => `${e.articleId}: ${e.reason}`), ...report.blocked.map((b) => `${b.articleId} blocked: ${b.reasons.join('; ')}`)];
      const outcomes = await validateFolder(dir, run.format, validators);
      const bad = outcomes.filter((o) => o.problems.length > 0);
      total += outcomes.length;
      invalid += bad.length + failures.length;
      console.log(`${bad.length + failures.length === 0 ? 'ok     ' : 'INVALID'} ${run.label.padEnd(30)} ${outcomes.length - bad.length}/${outcomes.length} files valid`);
      for (const f of failures) console.error(`    export failed: ${f}`);
      for (const o of bad) for (const p of o.problems.slice(0, 10)) console.error(`    ${path.basename(o.file)}: ${p}`);
    }
    console.log(`${total - invalid} of ${total} exported files valid (${stories.length} stories × ${EXPORT_FORMATS.length} formats + ${BUILT_IN_PRESETS.length} presets)`);
    return invalid === 0 ? 0 : 1;
  } finally {
    if (!keepAt) await rm(work, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
