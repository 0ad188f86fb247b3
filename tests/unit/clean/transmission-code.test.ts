import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { agencySlug } from '../../../electron/clean/rules/agency-slug.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';
import { runRule } from './run-rule.js';

const tempDir = useTempDirs();
// Written for this test in AP's layout: the transmission code on the line above the headline.
const COPY = [
  'AP-WF-11-30-26 1532GMT',
  'Flood waters recede in river towns',
  '',
  'DAVENPORT, Iowa (AP) — Flood waters began to recede on Monday in river towns along the Mississippi, officials said.',
  '',
  'Crews reopened two bridges by the afternoon.',
].join('\n');

describe('a transmission code above the headline', () => {
  it('is removed from the top of the copy and is neither dateline nor headline', async () => {
    const api = new CopydeskService(await ArticleStore.open(await tempDir()), { now: () => new Date('2026-12-01T12:00:00Z') });
    const [story] = (await api.importText({ text: COPY, name: 'ap.txt' })).articles;
    expect(story?.headline).toBe('Flood waters recede in river towns');
    expect(story?.dateline.place).toBe('Davenport');
    expect(story?.dateline.agency).toBe('AP');
    expect(story?.dateline.text).not.toContain('AP-WF');
    expect(story?.changes.find((c) => c.rule === 'agency-slug')?.before).toBe('AP-WF-11-30-26 1532GMT ');
  });

  it('leaves a slug-like start of real text alone', () => {
    const run = runRule(agencySlug, ['UN-LED talks resume in Geneva on Monday, diplomats said.']);
    expect(run.changes).toEqual([]);
  });
});
