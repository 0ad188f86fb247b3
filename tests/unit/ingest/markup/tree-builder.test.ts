import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../../../electron/ingest/markup/tree-builder.js';
import { parseTree, type El } from '../../../../electron/ingest/markup/tree.js';

/** The tree as nested tag names and text, for comparing shapes. */
function shape(el: El): unknown[] {
  return el.children.map((c) => (typeof c === 'string' ? c : { [c.name]: shape(c) }));
}

function depth(el: El): number {
  let d = 0;
  for (const c of el.children) if (typeof c !== 'string') d = Math.max(d, depth(c));
  return d + 1;
}

describe('tree builder (HTML)', () => {
  it('closes what HTML closes implicitly: <p> by the next block, <li> by the next item, cells by the next cell', () => {
    expect(shape(parseTree('<p>a<p>b<div>c</div>', { xml: false }))).toEqual([{ p: ['a'] }, { p: ['b'] }, { div: ['c'] }]);
    expect(shape(parseTree('<ul><li>a<li>b</ul>', { xml: false }))).toEqual([{ ul: [{ li: ['a'] }, { li: ['b'] }] }]);
    expect(shape(parseTree('<table><tr><td>1<td>2<tr><td>3</table>', { xml: false }))).toEqual([
      { table: [{ tr: [{ td: ['1'] }, { td: ['2'] }] }, { tr: [{ td: ['3'] }] }] },
    ]);
  });

  it('knows void elements, reads </br> as <br>, and self-closes only inside SVG', () => {
    expect(shape(parseTree('<p>a<br>b</br>c<img src=x>d</p>', { xml: false }))).toEqual([{ p: ['a', { br: [] }, 'b', { br: [] }, 'c', { img: [] }, 'd'] }]);
    expect(shape(parseTree('<div/>x<svg><path/>y</svg>', { xml: false }))).toEqual([{ div: ['x', { svg: [{ path: [] }, 'y'] }] }]);
  });

  it('decodes entities in text and attributes, keeps the first of repeated attributes, and never runs scripts as markup', () => {
    const root = parseTree('<a href="/x?a=1&amp;b=2" href="/y">Caf&eacute; &#8212; &lt;b&gt;</a><script>if (a < b) "</p>";</script>', { xml: false });
    const a = root.children[0] as El;
    expect(a.attrs['href']).toBe('/x?a=1&b=2');
    expect(a.children).toEqual(['Café — <b>']);
    expect(shape(root)[1]).toEqual({ script: ['if (a < b) "</p>";'] });
  });

  it('ignores a stray end tag and closes a mis-nested one at its match', () => {
    expect(shape(parseTree('<div>a</span>b<b>c</div>d', { xml: false }))).toEqual([{ div: ['ab', { b: ['c'] }] }, 'd']);
  });

  it('bounds depth: 100,000 nested elements keep their text under a tree no deeper than the limit', () => {
    const root = parseTree(`${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}after`, { xml: false });
    expect(depth(root)).toBeLessThanOrEqual(MAX_DEPTH + 2);
    const text = (el: El): string => el.children.map((c) => (typeof c === 'string' ? c : text(c))).join('');
    expect(text(root)).toBe('deepafter');
    // The end tags of the dropped elements are matched to them: `after` lands outside every div.
    expect(root.children[root.children.length - 1]).toBe('after');
  });
});

describe('tree builder (XML)', () => {
  it('self-closes, keeps CDATA as text, and never expands a DTD entity', () => {
    const root = parseTree('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><x><y/><z><![CDATA[a < b]]>&e;</z></x>', { xml: true });
    expect(shape(root)).toEqual([{ x: [{ y: [] }, { z: ['a < b&e;'] }] }]);
  });
});
