/**
 * A file cut short: XML or JSON that stops before its document closes, as a transfer cut off, a disk filled or a
 * feed read mid-write leave it. When such a file is refused, the reason says so — and where it stops — instead of
 * what the reader made of the half it got ("no headline and no text", "Unterminated string in JSON at position
 * 4940"), which sends the editor looking for a fault in the copy rather than asking the sender for the file again.
 *
 * Only the end is judged: XML whose root element has no closing tag at the end (or that stops inside a tag), JSON
 * whose outermost object or array is still open at the end (or that stops inside a string). A file damaged in the
 * middle and whole at the end is not called cut short.
 */
import { rootElement } from './detect.js';

/** Why a file the readers refused looks cut short, or null when its end is whole (or it is neither XML nor JSON). */
export function cutShortReason(text: string, bytes: number): string | null {
  const where = cutShortAt(text, bytes);
  return where === null ? null : `the file is cut short: ${where} (it was sent incomplete or cut off in transfer: ask for it again)`;
}

/** Where XML or JSON that does not close stops ("its XML stops after 3,362 bytes, inside <newsMessage>, …"), or null. */
export function cutShortAt(text: string, bytes: number): string | null {
  const body = text.replace(/^\uFEFF/u, '').trim();
  // Brackets or tags with no word in them are no document cut short, only debris (its own reason says so).
  if (!/[\p{L}\p{N}]/u.test(body)) return null;
  const size = `${bytes.toLocaleString('en-US')} bytes`;
  if (body.startsWith('<')) {
    const where = xmlEnd(body);
    return where === null ? null : `its XML stops after ${size}, ${where}`;
  }
  if (body.startsWith('{') || body.startsWith('[')) {
    const where = jsonEnd(body);
    return where === null ? null : `its JSON stops after ${size}, ${where}`;
  }
  return null;
}

/** Where XML that does not close stops, or null when its root element closes at the end. */
function xmlEnd(body: string): string | null {
  const root = rootElement(body.slice(0, 65_536));
  // HTML is no XML: a page or a fragment of one need not close its elements (a sanitised body, a <p> run).
  if (root !== null && HTML_ROOT.test(root) && !/^<\?xml/iu.test(body)) return null;
  if (root === null) {
    // No whole start tag of an element: the prolog is there (a declaration, comments), the root's tag is not.
    return /^<(?:\?xml|!--|!DOCTYPE)/iu.test(body) && !/<[A-Za-z_][\w.:-]*[^>]*>/u.test(stripProlog(body)) ? 'before its first element is whole' : null;
  }
  const tail = body.slice(-4096);
  if (!body.endsWith('>')) return `inside <${root}>, which never closes`;
  // The root closes at the end (comments or processing instructions may follow it), or is empty (<root/>).
  const closing = new RegExp(`</${escapeName(root)}\\s*>(?:\\s*(?:<!--[\\s\\S]*?-->|<\\?[\\s\\S]*?\\?>))*\\s*$`, 'u');
  if (closing.test(tail)) return null;
  if (new RegExp(`^(?:<\\?[\\s\\S]*?\\?>|<!--[\\s\\S]*?-->|<!DOCTYPE[^>]*>|\\s)*<${escapeName(root)}\\b[^>]*/>\\s*$`, 'u').test(body)) return null;
  return `inside <${root}>, which never closes`;
}

/** Elements an HTML page or fragment starts with. */
const HTML_ROOT = /^(?:html|head|body|div|p|h[1-6]|section|article|main|header|span|table|ul|ol|figure|img|a|br|hr|meta|link|title|style|script|!doctype)$/iu;

function stripProlog(body: string): string {
  return body.replace(/^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|\s)*/u, '');
}

function escapeName(name: string): string {
  return name.replace(/[.]/gu, '\\.');
}

/** Where JSON still open at its end stops, or null when it closes (or ends on a closing character). */
function jsonEnd(body: string): string | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  // A string still open at the end: cut inside it, unless the file ends on a closing character (a quote lost in
  // the middle of the file, not its end).
  const last = body.charAt(body.length - 1);
  if (inString) return last === '}' || last === ']' ? null : 'inside a string, before the document closes';
  return depth > 0 ? `with ${depth === 1 ? 'its outermost object or array' : `${depth} objects or arrays`} still open` : null;
}
