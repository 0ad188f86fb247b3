/**
 * The seed story (real IRNA copy as scraped from a publisher's page) through the whole path: ingest → clean →
 * enrich → Article, then undo of single changes by re-running cleaning from the kept original.
 */
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../../../electron/ingest/ingest.js';
import { buildArticle, recleanArticle, rejectedIds } from '../../../electron/desk/story-pipeline.js';
import { applyPatch, type Article } from '../../../electron/domain/article.js';

const SEED_PATH = fileURLToPath(new URL('../../../seeds/irna-iran-cautions-iraq-secessionist.txt', import.meta.url));
const IMPORTED_AT = new Date('2026-11-28T12:00:00Z');
const FOOTER = 'The iran News Gazette is mainly concerned with news and information about the Arab region and also covers international issues. Its main objective is to provide reliable and verified information on the Arab region for publishing on the digital landscape.';

function importSeed(now: Date = IMPORTED_AT): { article: Article; bytes: Buffer } {
  const bytes = readFileSync(SEED_PATH);
  const outcome = ingestFile({ name: 'irna-iran-cautions-iraq-secessionist.txt', bytes });
  if (!outcome.ok) throw new Error(`seed refused: ${outcome.reason}`);
  const [first] = outcome.items;
  if (!first) throw new Error('no story in the file');
  return { article: buildArticle(first.original, first.draft, now), bytes };
}

beforeEach(() => {
  // The printed dateline leaves out the year when it is the current one: pin "now" to the import day.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(IMPORTED_AT);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('seed story: IRNA, Iran cautions Iraq', () => {
  it('takes the headline from the first real line (after the table debris)', () => {
    const { article } = importSeed();
    expect(article.headline).toBe('Iran cautions Iraq on secessionist approaches');
    expect(article.slugline).toBe('iran-cautions-iraq-secessionist');
  });

  it('reads the "Tehran, July 23, -" dateline and infers the year from the import date', () => {
    const { article } = importSeed();
    expect(article.dateline).toEqual({
      text: 'TEHRAN, July 23 (IRNA) —',
      place: 'Tehran',
      date: '2026-07-23',
      yearInferred: true,
      agency: 'IRNA',
      country: 'IR',
    });
  });

  it('starts the body with the first sentence of the story, dateline removed', () => {
    const { article } = importSeed();
    expect(article.paragraphs[0]?.text.startsWith('Secretary of the Supreme National Security Council Ali Shamkhani')).toBe(true);
    expect(article.abstract).toBe(
      'Secretary of the Supreme National Security Council Ali Shamkhani cautioned Iraq on the secessionist approaches in the country, adding that it can be manipulated by the greedy Iraqi enemies and prepare the ground for making unrest and instability there.',
    );
    expect(article.paragraphs).toHaveLength(11);
    expect(article.paragraphs.at(-1)?.text.startsWith('Today, the Islamic world is facing a very dangerous threat')).toBe(true);
  });

  it('credits the Islamic Republic News Agency from the "Source:" line', () => {
    const { article } = importSeed();
    expect(article.source).toEqual({ name: 'Islamic Republic News Agency', code: 'IRNA', credit: 'Islamic Republic News Agency' });
  });

  it('leaves no credit line, publisher blurb, pipes or non-breaking spaces in the body', () => {
    const { article } = importSeed();
    for (const { text } of article.paragraphs) {
      expect(text).not.toContain('Source:');
      expect(text).not.toContain('iran News Gazette');
      expect(text).not.toContain('|');
      expect(text).not.toContain('\u00a0');
      expect(text).toBe(text.trim());
    }
  });

  it('records the debris, headline, dateline, publisher-footer and credit-line changes', () => {
    const { article } = importSeed();
    expect(article.changes.map((c) => c.id)).toEqual(['scrape-debris@0', 'headline@1', 'dateline@2', 'publisher-footer@14', 'credit-line@13']);
    expect(article.changes.every((c) => c.applied)).toBe(true);
    expect(article.changes.find((c) => c.id === 'scrape-debris@0')).toMatchObject({ before: '|\u00a0\u00a0|', position: { block: 0 } });
    expect(article.changes.find((c) => c.id === 'headline@1')).toMatchObject({ before: 'Iran cautions Iraq on secessionist approaches', position: { block: 1 } });
    expect(article.changes.find((c) => c.id === 'dateline@2')).toMatchObject({ before: 'Tehran, July 23, - ', after: '', position: { block: 2, start: 0, end: 19 } });
    expect(article.changes.find((c) => c.id === 'credit-line@13')).toMatchObject({ before: 'Source: Islamic Republic News Agency', position: { block: 13 } });
    expect(article.changes.find((c) => c.id === 'publisher-footer@14')).toMatchObject({ before: FOOTER, position: { block: 14 } });
  });

  it('keeps the original text and its hash exactly as read from the file', () => {
    const { article, bytes } = importSeed();
    expect(article.original.text).toBe(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    expect(article.original.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(article.original.size).toBe(bytes.length);
    expect(article.original).toMatchObject({ fileName: 'irna-iran-cautions-iraq-secessionist.txt', format: 'plain-text', encoding: 'utf-8' });
    expect(article.original.text.startsWith('|\u00a0')).toBe(true);
  });

  it('detects English and stamps the import time', () => {
    const { article } = importSeed();
    expect(article.language).toBe('en');
    expect(article.importedAt).toBe('2026-11-28T12:00:00.000Z');
    expect(article.status).toBe('new');
    expect(article.edited).toEqual([]);
  });

  it('re-cleaning with nothing rejected gives the same article', () => {
    const { article } = importSeed();
    expect(recleanArticle(article, new Set())).toEqual(article);
  });

  it('rejecting publisher-footer@14 brings the footer back and keeps everything else', () => {
    const { article } = importSeed();
    const undone = recleanArticle(article, new Set(['publisher-footer@14']));
    expect(undone.paragraphs).toEqual([...article.paragraphs, { id: 'p14', text: FOOTER, speaker: null }]);
    expect(undone.changes.find((c) => c.id === 'publisher-footer@14')?.applied).toBe(false);
    expect(rejectedIds(undone)).toEqual(new Set(['publisher-footer@14']));
    // The footer, back in the body, is one more paragraph of the agency's own: its sources, flags and word count follow the text.
    expect(undone.wordCount).toBeGreaterThan(article.wordCount);
    expect({ ...undone, paragraphs: article.paragraphs, changes: article.changes, sources: article.sources, flags: article.flags, wordCount: article.wordCount }).toEqual(article);
  });

  it('rejecting dateline@2 puts "Tehran, July 23, -" back and clears the dateline', () => {
    const { article } = importSeed();
    const undone = recleanArticle(article, new Set(['dateline@2']));
    expect(undone.paragraphs[0]?.text.startsWith('Tehran, July 23, - Secretary of the Supreme National Security Council')).toBe(true);
    expect(undone.dateline.place).toBe('');
    expect(undone.dateline.date).toBeNull();
    expect(undone.headline).toBe(article.headline);
    expect(undone.source).toEqual(article.source);
    expect(undone.paragraphs.slice(1)).toEqual(article.paragraphs.slice(1));
  });

  it('re-cleaning keeps a headline the editor changed by hand', () => {
    const { article } = importSeed();
    const edited = applyPatch(article, { headline: 'Shamkhani warns Iraq against secession' });
    expect(edited.edited).toContain('headline');
    const undone = recleanArticle(edited, new Set(['publisher-footer@14']));
    expect(undone.headline).toBe('Shamkhani warns Iraq against secession');
    expect(undone.paragraphs.at(-1)?.text).toBe(FOOTER);
    // and undoing the undo restores the rest, still with the editor's headline
    const redone = recleanArticle(undone, new Set());
    expect(redone.headline).toBe('Shamkhani warns Iraq against secession');
    expect(redone.paragraphs).toEqual(article.paragraphs);
  });

  it('re-cleaning keeps a dateline the editor confirmed by hand', () => {
    const { article } = importSeed();
    const confirmed = applyPatch(article, { dateline: { ...article.dateline, yearInferred: false } });
    expect(recleanArticle(confirmed, new Set(['credit-line@13'])).dateline.yearInferred).toBe(false);
  });

  it('rejecting scrape-debris@0 keeps the real headline and dateline', () => {
    const { article } = importSeed();
    const undone = recleanArticle(article, new Set(['scrape-debris@0']));
    expect(undone.headline).toBe('Iran cautions Iraq on secessionist approaches');
    expect(undone.dateline.place).toBe('Tehran');
  });

  // The same import gives the same stored dateline whenever the code runs (no ", 2026" from 2027 on).
  it('renders the dateline text against the import date, not the wall clock', () => {
    vi.setSystemTime(new Date('2027-01-05T09:00:00Z'));
    const { article } = importSeed(IMPORTED_AT);
    expect(article.dateline.text).toBe('TEHRAN, July 23 (IRNA) —');
  });
});
