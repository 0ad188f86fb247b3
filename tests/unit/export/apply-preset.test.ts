import { describe, expect, it } from 'vitest';
import { BUILT_IN_PRESETS, type ExportPreset } from '../../../electron/domain/export-preset.js';
import { applyQuoteStyle, batchFileBase, fileBaseName, storyFileBase, styleArticle } from '../../../electron/export/apply-preset.js';
import { exportVersion } from '../../../electron/export/export-plan.js';
import { blockReasons } from '../../../electron/export/gates.js';
import { story, withChanges } from './fixture.js';

const base = BUILT_IN_PRESETS.find((p) => p.name === 'ninjs CMS') as ExportPreset;
const NOW = new Date('2025-03-05T00:00:00Z');

describe('preset house style', () => {
  it('converts quotation marks', () => {
    expect(applyQuoteStyle(`He said "it's done" ('finally')`, 'curly')).toBe('He said \u201Cit\u2019s done\u201D (\u2018finally\u2019)');
    expect(applyQuoteStyle('\u201Cit\u2019s\u201D', 'straight')).toBe(`"it's"`);
    expect(applyQuoteStyle('"oui"', 'guillemets')).toBe('«\u00A0oui\u00A0»');
    expect(applyQuoteStyle('"as is"', 'keep')).toBe('"as is"');
  });

  it('prints the dateline and the credit in the preset\'s style, and maps title and summary', () => {
    expect(styleArticle(story, { ...base, datelineStyle: 'place-only' }).dateline.text).toBe('SALALAH —');
    expect(styleArticle(story, { ...base, datelineStyle: 'none' }).dateline.text).toBe('');
    expect(styleArticle(story, { ...base, creditStyle: 'code' }).source.credit).toBe('CWA');
    const mapped = styleArticle(story, { ...base, fieldMapping: { title: 'slugline', summary: 'first-paragraph' } });
    expect(mapped.headline).toBe('PORT-REOPENS');
    expect(mapped.abstract).toBe(story.paragraphs[0]?.text);
  });

  it('names files from the template, always as a safe plain name', () => {
    expect(storyFileBase(story, { ...base, fileNaming: '{date}-{slug}' })).toBe('2025-03-04-port-reopens');
    expect(storyFileBase(story, { ...base, fileNaming: '{id}' })).toBe('3f2a9c1e');
    expect(fileBaseName('../../{slug}', { slug: 'x', date: '', id: '', headline: '' })).toBe('x');
    expect(batchFileBase({ ...base, fileNaming: 'wordpress-{date}' }, NOW)).toBe('wordpress-2025-03-05');
  });
});

describe('gates', () => {
  it('lists every reason a story may not go', () => {
    const bad = withChanges({
      headline: ' ', embargo: '2025-03-06T00:00:00Z', source: { name: '', code: null, credit: '' },
      dateline: { ...story.dateline, yearInferred: true },
    });
    expect(blockReasons(bad, base.gates, NOW)).toEqual([
      'Embargoed until 2025-03-06T00:00:00.000Z', 'No headline', 'The dateline year was inferred, not confirmed', 'No credited source',
    ]);
    expect(blockReasons(withChanges({ embargo: '2025-03-04T00:00:00Z' }), base.gates, NOW)).toEqual([]);
    expect(blockReasons(withChanges({ embargo: 'soon' }), base.gates, NOW)[0]).toMatch(/not a date/);
  });
});

describe('export version', () => {
  it('is 1 first, the same when nothing changed since, one more after an edit', () => {
    expect(exportVersion(story)).toBe(1);
    const exported = withChanges({ revision: 5, exports: [{ format: 'ninjs', fileName: 'a.json', at: '', revision: 4, version: 1 }] });
    expect(exportVersion(exported)).toBe(1);
    expect(exportVersion({ ...exported, revision: 6 })).toBe(2);
    expect(exportVersion(withChanges({ guid: 'urn:agency:1', version: 3 }))).toBe(3);
  });
});
