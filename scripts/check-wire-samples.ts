/**
 * Imports every real wire sample (../shared/wire-samples and wire-samples-more) and every official standards
 * example in ../shared (or the folders given as arguments) and fails when any file is refused for a reason other
 * than holding no story (see NO_STORY below), errors or yields a story with an empty headline or body, or a body whose
 * first paragraph repeats the headline, is a bare date line or is a starred note to the desk. Each real wire
 * sample must also give exactly the headline a desk editor would print (EXPECTED_HEADLINES below), so a
 * regression in the headline rules fails CI. One line per file.
 *
 *   npx tsx scripts/check-wire-samples.ts [DIR…]
 *
 * Skipped, because they legitimately carry no story (they are not news items):
 * - schemas, READMEs, licences, manifests (.xsd, .md, .txt named README/LICENSE, MANIFEST.tsv);
 * - NewsML-G2 planning, concept, knowledge and catalog items and packages (LISTING_10–15, 17–20, 23, and any file
 *   whose root is conceptItem, knowledgeItem, planningItem, catalog or packageItem): they describe events,
 *   people, codes and coverage, with no headline and text to import;
 * - a ninjs JSON Schema (schema-extension/extension-schema.json): a schema, not an item;
 * - NewsML-G2 examples that illustrate metadata only and carry no headline or text by design: LISTING_24 (its
 *   newsItems are elided as "....."), LISTING_28 (a bare contentMeta fragment), LISTING_29 (hop history only),
 *   LISTING_7–9 (bare groupSet fragments of packages), ap_metadata_example, facet-example and facet-example-2
 *   (subject metadata only). Importing them gives a clear per-file refusal, which is the right outcome.
 *
 * LISTING_1 is checked: a text newsItem with its headline and metadata whose inlineXML is an empty placeholder. It
 * must arrive as a stub (ingest's draft.stub): its headline, an empty body, and the desk note saying the text was
 * not sent. Any other empty body still fails.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildArticle } from '../electron/desk/story-pipeline.js';
import { matchDateOnly } from '../electron/enrich/dateline.js';
import { ingestFile } from '../electron/ingest/ingest.js';
import { EXPECTATIONS } from '../tests/accuracy/expectations.js';

const root = resolve(import.meta.dirname, '..');
// ../shared beside the checkout (CI), else COPYDESK_SHARED or /work/shared (a worktree one level deeper).
const shared = process.env.COPYDESK_SHARED ?? [resolve(root, '..', 'shared'), '/work/shared'].find((d) => exists(d)) ?? resolve(root, '..', 'shared');
const dirs = process.argv.length > 2 ? process.argv.slice(2) : [join(shared, 'wire-samples'), join(shared, 'wire-samples-more'), ...standardsExamples()];

/**
 * A refusal is accepted only when its reason says the file holds no story: binary media, an empty file, data or
 * XML that is not a news item (another system's publish output, an event feed, an API response), a NewsML-G2 item
 * of another kind. Any other refusal (a parse failure, "could not be read") fails, and so does the refusal of a
 * file that tests/accuracy/expectations.ts, written by reading it, says holds a story.
 */
const NO_STORY = /\b(?:binary|empty|only white space|not a news item|no story|carries no story|lists other items)\b/u;
const expectedStory = new Set(EXPECTATIONS.filter((e) => e.story).map((e) => e.file));
const expectedRefusal = new Set(EXPECTATIONS.filter((e) => e.refused).map((e) => e.file));

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

/**
 * The headline each real wire sample must give, as an editor would print it: the title under a release's
 * Source:/MEDIA RELEASE lines, a bulletin's title under its product code and issuer, a results table's title line,
 * a format's headline without its service markers (">>>ANSA/", "*** TRANSLATED ***"). An item without a headline
 * of its own (or with only its lede cut mid-word) is headed by its first sentence, cut at 120 characters.
 */
const EXPECTED_HEADLINES: Readonly<Record<string, string>> = {
  'wire-samples/aap/AAP201606060716291.tst': 'UGL continues project delay negotiation',
  'wire-samples/aap/CRN2016427R1.tst': 'Cranbourne, Wednesday 27 Apr 2016',
  'wire-samples/aap/ED_841066_2_1.tst': 'Personal insolvencies rise 0.6% in the September quarter',
  'wire-samples/aap/IDN38100.tst': 'Cancellation of Road Weather Alert for Sydney',
  'wire-samples/aap/asianet_1.tst': 'Digital Turbine Partners with Axiata Digital On Carrier Billing Platform Integration',
  'wire-samples/aap/asianet_2.tst': 'Queen Elizabeth Prize for Engineering Awarded to the Creators of Digital Imaging Sensors',
  'wire-samples/aap/asianet_3.tst': "Animal rights come to Brazil's Carnival for a show with no feathers",
  'wire-samples/aap/reuters_newsml.xml': 'Pope Francis leaves Peru at end of Latin American trip',
  'wire-samples/aap/reuters_with_byline.xml': "SAG Awards: 'Big Little Lies' Wins for Nicole Kidman, Alexander Skarsgard",
  'wire-samples/belga/afp_belga.xml': 'France: deux ex-policiers aux frontières devant la justice pour trafic de cocaïne',
  'wire-samples/belga/ansa_belga.xml': 'Gazprom cuts Italy gas supplies by a third',
  'wire-samples/belga/ats.txt': 'Gilets jaunes: une «catastrophe pour notre économie» (Le Maire)',
  'wire-samples/belga/dpa.txt': 'Top EU court: Britain can unilaterally reverse Brexit decision',
  'wire-samples/belga/dpa_newsml_2_0_belga.xml': 'Mehr als 200 Migranten in der Ägäis aufgegriffen',
  'wire-samples/belga/efe_belga.xml': 'Leones matan a un joven que se coló en un zoológico de la India',
  'wire-samples/belga/kyodo_newsml_1_2_belga.xml': 'Ex-Chinese Premier Li Peng dies aged 90: Xinhua',
  'wire-samples/cp/globenewswire/07ac.xml': 'Zignal Labs Names David Atlas Chief Marketing Officer',
  'wire-samples/ntb/afp.xml': 'Burkina Faso bans imports from North Korea',
  'wire-samples/ntb/afp_no_headline.xml':
    "Burkina Faso is banning imports from North Korea to comply with tough UN economic sanctions punishing Pyongyang's…",
  'wire-samples/ntb/nitf_test.xml':
    'En 41-årig mand, der onsdag blev anholdt og sat i forbindelse med en mulig skudepisode nær en børnehave i Hvidovre ved…',
  'wire-samples/ntb/stt_newsml_test.xml': 'Parliament passed the Alcohol Act and the government gained confidence',
  'wire-samples/ntb/tt_newsml_test.xml': 'Polen: EU hämnas för flyktingmotstånd',
};

const comparable = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

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
let refused = 0;
const seen = new Set<string>();
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
    seen.add(label);
    const outcome = ingestFile({ name: label, bytes: readFileSync(path) });
    if (!outcome.ok) {
      if (NO_STORY.test(outcome.reason) && !expectedStory.has(label)) {
        refused++;
        console.log(`no story ${label}: ${outcome.reason}`);
      } else {
        failures++;
        console.log(`FAIL ${label}: ${outcome.reason}${expectedStory.has(label) ? ' (tests/accuracy/expectations.ts says it holds a story)' : ''}`);
      }
      continue;
    }
    if (expectedRefusal.has(label)) {
      failures++;
      console.log(`FAIL ${label}: imported, but it holds no story (tests/accuracy/expectations.ts)`);
      continue;
    }
    const problems: string[] = [];
    const heads: string[] = [];
    for (const item of outcome.items) {
      const a = buildArticle(item.original, item.draft, new Date());
      if (a.headline.trim() === '') problems.push(`item ${item.original.item ?? 0}: empty headline`);
      const stub = item.draft.stub === true;
      if (stub && !/not sent/u.test(a.deskNote ?? '')) problems.push(`item ${item.original.item ?? 0}: a stub without the desk note that its text was not sent`);
      if (!stub && a.paragraphs.every((p) => p.text.trim() === '')) problems.push(`item ${item.original.item ?? 0}: empty body`);
      const first = a.paragraphs[0]?.text ?? '';
      // A headline line left in the body repeats the headline; a one-sentence lede that heads a story with no
      // headline of its own (enrich.ts: the first sentence heads it) stays the body's first paragraph, rightly.
      const ledeHeadline = /[.!?]-?$/u.test(first.trim());
      if (a.paragraphs.length > 1 && !ledeHeadline && comparable(first) !== '' && comparable(first) === comparable(a.headline)) {
        problems.push(`item ${item.original.item ?? 0}: the body's first paragraph repeats the headline`);
      }
      if (/^\*{2,}.*\*{2,}$/u.test(first.trim())) problems.push(`item ${item.original.item ?? 0}: the body opens with a note to the desk ${JSON.stringify(first)}`);
      if (matchDateOnly(first)) problems.push(`item ${item.original.item ?? 0}: the body opens with a bare date line ${JSON.stringify(first)}`);
      const expected = outcome.items.length === 1 ? EXPECTED_HEADLINES[label] : undefined;
      if (expected !== undefined && a.headline !== expected) problems.push(`headline ${JSON.stringify(a.headline)}, expected ${JSON.stringify(expected)}`);
      heads.push(`"${a.headline.slice(0, 70)}" (${stub ? 'stub: text not sent' : `${a.paragraphs.length} ¶`})`);
    }
    const format = outcome.items[0]?.original.format ?? '?';
    if (problems.length > 0) {
      failures++;
      console.log(`FAIL ${label} [${format}]: ${problems.join('; ')}`);
    } else console.log(`ok   ${label} [${format}] ${outcome.items.length > 1 ? `${outcome.items.length} items: ` : ''}${heads.join(' | ')}`);
  }
}
// A sample named in the table but not found (renamed, moved) is a failure too, once its folder is being checked.
for (const label of Object.keys(EXPECTED_HEADLINES)) {
  const folder = join(shared, label.split('/')[0] ?? '');
  if (!seen.has(label) && dirs.some((d) => resolve(d) === resolve(folder)) && exists(folder)) {
    failures++;
    console.log(`FAIL ${label}: expected a headline for it, but the file was not found`);
  }
}
console.log(
  `${checked} files checked (${refused} refused as holding no story), ${Object.keys(EXPECTED_HEADLINES).filter((l) => seen.has(l)).length} exact headlines checked, ${failures} failed`,
);
process.exitCode = failures > 0 ? 1 : 0;
