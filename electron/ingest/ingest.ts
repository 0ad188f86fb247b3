/**
 * A file's bytes → its Original (kept untouched with the article) and the parsed drafts cleaning starts from —
 * one per story the file carries (a NewsML-G2 message or a feed carries several). Bad input is refused here,
 * with the reason, before anything is stored.
 */
import { createHash } from 'node:crypto';
import type { Original, WireFormat } from '../domain/article.js';
import { assertNever } from '../domain/errors.js';
import { decodeBytes, DEFAULT_MAX_BYTES } from './decode.js';
import { detectFormat, isZip, rootElement } from './detect.js';
import { parseAnpa } from './formats/anpa.js';
import { parseDocxPackage, readDocx } from './formats/docx.js';
import { parseEmail } from './formats/email.js';
import { parseFeed } from './formats/feed.js';
import { mailboxMessages } from './formats/mailbox.js';
import { parseHtmlPage } from './formats/html-page.js';
import { parseNewsmlG2 } from './formats/newsml-g2.js';
import { parseNewsml1 } from './formats/newsml-1.js';
import { parseNinjs } from './formats/ninjs.js';
import { parseNitf } from './formats/nitf.js';
import { parsePlainText } from './formats/plain-text.js';
import { parseRitzau } from './formats/ritzau.js';
import { parseNtbRelease } from './formats/ntb-release.js';
import { cutShortAt, cutShortReason } from './cut-short.js';
import { FormatError } from './format-error.js';
import { jsonBoundsReason } from './json-bounds.js';
import { junkReason } from './junk.js';
import { knownDocumentReason } from './known-documents.js';
import type { WireDraft } from './wire-draft.js';

export interface IncomingFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface IngestOptions {
  readonly maxBytes?: number;
}

export interface IngestedItem {
  readonly original: Original;
  readonly draft: WireDraft;
}

export type IngestOutcome =
  | { readonly ok: true; readonly items: readonly IngestedItem[] }
  | { readonly ok: false; readonly reason: string };

export function ingestFile(file: IncomingFile, opts: IngestOptions = {}): IngestOutcome {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let text: string;
  let encoding: string;
  if (isZip(file.bytes)) {
    // A .docx is a ZIP package: its text parts are read out (within limits) and kept as the original text.
    const docx = readDocx(file.bytes, maxBytes);
    if (!docx.ok) return docx;
    text = docx.text;
    encoding = 'utf-8';
  } else {
    const known = knownDocumentReason(file.bytes);
    if (known) return { ok: false, reason: known };
    const decoded = decodeBytes(file.bytes, maxBytes);
    if (!decoded.ok) return decoded;
    ({ text, encoding } = decoded.value);
  }
  // Before anything parses it as JSON (the ninjs reader, the junk checks): see json-bounds.ts.
  const tooMuchJson = jsonBoundsReason(text);
  if (tooMuchJson) return { ok: false, reason: tooMuchJson };
  // A refusal of XML or JSON that stops before its document closes says so, not what the readers made of half of it.
  const format = detectFormat(text);
  // Judged for the XML and JSON wire formats (and markup no format claimed); a web page, a mail or a Word file is not.
  const judged = format !== 'html' && format !== 'email' && format !== 'docx';
  const refuse = (reason: string): IngestOutcome => ({ ok: false, reason: (judged ? cutShortReason(text, file.bytes.length) : null) ?? reason });
  const unknownXml = format === 'plain-text' ? unknownXmlRoot(text) : null;
  if (unknownXml) return refuse(unknownXmlReason(unknownXml));
  const junk = junkReason(text, format, encoding);
  if (junk) return refuse(junk);
  if (format === 'plain-text' && isJson(text)) {
    return refuse('a JSON document of a kind Copydesk does not read (no ninjs headline, body or uri), not a news item');
  }
  let drafts: readonly WireDraft[];
  try {
    drafts = parseAll(format, text);
  } catch (err) {
    if (err instanceof FormatError) return refuse(err.message);
    throw err;
  }
  const usable = drafts.map((draft, item) => ({ draft, item })).filter(({ draft }) => hasStory(draft));
  if (usable.length === 0) {
    const headlineOnly = drafts.some((d) => (d.meta.headline ?? '').trim() !== '');
    return refuse(
      headlineOnly
        ? `no story text in this ${FORMAT_NAMES[format]} file (a headline only: the text was not sent with it)`
        : `no story found in this ${FORMAT_NAMES[format]} file (no headline and no text)`,
    );
  }
  // A story read from a file cut short may end early: the original says where the file stops (the desk flags it).
  const cutShort = judged ? cutShortAt(text, file.bytes.length) : null;
  const base = { fileName: file.name, format, encoding, sha256: sha256(file.bytes), size: file.bytes.length, text, ...(cutShort ? { cutShort } : {}) };
  return {
    ok: true,
    items: usable.map(({ draft, item }) => ({ original: drafts.length > 1 ? { ...base, item } : base, draft })),
  };
}

/** Markup that no format claimed is refused, not imported as a plain-text story full of tags. */
function unknownXmlRoot(text: string): string | null {
  const start = text.replace(/^\uFEFF/u, '').trimStart();
  if (!start.startsWith('<') || !/>\s*$/u.test(text)) return null;
  return rootElement(start.slice(0, 4096));
}

/** Data that no format claimed (an API response, a contact list, another system's output) is refused, not imported. */
function isJson(text: string): boolean {
  const start = text.replace(/^\uFEFF/u, '').trimStart();
  if (!/^[[{]/u.test(start)) return false;
  try {
    JSON.parse(text.replace(/^\uFEFF/u, ''));
    return true;
  } catch {
    return false;
  }
}

/** NewsML-G2's other item kinds describe concepts, events, coverage plans or code lists: no story to import. */
const G2_NOT_NEWS: Readonly<Record<string, string>> = {
  conceptitem: 'concept item (a person, place, organisation or event)',
  knowledgeitem: 'knowledge item (a set of concepts)',
  planningitem: 'planning item (coverage planned)',
  catalogitem: 'catalog item (a list of codes)',
};

function unknownXmlReason(root: string): string {
  const kind = G2_NOT_NEWS[root.slice(root.indexOf(':') + 1).toLowerCase()];
  if (kind) return `a NewsML-G2 ${kind}, which carries no story`;
  return `an XML document of a kind Copydesk does not read (root element <${root}>), not a news item`;
}

/**
 * A story has text; a headline alone is not one to edit, unless the format itself says the item is a story whose
 * text was not sent (draft.stub: a NewsML-G2 text item with its metadata, its text by reference).
 */
function hasStory(draft: WireDraft): boolean {
  return draft.stub === true || draft.blocks.some((b) => b.trim() !== '');
}

/**
 * The decoded text of a file's bytes, exactly as an import reads it: for a story whose file text is kept once
 * as the bytes (domain/file-text.ts). Null when the bytes no longer decode.
 */
export function fileText(bytes: Uint8Array): string | null {
  if (isZip(bytes)) {
    const docx = readDocx(bytes, Number.MAX_SAFE_INTEGER);
    return docx.ok ? docx.text : null;
  }
  const decoded = decodeBytes(bytes, Number.MAX_SAFE_INTEGER);
  return decoded.ok ? decoded.value.text : null;
}

/** Parses the kept original again: cleaning is always re-run from here. */
export function parseDraft(original: Pick<Original, 'format' | 'text' | 'item'>): WireDraft {
  const drafts = parseAll(original.format, original.text);
  return drafts[original.item ?? 0] ?? { blocks: [], meta: {} };
}

function parseAll(format: WireFormat, text: string): readonly WireDraft[] {
  switch (format) {
    case 'plain-text':
      return [parsePlainText(text)];
    case 'anpa-1312':
    case 'iptc-7901':
      return [parseAnpa(text)];
    case 'nitf':
      return [parseNitf(text)];
    case 'newsml-1':
      return parseNewsml1(text);
    case 'newsml-g2':
      return parseNewsmlG2(text);
    case 'ninjs':
      return parseNinjs(text);
    case 'html':
      return [parseHtmlPage(text)];
    case 'email':
      return mailboxMessages(text).map(parseEmail);
    case 'docx':
      return [parseDocxPackage(text)];
    case 'feed':
      return parseFeed(text);
    case 'ritzau-xml':
      return [parseRitzau(text)];
    case 'ntb-release-xml':
      return [parseNtbRelease(text)];
    default:
      return assertNever(format, 'wire format');
  }
}

export const FORMAT_NAMES: Readonly<Record<WireFormat, string>> = {
  'plain-text': 'plain-text',
  'anpa-1312': 'ANPA-1312',
  'iptc-7901': 'IPTC 7901',
  nitf: 'NITF',
  'newsml-1': 'NewsML 1',
  'newsml-g2': 'NewsML-G2',
  ninjs: 'ninjs',
  html: 'web page',
  email: 'email',
  docx: 'Word .docx',
  feed: 'RSS/Atom feed',
  'ritzau-xml': 'Ritzau RBNews XML',
  'ntb-release-xml': 'NTB Info release XML',
};

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
