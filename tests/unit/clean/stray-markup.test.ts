import { describe, it, expect } from 'vitest';
import { strayMarkup } from '../../../electron/clean/rules/stray-markup.js';
import { whitespace } from '../../../electron/clean/rules/whitespace.js';
import { runRule, runRules } from './run-rule.js';

describe('stray-markup rule', () => {
  it('decodes named entities in place, one change per entity', () => {
    const run = runRule(strayMarkup, ['Smith &amp; Sons said&nbsp;it was &quot;fine&quot; &mdash; mostly&hellip; it&#39;s &lt;ok&gt;']);
    expect(run.blocks).toEqual(['Smith & Sons said it was "fine" — mostly… it\'s <ok>']);
    expect(run.changes.map((c) => c.id)).toEqual([
      'stray-markup@0', ...[2, 3, 4, 5, 6, 7, 8, 9].map((k) => `stray-markup@0.${k}`),
    ]);
    expect(run.changes[0]).toEqual({
      id: 'stray-markup@0',
      rule: 'stray-markup',
      explanation: 'Removed HTML tags and decoded HTML entities left in the text',
      before: '&amp;',
      after: '&',
      position: { block: 0, start: 6, end: 11 },
      applied: true,
    });
  });

  it('turns <br> (any case, self-closed) and other block tags into a space and drops inline tags', () => {
    const run = runRule(strayMarkup, ['One<br>two<BR/>three<br />four', '<p>Some <b>bold</b> and <a href="http://example.com">a link</a>.</p>']);
    expect(run.blocks).toEqual(['One two three four', 'Some bold and a link.']);
    expect(run.changes.filter((c) => c.before.toLowerCase().startsWith('<br')).map((c) => c.after)).toEqual([' ', ' ', ' ']);
    expect(run.changes.filter((c) => c.position.block === 1).map((c) => [c.before, c.after])).toEqual([
      ['<p>', ' '], ['<b>', ''], ['</b>', ''], ['<a href="http://example.com">', ''], ['</a>', ''], ['</p>', ' '],
    ]);
  });

  it('leaves text without markup alone, including lone ampersands and angle brackets in prose', () => {
    const blocks = ['AT&T rose 3% while rates < 5% and > 2% held.', 'Q&A: what the vote means', 'x <y> z'];
    expect(runRule(strayMarkup, blocks)).toMatchObject({ blocks, changes: [] });
  });

  it('decodes an entity only once (double-encoded text keeps one level)', () => {
    expect(runRule(strayMarkup, ['Tom &amp;amp; Jerry']).blocks).toEqual(['Tom &amp; Jerry']);
  });

  it('keeps the markup when the editor rejects one of the changes', () => {
    const run = runRule(strayMarkup, ['A<br>B&amp;C'], ['stray-markup@0']);
    expect(run.blocks).toEqual(['A<br>B&C']);
    expect(run.changes.map((c) => [c.id, c.before, c.applied])).toEqual([['stray-markup@0', '<br>', false], ['stray-markup@0.2', '&amp;', true]]);
  });

  // An entity inside a removed tag is not a separate edit, so edits never overlap and the link text survives.
  it('removes a link whose href contains &amp; without eating the link text', () => {
    const run = runRule(strayMarkup, ['Read <a href="http://example.com/?a=1&amp;b=2">the full report</a> here.']);
    expect(run.blocks).toEqual(['Read the full report here.']);
    expect(run.changes.map((c) => c.before)).toEqual(['<a href="http://example.com/?a=1&amp;b=2">', '</a>']);
  });

  it('keeps sentences apart when removing </p><p> between them', () => {
    expect(runRule(strayMarkup, ['First sentence.</p><p>Second sentence.']).blocks).toEqual(['First sentence.  Second sentence.']);
    // the whitespace rule that runs next collapses the two spaces
    expect(runRules([strayMarkup, whitespace], ['First sentence.</p><p>Second sentence.']).blocks).toEqual(['First sentence. Second sentence.']);
  });

  it('decodes numeric entities such as &#8217; &#x2019; &#160; (a plain space), and leaves invalid ones alone', () => {
    expect(runRule(strayMarkup, ['It&#8217;s a&#160;test of &#x2019;quotes&#X2019;']).blocks).toEqual(['It’s a test of ’quotes’']);
    const invalid = 'Null &#0; surrogate &#xD800; too big &#1114112; unknown &bogus;';
    expect(runRule(strayMarkup, [invalid])).toMatchObject({ blocks: [invalid], changes: [] });
  });

  it('removes <script>, <style>, <img> and <iframe> tags', () => {
    const run = runRule(strayMarkup, ['Body <script>alert(1)</script> <img src=x onerror=alert(1)> <style>p{}</style><iframe src=x></iframe>text.']);
    expect(run.blocks.join(' ')).not.toMatch(/<\/?(?:script|img|style|iframe)/i);
    expect(run.changes.map((c) => c.before)).toEqual([
      '<script>', '</script>', '<img src=x onerror=alert(1)>', '<style>', '</style>', '<iframe src=x>', '</iframe>',
    ]);
  });

  it('turns list, heading and section tags into spaces', () => {
    const run = runRules([strayMarkup, whitespace], ['<h2>Title</h2><ul><li>One</li><li>Two</li></ul><section>End</section>']);
    expect(run.blocks).toEqual(['Title One Two End']);
  });

  it('keeps the case of a named entity (&Eacute; is É)', () => {
    expect(runRule(strayMarkup, ['CAF&Eacute; owners']).blocks).toEqual(['CAFÉ owners']);
  });
});
