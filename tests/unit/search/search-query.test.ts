import { describe, expect, it } from 'vitest';
import { foldText, searchWords } from '../../../electron/search/fold-text.js';
import { parseQuery } from '../../../electron/search/search-query.js';

describe('foldText', () => {
  it('folds case and diacritics', () => {
    expect(foldText('Zürich ÉLYSÉE São Paulo Łódź Straße')).toBe('zurich elysee sao paulo lodz strasse');
  });

  it('unifies Arabic and Persian letter forms, drops harakat and tatweel', () => {
    // Persian yeh/keheh against Arabic yeh/kaf: "Iran" and "kitab" typed either way.
    expect(foldText('ایران')).toBe(foldText('ايران'));
    expect(foldText('کتاب')).toBe(foldText('كتاب'));
    expect(foldText('مصطفى')).toBe(foldText('مصطفي'));
    expect(foldText('أحمد')).toBe('احمد');
    expect(foldText('إسلام')).toBe('اسلام');
    expect(foldText('آمریکا')).toBe(foldText('امريكا'));
    expect(foldText('مُحَمَّد')).toBe('محمد');
    expect(foldText('عـــربي')).toBe('عربي');
  });

  it('splits words on anything that is not a letter or digit', () => {
    expect(searchWords('Iran\u2019s talks, in Tehran (IRNA) — 2026!')).toEqual(['iran', 's', 'talks', 'in', 'tehran', 'irna', '2026']);
  });
});

describe('parseQuery', () => {
  it('reads words, phrases, prefixes and exclusions', () => {
    const q = parseQuery('Tehran "Security  Council" secess* -football');
    expect(q.words).toEqual(['tehran']);
    expect(q.phrases).toEqual([['security', 'council']]);
    expect(q.prefixes).toEqual(['secess']);
    expect(q.without).toEqual(['football']);
  });

  it('reads field terms, quoted values and negated fields', () => {
    const q = parseQuery('source:AFP status:ready lang:fr place:"Abu Dhabi" -subject:sport is:flagged');
    expect(q.fields).toEqual([
      { field: 'source', value: 'afp', negated: false },
      { field: 'status', value: 'ready', negated: false },
      { field: 'lang', value: 'fr', negated: false },
      { field: 'place', value: 'abu dhabi', negated: false },
      { field: 'subject', value: 'sport', negated: true },
      { field: 'is', value: 'flagged', negated: false },
    ]);
    expect(q.words).toEqual([]);
  });

  it('reads date ranges in both spellings and keeps the narrowest', () => {
    expect(parseQuery('date:2026-01-01..2026-02-01')).toMatchObject({ since: '2026-01-01', until: '2026-02-01' });
    expect(parseQuery('since:2026-01-05 until:2026-01-09')).toMatchObject({ since: '2026-01-05', until: '2026-01-09' });
    expect(parseQuery('date:2026-03-04')).toMatchObject({ since: '2026-03-04', until: '2026-03-04' });
    expect(parseQuery('date:..2026-02-01')).toMatchObject({ since: null, until: '2026-02-01' });
    expect(parseQuery('since:2026-01-01 since:2026-01-10')).toMatchObject({ since: '2026-01-10' });
  });

  it('refuses a value it cannot read, naming it', () => {
    expect(() => parseQuery('since:yesterday')).toThrow(/since:yesterday is not a date/);
    expect(() => parseQuery('date:2026-02-30')).toThrow(/2026-02-30 is not a date/);
    expect(() => parseQuery('status:published')).toThrow(/unknown status "published"/);
    expect(() => parseQuery('is:urgent')).toThrow(/unknown is:urgent/);
    expect(() => parseQuery('source:')).toThrow(/source: needs a value/);
  });

  it('treats an unknown name: as words and folds everything', () => {
    const q = parseQuery('at 10:30 ÉLYSÉE');
    expect(q.words).toEqual(['at', '10', '30', 'elysee']);
    expect(q.fields).toEqual([]);
  });
});
