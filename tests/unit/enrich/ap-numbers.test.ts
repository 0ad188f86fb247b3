import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { compileGlossary, lintParagraphs } from '../../../electron/enrich/flags.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

const TEXT = 'The 5 boats carried 5,000 tonnes and 2.5 tonnes of fuel in 2025 with 15 crew, the port said.';

describe('AP style: numbers below 10', () => {
  it('flags a figure below 10 standing alone, not the first group of 5,000 or 2.5', () => {
    const style = lintParagraphs([TEXT], [], compileGlossary([])).filter((f) => f.kind === 'style');
    expect(style.map((f) => [f.text, f.suggestion])).toEqual([['5', 'five']]);
  });

  it('"Replace" changes that figure only: 5,000 stays 5,000 (not five,000), 2025 and 15 stay', async () => {
    const api = new CopydeskService(await ArticleStore.open(await tempDir()));
    const [imported] = (await api.importText({ text: `Port traffic\n\nKESSEL, Nov 27 (Reuters) - ${TEXT}\n`, name: 'port.txt' })).articles;
    const story = await api.getArticle({ id: imported!.id });
    const flag = story.flags.find((f) => f.kind === 'style' && f.text === '5');
    expect(flag?.suggestion).toBe('five');
    const fixed = await api.fixFlag({ id: story.id, revision: story.revision, flagId: flag!.id });
    expect(fixed.paragraphs.map((p) => p.text)).toEqual(['The five boats carried 5,000 tonnes and 2.5 tonnes of fuel in 2025 with 15 crew, the port said.']);
  });
});
