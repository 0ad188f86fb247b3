/**
 * Issue 10, part 6: the order of the files never matters. About fifty files in several agency styles (versions of
 * guids, copies of one guid and version that differ in completeness and time, plain-text and ANPA update chains,
 * unrelated stories) are imported in ten shuffled orders, each split at random into several batches; every
 * library must come out the same, ids aside.
 */
import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';
import { anpa, newsmlG2, ninjs, nitf, plainText, type CorpusFile } from './wire-corpus.js';
import { seededRandom } from '../../../scripts/seeded-random.js';

const tempDir = useTempDirs();
const NOW = new Date('2026-11-28T12:00:00Z');


function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Cuts the list into one to five batches at random places. */
function split<T>(items: readonly T[], random: () => number): T[][] {
  const cuts = new Set<number>();
  const count = Math.floor(random() * 5);
  for (let i = 0; i < count; i++) cuts.add(1 + Math.floor(random() * (items.length - 1)));
  const at = [0, ...[...cuts].sort((a, b) => a - b), items.length];
  return at.slice(1).map((end, i) => items.slice(at[i], end));
}

// Bodies of distinct events, so unrelated stories never look alike.
const harbour = [
  'Dock workers at the northern harbour of Velmar walked out on Monday over new shift rotas, leaving forty container ships waiting at anchor.',
  'The port authority said cargo handling had fallen to a tenth of its usual volume by the afternoon.',
  'Union leaders said the strike would last until the rota plan was withdrawn.',
];
const vaccine = [
  'Health officials in Darrow province began a measles vaccination drive in rural schools after twelve confirmed cases in three weeks.',
  'Mobile clinics will visit two hundred villages before the end of the month, the provincial health director said.',
  'Parents were urged to check their children\'s records at local pharmacies.',
];
const budget = [
  'The city council of Ostrand approved a budget on Wednesday that raises spending on public transport by eight percent.',
  'Fares on buses and trams will stay frozen for a second year, the finance committee chairwoman told reporters.',
  'Opposition members said the plan relied on optimistic forecasts of tourism revenue.',
];
const floods = [
  'KESSEL, March 3 (Reuters) - Flood waters forced thousands of residents from their homes in the river town of Kessel on Tuesday as heavy rain continued for a third day.',
  'Emergency crews evacuated 4,000 people from low-lying districts and opened shelters in three schools, the regional governor told reporters.',
  'The river rose two metres overnight, officials said.',
];
const mine = [
  'TARNO, May 9 (AP) - Rescuers reached seven miners trapped for two days in a flooded coal shaft near Tarno on Thursday, the mine operator said.',
  'Pumps had lowered the water in the lower gallery enough for a rescue team to reach the men, who were cold but unhurt.',
  'The operator said an inquiry would look at why the drainage alarm failed.',
];
const dam = [
  'ORRIN (CDT) _ Engineers finished repairing the cracked spillway of the Lake Orrin dam three weeks ahead of schedule, the water board said.',
  'The reservoir will refill over the winter and supply the valley\'s farms by spring.',
  'Residents downstream had been on alert since the crack was found in August.',
];

const unrelated: readonly (readonly [string, string])[] = [
  ['Library reopens after roof repairs', 'The central library of Brenmoor reopened on Saturday after eighteen months of roof repairs, with a new reading room for children.'],
  ['Cyclists protest missing bike lanes', 'Several hundred cyclists rode slowly through Lindvik on Sunday to protest the city\'s delay in building promised bike lanes.'],
  ['Orchestra names new conductor', 'The Halvern Philharmonic named the violinist Aino Karsk as its principal conductor from next season, the first woman in the post.'],
  ['Wheat harvest beats forecasts', 'Farmers on the Sarrow plains brought in a wheat harvest twelve percent above forecasts after a mild and wet spring.'],
  ['Airport adds night flights to Pell', 'Grandby airport will add three night flights a week to Pell from October, the airline Northwind said on Friday.'],
  ['Museum returns bronze statues', 'The national museum of Corvin returned four bronze statues to the temple they were taken from a century ago.'],
];

/** The corpus: 50 files. */
function corpus(): CorpusFile[] {
  const files: CorpusFile[] = [];
  // NewsML-G2: three versions, and three copies of version 2 (one bare, one later).
  const g = 'urn:newsml:cdt.test:harbour';
  files.push(newsmlG2('harbour-v1.xml', { guid: g, version: 1, headline: 'Dockers strike at Velmar harbour', paragraphs: harbour, at: '2026-03-01T08:00:00Z' }));
  files.push(newsmlG2('harbour-v2-bare.xml', { guid: g, version: 2, headline: null, paragraphs: [...harbour, 'Talks are due on Friday.'], at: '2026-03-01T09:00:00Z' }));
  files.push(newsmlG2('harbour-v2.xml', { guid: g, version: 2, headline: 'Velmar dockers strike, ships wait', paragraphs: [...harbour, 'Talks are due on Friday.'], at: '2026-03-01T09:00:00Z' }));
  files.push(newsmlG2('harbour-v2-later.xml', { guid: g, version: 2, headline: 'Velmar dockers strike, forty ships wait', paragraphs: [...harbour, 'Talks are due on Friday morning.'], at: '2026-03-01T09:05:00Z' }));
  files.push(newsmlG2('harbour-v3.xml', { guid: g, version: 3, headline: 'Velmar strike talks set for Friday', byline: 'Ines Moro', paragraphs: [...harbour, 'Talks are due on Friday morning at the labour ministry.'], at: '2026-03-01T11:00:00Z' }));
  // ninjs: four versions, and a copy of version 3 with no headline.
  const n = 'urn:cdt.test:vaccine';
  for (const v of [1, 2, 3, 4]) {
    files.push(ninjs(`vaccine-v${v}.json`, { guid: n, version: v, headline: `Darrow starts measles vaccination drive (${v})`, paragraphs: [...vaccine.slice(0, 2), `${vaccine[2]} Update ${v}.`], at: `2026-04-0${v}T10:00:00Z` }));
  }
  files.push(ninjs('vaccine-v3-bare.json', { guid: n, version: 3, headline: null, paragraphs: [...vaccine.slice(0, 2), `${vaccine[2]} Update 3.`], at: '2026-04-03T10:00:00Z' }));
  // NITF: three versions, a copy of version 1 without byline, at the same time.
  const t = 'cdt-nitf-budget-0001';
  files.push(nitf('budget-v1.xml', { guid: t, version: 1, headline: 'Ostrand budget boosts transport', byline: 'Lene Stolt', paragraphs: budget, at: '2026-05-01T08:00:00Z' }));
  files.push(nitf('budget-v1-nobyline.xml', { guid: t, version: 1, headline: 'Ostrand budget boosts transport', paragraphs: budget, at: '2026-05-01T08:00:00Z' }));
  files.push(nitf('budget-v2.xml', { guid: t, version: 2, headline: 'Ostrand budget boosts transport, freezes fares', byline: 'Lene Stolt', paragraphs: [...budget, 'The budget passed by 31 votes to 24.'], at: '2026-05-01T10:00:00Z' }));
  files.push(nitf('budget-v3.xml', { guid: t, version: 3, headline: 'Ostrand budget boosts transport, freezes fares', byline: 'Lene Stolt', paragraphs: [...budget, 'The budget passed by 33 votes to 22.'], at: '2026-05-01T12:00:00Z', correction: 'Corrects vote count in paragraph 4' }));
  // Plain text, Reuters style: original, UPDATE 1, UPDATE 2 with a new headline, and a CORRECTED-UPDATE 2.
  const head = 'Floods force thousands from homes in Kessel';
  files.push(plainText('kessel.txt', '', { headline: head, paragraphs: floods }));
  files.push(plainText('kessel-update1.txt', 'UPDATE 1', { headline: head, paragraphs: [...floods, 'One person was reported missing.'] }));
  files.push(plainText('kessel-update2.txt', 'UPDATE 2', { headline: 'Kessel floods: one missing as river keeps rising', paragraphs: [...floods, 'One person was reported missing, the governor said.'] }));
  files.push(plainText('kessel-corrected.txt', 'CORRECTED-UPDATE 2', { headline: 'Kessel floods: one missing as river keeps rising', paragraphs: [...floods.slice(0, 2), 'The river rose three metres overnight, officials said.', 'One person was reported missing, the governor said.'] }));
  // Plain text, AP style: original and its correction.
  files.push(plainText('tarno.txt', '', { headline: 'Rescuers reach trapped miners near Tarno', paragraphs: mine }));
  files.push(plainText('tarno-corrected.txt', 'CORRECTED', { headline: 'Rescuers reach trapped miners near Tarno', paragraphs: [mine[0] ?? '', mine[1]?.replace('lower gallery', 'upper gallery') ?? '', mine[2] ?? ''] }));
  files.push(plainText('tarno-refile.txt', 'REFILE', { headline: 'Rescuers reach trapped miners near Tarno', paragraphs: [...mine, 'Adds name of mine operator, Tarno Coal.'] }));
  // ANPA-1312 with the mark in the take key.
  files.push(anpa('dam.anpa', '', { headline: 'Dam repair finished early at Lake Orrin', paragraphs: dam }));
  files.push(anpa('dam-update1.anpa', 'UPDATE 1', { headline: 'Dam repair finished early at Lake Orrin', paragraphs: [...dam, 'The repair cost 4.2 million crowns.'] }));
  files.push(anpa('dam-update2.anpa', 'UPDATE 2', { headline: 'Dam repair finished early at Lake Orrin', paragraphs: [...dam, 'The repair cost 4.2 million crowns, below budget.'] }));
  // Unrelated stories in every style, some with guids of their own.
  unrelated.forEach(([headline, text], i) => {
    files.push(plainText(`other-${i}.txt`, '', { headline, paragraphs: [text, `Reporting by desk ${i}.`] }));
    files.push(ninjs(`other-${i}.json`, { guid: `urn:cdt.test:other-${i}`, version: 1, headline: `${headline} (wire)`, paragraphs: [`${text} More details followed.`], at: `2026-06-0${i + 1}T07:00:00Z` }));
    files.push(newsmlG2(`other-${i}.xml`, { guid: `urn:newsml:cdt.test:other-${i}`, version: 1 + (i % 2), headline: `${headline} (G2)`, paragraphs: [`${text} Officials confirmed it.`], at: `2026-06-1${i}T07:00:00Z` }));
  });
  // Exact re-sends of some files: same bytes under another name.
  const again = files.filter((f) => ['kessel.txt', 'kessel-update2.txt', 'harbour-v1.xml', 'vaccine-v2.json', 'dam-update1.anpa', 'budget-v2.xml', 'tarno.txt', 'other-3.xml'].includes(f.name));
  files.push(...again.map((f) => ({ ...f, name: `resent-${f.name}` })));
  return files;
}

async function open(): Promise<CopydeskService> {
  return new CopydeskService(await ArticleStore.open(await tempDir()), { now: () => NOW });
}

/** The library as the editor sees it, ids aside: each story's chain of versions, each version in canonical form. */
async function canonicalLibrary(api: CopydeskService): Promise<string[]> {
  const stories: string[] = [];
  for (const summary of await api.listArticles({})) {
    const links = await api.storyLinks({ id: summary.id });
    const chain = [];
    for (const v of links.versions) {
      const a = await api.getArticle({ id: v.id });
      chain.push({ headline: a.headline, body: a.paragraphs.map((p) => p.text), version: a.version, guid: a.guid, relation: v.relation });
    }
    // The story listed is the newest version of its chain.
    expect(links.versions.at(-1)?.id).toBe(summary.id);
    stories.push(JSON.stringify(chain));
  }
  return stories.sort();
}

describe('the order of the files never matters (issue 10, part 6)', () => {
  const files = corpus();

  it('writes about fifty files, in every style', () => {
    expect(files.length).toBe(50);
    expect(new Set(files.map((f) => f.name)).size).toBe(50);
  });

  it('imports them in ten orders and splits into the same library', { timeout: 240_000 }, async () => {
    const random = seededRandom(20261201);
    // The reference: the files sorted by name, in one batch.
    const reference = await open();
    await reference.importBytes([...files].sort((a, b) => (a.name < b.name ? -1 : 1)));
    const expected = await canonicalLibrary(reference);
    await reference.close();

    // What the library must hold, read from the corpus: 6 + 6 + 6 unrelated stories and 6 chains.
    expect(expected).toHaveLength(24);
    const chains = expected.map((s) => JSON.parse(s) as { headline: string; version: number | null; body: string[]; relation: string | null }[]);
    const harbour = chains.find((c) => c[0]?.headline === 'Dockers strike at Velmar harbour');
    // The kept copy of version 2 is the later one, whichever came first.
    expect(harbour?.map((v) => [v.version, v.headline])).toEqual([[1, 'Dockers strike at Velmar harbour'], [2, 'Velmar dockers strike, forty ships wait'], [3, 'Velmar strike talks set for Friday']]);
    const vaccine = chains.find((c) => c[0]?.headline.startsWith('Darrow'));
    expect(vaccine?.map((v) => v.headline)).toEqual([1, 2, 3, 4].map((v) => `Darrow starts measles vaccination drive (${v})`));
    const kessel = chains.find((c) => c[0]?.headline === 'Floods force thousands from homes in Kessel');
    expect(kessel?.map((v) => v.relation)).toEqual([null, 'update: UPDATE 1', 'update: UPDATE 2', 'correction: CORRECTED, UPDATE 2']);
    const dam = chains.find((c) => c[0]?.headline === 'Dam repair finished early at Lake Orrin');
    expect(dam).toHaveLength(3);
    const tarno = chains.find((c) => c[0]?.headline === 'Rescuers reach trapped miners near Tarno');
    expect(tarno?.map((v) => v.relation)).toHaveLength(3);

    for (let round = 0; round < 10; round++) {
      const api = await open();
      const batches = split(shuffle(files, random), random);
      for (const batch of batches) await api.importBytes(batch);
      const got = await canonicalLibrary(api);
      await api.close();
      expect(got, `order ${round}: ${batches.map((b) => b.map((f) => f.name).join(' ')).join(' | ')}`).toEqual(expected);
    }
  });
});
