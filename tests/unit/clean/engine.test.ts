import { describe, it, expect } from 'vitest';
import { clean, DEFAULT_RULES } from '../../../electron/clean/engine.js';
import type { CleaningRule } from '../../../electron/clean/rule.js';
import { IMPORTED_AT } from './run-rule.js';

const ctx = { importedAt: IMPORTED_AT };

const STORY: readonly string[] = [
  '|\u00a0|\u00a0|',
  'Ferry service resumes after strike',
  'By Lina Haddad',
  'PIRAEUS, Sept. 3 (ANA) - Ferries left Greece’s main port on&nbsp;Wednesday for the first time in four days.',
  'Dock workers ended the strike after a pay deal.',
  'Source: Athens News Agency',
  'Follow us on X for more updates',
];

describe('clean (engine)', () => {
  it('records every change with its rule, explanation, before, after and position in the parsed original', () => {
    const { copy, changes } = clean({ blocks: STORY }, ctx);
    // Rules run markup → debris → whitespace → byline → headline → dateline → footer → credit line; each id names
    // the rule and the change's block in the parsed original.
    expect(changes.map((c) => ({ id: c.id, rule: c.rule, before: c.before, after: c.after, position: c.position, applied: c.applied }))).toEqual([
      { id: 'stray-markup@3', rule: 'stray-markup', before: '&nbsp;', after: ' ', position: { block: 3, start: 59, end: 65 }, applied: true },
      { id: 'scrape-debris@0', rule: 'scrape-debris', before: '|\u00a0|\u00a0|', after: '', position: { block: 0, start: 0, end: 5 }, applied: true },
      { id: 'byline@2', rule: 'byline', before: 'By Lina Haddad', after: '', position: { block: 2, start: 0, end: 14 }, applied: true },
      { id: 'headline@1', rule: 'headline', before: 'Ferry service resumes after strike', after: '', position: { block: 1, start: 0, end: 34 }, applied: true },
      { id: 'dateline@3', rule: 'dateline', before: 'PIRAEUS, Sept. 3 (ANA) - ', after: '', position: { block: 3, start: 0, end: 25 }, applied: true },
      { id: 'publisher-footer@6', rule: 'publisher-footer', before: 'Follow us on X for more updates', after: '', position: { block: 6, start: 0, end: 31 }, applied: true },
      { id: 'credit-line@5', rule: 'credit-line', before: 'Source: Athens News Agency', after: '', position: { block: 5, start: 0, end: 26 }, applied: true },
    ]);
    for (const c of changes) {
      const rule = DEFAULT_RULES.find((r) => r.id === c.rule);
      expect(c.explanation).toBe(rule?.explanation);
    }
    expect(copy.blocks).toEqual([
      { text: 'Ferries left Greece’s main port on Wednesday for the first time in four days.', origin: 3 },
      { text: 'Dock workers ended the strike after a pay deal.', origin: 4 },
    ]);
    expect(copy.extracted).toMatchObject({
      headline: 'Ferry service resumes after strike',
      byline: 'Lina Haddad',
      dateline: { place: 'Piraeus', month: 9, day: 3, agency: 'ANA' },
      credit: { label: 'Source', value: 'Athens News Agency' },
    });
  });

  it('lists a rejected change as not applied and leaves its text in place', () => {
    const { copy, changes } = clean({ blocks: STORY }, ctx, new Set(['publisher-footer@6', 'stray-markup@3']));
    expect(changes.find((c) => c.id === 'publisher-footer@6')).toMatchObject({ applied: false, before: 'Follow us on X for more updates' });
    expect(changes.find((c) => c.id === 'stray-markup@3')).toMatchObject({ applied: false, before: '&nbsp;' });
    expect(copy.blocks.map((b) => b.text)).toEqual([
      'Ferries left Greece’s main port on&nbsp;Wednesday for the first time in four days.',
      'Dock workers ended the strike after a pay deal.',
      'Follow us on X for more updates',
    ]);
    expect(changes.filter((c) => c.applied)).toHaveLength(changes.length - 2);
  });

  it('undoing one change changes only what it did: later rules still see the copy with it made', () => {
    // The headline kept in the body no longer hides the dateline: the dateline (and its agency) stay lifted out.
    const { copy, changes } = clean({ blocks: ['Ferry service resumes', 'PIRAEUS (ANA) - Ferries left.'] }, ctx, new Set(['headline@0']));
    expect(changes.map((c) => [c.id, c.applied])).toEqual([['headline@0', false], ['dateline@1', true]]);
    expect(copy.extracted.dateline).toMatchObject({ place: 'Piraeus', agency: 'ANA' });
    expect(copy.extracted.headline).toBeNull();
    expect(copy.blocks).toEqual([{ text: 'Ferry service resumes', origin: 0 }, { text: 'Ferries left.', origin: 1 }]);
  });

  it('gives the same changes whatever is rejected, and puts back exactly the rejected text', () => {
    const all = clean({ blocks: STORY }, ctx);
    for (const change of all.changes) {
      const run = clean({ blocks: STORY }, ctx, new Set([change.id]));
      expect(run.changes.map((c) => [c.id, c.before, c.after]), change.id).toEqual(all.changes.map((c) => [c.id, c.before, c.after]));
      expect(run.copy.extracted.dateline, change.id).toEqual(change.rule === 'dateline' ? null : all.copy.extracted.dateline);
      const text = run.copy.blocks.map((b) => b.text).join('\n');
      expect(text, change.id).toContain(change.before.trim());
    }
    // The footer comes back at its place (after the credit line's block, which stays removed), and only it.
    const footer = clean({ blocks: STORY }, ctx, new Set(['publisher-footer@6']));
    expect(footer.copy.blocks.map((b) => b.origin)).toEqual([3, 4, 6]);
    expect(footer.copy.blocks.slice(0, 2)).toEqual(all.copy.blocks);
    // The dateline comes back at the head of its paragraph, with the markup fix after it still made.
    const dateline = clean({ blocks: STORY }, ctx, new Set(['dateline@3']));
    expect(dateline.copy.blocks[0]?.text).toBe('PIRAEUS, Sept. 3 (ANA) - Ferries left Greece’s main port on Wednesday for the first time in four days.');
    expect(dateline.copy.extracted.headline).toBe('Ferry service resumes after strike');
    expect(dateline.copy.extracted.credit).toEqual(all.copy.extracted.credit);
  });

  it('gives the same ids, in the same order, on every run of the same copy', () => {
    const first = clean({ blocks: STORY }, ctx);
    const second = clean({ blocks: STORY }, ctx);
    expect(second).toEqual(first);
    const rejectedRun = clean({ blocks: STORY }, ctx, new Set(['credit-line@5']));
    expect(rejectedRun.changes.map((c) => c.id)).toEqual(first.changes.map((c) => c.id));
  });

  it('ignores rejected ids that name no change', () => {
    expect(clean({ blocks: STORY }, ctx, new Set(['nope@1', 'headline@7', 'headline#1', 'headline@1.2', ''])).changes).toEqual(clean({ blocks: STORY }, ctx).changes);
  });

  it('names each change rule@block after its block in the parsed original, and rule@block.k for a block’s k-th', () => {
    // Block 0 is debris, so later rules see block 2 as their block 1: the id still names the original block 2.
    const blocks = ['|\u00a0|', 'Tom &amp; Jerry &amp; friends met.', 'A\u00a0B', 'C  D'];
    const { changes } = clean({ blocks }, ctx, new Set(), DEFAULT_RULES);
    expect(changes.map((c) => [c.id, c.position.block, c.before])).toEqual([
      ['stray-markup@1', 1, '&amp;'],
      ['stray-markup@1.2', 1, '&amp;'],
      ['scrape-debris@0', 0, '|\u00a0|'],
      ['whitespace@2', 2, 'A\u00a0B'],
      ['whitespace@3', 3, 'C  D'],
    ]);
  });

  it('never renames a change when another one is rejected', () => {
    const blocks = ['| |', 'Tom &amp; Jerry &amp; friends met.', 'A\u00a0B', 'C  D'];
    const all = clean({ blocks }, ctx);
    const ids = all.changes.map((c) => c.id);
    for (const id of ids) {
      const run = clean({ blocks }, ctx, new Set([id]));
      expect(run.changes.map((c) => c.id), `rejecting ${id}`).toEqual(ids);
      expect(run.changes.filter((c) => !c.applied).map((c) => c.id), `rejecting ${id}`).toEqual([id]);
    }
    // Rejecting the first entity fix keeps "&amp;" in block 1, and the second fix keeps its own id and stays applied.
    const first = clean({ blocks }, ctx, new Set(['stray-markup@1']));
    expect(first.copy.blocks.map((b) => b.text)).toEqual(['Tom &amp; Jerry & friends met.', 'A B', 'C D']);
  });

  it('uses an edit’s own explanation over the rule’s and runs only the rules it is given', () => {
    const shout: CleaningRule = {
      id: 'shout',
      explanation: 'general',
      propose: (copy) => copy.blocks.map((b, block) => ({ block, start: 0, end: b.text.length, replacement: b.text.toUpperCase(), explanation: `upper-cased block ${block}` })),
    };
    const { copy, changes } = clean({ blocks: ['one', 'two'] }, ctx, new Set(), [shout]);
    expect(copy.blocks.map((b) => b.text)).toEqual(['ONE', 'TWO']);
    expect(changes.map((c) => c.explanation)).toEqual(['upper-cased block 0', 'upper-cased block 1']);
  });

  it('copes with an empty draft and with a rule that points past the last block', () => {
    expect(clean({ blocks: [] }, ctx)).toEqual({ copy: { blocks: [], extracted: { headline: null, byline: null, dateline: null, credit: null } }, changes: [] });
    const stray: CleaningRule = { id: 'stray', explanation: 'x', propose: () => [{ block: 9, start: 0, end: 3, replacement: '' }] };
    const { copy, changes } = clean({ blocks: ['kept'] }, ctx, new Set(), [stray]);
    expect(copy.blocks.map((b) => b.text)).toEqual(['kept']);
    expect(changes[0]).toMatchObject({ before: '', position: { block: 9, start: 0, end: 3 } });
  });

  it('cleans a 20,000-paragraph story in reasonable time', () => {
    const para = 'The council voted on Tuesday to extend the night bus service, officials said&nbsp;on Wednesday.';
    const blocks = ['Headline', 'LONDON (Reuters) - Lead.', ...Array.from({ length: 20_000 }, () => para)];
    const t = performance.now();
    const { copy, changes } = clean({ blocks }, ctx);
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(copy.blocks).toHaveLength(20_001);
    expect(changes.filter((c) => c.rule === 'stray-markup')).toHaveLength(20_000);
  });

  it('keeps a rejected change rejected when an earlier rule’s change is rejected too', () => {
    // Rejecting the entity fixes in block 1 leaves that block nothing for whitespace to fix; the rejected spacing fix
    // in block 2 must keep its id and stay rejected.
    const blocks = ['Headline', 'A&nbsp;&nbsp;B', 'C  D'];
    const before = clean({ blocks }, ctx, new Set(['whitespace@2']));
    expect(before.copy.blocks.map((b) => b.text)).toEqual(['A B', 'C  D']);
    const after = clean({ blocks }, ctx, new Set(['whitespace@2', 'stray-markup@1', 'stray-markup@1.2']));
    expect(after.copy.blocks.map((b) => b.text)).toEqual(['A&nbsp;&nbsp;B', 'C  D']);
    // The spacing fix the decoded entities invite is listed, but does not reach the text the editor kept.
    expect(after.changes.map((c) => [c.id, c.applied])).toEqual([
      ['stray-markup@1', false], ['stray-markup@1.2', false], ['whitespace@1', true], ['whitespace@2', false], ['headline@0', true],
    ]);
  });

  // Remaining bug: start/end index the block as earlier rules left it, so after "<p>" goes the dateline span is off by 3.
  it.fails('gives positions that index into the parsed original block', () => {
    const blocks = ['Headline', '<p>LONDON (Reuters) - Sterling fell.</p>'];
    const { changes } = clean({ blocks }, ctx);
    for (const c of changes) {
      expect(blocks[c.position.block]?.slice(c.position.start, c.position.end), c.id).toBe(c.before);
    }
  });
});
