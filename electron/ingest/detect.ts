/**
 * Detects the wire format from the content, never from the file name: the root element of XML, the shape of
 * JSON, the transmission codes of ANPA-1312 and IPTC 7901, the header block of an email, the markup of a page.
 */
import type { WireFormat } from '../domain/article.js';
import { withoutEnvelope } from './formats/mailbox.js';

/** The ZIP local-file signature a .docx starts with. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function detectFormat(text: string): WireFormat {
  const head = text.slice(0, 4096).replace(/^\uFEFF/u, '');
  const start = head.trimStart();
  if ((start.startsWith('{') || /^\[\s*\{/u.test(start)) && looksLikeNinjs(start)) return 'ninjs';
  // A page says it is HTML by its doctype or by an HTML element first, whatever it mentions later (an article
  // about NITF, an RSS link): read as a web page before any XML vocabulary is looked for in it. Comments before
  // the doctype (build stamps, licences) can be long: they are skipped within the first 64 KB.
  const lead = text.slice(0, 65536).replace(/^\uFEFF/u, '').replace(/^(?:\s*<!--[\s\S]*?-->)+/u, '').trimStart();
  if (HTML_DOCTYPE.test(lead.slice(0, 4096))) return 'html';
  if (lead.startsWith('<')) {
    const root = rootElement(lead.slice(0, 4096));
    if (root && HTML_ROOTS.has(root.toLowerCase())) return 'html';
  }
  if (start.startsWith('<')) {
    const root = rootElement(start);
    if (root !== null) {
      const local = root.slice(root.indexOf(':') + 1).toLowerCase();
      if (local === 'nitf') return 'nitf';
      if (local === 'newsml') return 'newsml-1';
      if (local === 'newsitem' || local === 'newsmessage' || local === 'packageitem') return 'newsml-g2';
      if (local === 'rss' || local === 'feed' || local === 'rdf') return 'feed';
      if (local === 'html') return 'html';
      if (local === 'docx-package') return 'docx';
      if (local === 'rbnews') return 'ritzau-xml';
      // NTB Info's release: a <release> holding its <title> and <leadtext> (anywhere: its <body> comes first).
      if (local === 'release' && /<leadtext[\s>]/u.test(text) && /<title[\s>]/u.test(text)) return 'ntb-release-xml';
    }
    // A fragment that carries NITF (as NewsML-G2's inlineXML does) is read as NITF.
    if (/<(?:\w+:)?nitf[\s>]/u.test(text)) return 'nitf';
    // An XML document (declared, with a root of its own vocabulary) is not a page for the tags it holds; with
    // no format of its own it is refused by name, not read as a web page.
    const xmlDocument = /^<\?xml/iu.test(start) && root !== null && !HTML_ROOTS.has(root.toLowerCase());
    if (!xmlDocument && /<(?:html|body|head|article|div|p)[\s>]/iu.test(start)) return 'html';
    // A page's <body> after a long head of scripts and styles, within its first 64 KB.
    if (!xmlDocument && /<(?:html|body)[\s>]/iu.test(lead)) return 'html';
  }
  if (isAnpa(head)) return 'anpa-1312';
  if (isIptc7901(head)) return 'iptc-7901';
  if (isEmail(withoutEnvelope(head))) return 'email';
  return 'plain-text';
}

const HTML_DOCTYPE = /<!DOCTYPE\s+html(?:\s+PUBLIC\s+"-\/\/W3C\/\/DTD\s+X?HTML)?[\s>]/iu;
/** Elements a saved page can open with when its <html> and <head> tags are left out (both are optional in HTML). */
const HTML_ROOTS = new Set(['html', 'head', 'body', 'meta', 'link', 'title', 'script', 'style', 'base', 'noscript', 'div', 'p', 'article', 'main', 'section', 'header', 'nav', 'table', 'center', 'font', 'span', 'h1', 'h2', 'form', 'iframe']);

/** The first element's name, after the XML declaration, comments, processing instructions and a DOCTYPE. */
export function rootElement(text: string): string | null {
  const re = /<(!--[\s\S]*?--|\?[\s\S]*?\?|!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*|([A-Za-z_][\w.:-]*))[^>]*>/gy;
  re.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    while (pos < text.length && /\s/u.test(text.charAt(pos))) pos++;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return null;
    if (m[2]) return m[2];
    pos = re.lastIndex;
  }
  return null;
}

function looksLikeNinjs(text: string): boolean {
  return /"(?:uri|guid|headline|headlines|body_text|bodies|body_nitf|type|title)"\s*:/u.test(text);
}

/** ANPA-1312: SYN SYN SOH, or SOH, before the header; STX before the text. */
function isAnpa(head: string): boolean {
  if (/^\s*ZCZC/iu.test(head)) return false;
  if (/[\u0001]/u.test(head.slice(0, 64)) && /[\u0002]/u.test(head)) return true;
  // Copy whose control characters were stripped in transit keeps the header line: selector code and
  // sequence, a priority, a category, a word count and often the agency (`eca00075 3 i 510    dpa 1003`).
  // AP's header spans two lines (SOH's selector and routing, then priority, category, slug, reference and word
  // count): stripped, the first line is the selector run together with the routing (`z6715-----`, `W2870asian`).
  const start = head.trimStart();
  if (/^[a-z]{1,5}\d{3,6}\s+[0-9a-z]\s+[a-z]{1,3}\s+\d{1,5}\b/iu.test(start)) return true;
  return /^[a-z]{1,5}\d{3,6}\S*[ \t]*\r?\n[ \t]*[0-9a-z][ \t]+[a-z]{1,3}[ \t]+(?:BC|AM|PM|AP|SN|ED)-\S+.*[ \t]\d{1,2}-\d{1,2}[ \t]+\d{3,5}[ \t]*\r?\n/iu.test(start);
}

/** IPTC 7901: the message opens with ZCZC (or SOH) and a header, or carries AAP-style tagged lines. */
function isIptc7901(head: string): boolean {
  if (/^\s*ZCZC/iu.test(head)) return true;
  return /[\u0001\u0002]/u.test(head.slice(0, 256));
}

/**
 * RFC 5322: the file opens with a block of header fields (`Name: value`, folded lines indented) and among them
 * a field only a mail message has. A mailbox copy may open with a Received:/Delivered-To:/ARC chain longer than
 * the head read here, so From and Subject need not be in view: the fields seen are enough.
 */
const MAIL_FIELD = /^(?:from|received|delivered-to|return-path|message-id|mime-version|x-original-to|dkim-signature|arc-seal|authentication-results)\s*:/imu;

function isEmail(head: string): boolean {
  const block = head.split(/\r?\n\r?\n/u)[0] ?? '';
  const lines = block.split(/\r?\n/u);
  if (!/^[A-Za-z][\w-]*:/u.test(lines[0] ?? '')) return false;
  // Every line of the block is a field or a folded continuation (the last may be cut off by the head).
  const fieldLines = lines.slice(0, -1).every((l) => /^[!-9;-~]+:/u.test(l) || /^[ \t]/u.test(l));
  if (!fieldLines) return false;
  if (/^from:/imu.test(block) && /^(?:subject|date|mime-version|content-type):/imu.test(block)) return true;
  return MAIL_FIELD.test(block) && /^(?:received|delivered-to|return-path)\s*:/imu.test(block);
}
