import { describe, expect, it } from 'vitest';
import { importOne, refusal, texts } from './import-fixture.js';
import { buildDocx } from './zip-builder.js';

const DEEP = 1_000_000;

/**
 * The tree is built in time linear in the input (markup/tree-builder.ts): elements opened deeper than the tree holds
 * are flattened into the deepest one, their text kept, so deep unclosed nesting is read in bounded time instead of
 * taking htmlparser2's Parser minutes. These inputs used to hang the import.
 */
describe('deep unclosed nesting is read in linear time, its text kept', () => {
  it('NITF with a million unclosed <b>', () => {
    const nitf = `<?xml version="1.0"?><nitf><head><title>Bold</title></head><body><body.content><p>Lead.</p>${'<b>'.repeat(DEEP)}x</body.content></body></nitf>`;
    expect(texts(importOne('bold.xml', Buffer.from(nitf)))).toEqual(['Lead.', 'x']);
  });

  it('a web page with a million unclosed <div>', () => {
    const html = `<!doctype html><html><head><title>Divs</title></head><body>${'<div>'.repeat(DEEP)}text</body></html>`;
    expect(texts(importOne('divs.html', Buffer.from(html))).join(' ')).toContain('text');
  });

  it('a .docx whose paragraphs nest a million deep', () => {
    const docx = buildDocx([['', `Start${'</w:t></w:r><w:p><w:r><w:t>'.repeat(DEEP)}`]]);
    expect(texts(importOne('nested.docx', docx))[0]).toBe('Start');
  });

  it('keeps the text of elements nested deeper than the tree holds, instead of dropping it', () => {
    const nitf = `<nitf><body><body.head><hedline><hl1>Deep</hl1></hedline></body.head><body.content><p>Lead.</p><p>${'<span>'.repeat(600)}Deep words survive.${'</span>'.repeat(600)}</p></body.content></body></nitf>`;
    expect(texts(importOne('deep.xml', Buffer.from(nitf)))).toEqual(['Lead.', 'Deep words survive.']);
  });

  it('refuses more than 500,000 elements, saying so, rather than importing part of the story', () => {
    const html = `<html><head><title>Many</title></head><body><p>Start.</p>${'<i>x</i>'.repeat(500_001)}</body></html>`;
    expect(refusal('many.html', Buffer.from(html))).toMatch(/more than 500,000 elements: refused rather than read in part/);
  });

  it('ordinary pages that leave <p> and <li> open still import', () => {
    const html = `<html><head><title>Open paragraphs</title></head><body><article><h1>Open paragraphs</h1>${'<p>The quay reopened on Monday after the repairs were finished.'.repeat(30_000)}</article></body></html>`;
    expect(importOne('open.html', Buffer.from(html)).headline).toBe('Open paragraphs');
  });
});
