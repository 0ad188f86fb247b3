import { describe, expect, it } from 'vitest';
import { compileGlossary, lintParagraphs, withSpellingSuggestions } from '../../../electron/enrich/flags.js';
import { misspellings, unknownWords } from '../../../electron/enrich/spelling.js';

const narration = (texts: readonly string[]) => texts.map(() => ({ speaker: null, kind: null }));

describe('spell check (offline, English)', () => {
  it('finds lower-case words the dictionary does not know, with a suggestion', () => {
    const [found] = misspellings(['The ministry will recieve the report on Tuesday.']);
    expect(found).toEqual([{ word: 'recieve', suggestion: 'receive' }]);
  });

  it('leaves names, acronyms and compounds of known words alone, and flags a hyphenated prefix', () => {
    const [found] = misspellings(['Shamkhani met NATO envoys in the war-torn region to re-construct long-awaited ties.']);
    expect(found).toEqual([{ word: 're-construct', suggestion: 'reconstruct' }]);
  });

  it('finds unknown words without suggesting, once per paragraph', () => {
    expect(unknownWords(['They recieve, recieve and recieve.', 'All is well.'])).toEqual([['recieve'], []]);
  });

  it('raises spelling flags for English copy only, the suggestion filled in on demand', () => {
    const texts = ['Officials recieve the report.'];
    const en = lintParagraphs(texts, narration(texts), compileGlossary([]), { language: 'en' });
    // The import's lint leaves the slow suggestion out; opening the story fills it in.
    expect(en.filter((f) => f.kind === 'spelling').map((f) => [f.text, f.suggestion])).toEqual([['recieve', null]]);
    expect(withSpellingSuggestions(en).filter((f) => f.kind === 'spelling').map((f) => [f.text, f.suggestion])).toEqual([['recieve', 'receive']]);
    const fr = lintParagraphs(texts, narration(texts), compileGlossary([]), { language: 'fr' });
    expect(fr.filter((f) => f.kind === 'spelling')).toEqual([]);
  });
});

describe('AP style: titles', () => {
  it('capitalises a formal title directly before a name and lower-cases one standing alone', () => {
    const texts = ['The talks ended, president Joe Biden said.', 'Later the President said the talks would resume.'];
    const flags = lintParagraphs(texts, narration(texts), compileGlossary([])).filter((f) => f.kind === 'style');
    expect(flags.map((f) => [f.paragraph, f.text, f.suggestion])).toEqual([
      [0, 'president', 'President'],
      [1, 'the President', 'the president'],
    ]);
  });

  it('leaves a capitalised title before a name as it is', () => {
    const texts = ['President Joe Biden and the minister met.'];
    expect(lintParagraphs(texts, narration(texts), compileGlossary([])).filter((f) => f.kind === 'style')).toEqual([]);
  });
});
