/**
 * Imports every real wire sample and every official standards example in ../shared (or the folders given as
 * arguments) and fails when any file errors or yields a story with an empty headline or body. One line per file.
 *
 *   npx tsx scripts/check-wire-samples.ts [DIR…]
 *
 * Skipped, because they legitimately carry no story (they are not news items):
 * - schemas, READMEs, licences, manifests (.xsd, .md, .txt named README/LICENSE, MANIFEST.tsv);
 * - NewsML-G2 planning, concept, knowledge and catalog items and packages (LISTING_10–15, 17–20, 23, and any file
 *   whose root is conceptItem, knowledgeItem, planningItem, catalog or packageItem): they describe events,
 *   people, codes and coverage, with no headline and text to import;
 * - a ninjs JSON Schema (schema-extension/extension-schema.json): a schema, not an item;
 * - NewsML-G2 examples that illustrate metadata only and carry no headline or text by design: LISTING_1 (its
 *   inlineXML is an empty placeholder), LISTING_24 (its newsItems are elided as "....."), LISTING_28 (a bare
 *   contentMeta fragment), LISTING_29 (hop history only), LISTING_7–9 (bare groupSet fragments of packages),
 *   ap_metadata_example, facet-example and facet-example-2 (subject metadata only). Importing them gives a clear
 *   per-file refusal (or, for LISTING_1, a headline without text), which is the right outcome.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildArticle } from '../electron/api/story-pipeline.js';
import { ingestFile } from '../electron/ingest/ingest.js';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');
const dirs = process.argv.length > 2 ? process.argv.slice(2) : [join(shared, 'wire-samples'), ...standardsExamples()];

function standardsExamples(): string[] {
  const base = join(shared, 'standards');
  try {
    return readdirSync(base).map((s) => join(base, s, 'examples')).filter((d) => exists(d));
  } catch {
    return [];
  }
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])).sort();
}

const METADATA_ONLY = new Set([
  'LISTING_1_A_NewsML-G2_News_Item.xml',
  'LISTING_24_News_Message_conveying_a_complete_News_Package.xml',
  'LISTING_28_Illustrating_Located_Subject_and_Dateline.xml',
  'LISTING_29_Hop_History.xml',
  'LISTING_7_Group_Set_example_showing_Hierarchical_Package_Structure.xml',
  'LISTING_8_Group_Set_example_showing_an_ALT_Package_Mode.xml',
  'LISTING_9_Group_Set_example_showing_a_SEQ_Package_Mode.xml',
  'ap_metadata_example.xml',
  'facet-example.xml',
  'facet-example-2.xml',
]);

const NOT_NEWS_ROOT = /<(?:\w+:)?(?:conceptItem|knowledgeItem|planningItem|catalog|packageItem)[\s>]/u;

function skipReason(path: string): string | null {
  const name = path.split('/').pop() ?? '';
  if (/\.xsd$|\.md$|^README|^LICEN[CS]E|^MANIFEST\.tsv$/iu.test(name)) return 'not a news item (schema, readme, licence or manifest)';
  if (/extension-schema\.json$/u.test(name)) return 'a JSON Schema, not a ninjs item';
  if (METADATA_ONLY.has(name) && path.includes('newsml-g2')) return 'a NewsML-G2 metadata illustration with no headline or text by design';
  if (/\.xml$/iu.test(name)) {
    const head = readFileSync(path, 'utf8').slice(0, 4000).replace(/<!--[\s\S]*?-->/gu, '');
    if (NOT_NEWS_ROOT.test(head) && !/<(?:\w+:)?newsItem[\s>]/u.test(head)) return 'a NewsML-G2 planning/concept/knowledge/catalog/package item: no story';
  }
  return null;
}

let failures = 0;
let checked = 0;
for (const dir of dirs) {
  if (!exists(dir)) {
    console.log(`SKIP ${dir}: not found`);
    continue;
  }
  for (const path of walk(dir)) {
    const label = relative(shared, path).startsWith('..') ? path : relative(shared, path);
    const skip = skipReason(path);
    if (skip) {
      console.log(`skip ${label}: ${skip}`);
      continue;
    }
    checked++;
    const outcome = ingestFile({ name: label, bytes: readFileSync(path) });
    if (!outcome.ok) {
      failures++;
      console.log(`FAIL ${label}: ${outcome.reason}`);
      continue;
    }
    const problems: string[] = [];
    const heads: string[] = [];
    for (const item of outcome.items) {
      const a = buildArticle(item.original, item.draft, new Date());
      if (a.headline.trim() === '') problems.push(`item ${item.original.item ?? 0}: empty headline`);
      if (a.paragraphs.every((p) => p.text.trim() === '')) problems.push(`item ${item.original.item ?? 0}: empty body`);
      heads.push(`"${a.headline.slice(0, 70)}" (${a.paragraphs.length} ¶)`);
    }
    const format = outcome.items[0]?.original.format ?? '?';
    if (problems.length > 0) {
      failures++;
      console.log(`FAIL ${label} [${format}]: ${problems.join('; ')}`);
    } else console.log(`ok   ${label} [${format}] ${outcome.items.length > 1 ? `${outcome.items.length} items: ` : ''}${heads.join(' | ')}`);
  }
}
console.log(`${checked} files checked, ${failures} failed`);
process.exitCode = failures > 0 ? 1 : 0;
