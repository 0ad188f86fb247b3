/**
 * Word .docx (Office Open XML, ECMA-376) → a draft. The package is a ZIP; it is read here directly, with
 * limits, because a .docx from outside is untrusted: the central directory is walked (at most MAX_ENTRIES
 * entries), only the parts needed are inflated, and inflating stops at the decompressed-size limit (a zip bomb
 * is refused, not expanded). `word/document.xml` gives the paragraphs (`w:p`, runs' `w:t`); a paragraph styled
 * Title or Heading 1 is the headline; `docProps/core.xml` gives title, author, language and dates.
 *
 * The Original keeps those parts' XML as its text, so cleaning can be re-run without the ZIP.
 */
import { inflateRawSync } from 'node:zlib';
import { formatBytes } from '../decode.js';
import { attr, child, find, findAll, parseTree, type El } from '../markup/tree.js';
import type { WireDraft, WireMeta } from '../wire-draft.js';
import { compact, isoDate, nonEmpty } from './meta-helpers.js';

const MAX_ENTRIES = 5000;
/** Decompressed: a page of copy is a few KB of XML; 64 MB allows very long documents and refuses bombs. */
export const MAX_DOCX_DECOMPRESSED = 64 * 1024 * 1024;

export type DocxRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly offset: number;
}

export function readDocx(bytes: Uint8Array, maxBytes: number, maxDecompressed = MAX_DOCX_DECOMPRESSED): DocxRead {
  if (bytes.length > maxBytes) return { ok: false, reason: `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} import limit` };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const entries = centralDirectory(buf);
  if (!entries) return { ok: false, reason: 'a ZIP archive whose directory cannot be read (damaged or not a .docx)' };
  const document = entries.find((e) => e.name === 'word/document.xml');
  if (!document) return { ok: false, reason: 'a ZIP archive that is not a Word .docx (no word/document.xml)' };
  let budget = maxDecompressed;
  const parts: string[] = [];
  for (const entry of [entries.find((e) => e.name === 'docProps/core.xml'), document]) {
    if (!entry) continue;
    const data = inflate(buf, entry, budget);
    if (!data.ok) return data;
    budget -= data.bytes.length;
    parts.push(data.bytes.toString('utf8').replace(/^\uFEFF?<\?xml[^>]*\?>/u, ''));
  }
  return { ok: true, text: `<docx-package>${parts.join('\n')}</docx-package>` };
}

function centralDirectory(buf: Buffer): Entry[] | null {
  // The end-of-central-directory record is in the last 65,557 bytes (22 + a comment of up to 65,535).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let pos = buf.readUInt32LE(eocd + 16);
  if (count > MAX_ENTRIES) return null;
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (pos + 46 > buf.length || buf.readUInt32LE(pos) !== 0x02014b50) return null;
    const nameLength = buf.readUInt16LE(pos + 28);
    entries.push({
      method: buf.readUInt16LE(pos + 10),
      compressed: buf.readUInt32LE(pos + 20),
      offset: buf.readUInt32LE(pos + 42),
      name: buf.toString('utf8', pos + 46, pos + 46 + nameLength),
    });
    pos += 46 + nameLength + buf.readUInt16LE(pos + 30) + buf.readUInt16LE(pos + 32);
  }
  return entries;
}

function inflate(buf: Buffer, e: Entry, limit: number): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50) return { ok: false, reason: `damaged .docx: ${e.name} cannot be found` };
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const data = buf.subarray(start, start + e.compressed);
  if (e.method === 0) return data.length > limit ? tooBig(limit) : { ok: true, bytes: data };
  if (e.method !== 8) return { ok: false, reason: `damaged .docx: ${e.name} uses an unsupported compression method (${e.method})` };
  try {
    return { ok: true, bytes: inflateRawSync(data, { maxOutputLength: limit }) };
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return tooBig(limit);
    return { ok: false, reason: `damaged .docx: ${e.name} cannot be decompressed` };
  }
}

function tooBig(limit: number): { ok: false; reason: string } {
  return { ok: false, reason: `the .docx expands beyond the ${formatBytes(limit)} decompressed-size limit (a zip bomb?)` };
}

/** Parses the kept parts of a .docx (see readDocx) into a draft. */
export function parseDocxPackage(text: string): WireDraft {
  const root = parseTree(text, { xml: true });
  const core = find(root, 'coreproperties');
  const body = find(root, 'body') ?? root;
  const blocks: string[] = [];
  let headline: string | undefined;
  for (const p of paragraphs(body)) {
    const text = runText(p).replace(/\s+/gu, ' ').trim();
    if (!text) continue;
    const style = attr(find(child(p, 'ppr') ?? p, 'pstyle'), 'w:val').toLowerCase();
    if (!headline && blocks.length === 0 && /^(?:title|heading1|heading 1|titre|titel)$/u.test(style)) {
      headline = text;
      continue;
    }
    blocks.push(text);
  }
  const creator = nonEmpty(textIn(child(core, 'creator')));
  const meta: WireMeta = compact({
    headline: headline ?? nonEmpty(textIn(child(core, 'title'))),
    byline: creator,
    authors: creator ? [{ name: creator, role: 'author' }] : undefined,
    language: nonEmpty(textIn(child(core, 'language'))),
    created: isoDate(textIn(child(core, 'created'))),
    updated: isoDate(textIn(child(core, 'modified'))),
    keywords: nonEmpty(textIn(child(core, 'keywords')))?.split(/[,;]\s*/u),
  });
  return { blocks, meta };
}

/** Body paragraphs in order, tables included (their cells' paragraphs), text boxes' copies not duplicated. */
function paragraphs(body: El): El[] {
  return findAll(body, 'p');
}

function runText(p: El): string {
  let s = '';
  const walk = (e: El): void => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.local === 't') s += c.children.filter((x): x is string => typeof x === 'string').join('');
      else if (c.local === 'tab' || c.local === 'br' || c.local === 'cr') s += ' ';
      else if (c.local !== 'ppr' && c.local !== 'rpr' && c.local !== 'deltext' && c.local !== 'instrtext') walk(c);
    }
  };
  walk(p);
  return s;
}

function textIn(el: El | null): string {
  if (!el) return '';
  return el.children.map((c) => (typeof c === 'string' ? c : textIn(c))).join('').trim();
}
