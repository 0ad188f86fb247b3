/**
 * Issue 10, part 3: a corrected agency version says what the agency corrected (against its previous version, block
 * and word) and where and when an earlier version already went out. Fixtures in each agency style, written here.
 */
import { describe, expect, it } from 'vitest';
import { correctedBlocks, wordChanges } from '../../../electron/domain/agency-correction.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';
import { anpa, newsmlG2, ninjs, nitf, plainText, type CorpusFile, type WireStory } from './wire-corpus.js';

const tempDir = useTempDirs();
const NOW = new Date('2026-11-28T12:00:00Z');

const story = [
  'Rescuers reached seven miners trapped for two days in a flooded shaft near Tarno on Thursday, the operator said.',
  'Pumps had lowered the water in the lower gallery enough for a rescue team to reach the men.',
  'The men were cold but unhurt and were taken to hospital in Tarno for checks.',
];
const corrected = [story[0] ?? '', story[1] ?? '', 'The men were cold but unhurt and were taken to hospital in Velm for checks.'];
const first: WireStory = { guid: 'urn:cdt.test:tarno', version: 1, headline: 'Rescuers reach trapped miners', paragraphs: story, at: '2026-05-09T08:00:00Z' };
const fixed: WireStory = { ...first, version: 2, paragraphs: corrected, at: '2026-05-09T09:00:00Z', correction: 'Corrects town of hospital in paragraph 3' };

async function open(): Promise<CopydeskService> {
  return new CopydeskService(await ArticleStore.open(await tempDir()), { now: () => NOW });
}

const styles: readonly (readonly [string, CorpusFile, CorpusFile, string])[] = [
  ['NewsML-G2 signal sig:correction', newsmlG2('v1.xml', first), newsmlG2('v2.xml', fixed), 'signal'],
  ['NITF docdata correction', nitf('v1.xml', first), nitf('v2.xml', fixed), 'nitf-correction'],
  ['ninjs ednote', ninjs('v1.json', first), ninjs('v2.json', fixed), 'ednote'],
  ['plain text CORRECTED- headline', plainText('v1.txt', '', first), plainText('v2.txt', 'CORRECTED', { ...fixed, version: 2 }), 'mark'],
  ['ANPA-1312 CORRECTION take key', anpa('v1.anpa', '', first), anpa('v2.anpa', 'CORRECTION', fixed), 'mark'],
];

describe('what the agency corrected', () => {
  it.each(styles)('%s: the diff against the previous version and the earlier export', async (_style, v1, v2, by) => {
    const api = await open();
    const one = await api.importBytes([v1]);
    const firstId = one.articles[0]?.id ?? '';
    const out = await tempDir();
    const exported = await api.exportTo({ ids: [firstId], format: 'text' }, out);
    expect(exported.files).toHaveLength(1);
    expect(await api.correctionOf({ id: firstId })).toBeNull();

    const two = await api.importBytes([v2]);
    const secondId = two.articles[0]?.id ?? '';
    expect((await api.storyLinks({ id: secondId })).versions.map((v) => v.id)).toEqual([firstId, secondId]);
    const correction = await api.correctionOf({ id: secondId });
    expect(correction).toMatchObject({ id: secondId, version: 'version 2', of: { id: firstId, version: 'version 1' }, by });
    expect(correction?.blocks).toEqual([
      { kind: 'changed', at: 3, before: story[2], after: corrected[2], words: [{ before: 'Tarno', after: 'Velm', context: 'taken to hospital in' }] },
    ]);
    expect(correction?.summary).toBe("¶3 'Tarno' → 'Velm'");
    expect(correction?.exported).toEqual([
      { versionId: firstId, version: 'version 1', format: 'text', fileName: exported.files[0]?.name, folder: out, at: expect.any(String) },
    ]);
  });

  it('takes the note the agency gave (NITF correction info)', async () => {
    const api = await open();
    await api.importBytes([nitf('v1.xml', first)]);
    const two = await api.importBytes([nitf('v2.xml', fixed)]);
    expect((await api.correctionOf({ id: two.articles[0]?.id ?? '' }))?.note).toBe('Corrects town of hospital in paragraph 3');
  });

  it('says nothing for an update that is not a correction', async () => {
    const api = await open();
    await api.importBytes([newsmlG2('v1.xml', first)]);
    const { correction: _none, ...update } = fixed;
    const two = await api.importBytes([newsmlG2('v2.xml', update)]);
    expect(two.updates).toHaveLength(1);
    expect(await api.correctionOf({ id: two.articles[0]?.id ?? '' })).toBeNull();
  });

  it('compares with the version before it, whichever arrived first', async () => {
    const api = await open();
    const two = await api.importBytes([ninjs('v2.json', fixed)]);
    const one = await api.importBytes([ninjs('v1.json', first)]);
    const correction = await api.correctionOf({ id: two.articles[0]?.id ?? '' });
    expect(correction?.of.id).toBe(one.articles[0]?.id);
    expect(correction?.summary).toBe("¶3 'Tarno' → 'Velm'");
  });
});

describe('block and word diff', () => {
  it('lists changed, added and removed blocks with their paragraph numbers', () => {
    const blocks = correctedBlocks(['a one', 'b two', 'c three', 'd four'], ['a one', 'b five', 'd four', 'e six']);
    expect(blocks).toEqual([
      { kind: 'changed', at: 2, before: 'b two', after: 'b five', words: [{ before: 'two', after: 'five', context: 'b' }] },
      { kind: 'removed', at: 3, before: 'c three' },
      { kind: 'added', at: 4, after: 'e six' },
    ]);
  });

  it('names words removed and added inside a block', () => {
    expect(wordChanges('the river rose two metres', 'the river rose metres overnight')).toEqual([
      { before: 'two', after: '', context: 'the river rose' },
      { before: '', after: 'overnight', context: 'the river rose metres' },
    ]);
  });
});
