import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../electron/desk/story-pipeline.js';
import type { Article } from '../../../electron/domain/article.js';
import { ingestFile } from '../../../electron/ingest/ingest.js';
import { closingSnapshotFrom, LibrarySearch } from '../../../electron/search/library-search.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

function story(text: string, name: string): { article: Article; bytes: Uint8Array } {
  const bytes = Buffer.from(text, 'utf8');
  const outcome = ingestFile({ name, bytes });
  if (!outcome.ok) throw new Error(outcome.reason);
  const [first] = outcome.items;
  if (!first) throw new Error('no story');
  return { article: buildArticle(first.original, first.draft, new Date('2026-11-28T10:00:00Z')), bytes };
}

// Written for these tests: two agencies, three places, Persian and French copy.
const COPY = [
  ['afp-tehran.txt', 'Iran warns Iraq over Kurdish vote\n\nTEHRAN, Nov. 20 (AFP) - The Supreme National Security Council said on Friday that a Kurdish referendum would destabilise the region.\n\nOfficials in Baghdad declined to comment.\n'],
  ['afp-paris.txt', 'Paris museum reopens after flood\n\nPARIS, Nov. 21 (AFP) - The Musée d\'Orsay reopened on Saturday after a flood closed its lower galleries for a week.\n\nVisitors queued in the rain.\n'],
  ['irna-tehran.txt', 'Council security talks end in Tehran\n\nTEHRAN, Nov. 22 (IRNA) - Security talks between the two councils ended without a statement, IRNA reported.\n\nThe council will meet again in December.\n'],
  ['irna-persian.txt', 'ایران و عراق\n\nTEHRAN, Nov. 23 (IRNA) - وزیر امور خارجه ایران در دیدار با همتای عراقی خود گفت که کشورش از ثبات منطقه حمایت می‌کند.\n'],
  ['afp-french.txt', 'Élection présidentielle : le Premier ministre démissionne\n\nPARIS, 24 nov. (AFP) - Le Premier ministre a présenté sa démission au président de la République, a annoncé l\'Élysée samedi.\n'],
] as const;

async function library(): Promise<{ dir: string; store: ArticleStore; search: LibrarySearch; ids: Map<string, string> }> {
  const dir = await tempDir();
  const store = await ArticleStore.open(dir);
  const search = new LibrarySearch(store);
  await search.open();
  const items = COPY.map(([name, text]) => story(text, name));
  await store.insert(items);
  await search.flush();
  return { dir, store, search, ids: new Map(items.map((i, k) => [COPY[k]?.[0] ?? '', i.article.id])) };
}

const headlines = (o: { records: readonly { headline: string }[] }): string[] => o.records.map((r) => r.headline);

describe('LibrarySearch', () => {
  it('finds words in any field, case- and accent-insensitively, and returns the words to highlight', async () => {
    const { search } = await library();
    const tehran = await search.search('tehran');
    expect(tehran.matching).toBe(3);
    expect(tehran.total).toBe(5);
    expect(tehran.terms).toEqual(['tehran']);
    expect(headlines(await search.search('MUSEE orsay'))).toEqual(['Paris museum reopens after flood']);
    expect(headlines(await search.search('elysee'))).toHaveLength(1);
  });

  it('matches a phrase only when its words stand together in order', async () => {
    const { search } = await library();
    expect(headlines(await search.search('"security council"'))).toEqual(['Iran warns Iraq over Kurdish vote']);
    expect(headlines(await search.search('"council security"'))).toEqual(['Council security talks end in Tehran']);
    expect((await search.search('security council')).matching).toBe(2);
  });

  it('is not fooled by a word whose code collides with a phrase word\'s in 16 bits', async () => {
    // Two made-up words whose FNV-1a hashes agree once folded to 16 bits (the codes phrases were matched on before).
    const fnv = (w: string): number => {
      let h = 0x811c9dc5;
      for (let j = 0; j < w.length; j++) h = Math.imul(h ^ w.charCodeAt(j), 0x01000193);
      return h >>> 0;
    };
    const seen = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; !pair; i++) {
      const word = `zq${i.toString(36)}`;
      const h = fnv(word);
      const folded = (h ^ (h >>> 16)) & 0xffff;
      const other = seen.get(folded);
      if (other !== undefined && fnv(other) !== h) pair = [other, word];
      else seen.set(folded, word);
    }
    const [word, twin] = pair;
    const { store, search } = await library();
    // The story holds both words of the phrase, but not together: the twin stands where the phrase's first word would.
    await store.insert([story(`Port talks resume\n\nDOHA, Nov. 25 (AFP) - The ${word} report came first. Then ${twin} harbour officials met.\n`, 'twin.txt')]);
    expect((await search.search(`${word} harbour`)).matching).toBe(1);
    expect((await search.search(`"${word} harbour"`)).matching).toBe(0);
    expect((await search.search(`"${twin} harbour"`)).matching).toBe(1);
  });

  it('expands prefixes and leaves out excluded words', async () => {
    const { search } = await library();
    const r = await search.search('destabil*');
    expect(headlines(r)).toEqual(['Iran warns Iraq over Kurdish vote']);
    expect(r.terms).toContain('destabilise');
    expect((await search.search('tehran -kurdish')).matching).toBe(2);
  });

  it('matches the other forms of a word in its story\'s language (Snowball stems), the form as written first', async () => {
    const { search } = await library();
    const reopen = await search.search('reopening');
    expect(headlines(reopen)).toEqual(['Paris museum reopens after flood']);
    expect(reopen.terms).toEqual(expect.arrayContaining(['reopening', 'reopens', 'reopened']));
    expect(headlines(await search.search('flooding'))).toEqual(['Paris museum reopens after flood']);
    // French copy by its French stem: "ministres" finds "ministre".
    expect(headlines(await search.search('ministres'))).toEqual(['Élection présidentielle : le Premier ministre démissionne']);
    // A story holding the word as written ranks before one holding only another form of it.
    expect(headlines(await search.search('councils'))).toEqual(['Council security talks end in Tehran', 'Iran warns Iraq over Kurdish vote']);
    // Different stems stay apart, and a phrase still means its words as written.
    expect((await search.search('councillors')).matching).toBe(0);
    expect((await search.search('"security councils"')).matching).toBe(0);
  });

  it('finds Persian copy typed with Arabic letter forms', async () => {
    const { search } = await library();
    // ایران with Persian yeh, searched as ايران with Arabic yeh; وزیر likewise.
    expect(headlines(await search.search('ايران وزير'))).toEqual(['ایران و عراق']);
  });

  it('filters by field terms and dates, and counts facets over the matches', async () => {
    const { search } = await library();
    expect((await search.search('source:AFP')).matching).toBe(3);
    expect((await search.search('source:irna place:tehran')).matching).toBe(2);
    expect((await search.search('lang:fr')).matching).toBe(1);
    expect((await search.search('status:ready')).matching).toBe(0);
    expect((await search.search('-source:afp')).matching).toBe(2);
    const r = await search.search('', { facets: true });
    expect(r.facets?.source).toEqual([{ value: 'AFP', count: 3 }, { value: 'IRNA', count: 2 }]);
    expect(r.facets?.status).toEqual([{ value: 'new', count: 5 }]);
    const tehran = await search.search('tehran', { facets: true });
    expect(tehran.facets?.source).toEqual([{ value: 'IRNA', count: 2 }, { value: 'AFP', count: 1 }]);
  });

  it('sorts by headline and dateline date, and pages', async () => {
    const { search } = await library();
    const all = headlines(await search.search('', { sort: 'headline' }));
    expect(all.slice(0, 2)).toEqual(['Council security talks end in Tehran', 'Iran warns Iraq over Kurdish vote']);
    expect(all).toEqual([...all].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
    const page = await search.search('', { sort: 'headline', limit: 2, offset: 1 });
    expect(headlines(page)).toEqual(all.slice(1, 3));
    expect(page.matching).toBe(5);
    const byDate = (await search.search('', { sort: 'dateline' })).records.map((r) => r.datelineDate);
    expect(byDate).toEqual([...byDate].sort().reverse());
  });

  it('follows saves: a status change moves the counts at once', async () => {
    const { store, search, ids } = await library();
    const id = ids.get('afp-paris.txt') ?? '';
    const article = await store.get(id);
    await store.save({ ...article, status: 'ready' }, article.revision);
    await search.flush();
    expect(headlines(await search.search('status:ready'))).toEqual(['Paris museum reopens after flood']);
    const edited = await store.get(id);
    await store.save({ ...edited, headline: 'Orsay museum welcomes visitors again' }, edited.revision);
    await search.flush();
    expect(headlines(await search.search('welcomes'))).toEqual(['Orsay museum welcomes visitors again']);
    expect((await search.search('flood')).records.map((r) => r.id)).toEqual([id]);
  });

  it('indexes a story stored before the desk fields existed', async () => {
    const { store, search, ids } = await library();
    const id = ids.get('afp-paris.txt') ?? '';
    const { decisions: _d, flags: _f, entities: _e, ...old } = await store.get(id);
    await store.save({ ...old, headline: 'Orsay reopens' } as unknown as Article, 1);
    await search.flush();
    expect(headlines(await search.search('orsay reopens'))).toEqual(['Orsay reopens']);
  });

  it('persists with the library: a reopened library searches without re-indexing', async () => {
    const { dir, store, search, ids } = await library();
    const id = ids.get('afp-paris.txt') ?? '';
    const article = await store.get(id);
    await store.save({ ...article, status: 'spiked' }, article.revision);
    await search.flush();
    const again = new LibrarySearch(await ArticleStore.open(dir));
    expect(await again.open()).toEqual({ damaged: null, reindexed: 0 });
    expect((await again.search('tehran')).matching).toBe(3);
    expect(headlines(await again.search('status:spiked'))).toEqual(['Paris museum reopens after flood']);

    // From a snapshot too (closing folds the journal into one): words, phrases and records come back.
    await again.close();
    expect(existsSync(join(dir, 'search', 'journal.jsonl'))).toBe(false);
    const third = new LibrarySearch(await ArticleStore.open(dir));
    expect(await third.open()).toEqual({ damaged: null, reindexed: 0 });
    expect(headlines(await third.search('"council security"'))).toEqual(['Council security talks end in Tehran']);
    expect(headlines(await third.search('"security council" status:new'))).toEqual(['Iran warns Iraq over Kurdish vote']);
  });

  it('keeps one snapshot: its records, words and codes under one generation, older generations removed', async () => {
    const { dir, store, search } = await library();
    const snapshot = (search as unknown as { snapshot(): Promise<void> }).snapshot.bind(search);
    await snapshot();
    const first = (await readdir(join(dir, 'search'))).filter((n) => /^(words|codes)-/.test(n));
    expect(first).toHaveLength(2);
    await snapshot();
    const second = (await readdir(join(dir, 'search'))).filter((n) => /^(words|codes)-/.test(n));
    expect(second).toHaveLength(2);
    expect(second.some((n) => first.includes(n))).toBe(false);
    // The index that wrote them searches on (its words were rebuilt from what it exported), and keeps indexing.
    expect(headlines(await search.search('"council security"'))).toEqual(['Council security talks end in Tehran']);
    await store.insert([story('Doha hosts gas summit\n\nDOHA, Nov. 25 (AFP) - Ministers met in Doha. Security talks resumed there.\n', 'doha.txt')]);
    expect(headlines(await search.search('doha ministers'))).toEqual(['Doha hosts gas summit']);
    // A phrase whose words' lists are partly in the snapshot's file and partly added since.
    expect(headlines(await search.search('"security talks"')).sort()).toEqual(['Council security talks end in Tehran', 'Doha hosts gas summit']);
    // A crash after the new words and codes were written, before the records named them: the stray files are ignored.
    await writeFile(join(dir, 'search', 'words-0123456789ab.tsv'), 'half written');
    await search.close();
    const reopened = new LibrarySearch(await ArticleStore.open(dir));
    expect(await reopened.open()).toEqual({ damaged: null, reindexed: 0 });
    // The list (no words asked) and a phrase (the binary codes) both read from the snapshot.
    expect((await reopened.search('source:AFP')).matching).toBe(4);
    expect(headlines(await reopened.search('"council security"'))).toEqual(['Council security talks end in Tehran']);
    expect(headlines(await reopened.search('"security talks"')).sort()).toEqual(['Council security talks end in Tehran', 'Doha hosts gas summit']);
    await reopened.close();
  });

  it('leaves a journal short against the library for the next open, which lists its stories before any words load', async () => {
    const { dir, search } = await library();
    await search.close();
    const generation = async (): Promise<string[]> => (await readdir(join(dir, 'search'))).filter((n) => /^(words|codes)-/.test(n)).sort();
    const written = await generation();
    const store = await ArticleStore.open(dir);
    const second = new LibrarySearch(store);
    await second.open();
    await store.insert([story('Floods close Cairo airport\n\nCAIRO, Nov. 25 (AFP) - Floods closed the airport on Sunday.\n', 'afp-cairo.txt')]);
    await second.flush();
    await second.close();
    // One story against a threshold of closingSnapshotFrom(6): the snapshot is not written again, the journal stays.
    expect(closingSnapshotFrom(6)).toBeGreaterThan(1);
    expect(await generation()).toEqual(written);
    expect(existsSync(join(dir, 'search', 'journal.jsonl'))).toBe(true);
    const third = new LibrarySearch(await ArticleStore.open(dir));
    const loaded = (): boolean => (third as unknown as { loaded: boolean }).loaded;
    expect((await third.search('source:AFP')).matching).toBe(4);
    expect(loaded()).toBe(false);
    expect(headlines(await third.search('"closed the airport"'))).toEqual(['Floods close Cairo airport']);
    expect(headlines(await third.search('cairo'))).toEqual(['Floods close Cairo airport']);
    expect((await third.search('')).total).toBe(6);
  });

  it('folds the journal into a snapshot at close once it holds a twentieth of the library', async () => {
    expect(closingSnapshotFrom(100_000)).toBe(5_000);
    expect(closingSnapshotFrom(10)).toBe(500);
    const { dir, store, search } = await library();
    await search.close();
    const again = new LibrarySearch(store);
    await again.open();
    const many = Array.from({ length: closingSnapshotFrom(5) }, (_, i) => story(`Harbour notice ${i}\n\nPORTVILLE, Nov. 26 (AFP) - Berth ${i} reopened.\n`, `notice-${i}.txt`));
    await store.insert(many);
    await again.flush();
    await again.close();
    expect(existsSync(join(dir, 'search', 'journal.jsonl'))).toBe(false);
    const reopened = new LibrarySearch(await ArticleStore.open(dir));
    expect(await reopened.open()).toEqual({ damaged: null, reindexed: 0 });
    expect((await reopened.search('berth')).matching).toBe(many.length);
  });

  it('with deferWords, journals stored stories without loading the words; a later open or a word query indexes them', async () => {
    const { dir, search } = await library();
    await search.close();
    const loadedOf = (l: LibrarySearch): boolean => (l as unknown as { loaded: boolean }).loaded;
    // An import-only process: two stories stored, listed at once, their words never loaded here.
    const store = await ArticleStore.open(dir);
    const importer = new LibrarySearch(store, undefined, undefined, { deferWords: true });
    await store.insert([
      story('Floods close Cairo airport\n\nCAIRO, Nov. 25 (AFP) - Floods closed the airport on Sunday.\n', 'afp-cairo.txt'),
      story('Snow shuts Ankara roads\n\nANKARA, Nov. 26 (AFP) - Snow shut the main roads on Monday.\n', 'afp-ankara.txt'),
    ]);
    await importer.flush();
    expect((await importer.search('source:AFP')).matching).toBe(5);
    expect(loadedOf(importer)).toBe(false);
    await importer.close();
    expect(loadedOf(importer)).toBe(false);
    const lines = (await readFile(join(dir, 'search', 'journal.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { number?: number; text?: string });
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => typeof l.number === 'number' && (l.text ?? '').length > 0)).toBe(true);
    expect(new Set(lines.map((l) => l.number)).size).toBe(2);
    // The next open (any process) indexes their words from the journal.
    const reader = new LibrarySearch(await ArticleStore.open(dir));
    expect(await reader.open()).toEqual({ damaged: null, reindexed: 0 });
    expect(headlines(await reader.search('"closed the airport"'))).toEqual(['Floods close Cairo airport']);
    expect(headlines(await reader.search('ankara snow'))).toEqual(['Snow shuts Ankara roads']);
    await reader.close();

    // A word query in the importing process loads the words, replays what it journaled, and indexes what comes next.
    const store2 = await ArticleStore.open(dir);
    const both = new LibrarySearch(store2, undefined, undefined, { deferWords: true });
    await store2.insert([story('Storm hits Doha port\n\nDOHA, Nov. 27 (AFP) - A storm hit the port on Tuesday.\n', 'afp-doha.txt')]);
    await both.flush();
    expect(loadedOf(both)).toBe(false);
    expect(headlines(await both.search('"storm hit the port"'))).toEqual(['Storm hits Doha port']);
    expect(loadedOf(both)).toBe(true);
    await store2.insert([story('Fog delays Tabriz flights\n\nTABRIZ, Nov. 28 (AFP) - Fog delayed flights.\n', 'afp-tabriz.txt')]);
    await both.flush();
    expect(headlines(await both.search('tabriz fog'))).toEqual(['Fog delays Tabriz flights']);
    expect((await both.search('')).total).toBe(9);
    await both.close();
  });

  it('with deferWords, still writes the snapshot at close when none exists yet or the journal has grown to its due', async () => {
    const fresh = await tempDir();
    const freshStore = await ArticleStore.open(fresh);
    const first = new LibrarySearch(freshStore, undefined, undefined, { deferWords: true });
    await freshStore.insert([story('Floods close Cairo airport\n\nCAIRO, Nov. 25 (AFP) - Floods closed the airport on Sunday.\n', 'afp-cairo.txt')]);
    await first.flush();
    await first.close();
    expect(existsSync(join(fresh, 'search', 'snapshot.jsonl'))).toBe(true);
    expect(existsSync(join(fresh, 'search', 'journal.jsonl'))).toBe(false);

    const { dir, search } = await library();
    await search.close();
    const store = await ArticleStore.open(dir);
    const importer = new LibrarySearch(store, undefined, undefined, { deferWords: true });
    const many = Array.from({ length: closingSnapshotFrom(5) }, (_, i) => story(`Harbour notice ${i}\n\nPORTVILLE, Nov. 26 (AFP) - Berth ${i} reopened.\n`, `notice-${i}.txt`));
    await store.insert(many);
    await importer.flush();
    await importer.close();
    expect(existsSync(join(dir, 'search', 'journal.jsonl'))).toBe(false);
    const reopened = new LibrarySearch(await ArticleStore.open(dir));
    expect(await reopened.open()).toEqual({ damaged: null, reindexed: 0 });
    expect((await reopened.search('berth')).matching).toBe(many.length);
  });

  it('answers a query without words from the records, before the words have loaded', async () => {
    const { dir, search } = await library();
    await search.close();
    const reopened = new LibrarySearch(await ArticleStore.open(dir));
    const loaded = (): boolean => (reopened as unknown as { loaded: boolean }).loaded;
    const listed = await reopened.search('source:AFP');
    expect([...headlines(listed)].sort()).toEqual(['Iran warns Iraq over Kurdish vote', 'Paris museum reopens after flood', 'Élection présidentielle : le Premier ministre démissionne']);
    expect(loaded()).toBe(false);
    // A query with words waits for them.
    expect((await reopened.search('tehran')).matching).toBe(3);
    expect(loaded()).toBe(true);
    // Closed before the words loaded, with nothing to index: the load stops and nothing is written.
    const early = new LibrarySearch(await ArticleStore.open(dir));
    expect((await early.search('')).total).toBe(5);
    const before = await readdir(join(dir, 'search'));
    await early.close();
    expect((early as unknown as { loaded: boolean }).loaded).toBe(false);
    expect(await readdir(join(dir, 'search'))).toEqual(before);
  });

  it('with the store still opening, answers the list from the records and waits for the store before the words', async () => {
    const { dir, search } = await library();
    await search.close();
    let storeMayOpen: () => void = () => undefined;
    const opening = new Promise<void>((resolve) => (storeMayOpen = resolve)).then(() => ArticleStore.open(dir));
    const early = new LibrarySearch(opening, join(dir, 'search'), undefined, { wordsAfter: opening });
    await early.recordsRead();
    expect((await early.search('source:AFP')).matching).toBe(3);
    expect((await early.search('')).total).toBe(5);
    let answered = false;
    const words = early.search('tehran').then((o) => ((answered = true), o));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(answered).toBe(false);
    storeMayOpen();
    expect((await words).matching).toBe(3);
    // Listening to the store once it opened: a story stored now is found.
    const store = await opening;
    await store.insert([story('Floods close Cairo airport\n\nCAIRO, Nov. 25 (AFP) - Floods closed the airport on Sunday.\n', 'afp-cairo.txt')]);
    await early.flush();
    expect(headlines(await early.search('cairo'))).toEqual(['Floods close Cairo airport']);
    expect(() => new LibrarySearch(opening)).toThrow(/search folder is needed/);
  });

  it('opens a store it is to open on first need only when the records cannot answer alone', async () => {
    const { dir, search } = await library();
    await search.close();
    let opened = 0;
    const lazy = new LibrarySearch(() => ((opened++), ArticleStore.open(dir)), join(dir, 'search'));
    expect((await lazy.search('source:AFP')).matching).toBe(3);
    await lazy.close();
    expect(opened).toBe(0);
    expect(lazy.openedStore()).toBeNull();
    // With no snapshot the index is built from the store: the list waits for it instead of answering "no stories".
    await rm(join(dir, 'search'), { recursive: true });
    const rebuilt = new LibrarySearch(() => ((opened++), ArticleStore.open(dir)), join(dir, 'search'));
    expect((await rebuilt.search('source:AFP')).matching).toBe(3);
    expect(opened).toBe(1);
    await rebuilt.close();
    await (await rebuilt.openedStore())?.close();
  });

  it('with no snapshot at all, the list waits for the index built from the store', async () => {
    const { dir } = await library();
    await rm(join(dir, 'search'), { recursive: true });
    const reopened = new LibrarySearch(await ArticleStore.open(dir));
    expect((await reopened.search('')).total).toBe(5);
  });

  it('rebuilds from the store when the snapshot\'s words or codes are missing or cut short', async () => {
    const { dir, search } = await library();
    await (search as unknown as { snapshot(): Promise<void> }).snapshot();
    const names = await readdir(join(dir, 'search'));
    const codes = names.find((n) => n.startsWith('codes-')) ?? '';
    const bytes = await readFile(join(dir, 'search', codes));
    await writeFile(join(dir, 'search', codes), bytes.subarray(0, bytes.length - 6));
    const cut = new LibrarySearch(await ArticleStore.open(dir));
    const report = await cut.open();
    expect(report.damaged).toMatch(/codes-[0-9a-f]{12}\.bin: \d+ bytes where the snapshot promises \d+/);
    expect(report.reindexed).toBe(5);
    expect(headlines(await cut.search('"security council"'))).toEqual(['Iran warns Iraq over Kurdish vote']);

    const words = (await readdir(join(dir, 'search'))).find((n) => n.startsWith('words-')) ?? '';
    await rm(join(dir, 'search', words));
    const missing = new LibrarySearch(await ArticleStore.open(dir));
    expect((await missing.open()).damaged).toMatch(/words-[0-9a-f]{12}\.tsv/);
    expect((await missing.search('tehran')).matching).toBe(3);
  });

  it('rebuilds from the store when the snapshot is damaged, and catches up on stories it never saw', async () => {
    const { dir, search } = await library();
    // Force a snapshot, then garble it in the middle.
    await (search as unknown as { snapshot(): Promise<void> }).snapshot();
    const path = join(dir, 'search', 'snapshot.jsonl');
    const text = await readFile(path, 'utf8');
    await writeFile(path, `${text.slice(0, text.length / 2)}\u0000garbage`);
    const reopened = new LibrarySearch(await ArticleStore.open(dir));
    const report = await reopened.open();
    expect(report.damaged).toMatch(/snapshot\.jsonl/);
    expect(report.reindexed).toBe(5);
    expect((await reopened.search('tehran')).matching).toBe(3);

    // A story stored while no index listened (another process) is indexed on the next open.
    const store = await ArticleStore.open(dir);
    await store.insert([story('Doha hosts gas summit\n\nDOHA, Nov. 25 (AFP) - Ministers met in Doha.\n', 'doha.txt')]);
    const caught = new LibrarySearch(await ArticleStore.open(dir));
    expect(await caught.open()).toEqual({ damaged: null, reindexed: 1 });
    expect(headlines(await caught.search('doha'))).toEqual(['Doha hosts gas summit']);
  });
});
