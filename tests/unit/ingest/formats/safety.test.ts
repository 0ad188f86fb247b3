import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../../electron/ingest/ingest.js';
import { readDocx } from '../../../../electron/ingest/formats/docx.js';
import { fixture, importOne, refusal, texts } from './import-fixture.js';
import { buildDocx, buildZip } from './zip-builder.js';

describe('XML safety', () => {
  it('never expands DTD entities: a billion-laughs document imports small and fast, entities left as written', () => {
    const t0 = performance.now();
    const a = importOne('billion-laughs.xml');
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(a.headline).toBe('Laughs &lol9;');
    expect(texts(a)).toEqual(['Body &lol9; text.']);
  });

  it('never resolves external entities (XXE): no file is read and nothing is fetched', () => {
    const a = importOne('xxe.xml');
    expect(a.headline).toBe('Secrets &xxe;');
    expect(JSON.stringify(a)).not.toContain('root:');
    expect(texts(a)).toEqual(['Leak: &xxe; &remote;']);
  });

  it('survives absurd nesting without a stack overflow', () => {
    const deep = `<nitf><body><body.head><hedline><hl1>Deep</hl1></hedline></body.head><body.content><p>Text.</p>${'<div>'.repeat(20000)}x${'</div>'.repeat(20000)}</body.content></body></nitf>`;
    const a = importOne('deep.xml', Buffer.from(deep));
    expect(a.headline).toBe('Deep');
    expect(texts(a)[0]).toBe('Text.');
  });
});

describe('size limits', () => {
  it('refuses a file over the import limit, naming the size and the limit', () => {
    const outcome = ingestFile({ name: 'big.xml', bytes: Buffer.alloc(2048, 0x41) }, { maxBytes: 1024 });
    expect(outcome).toEqual({ ok: false, reason: 'the file is 2 KB, over the 1 KB import limit' });
  });

  it('refuses a .docx zip bomb by its decompressed size, even when its headers understate it', () => {
    const bomb = buildZip([{ name: 'word/document.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x20), declaredSize: 100 }]);
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(readDocx(bomb, 1024 * 1024, 1024 * 1024)).toEqual({
      ok: false,
      reason: 'the .docx expands beyond the 1 MB decompressed-size limit (a zip bomb?)',
    });
  });

  it('refuses a ZIP that is not a Word document, and a damaged one', () => {
    expect(refusal('photos.zip', buildZip([{ name: 'a.jpg', data: Buffer.from('x') }]))).toBe('a ZIP archive that is not a Word .docx (no word/document.xml)');
    const docx = buildDocx([['', 'Text']]);
    expect(refusal('cut.docx', docx.subarray(0, docx.length - 30))).toBe('a ZIP archive whose directory cannot be read (damaged or not a .docx)');
  });

  it('refuses an XML document of an unknown kind instead of importing its tags as copy', () => {
    expect(refusal('catalog.xml', Buffer.from('<?xml version="1.0"?><catalog><entry/></catalog>'))).toBe(
      'an XML document of a kind Copydesk does not read (root element <catalog>), not a news item',
    );
  });

  it('keeps binary files out, naming the document formats a desk is sent', () => {
    expect(refusal('image.png', fixtureOrPng())).toBe('a PNG image, which holds no story text');
    expect(refusal('blob.bin', Buffer.from(Array.from({ length: 600 }, (_, k) => (k * 37) % 256)))).toBe('the file is binary, not text');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(refusal('message.msg', ole)).toMatch(/^an Office file in the old binary format \(an Outlook \.msg message, a Word \.doc/u);
    expect(refusal('release.pdf', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'))).toMatch(/^a PDF document/u);
  });

  it('refuses an RTF document by name instead of importing its control words as the story', () => {
    const rtf = '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 Bridge to close\\par The bridge closes on Monday.\\par}';
    expect(refusal('story.rtf', Buffer.from(rtf))).toBe('an RTF document, which Copydesk does not read: save it as .docx or plain text to import it');
    expect(refusal('story.rtf', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rtf)]))).toMatch(/^an RTF document/u);
  });
});

function fixtureOrPng(): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), fixture('xxe.xml').subarray(0, 10)]);
}
